// QUIET: what asks for no source. The first row that matches a claim caps its worth (most rows cap it at nothing).
// One row per reason a careful reader lets a figure go; each has a case in tests/unit/worth-signals.test.ts.
import type { ClaimContext } from './context';
import {
  ADOPTION_VAGUE,
  EXAMPLE,
  FIRST_PERSON_AIM,
  GENERIC_SUPERLATIVE,
  HARDWARE,
  HARDWARE_COUNT,
  HEADCOUNT,
  IDIOM,
  LEADERSHIP,
  LONG_UNITS,
  MARKET,
  NARRATIVE_TIME,
  NEGATED,
  OPINION,
  OUTCOME_SUBJECT,
  PARAMETER_AFTER,
  PARAMETER_BEFORE,
  PERFORMANCE,
  PRICE_UNIT,
  PRICING_WORDS,
  PRODUCT_WORDS,
  QUESTION_END,
  SAMPLE_SIZE,
  SPEC_UNIT,
  FUNDING_REVENUE,
  COMPARE_OTHERS,
  ADOPTION_NOUN,
  ADOPTION_VERB,
  CUSTOMER_WORDS,
  PLAN_TERMS,
  PROVENANCE,
  THANKS,
  COST_ESTIMATE,
} from './patterns';
import {
  around,
  countedNoun,
  last,
  namesCompetitor,
  numeric,
  thirdPartyPrice,
  type Signal,
  isDuration,
  beyondOwnTables,
} from './signal';
import { twinned } from '../ascii-twin';

// The author speaking ("we grew to 71 people", "our team").
const WE_OUR = /\b(?:we|our)\b/i;
// Where the claim's own clause ends after it.
const CLAUSE_END = /[;:.!?]|,\s+(?:but|and|while|whereas|with)\b|\s[-–—]\s/;
const WE_OUR_US = /\b(?:we|our|us)\b/i;
// "40% smaller (2.1 MB, down from 3.5 MB)": a ratio with the two figures it comes from right after it.
const BASIS_AFTER =
  /^\s*\([^()]*?\d[^()]*?\b(?:down\s+from|up\s+from|from|to|vs\.?|versus)\b[^()]*?\d[^()]*\)|^\s*\([^()]*?\d[^()]*?(?:→|->)[^()]*?\d[^()]*\)/i;
const ratioLike = (c: ClaimContext) => c.kind === 'percentage' || c.kind === 'multiplier';
// "3 nodes × $0.10": a figure multiplied out in the sentence.
const ARITHMETIC = twinned(/\d\s*(?:[\p{L}/-]+\s*){0,2}[×x*]\s*\$?\d/u);

// "LMSYS was able to cut the number of GPUs by 50%", "reduced their cloud bill": an outcome in someone's operations.
const RESOURCE_CUT =
  /\b(?:cut|cuts|reduced?|lowered|slashed|halved)\s+(?:the\s+number\s+of\s+(?:GPUs|machines|servers|nodes|instances|hosts)|(?:their|its|our|the)\s+(?:[\w-]+\s+)?(?:costs?|bills?|spend(?:ing)?))\b/i;

// Adoption, usage, customers, money and the market: what a disclosed benchmark method does not cover.
function aboutTheBusiness(c: ClaimContext): boolean {
  return (
    ADOPTION_NOUN.test(countedNoun(c)) ||
    ADOPTION_VERB.test(c.before) ||
    c.says(MARKET) ||
    c.says(FUNDING_REVENUE) ||
    c.says(CUSTOMER_WORDS) ||
    c.says(RESOURCE_CUT) ||
    c.kind === 'money'
  );
}

