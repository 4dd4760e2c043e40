// WEIGHT: what makes a claim matter to a reader. Every row that matches adds its reason; the highest worth stands.
// One row per kind of claim a careful reader questions; each has a case in tests/unit/worth-signals.test.ts.
import type { ClaimContext } from './context';
import {
  companySize,
  EMPLOYS_BEFORE,
  OTHERS_SPENT,
  PEOPLE_DO,
  PEOPLE_WORDS,
  ASIDE,
  TRAILING_ASIDE,
  OUT_OF_SAMPLE,
  FROM_AROUND,
  PLACES,
} from './weight-market-words';
import {
  ADOPTION_NOUN,
  adoptionCount,
  testLoad,
  ADOPTION_VERB,
  COMPARE_OTHERS,
  CUSTOMER_WORDS,
  FUNDING_REVENUE,
  GROWTH,
  LONG_UNITS,
  MARKET,
  OUTCOME_SUBJECT,
  PERFORMANCE,
  PERFORMANCE_TIME,
  RESEARCH,
  RESEARCH_ACTIVITY,
  USAGE_NOUN,
  FIRST_PARTY_USAGE,
  COST_ESTIMATE,
  IMPROVEMENT,
  SAME_MEASURE,
} from './patterns';
import {
  around,
  last,
  isDuration,
  isMoney,
  countedNoun,
  namesCompetitor,
  numeric,
  thirdPartyPrice,
  type Signal,
  beyondOwnTables,
} from './signal';
import { GENERIC_THAN } from './quiet-words';
import { hardwareSpec } from './quiet-names';

