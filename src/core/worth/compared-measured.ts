// A comparison that sums up the author's own runs: the rival it names is one the post measured, it concludes them,
// or it sets two of the post's own results side by side. Read by the 'compared-measured' QUIET row (quiet-shown.ts).
import type { ClaimContext } from './context';

/**
 * Why: "APISIX is slightly better than Envoy" in a post whose own results table has an Envoy column: the rival it
 * names is one the author measured, so the comparison sums up the author's own measurement.
 */
export function comparesMeasured(c: ClaimContext): boolean {
  // "**Summary:** Linkerd's data plane CPU utilization was higher than Istio's": a summary of the runs just reported.
  if (c.kind === 'comparative' && SUMMARY_LEAD.test(c.blockText)) return true;
  const span = `${c.text}${c.after.slice(0, 60)}`;
  // "simpler and faster than the CUDA C++ it replaced", "than the previous implementation": the author's own before
  // and after; "far less dramatic than the slowdown from moving to clang-19": two of the post's results side by side.
  // (What the author's own work replaced: "The result is ...", "our ...", "we ...", not "At Initech, Quillbase turned out
  // faster than the Oracle cluster it replaced".)
  if (c.kind === 'comparative' && THAN_PREDECESSOR.test(span) && OWN_WORK.test(c.sentence)) return true;
  if (c.kind === 'comparative' && THAN_EFFECT.test(span)) return true;
  // What running the code just shown gives, whatever it is set against.
  if (c.kind === 'comparative' && c.codeAbove !== '' && RUN_OF_CODE.test(c.before)) return true;
  // ("outperforms Megatron-LM": the rival is the verb's object)
  const named = `${c.text}${c.after.slice(0, 40)}`.match(
    /(?<=\b(?:than|outperform(?:s|ed|ing)?)\s+(?:the\s+)?)\p{Lu}[\p{L}\p{N}]+/u,
  );
  if (named !== null) return c.facts.measuredNames().has(named[0].toLowerCase());
  // "To my surprise, I found that ... the model with GroupNorm performed much worse than the model with BatchNorm":
  // what the author's own experiment found (no rival named, or one measured: above).
  if (c.kind === 'comparative' && OWN_FOUND.test(c.before)) return true;
  // With no named rival (nor "any other database"), "So it is fair to say that the workload on Table B requires a
  // higher memory fit than ..." concludes the runs, and "higher than on the AWS instance" under a chart reads it.
  if (
    c.kind === 'comparative' &&
    (CONCLUDED.test(c.sentence) ||
      CONCLUDED.test(c.leadIn) ||
      c.figureBeside !== '' ||
      printedRun(c.codeAbove)) &&
    !THAN_OTHERS.test(`${c.text}${c.after.slice(0, 40)}`)
  )
    return true;
  // Right under a results table: "almost a factor of two slower than the single-threaded implementation" names its
  // "Single thread" row in lower case.
  // So is a name with a digit anywhere below the table ("faster than clang19" under a clang19 column): one system,
  // not a word of the language.
  const word = `${c.text}${c.after.slice(0, 40)}`.match(
    /(?<=\bthan\s+(?:the\s+|a\s+)?)(?!(?:the|an?)\b)\p{L}[\p{L}\p{N}]{2,}/u,
  );
  if (
    word !== null &&
    (c.tableAbove !== null || /\d/.test(word[0])) &&
    c.facts.measuredNames().has(word[0].toLowerCase())
  )
    return true;
  // "Apollo-Router and Wundergraph are the fastest gateways" under a results table with those rows: the ranked ones
  // are systems the author measured (every name of the clause's subject is one).
  if (c.kind !== 'superlative') return false;
  // "it reaches state-of-the-art performance according to our performance benchmarks": ranked in the post's runs.
  if (BY_OWN_RUNS.test(c.after.slice(0, 60))) return true;
  // "Here, the GPU is the fastest out of all the platform configurations" beside the chart of those runs.
  if (c.figureBeside !== '' && OF_OWN_RUNS.test(c.after.slice(0, 60))) return true;
  // "Similar to the previous test, A and B are the fastest": the subject after a lead-in phrase.
  const subject = (MEASURED_SUBJECT.exec(c.clause) ??
    MEASURED_SUBJECT.exec(c.clause.split(/,\s+/).pop()!))?.[1];
  const names = subject?.match(/\p{Lu}[\p{L}\p{N}]{2,}/gu);
  if (!names) return false;
  const measured = c.facts.measuredNames();
  return names.every((n) => measured.has(n.toLowerCase()));
}
// A paragraph that sums up the measurements before it.
const SUMMARY_LEAD = /^\W*(?:summary|in\s+summary|to\s+summari[sz]e|tl;?\s?dr)\b/i;
// "according to our performance benchmarks", "in our tests": the post's own runs, named as the basis of a rank.
const BY_OWN_RUNS =
  /^\s*(?:[\w-]+\s+){0,2}?(?:according\s+to|in|on|by)\s+our\s+(?:own\s+)?(?:performance\s+)?(?:benchmarks?|measurements|tests|experiments|runs)\b/i;