// A superlative about something other than a product, a company or the author ("the simplest form").
function genericSuperlative(c: ClaimContext): boolean {
  if (c.kind !== 'superlative') return false;
  // "... the fastest on the market", "the best in its class", "the cheapest win there is": a position among rivals.
  const following = c.text.replace(/^the\s+\S+/i, '') + c.after;
  if (RANKED_AMONG_RIVALS.test(following)) return false;
  // "Graftwork is the most popular release-notes tool": a named thing ranked by its adoption.
  if (POPULARITY.test(c.text) && namedSubject(c.before, false)) return false;
  // "It is also the cheapest.": the subject itself is ranked, with nothing after the superlative to narrow it.
  if (
    /^the\s+\S+$/i.test(c.text) &&
    /^\s*[.!;]?\s*$/.test(c.after) &&
    /\b(?:is|are)\s+(?:also\s+)?$/i.test(c.before)
  )
    return false;
  if (GENERIC_SUPERLATIVE.test(c.text)) return true;
  // "the simplest index Milvus supports", "the best runtime for this specific query": ranked within one product or
  // one case, not against a field.
  if (SCOPED_RANK.test(following)) return true;
  const owner = possessiveOwner(c.before);
  if (
    owner &&
    !/^the\b/i.test(c.text) &&
    !c.facts.ownNames.has(owner) &&
    !/^(?:world|industry|market|today)$/.test(owner)
  )
    return true;
  // "pick the best tools for their needs": best for the reader's own case, not a rank among rivals.
  if (FOR_OWN_NEEDS.test(c.after)) return true;
  return !LEADERSHIP.test(c.text) && !PRODUCT_WORDS.test(c.text) && !namedSubject(c.before);
}

// "Acme 4 is", "Our scheduler is", "Their API was" (and "It is", unless `pronouns` is false): the sentence's subject.
function namedSubject(before: string, pronouns = true): boolean {
  const m =
    /(?:\p{Lu}[\p{L}\p{N}.-]*(?:\s+\d+(?:\.\d+)*)?|\b[Oo]ur\s+[\p{L}-]+|\b[Tt]heir\s+[\p{L}-]+)\s+(?:is|are|was|remains|has\s+become)\s+(?:also\s+|now\s+|simply\s+|still\s+)?$/u.exec(
      before,
    );
  return m !== null && (pronouns || !/^(?:It|This|That|They|These|Those|There|He|She|We|You)\b/.test(m[0]));
}
// "more accurate than using the IP address", "faster than writing the SQL by hand": two ways of doing a thing.
const METHOD_AFTER_THAN =
  /\bthan\s+(?:by\s+)?(?:using|relying\s+on|doing|writing|running|calling|looking\s+up|guessing|inferring|reading|parsing|copying)\b/i;
// "Scale to support millions of users", "built to serve billions of requests".
const CAPACITY =
  /\b(?:support|supports|supporting|serve|serves|serving|handle|handles|handling|scale\s+to|scales\s+to|built\s+for|designed\s+for|ready\s+for)\s+(?:up\s+to\s+)?$/i;
// "Alerts at 50%, 75%, and ": the figures before this one in a list, so each item is read after the list's lead-in.
const FIGURE_LIST_END = /[\d.,%\s]*(?:\b(?:and|or)\s+)?$/;
const FOR_OWN_NEEDS =
  /^\s*for\s+(?:your|their|his|her|its|our|my|each|every\s+one's)\s+(?:own\s+|specific\s+|particular\s+|unique\s+)?(?:needs?|use[- ]cases?|situation|requirements?|workloads?|budget|goals?|context|constraints)\b/i;
// "a platform ready for Fortune 500 companies": who it is meant for, not who uses it ("serves" stays a claim).
const BUILT_FOR = /\b(?:built|designed|made|ready|tailored|aimed)\s+(?:for|at)\s+(?:the\s+needs\s+of\s+)?$/i;
// "Query: 11 queries ...", "Environment: 3 machines": a labelled line of a benchmark's method.
const METHOD_LABEL =
  /^\s*(?:quer(?:y|ies)|datasets?|data(?:\s+size)?|environment|hardware|setup|test\s+(?:setup|environment|machine|bed)|workload|benchmark(?:ing)?\s+tool|machines?|instances?)\s*(?:\([^)]*\))?\s*:/i;