// "Lowered costs by 90% compared to Elasticsearch": the verb before "by" makes the figure a change (a comparison
// only in a sentence that compares: "increased by tens of millions of rows" beside a rival's name elsewhere is not).
const CHANGED_BY =
  /\b(?:lower(?:ed|s|ing)?|reduc\w*|cut(?:s|ting)?|sav(?:e|es|ed|ing)|improv\w*|decreas\w*|boost\w*|drop\w*|shr[ai]nk\w*|slash\w*|speed(?:s|ed)?\s+up)\s+(?:[\w-]+\s+){0,3}by\s+(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

// "Lowered costs by 90% compared to Elasticsearch, and by 30% compared to Clickhouse": the second "by" shares the verb.
const AND_BY =
  /\b(?:and|or)\s+by\s+(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+|almost\s+|roughly\s+)?$/i;
const CHANGED_BY_EARLIER = new RegExp(CHANGED_BY.source.replace(/\$$/, ''), 'i');
const changedBy = (c: ClaimContext) =>
  CHANGED_BY.test(last(c.before, 50)) ||
  (AND_BY.test(last(c.before, 30)) && CHANGED_BY_EARLIER.test(last(c.before, 160)));
// The claim without its leading hedge: the "more" of "more than 7 years" reports no change.
const unhedged = (c: ClaimContext) =>
  c.hedge && /^[\p{L}\s]+$/u.test(c.hedge) && c.text.toLowerCase().startsWith(c.hedge.toLowerCase())
    ? c.text.slice(c.hedge.length)
    : c.text;
// "significantly faster | than the competition": the span stops before "the", the rivals follow it.
const RIVALS_AFTER =
  /^\s*than\s+(?:(?:the|its|their|our|any|all|most|many)\s+)*(?:competition|competitors|rivals|alternatives|incumbents|(?:other|rival|legacy|traditional|competing|existing)\s+(?:tools|vendors|platforms|solutions|databases|frameworks|providers|products|engines|systems|libraries|services))\b/i;
// "more than twenty thousand QPS", "5 million IOPS", "1,200 writes per second": a rate a system sustains.
const RATE = String.raw`(?:QPS|IOPS|TPS|RPS|ops\/s(?:ec)?|[KMGTPE]?FLOP\/s|[KMGTPE]FLOPS|(?:requests|queries|transactions|operations|ops|events|messages|writes|reads|rows|records|inserts|tokens)\s*(?:\/\s*|per\s+)(?:s|sec|second|min|minute)\b)`;
const THROUGHPUT_UNIT = new RegExp(String.raw`^\s*${RATE}`, 'i');
// The rate inside the claim's own text ("more than twenty thousand QPS": no digit to count from).
const THROUGHPUT_END = new RegExp(String.raw`\s${RATE}$`, 'i');
// A range is a ratio when it is one ("13-37%", "1.9x to 3.9x"), not "1-2GB" or "~8-12s".
const ratio = (c: ClaimContext) =>
  c.kind === 'percentage' ||
  c.kind === 'multiplier' ||
  (c.kind === 'range' && /^(?:%|x|×|pp)$/.test(c.unit ?? ''));
const count = (c: ClaimContext) => (c.kind === 'number' || c.kind === 'range') && !c.vague;
// What a result did for someone: customers, users or teams, their money or machines ("Customers using Cobaltwing
// report: 5x faster incident response", "80-90% savings", "reduced the number of machines used by 90%"). A speed-up
// of the author's own software with none of these ("renderers start up ~43% faster") is a release note's figure.
const FOR_OTHERS =
  /\b(?:customers?|clients?|users?|teams?|companies|enterprises|organi[sz]ations|businesses|tenants?|retailers|merchants|shops|stores|engineers|developers|professionals|respondents|surveyed|sites|their|they|savings?|sav(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:\$|€|£|money|costs?|hours|days|weeks|\d)|spend\w*|bills?|budgets?|machines|servers|instances|cores|hardware|ROI|revenue|conversions?|productivity|industry)\b/i;
// "Switching to Earthly took us from 45 minutes to 20", "by implementing Earthly": what adopting a product did.
const ADOPTED =
  /\b(?:switch\w*|migrat\w*|mov(?:e|ed|ing)|upgrad\w*|adopt\w*|implement\w*|deploy\w*)\s+(?:to\s+|over\s+to\s+)?\p{Lu}/u;
/** Why: a result for customers, users or teams, their money or machines, is theirs to back, not the author's. */
export const forOthers = (c: ClaimContext): boolean =>
  c.says(FOR_OTHERS) ||
  c.says(ADOPTED) ||
  (c.intro !== '' && (FOR_OTHERS.test(c.intro) || ADOPTED.test(c.intro)));
const OWN_LINE =
  /\b(?:its|their|the)\s+(?:direct\s+)?(?:successor|predecessor|previous[- ]generation|prior[- ]generation|last[- ]generation|older\s+sibling)\b/i;
// "30% smaller than v2", "faster than the previous release": set against an earlier version of its own.
const EARLIER_VERSION =
  /\b(?:than|over|vs\.?|versus|compared\s+(?:to|with))\s+(?:(?:the|its|our|their)\s+)?(?:v\d|version\s+\d|(?:previous|prior|last|older|earlier|original)\s+(?:version|release|generation|model|implementation)s?\b)/i;
// "H200 is up to 1.9x faster than H100", "Vite 3 ... smaller than Vite 2": a model set against an earlier one of its
// own line (the same letters, another number), not against a rival.
const MODEL = /\b(\p{Lu}[\p{L}-]*?)[- ]?(\d+(?:\.\d+)?)\b/gu;
const RIVAL_AFTER =
  /\b(?:than|over|vs\.?|versus|compared\s+(?:to|with))\s+(?:the\s+)?(\p{Lu}[\p{L}-]*?)[- ]?(\d+(?:\.\d+)?)\b/u;
function sameLine(sentence: string): boolean {
  const rival = RIVAL_AFTER.exec(sentence);
  if (!rival) return false;
  const at = rival.index + rival[0].length;
  for (const m of sentence.matchAll(MODEL))
    if (m.index + m[0].length !== at && m[1] === rival[1] && m[2] !== rival[2]) return true;
  return false;
}
const againstOwnVersion = (sentence: string): boolean => EARLIER_VERSION.test(sentence) || sameLine(sentence);
// A performance figure set against something else: a rival, or an earlier version of its own (weighed alike). Two
// rows ask it of every claim; it reads much of the sentence, so each claim's answer is kept.
const compared = new WeakMap<ClaimContext, boolean>();
const comparesFigure = (c: ClaimContext): boolean => {
  let answer = compared.get(c);
  if (answer === undefined) compared.set(c, (answer = comparesFigureNow(c)));
  return answer;
};
const comparesFigureNow = (c: ClaimContext): boolean =>
  numeric(c) &&
  !SAME_MEASURE.test(c.after) &&
  !(c.kind === 'number' && c.vague === true && !/\btimes$/i.test(c.text)) &&
  // "As compared to its successor GeForce RTX 4090, it has 33% fewer CUDA cores": one maker's two generations.
  !OWN_LINE.test(c.sentence) &&
  // "That's faster than our 8ms lower-bound": the author's own estimate, no rival.
  !/\bthan\s+(?:our|my)\s+(?:own\s+)?$/i.test(last(c.before, 20)) &&
  ((PERFORMANCE.test(unhedged(c) + c.after.slice(0, 12)) &&
    (COMPARE_OTHERS.test(around(c)) || namesCompetitor(c))) ||
    (changedBy(c) && COMPARE_OTHERS.test(around(c))));
// "our churn rate was lower than 5%": a rate of the business, whatever "lower" it takes, is no benchmark.
const BUSINESS_RATE = /\b(?:churn|retention|conversion|renewal|attrition|turnover)\s+rates?\b/i;
const performance = (c: ClaimContext) =>
  ratio(c) &&
  !hardwareSpec(c) &&
  PERFORMANCE.test(`${c.text} ${c.before.slice(-40)} ${c.after.slice(0, 40)}`) &&
  !baseGrowth(c) &&
  !BUSINESS_RATE.test(last(c.before, 60));
// "our user base has tripled to 15,000+ developers": a user base growing is adoption, whatever grew beside it.
const BASE_BEFORE =
  /\b(?:user|customer|subscriber|developer|community)\s+base\s+(?:has\s+|have\s+)?(?:\w+\s+)?$/i;
const TO_USERS =
  /^\s+to\s+(?:over\s+|more\s+than\s+)?[\d,.]+[kKmM]?\+?\s*(?:users|customers|developers|members|subscribers|teams|companies)\b/i;
const baseGrowth = (c: ClaimContext) =>
  /^(?:tripled|doubled|quadrupled|grew|grown)$/i.test(c.text) &&
  (BASE_BEFORE.test(c.before.slice(-40)) || TO_USERS.test(c.after));
// What a speed-up is measured in. "A 40% decrease in energy consumption" is an outcome in the world, not a speed.
const SPEED =
  /\b(?:fast\w*|slow\w*|quick\w*|speed\w*|latency|throughput|start(?:s|ed)?\s*up|start-?up|boot\w*|load(?:s|ed|ing)?|render\w*|compil\w*|builds?|CPU|memory|RAM|allocations?|calls?|queries|requests|ops|QPS|time|times|timings?|p\d\d|ms|seconds?)\b/i;
// A result of the author's own software, unless it is the figure the title sells ("... Build Times by 9x").
const ownResult = (c: ClaimContext) =>
  !forOthers(c) && !(c.value !== undefined && c.facts.titleNumbers.has(c.value));
const timing = (c: ClaimContext) =>
  isDuration(c) && !LONG_UNITS.has(c.unit ?? '') && c.says(PERFORMANCE_TIME) && c.says(IMPROVEMENT);
// A ratio is a speed-up when its words say so; a duration always is.
const ownSpeed = (c: ClaimContext) =>
  ownResult(c) && SPEED.test(`${c.before.slice(-60)} ${c.text} ${c.after.slice(0, 60)}`);

/** Why: what makes a claim matter; every matching row adds its reason, and the highest worth wins. */
export const WEIGHT: readonly Signal[] = [
  {
    id: 'competitor',
    reason: 'compares with a competitor',
    worth: 'high',
    // The short performance test first: most figures fail it, and the competitor tests read much more text.
    // ("extract information from thousands of tables much more quickly than ...": a vague count is the workload's
    // size, not the comparison's figure.)
    test: (c) => comparesFigure(c) && !againstOwnVersion(c.sentence),
  },
  {
    id: 'own-version',
    reason: 'compares with an earlier version of its own',
    worth: 'high',
    test: (c) => comparesFigure(c) && againstOwnVersion(c.sentence),
  },
  {
    id: 'competitor-words',
    reason: 'compares with others without a figure',
    worth: 'medium',
    test: (c) =>
      c.kind === 'comparative' &&
      ((COMPARE_OTHERS.test(c.text) && !GENERIC_THAN.test(c.text + c.after.slice(0, 40))) ||
        RIVALS_AFTER.test(c.after) ||
        namesCompetitor(c)),
  },
  {
    id: 'competitor-price',
    reason: "a competitor's price, with no link to it",
    worth: 'low',
    test: (c) => c.kind === 'money' && (namesCompetitor(c) || thirdPartyPrice(c)),
  },
  {
    id: 'market',
    reason: 'a statistic about the market or the world',
    worth: 'high',
    test: (c) =>
      (c.kind === 'percentage' || c.kind === 'number' || c.kind === 'range') &&
      c.says(MARKET) &&
      // "Over 2 million developers use Quillpad", "millions of deployments": a count of the product's users or
      // installs (adoption), not a share of the world ("70% of developers use Git" still is).
      !((c.vague === true || c.kind === 'number') && adoptionCount(c.text, c.before)) &&
      !companySize(c) &&
      !testLoad(c.kind, c.value, countedNoun(c)) &&
      !EMPLOYS_BEFORE.test(c.before) &&
      // A rough count is of the world when it names the world ("hundreds of thousands of polygons ... the world").
      !(c.vague === true && !MARKET.test(`${last(c.before, 60)}${c.text}${c.after.slice(0, 60)}`)) &&
      // "subscribers in more than 150 countries worldwide": where a product is used, its reach, not the world's.
      !(c.kind === 'number' && PLACES.test(countedNoun(c))) &&
      // "our 3 server clusters are a bit beefier than average" (in "the elastic world"): the author's own things.
      !/\b(?:our|my)\s+(?:[\w-]+\s+)?$/i.test(last(c.before, 24)) &&
      // "Gotransverse, which bills for companies around the world, deploys ~1,800 servers": the world is an aside.
      // ("supports more than 200 Macs in a hybrid environment, where developers are able to work ...": the same, at
      // the sentence's end.)
      MARKET.test(
        `${c.before.replace(ASIDE, ',')}${c.text}${c.after.replace(FROM_AROUND, ' ').replace(TRAILING_ASIDE, '')}`,
      ),
  },
  {
    id: 'market-money',
    reason: 'a market size or valuation',
    worth: 'medium',
    test: (c) => c.kind === 'money' && c.says(MARKET),
  },
  {
    id: 'cost-estimate',
    reason: 'an estimate of what a workload costs, with no calculation shown',
    worth: 'medium',
    // ("brings its total raised to over $9M": money raised, not a workload's cost.)
    test: (c) => isMoney(c) && COST_ESTIMATE.test(`${c.sentence} ${c.intro}`) && !c.says(FUNDING_REVENUE),
  },
  {
    id: 'spent',
    reason: 'what someone else spent or paid',
    worth: 'medium',
    test: (c) => c.kind === 'money' && (c.value ?? 0) >= 100_000 && OTHERS_SPENT.test(last(c.before, 60)),
  },
  {
    id: 'funding',
    reason: 'money raised or revenue',
    worth: 'medium',
    test: (c) => c.kind === 'money' && c.says(FUNDING_REVENUE),
  },
  {
    id: 'beyond-own-data',
    reason: "a result the article's own tables do not show",
    worth: 'medium',
    test: (c) => c.facts.methodDisclosed && beyondOwnTables(c),
  },
  {
    id: 'performance',
    reason: 'a performance or benchmark result',
    worth: 'high',
    test: (c) => performance(c) && !ownSpeed(c),
  },
  {
    id: 'own-performance',
    reason: "a performance result of the author's own software, with no method given",
    worth: 'medium',
    test: (c) => performance(c) && ownSpeed(c),
  },
  {
    id: 'timing',
    reason: 'a timing result',
    worth: 'high',
    test: (c) => timing(c) && !ownResult(c),
  },
  {
    id: 'own-timing',
    reason: "a timing of the author's own software, with no method given",
    worth: 'medium',
    test: (c) => timing(c) && ownResult(c),
  },
  {
    id: 'timing-figure',
    reason: 'a timing figure with no method',
    worth: 'medium',
    test: (c) => isDuration(c) && !LONG_UNITS.has(c.unit ?? '') && c.says(PERFORMANCE_TIME),
  },
  {
    id: 'outcome-time',
    reason: 'a customer outcome in time',
    worth: 'medium',
    test: (c) => isDuration(c) && c.says(OUTCOME_SUBJECT),
  },
  {
    id: 'growth',
    reason: 'first-party growth or usage data',
    worth: 'medium',
    test: (c) =>
      (c.kind === 'multiplier' || c.kind === 'percentage') && GROWTH.test(c.before.slice(-40) + c.text),
  },
  {
    id: 'throughput',
    reason: 'a throughput or capacity figure',
    worth: 'medium',
    test: (c) => count(c) && (THROUGHPUT_UNIT.test(countedNoun(c)) || THROUGHPUT_END.test(c.text)),
  },
  {
    id: 'adoption',
    reason: 'a customer, user or adoption figure',
    worth: 'medium',
    // ("Only 4 sites out of the 500 scored above 90": a count of a sample the post studies, a share of it.)
    test: (c) =>
      count(c) &&
      (ADOPTION_NOUN.test(countedNoun(c)) || ADOPTION_VERB.test(c.before)) &&
      !(OUT_OF_SAMPLE.test(c.after) && !ADOPTION_VERB.test(c.before)),
  },
  {
    id: 'usage',
    reason: 'first-party usage data',
    worth: 'medium',
    test: (c) =>
      count(c) &&
      USAGE_NOUN.test(countedNoun(c)) &&
      c.says(FIRST_PARTY_USAGE) &&
      !/\b(?:if|when|per|each|every|up\s+to)\b/i.test(c.before.slice(-30)),
  },
  {
    id: 'people-using',
    reason: 'how many people do something: a statistic about the world',
    worth: 'medium',
    test: (c) =>
      count(c) && (c.value ?? 0) >= 10_000 && PEOPLE_DO.test(c.after.slice(0, 40)) && c.says(PEOPLE_WORDS),
  },
  {
    id: 'share',
    reason: 'a share of users or customers',
    worth: 'medium',
    test: (c) => c.kind === 'percentage' && c.says(CUSTOMER_WORDS),
  },
  {
    id: 'research',
    reason: 'a research finding',
    worth: 'high',
    // "thousands of data scientists use DVC": the scientists are who is counted, not who found it.
    // ("The arguments for doing robotic research in simulation are ...": research is the topic, no finding of it.)
    test: (c) =>
      numeric(c) &&
      c.says(RESEARCH) &&
      !c.says(RESEARCH_ACTIVITY) &&
      !(c.vague === true && RESEARCH.test(c.text)),
  },
  {
    id: 'generalization',
    reason: 'a sweeping claim about the market or the world',
    worth: 'low',
    test: (c) => c.kind === 'generalization',
  },
  {
    id: 'customer',
    reason: 'a customer claim that names nobody',
    worth: 'medium',
    test: (c) => c.kind === 'customer',
  },
  {
    id: 'leadership',
    reason: 'a first, best or leading claim',
    worth: 'medium',
    test: (c) => c.kind === 'superlative',
  },
  { id: 'comparison', reason: 'a comparison', worth: 'low', test: (c) => c.kind === 'comparative' },
  {
    id: 'weasel',
    reason: 'leans on an unnamed authority',
    worth: 'medium',
    test: (c) => c.kind === 'weasel',
  },
  {
    id: 'vague-adoption',
    reason: 'a vague adoption figure',
    worth: 'low',
    test: (c) => c.vague === true && adoptionCount(c.text, c.before),
  },
  {
    id: 'word-multiplier',
    reason: 'a multiplier in words ("an order of magnitude", "several-fold")',
    worth: 'low',
    test: (c) => c.kind === 'multiplier' && c.vague === true,
  },
  {
    id: 'metric',
    reason: 'a metric with nothing behind it',
    worth: 'medium',
    test: (c) => (c.kind === 'percentage' || c.kind === 'multiplier') && !c.vague,
  },
  {
    id: 'table-metric',
    reason: 'a metric in a results table',
    worth: 'medium',
    test: (c) => c.table?.kind === 'data' && numeric(c),
  },
];
