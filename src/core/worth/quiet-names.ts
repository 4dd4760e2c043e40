// QUIET, last band: wording that names a thing or states the textbook. A percentile ("99.9% latency"), a chip's
// spec ("33% fewer CUDA cores") or a workload's mix ("75% reads and 25% writes") is what was measured or set up, not a result anyone could source; a
// hyphenated term ("larger-than-memory processing") compares nothing; the storage hierarchy ("SSDs are still much
// slower than memory") is what every reader already knows.
import type { ClaimContext } from './context';
import { beyondOwnTables, last, namesCompetitor, thanOwnPart, type Signal } from './signal';

// "99.9% Latency is, as expected, a little higher", "the 95% response time": a percentile's name.
const PERCENTILE_AFTER = /^\s*(?:tail\s+)?(?:latenc(?:y|ies)|response\s+times?|percentiles?|quantiles?)\b/i;
// "reduced latency by 99%" or "99% of latency": the figure measures something; only a bare name is let go.
const MEASURES_BEFORE = /\b(?:by|of|to|from|at|than|under|over|within)\s+$/i;
// "a mixed read/write FIO workload with 75% reads and 25% writes", "a 90% GET / 10% PUT mix".
const OPERATION_AFTER =
  /^\s*(?:random\s+)?(?:reads?|writes?|gets?|puts?|inserts?|updates?|deletes?|lookups?|queries|scans?)\b/i;
const MIX = /\b(?:workloads?|mix(?:ed|es)?|ratio|split|rwmix\w*|read\/write|r\/w|load\s+tests?|replay\w*)\b/i;
// "90% checks and 10% limit updates": two shares of one whole, each of a kind of operation, in a test's setup.
const TWO_SHARES =
  /(\d+(?:\.\d+)?)\s*%\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:and|,|\/)\s+(\d+(?:\.\d+)?)\s*%\s+\p{Ll}/u;
const sharesOfOne = (sentence: string): boolean => {
  const m = TWO_SHARES.exec(sentence);
  return m !== null && Number(m[1]) + Number(m[2]) === 100;
};
// "The load test we used to size it replays production traffic ... at 40,000 requests per second": the rate a test
// applies, not one anyone achieved.
const LOAD_TEST =
  /\b(?:load|stress|soak)\s+(?:tests?|generators?)\b[^.;]*\b(?:replay|send|generat|driv|issu|run|push|fir)\w*\b|\b(?:replay|send|generat|driv|issu|fir)\w*\b[^.;]*\bload\b/i;
const APPLIED_AT = /\b(?:at|of)\s+(?:a\s+(?:steady|constant|fixed)\s+)?(?:rate\s+of\s+)?$/i;
// "I had run many experiments with 40k QPS", "While I was testing with 40k QPS": the load a test ran with.
// ("Then I ran the same client at 45k QPS": the rate a run was driven at.)
const TESTED_WITH =
  /\b(?:experiments?|tests?|testing|tested|benchmark(?:s|ing|ed)?|(?:I|we)\s+(?:had\s+)?(?:ran|re-ran)(?:\s+[\w-]+){1,3})\s+(?:with|at)\s+$/i;
const RATE_UNIT =
  /^\s*(?:QPS|RPS|TPS|IOPS|(?:requests|reqs?|queries|transactions)\s*(?:per\s+|\/\s*|a\s+)(?:s|sec|second)\b)/i;

// "larger-than-memory query processing", "better-than-expected results": one hyphenated word.
const HYPHENATED_THAN = /\p{L}-than-\p{L}/u;
// "they are still much slower than memory", "network storage is usually slower than physically mounted storage".
const TIER = String.raw`(?:memory|RAM|DRAM|disks?|SSDs?|HDDs?|NVMe|storage|caches?|registers|tape|network)`;
const TIER_THAN = new RegExp(
  String.raw`^(?:faster|slower|quicker|cheaper|costlier|larger|smaller|bigger)\s+than\s+(?:(?:the\s+)?(?:main|system|local|physical(?:ly)?(?:\s+mounted)?|on-?disk|in-?memory|spinning|remote|network(?:ed)?|CPU|L[123])\s+)?${TIER}\b`,
  'i',
);
const TIER_SUBJECT = new RegExp(String.raw`\b${TIER}\b`, 'i');

