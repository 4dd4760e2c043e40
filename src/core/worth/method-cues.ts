// The cues that an article says how it measured: sentences ("we ran ...", "the benchmark setup", "2.8GHz"), and the
// headings of a method's or a benchmark's section. facts.ts counts them (three or more: the method is disclosed).
/** Why: the machine a run was made on: "a 3.3GHz i7 Macbook Pro", "8 vCPUs", "an RTX 4090", "an M5 MacBook". */
export const MACHINE =
  /\b\d+\s?v?CPUs?\b|\b\d+\s?(?:GB|GiB)\s+(?:of\s+)?(?:RAM|memory)\b|\b\d+\s+(?:cores|GPUs)\b|\b\d+-core\s+(?:system|machine|server|box|CPU|processor|laptop|desktop|host|node)\b|\b[ahltv]\d{2,3}g?\s+gpus?\b|\bnvidia\s+(?:tesla\s+|geforce\s+)?(?:rtx\s+)?[a-z]{0,2}\d{2,4}\b|\b(?:intel\s+xeon|amd\s+epyc|apple\s+m\d)\b|\bL[123]\s+cache\s*:|\b(?:rtx|gtx)\s?\d{4}\b|\bi[3579]-\d{4,5}[a-z]{0,2}\b|\b\d(?:\.\d+)?\s?GHz\b|\bCore\s+i[3579]\b|\bM[1-9](?:\s+(?:Pro|Max|Ultra))?\s+Mac(?:Book|\s?mini|\s+Studio)\b/i;