// "out of all the platform configurations", "of the three setups": ranked among the post's own runs.
const OF_OWN_RUNS =
  /^\s*(?:out\s+)?of\s+(?:all\s+)?(?:the\s+|our\s+|these\s+|\w+\s+)?(?:[\w-]+\s+)?(?:configurations|setups|runs|variants|settings|instances|machines|models|implementations|versions)\b/i;
// "than any other database", "than competing systems", "than the average volume": others, or a figure from elsewhere.
const THAN_OTHERS =
  /\bthan\s+(?:(?:the|a|an|any|all|most|many|its|their)\s+)*(?:other|others|competition|competitors?|alternatives?|rivals?|incumbents?|traditional|legacy|existing|conventional|competing|leading|popular|off-the-shelf|every|anything|anyone|average|typical|usual|normal|industry|market)\b/i;
// "So it is fair to say that", "we can conclude that", a list under "These numbers tell us that:": from the runs.
const CONCLUDED =
  /^\W*(?:(?:so|thus|hence|therefore),?\s+)?(?:it\s+is|it['’]s)\s+(?:fair|safe)\s+to\s+(?:say|conclude)\b|^\W*(?:so\s+)?(?:we|I)\s+can\s+(?:safely\s+)?conclude\s+that\b|^\W*(?:this|these|the|our)\s+(?:data|results|numbers|measurements|runs)\s+(?:shows?|tells?)\s+(?:us\s+)?that\s*:\s*$/i;
// The subject of "<names> is/are the fastest ...": the clause up to its verb, capitalised names joined by "and".
const MEASURED_SUBJECT =
  /^[^\p{L}]*((?:\p{Lu}[\p{L}\p{N}.-]*[\W_]*\s+(?:and\s+|&\s+|,\s*)?)+?)(?:is|are|was|were|remains?|remained)\s+(?:(?:clearly|still|again|by\s+far)\s+)?$/u;

// "Running this new version of the code shows another 1.5x improvement, reaching performance higher than
// WebAssembly": what the author's run of the code just shown gives.
const RUN_OF_CODE =
  /^\W*(?:running|re-running|benchmarking|timing)\s+(?:this|the|our|it|that)\b[^.;]{0,60}?\b(?:shows?|gives?|yields?|results\s+in)\b/i;
const OWN_FOUND = /\b(?:I|we)\s+(?:(?:have|also|then)\s+)?(?:found|observed|noticed|saw)\s+that\b/i;
const OWN_WORK = /^\W*the\s+result\b|\b(?:we|our|I|my)\b/i;
// "than the CUDA C++ it replaced", "than the previous version": what the author's own work replaced.
const THAN_PREDECESSOR =
  /\bthan\s+(?:the\s+|our\s+)?(?:(?:old|previous|original|former|prior)\s+[\w+#.-]+|(?:[\w+#.-]+\s+){1,4}(?:it|they|this|we|that)\s+replaced)\b/i;
// "than the slowdown from moving to clang-19", "than the gains on x86": one of the post's own effects.
const THAN_EFFECT =
  /\bthan\s+(?:the|this|that|its|our)\s+(?:[\w-]+\s+)?(?:speedups?|slowdowns?|improvements?|regressions?|gains?|overheads?|differences?|reductions?)\b/i;
// "$ pypy3 allocatealot.py 1000000000" and, printed by it, "17.857494904899553 GB/s": a run shown with its output.
const RUN_PROMPT = /^\s*(?:\$|>>>|%|In\s\[\d+\]:)\s/;
const PRINTED_MEASURE =
  /\d(?:\.\d+)?\s?(?:[kmgt]i?b\/s|[kmgt]?b\/s|ms|µs|us|ns|s|sec|seconds|ops\/s|req\/s|rps|qps)\b/i;

/** Why: prose right under a run shown with its output (a prompt line, then two measurements printed) reads it. */
export function printedRun(code: string): boolean {
  if (code === '') return false;
  const lines = code.split('\n', 200);
  return (
    lines.some((l) => RUN_PROMPT.test(l)) &&
    lines.filter((l) => !RUN_PROMPT.test(l) && PRINTED_MEASURE.test(l)).length >= 2
  );
}

/**
 * Why: "Quillbase is twice as fast as Snowflake" in a post that measured only Quillbase: a rival named right after
 * the figure that the post's own tables and benchmark prose never measured.
 */
export function rivalUnmeasured(c: ClaimContext): boolean {
  const rival = /\b(?:than|as|over|vs\.?|versus)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}-]+)/u.exec(
    c.after.slice(0, 50),
  )?.[1];
  return rival !== undefined && !c.facts.measuredNames().has(rival.toLowerCase());
}