// "faster than stock Postgres on roughly half of them" under a table headed "query | duckdb | postgres": the
// sentence names a measured column of the table it follows, so the table right above is its evidence.
function namesTableColumn(c: ClaimContext): boolean {
  const t = c.tableAbove;
  if (!t) return false;
  const said = new Set(c.sentence.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  return t.header.some(
    (h, k) =>
      !t.labelColumns.has(k) && (h.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).some((w) => said.has(w)),
  );
}
// "network storage is usually slower than local disks": a hedge of habit right before the comparative.
const RULE_OF_THUMB =
  /\b(?:usually|typically|generally|normally|often|basically(?:\s+never)?|tends?\s+to\s+be|in\s+general)\s+(?:\S+\s+)?$/i;
// "each query was run 5 times", "averaged over 10 runs": how often a measurement was repeated ("downloaded 600,000
// times" names no test verb, so it stays an adoption figure).
const REPEAT_AFTER = /^\s*(?:times|runs|iterations|trials|repetitions|rounds)\b/i;
const REPEAT_BEFORE =
  /\b(?:run|ran|re-?run|repeated|executed|measured|timed|benchmarked|averaged\s+over|median\s+of|best\s+of|mean\s+of)\s+(?:\w+\s+){0,3}$/i;
const SCOPED_RANK =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:that|which)\s+)?(?:\p{Lu}[\p{L}\p{N}.-]*|we|it)\s+(?:supports?|offers?|provides?|ships?|exposes?|has|have|had)\b|^\s*(?:[\p{L}-]+\s+){0,2}?for\s+(?:this|that|the|our|your)\s+(?:(?:specific|particular|exact)\s+)?(?:query|workload|use[- ]case|case|pattern|dataset|scenario|setup|job|task)\b/u;
const POPULARITY = /\b(?:popular|widely[- ]used|used|adopted|downloaded|starred|loved|trusted)\b/i;
const RANKED_AMONG_RIVALS =
  /^\s*(?:\S+\s+){0,3}?(?:on\s+(?:GitHub|npm|PyPI|crates\.io|Docker\s+Hub)\b|on\s+the\s+market|in\s+(?:the|its)\s+(?:world|industry|market|class|category)|available|there\s+(?:is|are)\b|ever\s+(?:built|made))/i;

// "better than expected", "easier than ever", "the former is slower than the latter": measured against hopes, the
// past or the other half of the author's own comparison, not against a rival.
const THAN_OWN_YARDSTICK =
  /\bthan\s+(?:(?:we|i|anyone|most\s+people)\s+(?:had\s+)?(?:expected|anticipated|thought|hoped|planned|imagined|feared)|expected|anticipated|planned|hoped|ever(?:\s+before)?|before|usual|necessary|needed|required|intended|the\s+(?:latter|former)|the\s+previous\s+one)\b/i;
// "20% usage discount", "15% off annual plans", "a discount of 10%": a term of the author's own price list.
const DISCOUNT_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}(?:discount|off)\b/iu;
const DISCOUNT_BEFORE = /\bdiscount\s+(?:of\s+)?(?:up\s+to\s+)?$/i;
// "The CPU overhead may increase 6-15%", "tradeoffs, such as an increase in precompilation time by 10%-50%": a
// cost the author discloses against their own interest ...
const COST_NOUN =
  /\b(?:trade-?offs?|overhead|downsides?|drawbacks?|limitations?|caveats?|penalty|regress(?:ion|ions|ed|es)?)\b/i;
const COST_GROWS =
  /\b(?:increase[sd]?|increasing|grows?|higher|more|adds?|added|extra|additional|slower|longer)\b/i;
// ... unless the figure is the benefit ("cuts the overhead by 40%", "only 2% overhead").
const COST_IS_BENEFIT =
  /\b(?:reduc\w*|cut\w*|lower\w*|eliminat\w*|remov\w*|sav(?:e|es|ed|ing)|decreas\w*|shrink\w*|halv\w*|improv\w*|less|fewer|smaller|minimi[sz]\w*|avoid\w*|only|just|minimal|negligible|low|under|below|barely|mere(?:ly)?|tiny)\b/i;

// "the package size by nearly 75%", "170 contributors ... over 5000 pull requests": facts of the project's own code
// and repository that anyone can look up.
const OWN_ARTIFACT =
  /\b(?:(?:package|bundle|install|binary|download|image|build|output)\s+sizes?|(?:number\s+of\s+)?dependencies|lines\s+of\s+code)\b/i;