// "it has 33% fewer CUDA cores (10,496) ... and 7% less memory bandwidth": what a chip has, from its spec sheet (not
// "uses 30% less memory", a result, nor "less memory usage").
const SPEC_COMPARED = /(?:fewer|more|less|lower|higher|smaller|larger|bigger|wider)$/i;
const SPEC_AFTER =
  /^\s+(?:(?:CUDA|Tensor|RT|CPU|GPU|compute|shader|physical|logical)\s+)?(?:cores|threads|transistors|(?:memory\s+)?bandwidth|VRAM|(?:L[123]\s+)?cache|clock\s+speeds?|TDP|bus\s+width|(?:PCIe\s+)?lanes|shaders|compute\s+units|memory(?!\s+(?:use|usage|footprint|consumption|allocations?|overhead)\b))\b(?!\s+(?:miss|hit|pressure|latency|use|used|usage|blocked|contention)\w*)/i;
// The verb right before the figure, or before the spec compared first in the same list ("it has 33% fewer CUDA cores
// (10,496) ... and 7% less memory bandwidth"); not "Since the team has migrated ..., the service uses 40% less memory".
const HAS =
  /\b(?:has|have|had|features?|offers?|packs?|(?:ships|comes)\s+with)\s+(?:(?:only|about|roughly|nearly|almost|over)\s+)?(?:[\d.,]+\s*(?:%|x|×)\s+(?:fewer|more|less|lower|higher|smaller|larger|bigger|wider)\s[^.;!?]*\band\s+)?$/i;
/** Why: a chip's spec compared is no benchmark result (weight.ts), and needs no source unless its tables disagree. */
export const hardwareSpec = (c: ClaimContext): boolean =>
  (c.kind === 'percentage' || c.kind === 'multiplier') &&
  SPEC_COMPARED.test(c.text) &&
  SPEC_AFTER.test(c.after) &&
  HAS.test(last(c.before, 120));

const percentileName = (c: ClaimContext): boolean =>
  c.kind === 'percentage' &&
  c.value !== undefined &&
  c.value >= 50 &&
  c.value < 100 &&
  PERCENTILE_AFTER.test(c.after) &&
  !MEASURES_BEFORE.test(last(c.before, 12));

const workloadMix = (c: ClaimContext): boolean =>
  (c.kind === 'percentage' &&
    (OPERATION_AFTER.test(c.after) || sharesOfOne(c.sentence)) &&
    MIX.test(c.sentence)) ||
  (c.kind === 'number' && APPLIED_AT.test(last(c.before, 30)) && LOAD_TEST.test(c.sentence)) ||
  (c.kind === 'number' &&
    TESTED_WITH.test(last(c.before, 40)) &&
    RATE_UNIT.test(c.text.replace(/^[^\d]*[\d.,]+\s*[kKmM]?/, '') + c.after));

const textbookComparison = (c: ClaimContext): boolean =>
  c.kind === 'comparative' &&
  !/\d/.test(c.text) &&
  !namesCompetitor(c) &&
  (HYPHENATED_THAN.test(c.text) ||
    (TIER_THAN.test(
      c.text.replace(/^(?:much|far|still|usually|generally|often|way)\s+/i, '') + c.after.slice(0, 40),
    ) &&
      TIER_SUBJECT.test(c.before)));

// "how America's top companies, the Fortune 500, would stack up", "Less than half of the Fortune 500 had a CLS of
// ...": the list a study measures, named; a customer claim says someone uses, trusts or is served ("trusted by
// Fortune 500 companies", "our customers include").
const CUSTOMER_SAID =
  /\b(?:use[sd]?|using|trust\w*|rel(?:y|ies|ied)\s+on|cho(?:o)?se[sn]?|chose|serve[sd]?|serving|customers?|clients?|works?\s+with|worked\s+with|power(?:s|ed|ing)?|deploy\w*|adopt\w*|partner\w*|rely|run\s+on|runs\s+on|including|includes?|such\s+as|like)\b/i;
const studiedList = (c: ClaimContext): boolean =>
  c.kind === 'customer' &&
  /^\W*(?:the\s+)?Fortune\b/i.test(c.text) &&
  !CUSTOMER_SAID.test(c.sentence) &&
  STUDIED.test(c.sentence);
const STUDIED =
  /\b(?:stack\s+up|scor\w*|measur\w*|audit\w*|rank\w*|test\w*|analy[sz]\w*|compiled|data|study|studied)\b/i;

