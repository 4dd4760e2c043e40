// QUIET, sixth band: figures the post shows how it got, in the sentence or right above: the tool a measurement was
// taken with, the test a results table reports, a count restated as its share, a result worked out earlier.
import type { ClaimContext } from './context';
import { pictureKey, preciseDigits } from './facts';
import { printedAgrees, secondsOf } from './figures-above';
import { COMPARE_OTHERS } from './patterns';
import { contentWords, sharesWords } from '../relevance';
import { aboutTheBusiness } from './quiet-predicates';
import { FIRST_PERSON } from './quiet-words';
import { around, last, namesCompetitor, numeric, type Signal } from './signal';

// A paragraph that sends the reader to the results further down: "we'll dive into a detailed summary of overall
// improvements at the end", "the full numbers are in the results section below".
const RESULTS_LATER =
  /\b(?:summary|review|breakdown|discussion)\s+of\s+(?:the\s+)?(?:overall\s+)?(?:results|improvements|numbers|gains)\b|\b(?:results|numbers|benchmarks?|charts?)\s+(?:section\s+)?(?:are\s+|is\s+)?(?:at\s+the\s+end|below|further\s+down|later\s+(?:in|on))\b/i;

// "When profiling the performance of view construction, we found, counterintuitively, that ...": what the author's
// own profiling found (not set against a rival: "When benchmarking Quill against Kafka", "than Lintly").
const RIVAL_NAMED = /\b(?:against|versus|vs\.?|compared\s+(?:to|with))\s+\S|\bthan\s+(?:the\s+)?\p{Lu}/u;
const PROFILING_FOUND =
  /\b[Ww]hen\s+(?:profiling|benchmarking|measuring|timing|tracing)\b[^.;:]{0,80},\s*(?:we|I)\s+(?:also\s+)?(?:found|saw|noticed|observed|discovered)\b/;
// "We measured it with `llvm-profdata`: about a quarter of the code ...", "we measured p99 latency with wrk": the
// tool the figure was read with.
const MEASURED_WITH =
  /\b(?:we|I)\s+(?:measured|profiled|counted|timed)\s+(?:[\w-]+\s+){0,3}?(?:with|using|via)\s+\S+|\b(?:Profiling|Measuring|Timing|Tracing|Benchmarking)\s+(?:[\w-]+\s+){0,3}?(?:with|using|via)\s+[^.;]{0,120}?\b(?:we|I)\s+(?:can\s+|could\s+)?(?:see|saw|find|found|notice|noticed)\b/i;
// "In our own workspace, complex queries (e.g. ...) decreased from 15 seconds to less than 1 second": where the author
// took it, named as theirs.
const MEASURED_IN_OWN =
  /\b(?:in|on|across)\s+our\s+own\s+(?:internal\s+|test\s+)?(?:workspaces?|accounts?|machines?|laptops?|setup|codebase|repositor(?:y|ies)|monorepo|projects?|apps?|dashboards?|staging)\b/i;
const MEASURED_SETTING =
  /\bin\s+an?\s+(?:[\w-]+\s+){0,2}(?:debug|release|optimi[sz]ed)\s+build\s+on\s+(?:Linux|Windows|macOS|Mac)\b|\bmeasured\s+on\s+(?:my|our)\s+(?:own\s+)?(?:machine|laptop|workstation|desktop|server)\b/i;
// The lead-in of a results table that says how its rows were measured: "validated the whole stack ... across a
// 38-test suite ..., with statistical significance testing:", "median of 5 runs", "Using SnoopCompile, we can count
// the number of invalidations ...:" (the tool the rows were counted with).
const TABLE_METHOD =
  /\b(?:statistical(?:ly)?\s+significan\w+|before\s+and\s+after\s+(?:this|the|our)\s+change|(?:repositories|repos|projects|datasets|workloads|machines)\s+(?:we|I)\s+used\s+(?:for|in)\b|\d+-test\s+suite|(?:median|mean|average|geomean)\s+(?:of|over)\s+\d+\s+runs|(?:we|I)\s+(?:ran|measured|benchmarked|timed)\s+(?:each|every|all)\b)/i;
// ... and "Using SnoopCompile, we can count the number of invalidations ...:", the tool named (case-sensitive).
const TOOL_COUNTED =
  /\b(?:[Uu]sing|[Ww]ith)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[\w.-]+){0,2},?\s+(?:we|I)\s+(?:can\s+|could\s+)?(?:count(?:ed)?|measured?|time[ds]?|profiled?|benchmark(?:ed)?)\b/;