/** Why: the sentences that say how a benchmark was run; the facts test reads them as its oracle. */
export const METHOD_CUES: readonly RegExp[] = [
  /\b(?:we|I)\s+(?:then\s+|also\s+|first\s+|finally\s+|again\s+)?(?:(?:ran|run)(?!\s+(?:out|into|across|away|short|low|up\s+against)\b)|measured|benchmarked|tested|timed|profiled|trained|generated|ingested|loaded|repeated|evaluated?|(?:designed|built|wrote|created|set\s+up)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}?(?:benchmark|experiment|test\s+harness|microbenchmark)|used\s+(?:a|an|the|four|three|two|\d+)\s+\w*\s*(?:workloads?|datasets?|machines?|queries|benchmarks?))\b/i,
  /\b(?:all|each|every)\s+(?:runs?|tests?|experiments?|measurements?)\s+(?:were|was|ran)\b|\bmedian\s+of\s+\w+\s+runs\b|\brepeated\s+(?:every|each)\s+run\b|\bin\s+our\s+(?:experiments|benchmarks|evaluation)\b|\bafter\s+(?:a\s+)?warm(?:-|\s)?up\b/i,
  /\braw\s+(?:data|output|results|numbers|measurements)\b|\b(?:benchmark|bench)\s+(?:repository|repo|suite|harness|scripts?)\b/i,
  /\b(?:benchmark|test|experimental|evaluation)\s+(?:setup|environment|configuration|machine|rig|harness)\b/i,
  // A methodology or setup named, or a caption's "Hardware: i9-11900K + RTX 3080".
  /\b(?:methodology|our\s+setup|hardware\s+(?:used|setup|specs?))\b|\bhardware\s*:\s*\S/i,
  MACHINE,
  /\b(?:instance|machine)\s+(?:type|with)\b|\b[a-z]\d[a-z]?\.\d?x?large\b/i,
  // "The code for the experiments is available", "Benchmark source code and numbers can be found [here]", "The
  // source code of different implementations is available at [this repo]", "You can find the experiment in this
  // notebook".
  /\b(?:notebook|scripts?|configs?|configuration\s+files?|code)(?:\s+(?:for|of)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:experiments?|benchmarks?|evaluations?|implementations?)|\s+and\s+(?:the\s+)?(?:raw\s+)?(?:numbers|data|results))?\s+(?:is|are|can\s+be)\s+(?:available|found|on\s+GitHub)\b|\breproduc(?:e|ible)\b|\byou\s+can\s+find\s+(?:the|my|our|this)\s+(?:experiments?|benchmarks?|notebooks?|code|scripts?)\s+(?:in|at|on|here)\b/i,
  /\b(?:data\s?set|workload)\s+(?:of|with|contains?|consists?)\b/i,
  // "The input data is around 100GB", "We configure the write operation to generate ...": the load and its settings.
  /\b(?:input|test)\s+(?:data(?:\s?set)?|corpus)\s+(?:is|was|has)\s+(?:around\s+|about\s+|roughly\s+|~)?\d/i,
  /\b(?:we|I)\s+configured?\s+(?:the|our|each)\s+(?:[\w-]+\s+)?(?:operation|workload|benchmark|tests?|cluster|job|writers?|readers?|clients?)\s+to\b/i,
  // A standard suite or load tool named: "using the standard TPC-DS and TPC-H benchmarks", "valkey-benchmark -t set".
  // ("On Speedometer 3.1, on an M5 MacBook": a browser's standard suite.)
  /\b(?:TPC-[A-Z]{1,2}|YCSB|sysbench|pgbench|ClickBench|TSBS|MLPerf|memtier_benchmark|hyperfine|JMH|wrk2?|fio|Speedometer\s?\d|JetStream\s?\d|MotionMark|SPEC\s?CPU|Geekbench|Cinebench|CoreMark)\b|[a-z]-benchmark\b/i,
  // "The benchmark fires 2000 requests at the proxy ..., 20 times over": the load a benchmark puts on.
  /\b(?:benchmark|load\s+test|test\s+harness)\s+(?:fires|sends|issues|makes|runs|replays)\s+[\d,.]+\s?[kKM]?\s+\w+|\b\d+\s+times\s+over\b/i,
  // ... and "a little experiment of my own".
  /\bwe\s+reproduced\b|\bin\s+(?:this|our|my|each|the\s+same)\s+(?:experiment|environment|benchmark|test\s+run|test|testing)s?\b|\bexperiments?\s+of\s+(?:my|our)\s+own\b/i,
  // "`DB_SIZE` ... was used to calculate etcd DB size", "refer to the testing documentation": how it was measured.
  /\b(?:was|were)\s+used\s+to\s+(?:calculate|measure|compute|count|collect)\b|\b(?:testing|test|benchmark)\s+(?:documentation|docs|instructions)\b/i,
  // "I'll use Babel's monorepo to take measurements throughout this post", "With a quick profiling we can spot ...".
  /\b(?:take|took|taking)\s+(?:(?:all|the|our|my|these|some)\s+)?measurements\b|\bwith\s+(?:a\s+)?(?:quick\s+)?profil(?:e|ing)\b|\bthe\s+profiler?\s+(?:shows?|showed)\b/i,
  // "A comparison experiment of memcpy is conducted on the ESP32-P4", "under the same conditions as the memory copy
  // experiment": an experiment the article ran, said in the passive ("Benchmark was done on Linux Ubuntu 18.04").
  /\b(?:experiments?|tests?|benchmarks?|measurements?)\s+(?:[\w`-]+\s+){0,4}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:conducted|performed|carried\s+out|ran|run|executed|done)\b|\bunder\s+the\s+same\s+(?:test\s+)?conditions\b/i,
  // The machine as a benchmark states it: "configured to run at 360 MHz, with a 128 KB L2 cache", "on a 4x CPU
  // slowdown + Fast 3G throttled Macbook Pro".
  /\b(?:configured|clocked|set)\s+(?:to\s+run\s+)?at\s+\d[\d.]*\s?[MG]Hz\b|\b\d+x\s+CPU\s+(?:slowdown|throttling)\b|\b(?:Fast|Slow)\s+[34]G\b/i,
  // A profiler the post reads its numbers from: "the flame chart of Chrome DevTools", "perf record".
  /\b(?:Chrome\s+DevTools|flame\s+(?:chart|graph)s?|perf\s+(?:record|stat)|Instruments\s+time\s+profiler|pyinstrument|py-spy|cProfile|scalene|pprof|async-profiler|heaptrack|callgrind|valgrind)\b/i,
  // How the runs were compared: "across a 38-test suite ..., with statistical significance testing".
  /\bstatistical(?:ly)?\s+significan\w+|\b\d+-test\s+suite\b/i,
  // The settings a run was made with: "a maximum sequence length of 1,024 and a batch size of 4", "With these reduced
  // settings, ...".
  /\b(?:batch\s+size|sequence\s+length|learning\s+rate|context\s+length)\s+(?:of|to|=)\s+\d|\bwith\s+these\s+(?:[\w-]+\s+)?settings\b/i,
  // A comparison the post sets out to run: "We're going to compare these compilers on compile time and run time",
  // "let's now look at more algorithms and compare them", "compare timings for various algorithms".
  /\b(?:we['’]re|we\s+are|I['’]m|I\s+am)\s+going\s+to\s+(?:compare|measure|benchmark|time|test)\b|\blet['’]?s\s+(?:now\s+)?(?:compare|measure|benchmark|time)\b|\bcompare\s+(?:the\s+)?(?:timings|run\s*times?|compile\s+times?|throughput|latenc(?:y|ies))\b/i,
  // The builds a run covers: "in four configurations", "for each compiler".
  /\b(?:in|across)\s+(?:two|three|four|five|six|\d+)\s+(?:configurations|settings|modes|builds|variants)\b|\bfor\s+each\s+(?:compiler|build|configuration|version)\b/i,
  // The compiler flags a build was made with: "`-O0`, `-Os -DNDEBUG`, `-O2 -DNDEBUG`", "-march=native".
  /(?:^|[\s`(])-(?:O[0-3sz]|Ofast)\b|(?:^|[\s`(])-march=\S|(?:^|[\s`(])-DNDEBUG\b/,
  // What the numbers are said to be: "some anecdotal numbers, based on my current project".
  /\banecdotal\s+(?:numbers|results|data|timings|measurements|figures)\b|\bbased\s+on\s+my\s+(?:own\s+|current\s+)?(?:project|experiments?|runs|workload|testing|tests)\b/i,
];

// The cues as one pattern, a group per cue, and each cue sticky (tried at one position).
// (A cue's own capturing group would shift the numbering: none may have one.)
if (METHOD_CUES.some((re) => new RegExp(`${re.source}|`).exec('')!.length > 1)) {
  throw new Error('a method cue has a capturing group');
}
const ANY_CUE = new RegExp(METHOD_CUES.map((re) => `(${re.source})`).join('|'), 'gi');
const CUE_AT = METHOD_CUES.map((re) => new RegExp(re.source, 'iy'));

/**
 * Why: which cues the article's prose holds, in one pass instead of one per cue. The blocks come joined by NULs,
 * which no cue matches, so no match spans two blocks. At a position where the pattern matches, its first matching
 * group is a cue that matches there and no earlier cue does; the later cues are tried there one by one, and the
 * scan goes on from the next position, so every cue is looked for at every position, as one test per cue would.
 */
export function methodCues(text: string, into: Set<number>): void {
  ANY_CUE.lastIndex = 0;
  for (let m = ANY_CUE.exec(text); m; m = ANY_CUE.exec(text)) {
    if (inExample(text, m.index)) {
      ANY_CUE.lastIndex = m.index + 1;
      continue;
    }
    const k = m.findIndex((g, j) => j > 0 && g !== undefined) - 1;
    into.add(k);
    for (let j = k + 1; j < CUE_AT.length; j++) {
      if (into.has(j)) continue;
      CUE_AT[j]!.lastIndex = m.index;
      if (CUE_AT[j]!.test(text)) into.add(j);
    }
    ANY_CUE.lastIndex = m.index + 1;
  }
}

const SENTENCE_BREAK = /[.!?]\s+(?=\p{Lu})|[\n\0;:]|,\s+but\b/gu;
// What opens an example in a sentence: its figures describe no run.
const HYPOTHETICAL_LEAD =
  /\b(?:if\s+(?:you|we|one)\s+(?:had|have|were|was|run|ran)|you\s+(?:could|would)\s+(?:end\s+up|have|get|see)|suppose|imagine|say\s+you)\b/i;

/**
 * Why: "if you had, e.g., 8 CPUs and ...": a cue at `index` that an example opens in its sentence (the 80 characters
 * before it, back to a stop or a block's end) describes the machine of the example, not the one the figures came from.
 */
export function inExample(text: string, index: number): boolean {
  const lead = text.slice(Math.max(0, index - 80), index);
  // The sentence's start: after the last stop before a capital ("e.g., 8" goes on), line or block end.
  let from = 0;
  for (const m of lead.matchAll(SENTENCE_BREAK)) from = m.index + m[0].length;
  return HYPOTHETICAL_LEAD.test(lead.slice(from));
}

/** Why: a heading that says its section gives the method ("## Methodology", "## Benchmark setup"). */
export const METHOD_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:benchmark|test|experiments?|experimental|evaluation)\s+)?(?:setup|methodology|method|methods|hardware|environment|how\s+we\s+(?:tested|measured|benchmarked)|reproduc\w+)\b/i;

/** Why: a section of the article's own benchmark: "Benchmarking", "4. Benchmark results", "Benchmark quality". */
export const BENCHMARK_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:benchmark(?:s|ing)?|performance\s+(?:evaluation|testing|tests?)|evaluation)(?:\s+(?:results?|setup|details|performance|quality|numbers))?\s*$/i;