const REPOSITORY_COUNT =
  /^\s*(?:pull\s+requests|PRs|issues|commits|contributors|releases|versions|merged\s+PRs)\b/i;
// "Most apps ... should be compatible with Svelte 4": advice or a hedged expectation, not a statistic.
const MODAL_AFTER = /^[^.;:!?,]*?\b(?:should|may|might|could)\b/i;
// "X *feels* less yucky than Y": an impression owned as one.
const IMPRESSION_BEFORE = /\b(?:feels?|felt|seems?|seemed|looks?|looked)\s+(?:\S+\s+)?$/i;
// "probably the best on this list": hedged praise.
const HEDGED = /\b(?:probably|perhaps|maybe|possibly)\b/i;
// "LLVM's state-of-the-art optimization passes": praise of someone else's work.
const OTHERS_POSSESSIVE = /(\p{Lu}[\p{L}\p{N}.+-]*)['’]s\s+$/u;

// The lower-cased name whose possessive ends `before` ("LLVM's "), or undefined; the regex reads the last few words
// only, and only when the text ends in "'s".
function possessiveOwner(before: string): string | undefined {
  const t = before.trimEnd();
  if (!t.endsWith("'s") && !t.endsWith('’s')) return undefined;
  return OTHERS_POSSESSIVE.exec(last(before, 60))?.[1]?.toLowerCase();
}

// "we raised $15M Series A round led by Tiger Global": a round the company announces, which funding databases and
// the press record; worth a low note at most (a valuation or a market size is another matter).
const OWN_ROUND =
  /\b(?:we|our\s+company)\s+(?:have\s+|'ve\s+|just\s+)?(?:raised|closed|secured)\b|\braises\b/i;
const ROUND_WORDS = /\b(?:series\s+[a-e]|seed|pre-seed|round|led\s+by)\b/i;
const MARKET_SIZE = /\b(?:valuation|valued|market\s+(?:size|cap)|TAM)\b/i;

/** Why: what asks for no source: a claim that matches one is capped at the row's worth (first match wins). */
export const QUIET: readonly Signal[] = [
  {
    id: 'question',
    reason: 'asked as a question',
    worth: 'none',
    test: (c) => c.says(QUESTION_END),
  },
  {
    id: 'idiom',
    reason: 'a figure of speech',
    worth: 'none',
    test: (c) => IDIOM.test(c.before.slice(-40) + c.text + c.after.slice(0, 30)),
  },
  {
    id: 'negated',
    reason: 'negated, so it asserts no figure or rank',
    worth: 'none',
    test: (c) =>
      (numeric(c) || c.kind === 'superlative' || c.kind === 'comparative') &&
      NEGATED.test(last(c.clause, 40)) &&
      // "not just the fastest, but ...": asserts the rank and more.
      !/(?:\bnot|n't)\s+(?:just|only|merely|simply)\s+(?:\S+\s+)?$/i.test(last(c.clause, 40)),
  },
  {
    id: 'own-yardstick',
    reason: 'compared with expectations or the past, not with a rival',
    worth: 'none',
    test: (c) => c.kind === 'comparative' && THAN_OWN_YARDSTICK.test(c.text + c.after.slice(0, 40)),
  },
  {
    id: 'discount',
    reason: "a discount on the author's own plans",
    worth: 'none',
    test: (c) =>
      c.kind === 'percentage' &&
      (DISCOUNT_AFTER.test(c.after) || DISCOUNT_BEFORE.test(last(c.before, 30))) &&
      !namesCompetitor(c),
  },
  {
    id: 'disclosed-cost',
    reason: 'a cost or a limit the author discloses',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      c.says(COST_NOUN) &&
      c.says(COST_GROWS) &&
      !COST_IS_BENEFIT.test(c.clause + c.text + c.after.split(CLAUSE_END)[0]) &&
      !namesCompetitor(c),
  },
  {
    id: 'forecast',
    reason: 'a goal or a forecast, not a result',
    worth: 'none',
    test: (c) =>
      c.says(FIRST_PERSON_AIM) ||
      // "Rspack 1.x will iterate over 12 to 18 months": a plan's time span.
      (isDuration(c) && LONG_UNITS.has(c.unit ?? '') && /\bwill\b/i.test(c.clause)),
  },
  {
    id: 'example',
    reason: 'a worked example or a hypothetical',
    worth: 'none',
    test: (c) => numeric(c) && (c.says(EXAMPLE) || EXAMPLE.test(c.intro)),
  },
  {
    id: 'arithmetic',
    reason: 'arithmetic on figures given beside it',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (c.says(ARITHMETIC.on(c.sentence)) || (ratioLike(c) && BASIS_AFTER.test(c.after))) &&
      !COMPARE_OTHERS.test(around(c)),
  },
  {
    id: 'opinion',
    reason: 'stated as an opinion',
    worth: 'none',
    test: (c) =>
      OPINION.test(c.clause) ||
      (!numeric(c) && (HEDGED.test(c.clause) || IMPRESSION_BEFORE.test(last(c.before, 30)))) ||
      (c.kind === 'generalization' && MODAL_AFTER.test(c.after)),
  },
  {
    id: 'thanks',
    reason: 'an acknowledgement, not a claim',
    worth: 'none',
    test: (c) => THANKS.test(c.clause),
  },
  {
    id: 'sample-size',
    reason: 'the size of a survey or a sample: method, not a claim',
    worth: 'none',
    test: (c) => numeric(c) && SAMPLE_SIZE.test(c.before),
  },
  {
    id: 'repetitions',
    reason: 'how many times a test was repeated: method, not a claim',
    worth: 'none',
    test: (c) =>
      c.kind === 'number' && REPEAT_AFTER.test(countedNoun(c)) && REPEAT_BEFORE.test(last(c.before, 50)),
  },
  {
    id: 'headcount',
    reason: "the author's own headcount",
    worth: 'none',
    test: (c) => c.kind === 'number' && HEADCOUNT.test(countedNoun(c)) && c.says(WE_OUR),
  },
  {
    id: 'parameter',
    reason: 'a setting, limit or parameter, not a result',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (PARAMETER_BEFORE.test(last(c.before, 60)) ||
        PARAMETER_BEFORE.test(last(c.before, 60).replace(FIGURE_LIST_END, '')) ||
        PARAMETER_AFTER.test(c.after)) &&
      !PERFORMANCE.test(c.text),
  },
  {
    id: 'test-setup',
    reason: 'the test machine or setup',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      ((c.says(HARDWARE) &&
        ((c.unit !== undefined && SPEC_UNIT.test(c.unit)) || HARDWARE_COUNT.test(c.after))) ||
        c.says(METHOD_LABEL)),
  },
  {
    id: 'narrative-time',
    reason: 'how long something took the author, not a measurement',
    worth: 'none',
    test: (c) =>
      isDuration(c) &&
      LONG_UNITS.has(c.unit ?? '') &&
      !c.says(OUTCOME_SUBJECT) &&
      // The claim's own hedge is no result word: "which took more than 7 years" is still the author's story.
      (c.says(NARRATIVE_TIME) || !PERFORMANCE.test(around(c))),
  },
  {
    id: 'own-artifact',
    reason: "a fact of the project's own code or repository",
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (c.says(OWN_ARTIFACT) || (c.kind === 'number' && REPOSITORY_COUNT.test(countedNoun(c)))) &&
      !COMPARE_OTHERS.test(around(c)),
  },
  {
    id: 'own-price',
    reason: "the author's own price or plan",
    worth: 'none',
    test: (c) =>
      c.kind === 'money' &&
      (PRICE_UNIT.test(c.text + c.after.slice(0, 20)) ||
        PRICING_WORDS.test(`${c.sentence} ${c.intro} ${c.heading}`)) &&
      !c.says(FUNDING_REVENUE) &&
      !namesCompetitor(c) &&
      !thirdPartyPrice(c) &&
      !COST_ESTIMATE.test(`${c.sentence} ${c.intro}`),
  },
  {
    id: 'diagram',
    reason: 'a cell of a diagram or an illustration',
    worth: 'none',
    test: (c) => c.table?.kind === 'diagram',
  },
  {
    id: 'table-label',
    reason: 'a row label or rank, not a measurement',
    worth: 'none',
    test: (c) => c.table !== null && c.table.labelColumns.has(c.columnIndex),
  },
  {
    id: 'spec-table',
    reason: 'a table of specifications or settings',
    worth: 'none',
    test: (c) => c.table?.kind === 'spec',
  },
  {
    id: 'code-output',
    reason: 'the output of the code shown above it',
    worth: 'none',
    test: (c) => c.table?.kind === 'output',
  },
  {
    id: 'reads-table',
    reason: 'reads the results table right above it',
    worth: 'none',
    test: (c) =>
      c.tableAbove?.kind === 'data' &&
      (c.kind === 'comparative' || (numeric(c) && (c.vague === true || c.hedge !== undefined))) &&
      namesTableColumn(c),
  },
  {
    id: 'price-table',
    reason: "the author's own price list",
    worth: 'none',
    test: (c) => c.table?.kind === 'pricing' && !namesCompetitor(c),
  },
  {
    id: 'provenance',
    reason: 'the article says where this figure comes from',
    worth: 'none',
    test: (c) => numeric(c) && (PROVENANCE.test(c.next) || PROVENANCE.test(c.after)),
  },
  {
    id: 'plan-terms',
    reason: 'what a plan or product includes: a product term',
    worth: 'none',
    test: (c) =>
      (c.kind === 'number' || c.kind === 'money') &&
      PLAN_TERMS.test(`${c.sentence} ${c.intro}`) &&
      !c.says(FUNDING_REVENUE) &&
      !thirdPartyPrice(c),
  },
  {
    id: 'own-measurement',
    reason: "the author's own measurement; the method is described",
    worth: 'none',
    test: (c) =>
      c.facts.methodDisclosed && numeric(c) && !c.vague && !aboutTheBusiness(c) && !beyondOwnTables(c),
  },
  {
    id: 'generic-superlative',
    reason: 'generic wording, not a leadership claim',
    worth: 'none',
    test: genericSuperlative,
  },
  {
    id: 'method-comparison',
    reason: 'compares two ways of doing something',
    worth: 'none',
    test: (c) =>
      c.kind === 'comparative' &&
      METHOD_AFTER_THAN.test(c.text + c.after.slice(0, 30)) &&
      !namedSubject(c.before, false),
  },
  {
    id: 'capacity',
    reason: 'what it is built to handle, not users it has',
    worth: 'none',
    test: (c) =>
      (c.vague === true && ADOPTION_VAGUE.test(c.text) && CAPACITY.test(last(c.before, 40))) ||
      (c.kind === 'customer' && BUILT_FOR.test(last(c.before, 40))),
  },
  {
    id: 'own-funding',
    reason: "the company's own funding round, on record elsewhere",
    worth: 'low',
    test: (c) => c.kind === 'money' && c.says(OWN_ROUND) && c.says(ROUND_WORDS) && !c.says(MARKET_SIZE),
  },
  {
    id: 'rule-of-thumb',
    reason: 'a rule of thumb about kinds of things, naming no product',
    worth: 'low',
    test: (c) =>
      c.kind === 'comparative' &&
      RULE_OF_THUMB.test(last(c.clause, 40)) &&
      !namesCompetitor(c) &&
      !c.says(WE_OUR_US) &&
      ![...c.facts.ownNames].some((n) => c.sentence.toLowerCase().includes(n)),
  },
  {
    id: 'vague-multiplier',
    reason: 'a multiplier in words, with no figures behind it',
    worth: 'low',
    test: (c) => c.kind === 'multiplier' && c.vague === true && !/magnitude/i.test(c.text),
  },
  {
    id: 'vague-magnitude',
    reason: 'an order of magnitude in words: a rough figure',
    worth: 'low',
    test: (c) => c.kind === 'multiplier' && c.vague === true && /magnitude/i.test(c.text),
  },
  {
    id: 'quoted',
    reason: 'quoted speech',
    worth: 'low',
    test: (c) => /["“][^"”]{15,}$/.test(c.before) && /^[^"”]*["”]/.test(c.after),
  },
];