// "The tests with pushdown took around 101 ms" under a run's output that prints "101285307 ns/op": the same time,
// rounded, in another unit (printedAgrees says to how many digits).
function printedDuration(c: ClaimContext): boolean {
  if (c.kind !== 'duration' || c.value === undefined || c.max !== undefined) return false;
  const printed = c.facts.codeDurations();
  const seconds = printed.length === 0 ? null : secondsOf(1, c.unit ?? '');
  if (seconds === null) return false;
  const decimals = /\d\.(\d+)/.exec(c.text)?.[1]?.length ?? 0;
  return printed.some((p) => printedAgrees(c.value!, decimals, c.hedge, p / seconds));
}
// "Only 57 hosts (or 0.29%)": the count beside it, as a share.
const COUNT_THEN_SHARE = /\d[\d,]*\s+[\p{L}-]+\s*\(\s*(?:or|i\.e\.,?)\s+$/u;
// "From the examples above, we know it takes 2500μs": a result the post worked out earlier, restated.
const FROM_ABOVE =
  /\b(?:from|in|as\s+in)\s+(?:the\s+)?(?:examples?|calculations?|math|sections?|formulas?)\s+above,?\s+(?:we\s+(?:know|saw|found)|it\s+follows)\b/i;
// "In the previous section we discussed how the majority of the work in the OSD is done by ...": what an earlier
// section set out, recalled (an earlier post is not on the page).
const EARLIER_PART = String.raw`(?:the|our|my)\s+(?:previous|last|earlier|prior)\s+(?:section|chapter|part)s?`;
const TOLD_EARLIER = new RegExp(
  String.raw`^\W*(?:in\s+${EARLIER_PART},?\s+(?:we|I)\s+(?:discussed|showed|saw|found|described|explained|covered|mentioned)|as\s+(?:we|I)\s+(?:saw|showed|discussed|described|explained)\s+in\s+${EARLIER_PART})\b`,
  'i',
);

// A section that sums the post up: "Summary", "Conclusion", "Wrapping up", "Key takeaways".
const SUMMARY_HEADING =
  /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:summary|conclusions?|in\s+(?:summary|conclusion|closing)|wrapping\s+up|wrap-up|(?:key\s+)?takeaways|final\s+thoughts|closing\s+thoughts|tl;?\s?dr)\b/i;

// "Putting this all together, that's a savings of ~$1800/month", "All told, ...": a total the paragraph's figures
// just above add up to.
const TOTAL_LEAD =
  /^\W*(?:putting\s+(?:this|it|these|that)\s+(?:all\s+)?together|all\s+told|altogether|adding\s+(?:it|this|these|them)\s+(?:all\s+)?up|in\s+sum)\b/i;
const FIGURE = /\d[\d,.]*/g;
function figuresBefore(c: ClaimContext): number {
  const at = c.blockText.indexOf(c.sentence);
  return at > 0 ? (c.blockText.slice(0, at).match(FIGURE)?.length ?? 0) : 0;
}

// "our publish times dropped from ~1500 seconds to around 1200 seconds", "Here is the GPU memory before and after:":
// the author's own run, or a lead-in that presents the picture as what was measured.
const PICTURE_LEAD =
  /\b(?:here\s+(?:is|are)|graphs?|charts?|plots?|screenshots?|dashboards?|before\s+and\s+after|we\s+can\s+see)\b/i;