// "had a Cumulative Layout Shift score of better than .1", "p99 better than 10 ms": a bound named by its number; the
// number is the claim, if any.
const THAN_NUMBER = /^\s*(?:about\s+|around\s+|roughly\s+|~)?(?:[\d$€£]|\.\d)/;
const thanNumber = (c: ClaimContext): boolean =>
  c.kind === 'comparative' && /\bthan$/i.test(c.text) && THAN_NUMBER.test(c.after) && !namesCompetitor(c);

// "WebSocket is the most frequently used transport implementation in our case": a rank within the author's own
// system, no market.
const OWN_SCOPE_AFTER =
  /^\s*(?:[\w-]+\s+){0,3}?(?:in\s+our\s+(?:case|setup|system|deployment|stack|clusters?|app|apps|product|codebase|data)|for\s+(?:us|our\s+(?:use\s+case|team|needs))|at\s+our\s+(?:company|scale))\b/i;
const ownScope = (c: ClaimContext): boolean =>
  c.kind === 'superlative' && OWN_SCOPE_AFTER.test(c.after) && !namesCompetitor(c);

// "Larger companies save more money with better speed than smaller companies", "Products that need to be in front of
// users all day require better performance than products that run in the background": two kinds of one class, the
// same noun on both sides, no product or rival ("Our database is faster than other databases" names its own side).
const NOUN_AFTER_THAN = /^\s*(?:[\p{L}-]+\s+){0,2}?([\p{L}-]{3,}s)\b/u;
const OTHERS_WORD =
  /\b(?:other|others|competing|rival|existing|traditional|legacy|conventional|alternative)\b/i;
// Whether `word` stands in `text` as a word of its own (what /\bword\b/ tests, without a pattern per claim).
const WORD_CHAR = /[A-Za-z0-9_]/;
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after)))
      return true;
  }
  return false;
}
const twoKinds = (c: ClaimContext): boolean => {
  const than = /\bthan\b([^]*)$/i.exec(c.text);
  if (c.kind !== 'comparative' || !than) return false;
  const compared = than[1]! + c.after.slice(0, 60);
  if (OTHERS_WORD.test(compared)) return false;
  const noun = NOUN_AFTER_THAN.exec(compared)?.[1]?.toLowerCase();
  if (noun === undefined) return false;
  const subject = c.clause.toLowerCase();
  return (
    hasWord(subject, noun) &&
    !/\b(?:we|our|us|i|my)\b/.test(subject) &&
    !/\p{Lu}/u.test(c.clause.replace(/^\W*\p{Lu}/u, '')) &&
    !namesCompetitor(c)
  );
};

/** Why: a figure that names what was measured or set up states no result; so does a term or the textbook. */
export const QUIET_NAMES: readonly Signal[] = [
  {
    id: 'percentile-name',
    reason: "a percentile's name (99.9% latency), not a result",
    worth: 'none',
    test: percentileName,
  },
  {
    id: 'workload-mix',
    reason: 'the mix or rate of operations a test was set up with, not a result',
    worth: 'none',
    test: workloadMix,
  },
  {
    id: 'hardware-spec',
    reason: 'what a chip has by its spec sheet (cores, bandwidth, memory), not a result',
    worth: 'none',
    // (One the article's own spec table gives otherwise, "52.1% fewer" for 7,680 against 16,384, stays a claim.)
    test: (c) => hardwareSpec(c) && !beyondOwnTables(c),
  },
  {
    id: 'studied-list',
    reason: 'the list a study measures (the Fortune 500), named: no customer claim',
    worth: 'none',
    test: studiedList,
  },
  {
    id: 'than-a-number',
    reason: 'a bound named by its number, not a comparison',
    worth: 'none',
    test: thanNumber,
  },
  {
    id: 'own-scope',
    reason: "a rank within the author's own system, not the market",
    worth: 'none',
    test: ownScope,
  },
  {
    id: 'own-parts',
    reason: "a comparison of two parts of the author's own system",
    worth: 'none',
    test: (c) => c.kind === 'comparative' && thanOwnPart(c),
  },
  {
    id: 'two-kinds',
    reason: 'two kinds of one class compared, no product or rival',
    worth: 'none',
    test: twoKinds,
  },
  {
    id: 'textbook-comparison',
    reason: 'a hyphenated term or the storage hierarchy, no product or rival',
    worth: 'none',
    test: textbookComparison,
  },
];