// The paragraph over a picture says it sets out data: "are presented in `table-1` below", "the chart below shows".
const DATA_PICTURED =
  /\b(?:presented|shown|summari[sz]ed|plotted|reported|listed|compared)\s+in\s+(?:the\s+)?`?(?:table|fig(?:ure)?|chart|graph|plot)\b|\b(?:table|fig(?:ure)?|chart|graph|plot)s?\b[^.]{0,40}\bbelow\b/i;
// ... and names data, not a design ("The figure below shows the Quill architecture").
const DATA_WORDS =
  /\b(?:errors?|rates?|results?|latenc(?:y|ies)|throughput|scores?|times?|timings?|performance|benchmarks?|numbers|values|measurements|accuracy|speedups?|costs?|sizes?)\b/i;
// "than any other", "than the competition": a rank beyond what one picture holds.
const THAN_ANY = /\bthan\s+(?:any|all|every|the\s+competition|competitors|others)\b/i;
// The paragraph over a chart says the author ran, plotted or compared the other thing in it: "We also compare these
// read times with the time required to read an unversioned file", "we ran the same queries against ...".
const COMPARED_IN_PICTURE =
  /\b(?:we|I)\s+(?:also\s+)?(?:compare[ds]?|plot(?:ted)?|benchmark(?:ed)?|ran)\s+(?:these|the|our|them|it)\b[^.]{0,120}?\b(?:with|against|to)\b/i;
// "One repository powered by our cloud is saving 40,000 hours": someone else's result, however "our" it is.
// ("in the single-client test", "16-client runs", "I re-ran my dummy client": the clients of a benchmark's load are
// no one's; "two clients" are customers.)
const SOMEONE_ELSES =
  /\b(?:powered\s+by|(?:built|running)\s+on\s+our|using\s+our|customers?|(?<!\b(?:single|multi|multiple)[- ]|\d-|\b(?:dummy|test|load|benchmark|fake|mock|synthetic)\s|\b(?:ran|run|re-ran|running)\s+(?:the\s+same\s+|the\s+|a\s+|my\s+)?)clients?(?!\s+(?:tests?|benchmarks?|runs?|load|machines?|nodes?|threads?|connections?)\b))\b/i;
const MEASURED_KINDS = new Set(['percentage', 'multiplier', 'duration', 'range', 'number']);

// "MariaDB operations have dropped by 80%" over "![Chart showing reduction in InnoDB Row Operations](...)": a chart
// whose alt text names what the sentence measured shows that measurement.
// ("TP99 query latency", "p99 latency over a week": a percentile's latency is a plotted measure too.)
const CHART_ALT =
  /\b(?:charts?|graphs?|plots?|dashboards?|diagrams?|histograms?|screenshots?|figures?|t?p9\d(?:\.9+)?\s+(?:[\w-]+\s+)?latency)\b/i;
const ALT_WORD = /\p{L}{4,}/gu;
// Words of any chart's alt text, not of what it measures (nor how it changed: "reduced", "increased").
const NOT_MEASURES = new Set(
  'chart graph plot dashboard diagram histogram screenshot figure showing shows show with from over time before after this that than image percent reduced reduce increased increase improved improve decreased dropped values value amount number total overall result results month months grouped starting ending classified'.split(
    ' ',
  ),
);
const measureWords = (text: string): string[] =>
  (text.toLowerCase().match(ALT_WORD) ?? [])
    .map((w) => w.replace(/ies$/, 'y').replace(/s$/, ''))
    .filter((w) => !NOT_MEASURES.has(w))
    .map((w) => w.slice(0, 6));
// ... and so does the heading a picture stands under, right above the sentence: "## Single and Multi Client Average
// Latency", its charts, then "Ceph was able to maintain sub-millisecond average latency ...".
function chartNamesIt(c: ClaimContext): boolean {
  const says = `${CHART_ALT.test(c.figureAlt) ? c.figureAlt : ''} ${c.figureTitle}`;
  if (says.trim() === '') return false;
  const shown = new Set(measureWords(says));
  return measureWords(c.sentence).some((w) => shown.has(w));
}

// "I re-ran my dummy client ... latency over 10ms. In other words, if at 40k QPS 50 queries every second were over
// 50ms, ...": the first person's result, said again.
const RESTATED =
  /^\W*(?:in\s+other\s+words|that\s+is(?:\s+to\s+say)?,|put\s+(?:differently|another\s+way)|i\.e\.,?)\W/i;
const restatesOwn = (c: ClaimContext): boolean => RESTATED.test(c.sentence) && FIRST_PERSON.test(c.blockText);

// The claim's first figure in the picture's alt text, as a number of its own, with its unit when it is a share or a
// multiple ("43" in "(about 43%)", not in "143" or "43 ms").
// ("Neo's monthly task volume grew roughly 13x": growth the company charts, not a measurement it ran.)
const GREW = /\b(?:grew|grow(?:s|n|ing)?|growth)\b/i;
function altShows(c: ClaimContext, alt: string): boolean {
  const figure = /\d[\d,]*(?:\.\d+)?/.exec(c.text)?.[0];
  if (figure === undefined) return false;
  const unit = c.kind === 'percentage' ? '\\s?(?:%|percent)' : c.kind === 'multiplier' ? '\\s?[x×]' : '';
  return new RegExp(`(?<![\\d.,])${figure.replace(/[.,]/g, '\\$&')}(?![\\d,]|\\.\\d)${unit}`, 'i').test(alt);
}

// A picture elsewhere whose alt text shows the claim's figure and shares two content words with its sentence.
function shownElsewhere(c: ClaimContext): boolean {
  const figure = /\d[\d,]*(?:\.\d+)?/.exec(c.text)?.[0];
  if (figure === undefined) return false;
  const unit = c.kind === 'percentage' ? '%' : c.kind === 'multiplier' ? 'x' : '';
  const pictures = c.facts.pictured().get(pictureKey(figure, unit));
  if (!pictures) return false;
  const words = contentWords(c.sentence);
  return pictures.some((shown) => sharesWords(words, shown, 2));
}

const sameWords = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/\W+/g, ' ').trim() === b.toLowerCase().replace(/\W+/g, ' ').trim();

// "over a year, 1051.2kWh or £273 (@26p kWh)": a cost worked out from the quantity before it at the rate beside it.
const RATE_GIVEN =
  /(?:@|\bat\s)\s*[$£€]?\d[\d.,]*\s*(?:p|c|¢|cents?|pence)?\s*(?:\/|per\s+|an?\s+)?(?:kWh|MWh|hours?|hr|GB|TB|months?|requests?|users?|seats?|units?)\b/i;

// "If healthy, increase latency by 1ms", "The tc command to add 3ms of latency", "every additional 1ms of latency":
// a delay the experiment puts in, not one it measured.
const ADDS_DELAY =
  /\b(?:add(?:s|ed|ing)?|inject(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|simulat(?:e|es|ed|ing)|additional|extra|increas(?:e|es|ed|ing)\s+(?:the\s+)?(?:latency|delay|lag)\s+by)\s+(?:an?\s+)?(?:extra\s+|additional\s+|artificial\s+)?$/i;
const DELAY = /^\s*(?:of\s+)?(?:artificial\s+|extra\s+|additional\s+|network\s+)?(?:latency|delay|lag)\b/i;

// "the original build took 25.9s and the new one took 25.0s. I didn't do careful measurements to see if those
// numbers were consistent": the author's own run, its roughness owned up to in the next breath.
const ROUGH_OWN =
  /^\W*(?:I|we)\s+(?:didn['’]t|did\s+not|haven['’]t|have\s+not|never)\s+(?:do|run|take|make|done|made|taken|really\s+do)\s+(?:any\s+|many\s+|very\s+|particularly\s+)?(?:careful|rigorous|proper|precise|scientific|formal|repeated|extensive|exhaustive)\s+(?:measurements?|benchmarks?|benchmarking|runs?|tests?|testing|timings?)\b/i;
const ownRun = (c: ClaimContext) => numeric(c) && !c.vague && !COMPARE_OTHERS.test(around(c));

/** Why: what the post shows how it measured or worked out, in the sentence or right above it. */
export const QUIET_MEASURED: readonly Signal[] = [
  {
    id: 'profiling-found',
    reason: "what the author's own profiling found",
    worth: 'none',
    // (Set against what the author ran, "than constructing short strings"; not against a named rival.)
    test: (c) =>
      numeric(c) &&
      !c.vague &&
      PROFILING_FOUND.test(c.before) &&
      !RIVAL_NAMED.test(c.sentence) &&
      !aboutTheBusiness(c),
  },
  {
    id: 'measured-with',
    // "We profiled the parser with perf: 38% ...", "Profiling the linker with _perf_ ..., we can see that the majority
    // (+60% of cycles) ...".
    reason: "the author's own measurement; the sentence names the tool it was taken with",
    worth: 'none',
    test: (c) => ownRun(c) && MEASURED_WITH.test(c.before),
  },
  {
    id: 'measured-in-own',
    reason: "the author's own measurement; the sentence names their own setting it was taken in",
    worth: 'none',
    // (Or its paragraph says where: "In a Chrome debug build on Linux, .o file sizes ... are about 30% smaller (and
    // 20% ...). In a Clang debug build on Linux, ... 48% smaller", "Measured on my machine, ...".)
    test: (c) =>
      ownRun(c) &&
      (MEASURED_IN_OWN.test(c.before) || MEASURED_SETTING.test(c.blockText)) &&
      // (Not an outcome of customers or users: "In our own workspace, customers cut their costs by 70%".)
      !/\b(?:customers?|clients?|users?)\b/i.test(c.sentence) &&
      !namesCompetitor(c),
  },
  {
    id: 'table-under-method',
    reason: "a row of the author's own results table, whose lead-in says how it was measured",
    worth: 'none',
    test: (c) =>
      c.table !== null && ownRun(c) && (TABLE_METHOD.test(c.leadIn) || TOOL_COUNTED.test(c.leadIn)),
  },
  {
    // "These efforts yielded a 2x speedup in query latency ... we'll dive into a detailed summary of overall
    // improvements at the end", over "## Reviewing results" and its charts: the summary of results the post shows.
    id: 'results-later',
    reason: 'sums up the results the post shows further down',
    worth: 'none',
    test: (c) => c.resultsBelow && ownRun(c) && RESULTS_LATER.test(c.blockText) && !namesCompetitor(c),
  },
  {
    // "the Python version takes 1312 seconds (21 minutes, 52 seconds)": one figure, flagged (or not) once.
    id: 'in-other-units',
    reason: 'the figure before it, in other units',
    worth: 'none',
    test: (c) => c.bracketsSame,
  },
  {
    // "I find it takes 27.3s (debug, Windows; 53.2s for release)": the same measurement under another condition.
    id: 'bracketed-variant',
    reason: 'a variant of the figure it stands beside, in its brackets',
    worth: 'none',
    test: (c) => c.bracketsSettled && numeric(c),
  },
  {
    // A chart of CI durations under "our publish times dropped from ~1500 seconds to around 1200 seconds".
    id: 'beside-own-picture',
    reason: "the author's own measurement, shown in the picture beside it",
    worth: 'none',
    test: (c) =>
      c.figureBeside !== '' &&
      MEASURED_KINDS.has(c.kind) &&
      // A chart that names the measure shows a rough figure too ("sub-millisecond average latency").
      (ownRun(c) ||
        (numeric(c) && chartNamesIt(c) && !COMPARE_OTHERS.test(around(c))) ||
        // "We also compare these read times with the time required to read an unversioned file" over the chart:
        // "~5x-10x slower than reading an unversioned file" under it compares what the author ran.
        (numeric(c) && !c.vague && COMPARED_IN_PICTURE.test(c.figureLead))) &&
      (c.says(FIRST_PERSON) ||
        restatesOwn(c) ||
        PICTURE_LEAD.test(c.figureLead) ||
        chartNamesIt(c) ||
        // "8xH100 SXM5 processes 74% more requests per second ..." between two charts, in a post that describes how
        // it measured: what the charts around it show.
        (c.figureBeside === 'around' && c.facts.methodDisclosed)) &&
      !c.says(SOMEONE_ELSES) &&
      // (A chart that names the measure shows the sentence's own figure: a rival in the heading is another's.)
      !namesCompetitor(c, chartNamesIt(c) ? 'sentence' : 'around') &&
      !aboutTheBusiness(c),
  },
  {
    // "The validation errors (from the research paper) are presented in `table-1` below:", the table's picture, then
    // "While BN performs slightly better than GN for batch size 32, ...": a comparison read off the picture above it.
    id: 'reads-picture',
    reason: 'read off the table or chart pictured right above it',
    worth: 'none',
    test: (c) =>
      c.kind === 'comparative' &&
      (c.figureBeside === 'above' || c.figureBeside === 'around') &&
      DATA_PICTURED.test(c.figureLead) &&
      DATA_WORDS.test(c.figureLead) &&
      !THAN_ANY.test(c.text + c.after.slice(0, 30)),
  },
  {
    // "![Out of 22 Languages in the list, 63% are Brown](graph1.svg)" over the caption that says the same.
    id: 'picture-caption',
    reason: 'the caption of the picture right above it, which shows it',
    worth: 'none',
    test: (c) => c.figureAlt !== '' && MEASURED_KINDS.has(c.kind) && sameWords(c.blockText, c.figureAlt),
  },
  {
    // '<ThemedImage alt="... renderer startup drops from about 230 ms to about 130 ms (about 43%) ..." />' over "The
    // short version: sandboxed renderers start up ~43% faster": the picture beside it shows that very figure.
    id: 'figure-in-picture',
    reason: 'the figure the picture beside it shows',
    worth: 'none',
    // ... or a picture elsewhere whose alt text shows it and names what its sentence speaks of ("Together these make
    // sandboxed renderer startup roughly 43% faster", sections below that picture).
    // (Not a growth or adoption figure: "Organizations using an AI agent ... grew 2.75x" over the company's own
    // telemetry chart is still first-party data with no method.)
    test: (c) =>
      MEASURED_KINDS.has(c.kind) &&
      !aboutTheBusiness(c) &&
      !c.says(GREW) &&
      ((c.figureAlt !== '' && altShows(c, c.figureAlt)) || shownElsewhere(c)),
  },
  {
    // "Our test found that after migration, 10.8 TB of data in MySQL became only 3.2 TB in TiDB" over a table whose
    // row reads "MySQL | 10.8 TB | 3.4": the table sets out what the paragraph above it said (and answers as it does).
    id: 'table-restates-lead',
    reason: 'a figure the paragraph over its table already gives',
    worth: 'none',
    test: (c) => {
      if (c.blockKind !== 'table-row' || !numeric(c) || c.intro === '') return false;
      const figure = /\d[\d,]*(?:\.\d+)?/.exec(c.text)?.[0];
      if (figure === undefined) return false;
      // ... with the cell's unit, when it has one ("500 ms" is not "500 queries").
      const unit = c.text
        .slice(c.text.indexOf(figure) + figure.length)
        .trim()
        .split(/\s/)[0]!
        .replace(/\W/g, '');
      const at = `(?<![\\d.,])${figure.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)${unit ? `\\s?${unit}\\b` : ''}`;
      // A whole figure of one or two digits only as the term of a ratio the paragraph gives ("3.4:1").
      return figure.includes('.') || figure.replace(/\D/g, '').length >= 3
        ? new RegExp(at).test(c.intro)
        : new RegExp(`\\d:${at}|${at}:\\d`).test(c.intro);
    },
  },
  {
    // "From 1.282111833s to 547.307667ms" under code blocks that print "hash_many_simd ...: 547.307667ms".
    id: 'printed-in-code',
    reason: "what the post's own program output prints",
    worth: 'none',
    test: (c) => {
      if (!MEASURED_KINDS.has(c.kind)) return false;
      const digits = preciseDigits(c.text);
      return (digits !== null && c.facts.codeFigures().has(digits)) || printedDuration(c);
    },
  },
  {
    id: 'rough-own-run',
    reason: "the author's own run, which the next sentence says was not measured carefully",
    worth: 'none',
    test: (c) => MEASURED_KINDS.has(c.kind) && ownRun(c) && ROUGH_OWN.test(c.next) && !namesCompetitor(c),
  },
  {
    id: 'share-of-count',
    reason: 'the count beside it, restated as a share',
    worth: 'none',
    test: (c) => c.kind === 'percentage' && COUNT_THEN_SHARE.test(last(c.before, 40)),
  },
  {
    id: 'worked-above',
    reason: 'a result the post worked out above, restated',
    worth: 'none',
    test: (c) => numeric(c) && c.says(FROM_ABOVE),
  },
  {
    id: 'told-earlier',
    reason: 'recalls what an earlier section of the post already set out',
    worth: 'none',
    test: (c) => TOLD_EARLIER.test(c.sentence) && !namesCompetitor(c),
  },
  {
    // "## Summary ... the time until the redundancy level is re-established is cut in half", after results that
    // said "The throughput of data redistribution was almost doubled": the post's own result, told again.
    id: 'summary-restated',
    reason: 'the summary of a result the post gave above',
    worth: 'none',
    test: (c) =>
      c.kind === 'multiplier' &&
      c.value !== undefined &&
      SUMMARY_HEADING.test(c.heading) &&
      !namesCompetitor(c) &&
      c.multipleAbove(c.value),
  },
  {
    id: 'cost-at-rate',
    reason: 'a cost worked out from the quantity beside it, at the rate it gives',
    worth: 'none',
    test: (c) => c.kind === 'money' && RATE_GIVEN.test(c.after) && /\d/.test(c.before),
  },
  {
    id: 'added-delay',
    reason: 'a delay the experiment adds, not one it measured',
    worth: 'none',
    test: (c) =>
      c.kind === 'duration' &&
      ADDS_DELAY.test(last(c.before, 50)) &&
      (DELAY.test(c.after) || /\b(?:latency|delay|lag)\s+(?:by\s+)?$/i.test(last(c.before, 30))),
  },
  {
    id: 'totals-above',
    reason: 'a total worked out from the figures just above it',
    worth: 'none',
    test: (c) => numeric(c) && TOTAL_LEAD.test(c.sentence) && figuresBefore(c) >= 2,
  },
];
