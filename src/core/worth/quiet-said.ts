// QUIET, first band: how the sentence says it (a question, an idiom, a plan, a worked example, arithmetic,
// an opinion). Each row has a case in tests/unit/worth-signals.test.ts; quiet.ts puts the bands in order.
import {
  EXAMPLE,
  FIRST_PERSON_AIM,
  IDIOM,
  LONG_UNITS,
  NEGATED,
  STILL_ASSERTS,
  OPINION,
  PERFORMANCE,
  QUESTION_END,
  COMPARE_OTHERS,
  THANKS,
} from './patterns';
import { around, last, namesCompetitor, numeric, type Signal, isDuration } from './signal';
import { clauseAfter, exampleSaid, reportedInstance, saidAgainBelow } from './quiet-predicates';
import {
  READER_CONDITION,
  READER_TEST,
  LIKED_THAT,
  OUGHT_BEFORE,
  READER_COULD,
  ROADMAP_INTRO,
  GOALS_HEADING,
  PARETO,
  IMPORTANCE,
  TARGET_BEFORE,
  PEOPLE,
  SOURCED_FACT,
  THAN_OWN_YARDSTICK,
  AGAINST_EXPECTATIONS,
  EXPECTATIONS,
  PAST_RESULT,
  IN_THEORY_BEFORE,
  IN_THEORY_AFTER,
  DISCOUNT_AFTER,
  DISCOUNT_BEFORE,
  COST_NOUN,
  COST_GROWS,
  COST_IS_BENEFIT,
  MODAL_AFTER,
  IMPRESSION_BEFORE,
  HEDGED,
  HEDGE_RIGHT_BEFORE,
  SOMEDAY,
  TOLD_TO,
  WHO_KNOWS_AFTER,
  MIGHT_REACH,
} from './quiet-words';
import type { ClaimContext } from './context';
import { QUIET_WORKED } from './quiet-worked';

// "90% of most ...", "half of all ...": a share's figure right before the generalization.
const SHARE_OF_BEFORE = /(?:\d\s*%|\d\s*percent|\bhalf|\bthird|\bquarter)\s+of\s+$/i;

// A modal or "likely" right before a comparison, in its clause.
// ("You'd think it would give a much higher throughput than": a premise the post goes on to test.)
const MODAL_BEFORE =
  /\b(?:likely|may|might|could)\b(?:\s+\S+){0,3}\s*$|\b(?:you['’]d|you\s+(?:would|might)|one\s+(?:would|might))\s+(?:think|expect|assume|imagine|guess)\b/i;
// "whether" or "if" opening the claim's own clause, with no comma between: the claim is a condition or a question.
const CONDITION_BEFORE = /\b(?:whether|if|to\s+the\s+extent\s+that)\b[^,;:]*$/i;
// "if more than 90% of", "unless at least 5% of": a share the sentence supposes, right before it.
// "as long as the server resource utilization is below 70%": a condition on a level, likewise.
const IF_THRESHOLD =
  /\b(?:if|unless)\s+(?:(?:more|less|fewer)\s+than|over|under|at\s+(?:least|most)|above|below)\s+~?[\d.,]+\s*(?:%|percent)$|\b(?:as|so)\s+long\s+as\b[^,;.]{0,60}?\s(?:is|are|stays?|remains?)\s+(?:(?:more|less|fewer)\s+than|over|under|above|below|at\s+(?:least|most))\s+~?[\d.,]+\s*(?:%|percent)$/i;
// The claim's clause weighs alternatives ("whether it takes 1ms or 5s is fine") or supposes what was not so ("If these
// models used 4x GQA", "if we had 10x the budget").
const WHETHER_BEFORE = /\bwhether\b[^,;:]*$/i;
const WHETHER_OR = /\bwhether\b[^,;:]*\bor\b/i;
const OR_AFTER = /^\s*(?:\S+\s+){0,2}?or\b/i;
// "any 20% performance gains": such a gain, supposed ("removes any 20% overhead" removes one).
const ANY_GAIN_AFTER = /^\s*(?:[\w-]+\s+)?(?:gains?|improvements?|speed-?ups?|wins?|benefits?|boosts?)\b/i;
const COUNTERFACTUAL_BEFORE = /\bif\s+(?:[\w-]+\s+){1,4}(?:were|had|used|did|could)\s+(?:[\w-]+\s+){0,2}$/i;
// "the 100% Django codebase", "a 100% TypeScript stack": all of it in one technology, not a share measured.
const ALL_OF_ONE_STACK =
  /^\s+[A-Z][\w.+#-]*\s+(?:code\s?base|code|stack|app|application|project|implementation|backend|frontend)\b/;
// A sentence that opens with a wish ("I only hope ...") asserts none of its figures.
const HOPED = /^\W*(?:I|we)\s+(?:only\s+|just\s+|really\s+|do\s+)?hope\b/i;
// "It's entirely possible that ...": a possibility entertained.
// ("My hope is that this captures the vast majority of questions": a hope; "so it should be a smaller network hop than
// the one between Client <=> Alvin": a deduction the author goes on to test.)
const POSSIBLE_THAT =
  /\b(?:so|thus|hence|therefore)\s+(?:it|this|that|they)\s+should\s+be\b|\b(?:it['’]s|it\s+is)\s+(?:entirely\s+|quite\s+|very\s+|also\s+|certainly\s+)?possible\s+that\b|\b(?:my|our)\s+hope\s+is\s+that\b|\b(?:I|we)\s+(?:only\s+|just\s+|really\s+|do\s+)?hope\s+(?:that\s+)?/i;
// "To handle 10x more traffic, you need roughly 10x more server capacity": a rule of scale, its figures supposed.
const TO_DO_YOU_NEED =
  /^\W*to\s+[a-z]+\s+[^,;:.]*\d[^,;:.]*,\s*(?:you|we|one)\s+(?:would\s+|will\s+|['’]d\s+|['’]ll\s+)?(?:need|have\s+to|must)\b/i;
// "to reduce the bottleneck you'd need orders of magnitude more workers": a size supposed, in words.
const WOULD_NEED = /\b(?:you|we|one|they)(?:['’]d|\s+would)\s+(?:need|require)\s+$/i;
// "The price of $1000/month for 100k tracked users", "100k users tracked on Segment would cost $1000", under "## Our
// Cost Estimation": the volume a price is worked out for, a parameter of the sum, not anyone's user count.
const PRICED_AT =
  /[$€£]\s?\d[\d,.]*\s*[kKmM]?\s*\/\s*(?:mo|month|yr|year|user)\b|\b(?:price[sd]?|costs?|pay|fees?|bill(?:ed)?)\b[^.;]*[$€£]\s?\d|[$€£]\s?\d[^.;]*\b(?:price[sd]?|costs?|pay|fees?|bill(?:ed)?)\b|^\W*[^.;]{0,60}:\s*[$€£]\s?\d[\d,.]*\W*$/i;
const PRICED_VOLUME =
  /\bfor\s+(?:about\s+|around\s+|some\s+)?$|\bwould\s+(?:cost|be|stay|run|come\s+to)\b|^\W*if\b/i;
// (A module-level pattern: `says` keeps a slot per pattern object, so a literal made per call would add one each time.)
const MONEY_FIGURE = /[$€£]\s?\d/;
const COST_SUM_HEADING = /\b(?:cost|price|pricing)\s+(?:estimat\w*|calculat\w*|comparison|breakdown)\b/i;
const pricedVolume = (c: ClaimContext): boolean =>
  c.kind === 'number' &&
  ((c.says(PRICED_AT) && (PRICED_VOLUME.test(last(c.before, 12)) || c.says(PRICED_VOLUME))) ||
    (COST_SUM_HEADING.test(c.heading) && c.says(MONEY_FIGURE)));
// An aside that opens with "e.g." right before the figure: "(e.g. 1% at a time)", "(say, 50 ms)".
const EXAMPLE_ASIDE = /\(\s*(?:e\.g\.|for\s+example|for\s+instance|say),?\s+(?:[^\s()]+\s+){0,2}$/i;
// "100 users or 100,000 on the same stream, same price": a count offered with its alternative, an illustration of
// scale, not a count anyone took.
const OR_ANOTHER_COUNT =
  /^\s+or\s+(?:even\s+)?~?\d[\d,.]*(?:\s*[kKmM]\b)?(?![\d,.]|\s*(?:%|percent|x\b|times\b))/;
// A trend carried forward by the author's own arithmetic.
const EXTRAPOLATED =
  /\b(?:multiplying|extrapolating|projecting|carrying)\s+(?:\S+\s+){0,3}?(?:trend|curve|rate|growth)\s+(?:out|forward)\b|\bif\s+(?:this|that|the)\s+trend\s+(?:holds|continues)\b/i;
// The author's estimate and its basis, in one sentence.
const OWN_ESTIMATE =
  /\b(?:we|I)\s+(?:initially\s+|originally\s+|roughly\s+)?(?:estimated|projected|calculated|budgeted)\b(?:[^.;!?]|\.(?=\d)){0,40}?\bbased\s+on\b/i;
// The reader's own things, in a worked example addressed to them.
const YOUR_OWN = /^\W*(?:your|you)\b/i;
// "If the company has a monthly churn rate of 5%, it means that 5 customers will cancel", "the company would have lost
// approximately 46 customers": the supposed company's customers, in the example's conditional mood.
const CONDITIONAL = /^\W*if\b|\b(?:would|could)\s+(?:have|need|lose|gain|be|pay|see|get|acquire|end\s+up)\b/i;

const AIMED_AT =
  /\b(?:opportunit(?:y|ies)|chances?|potential|room)\s+(?:for|to)\s+$|\b(?:to|tried\s+to|trying\s+to)\s+make\s+sure\s+(?:that\s+)?(?:[\w-]+\s+){0,4}?(?:is|are)\s+$/i;
const WANTED_TO_BE =
  /\b(?:we|i)\s+(?:also\s+|really\s+|always\s+)?wanted\s+(?:it|them|this|that|the\s+[\w-]+)\s+to\s+be\s+$/i;
// A sentence saying what someone is not: "We're not", "it isn't", "they were not".
const NOT_BEING =
  /\b(?:(?:we|i|it|they|this)['’](?:re|m|s)|(?:we|i|it|they|this)\s+(?:are|am|is|was|were))\s+not\s+(?:an?\s+)?$|\b(?:aren|isn|wasn|weren)['’]t\s+(?:an?\s+)?$/i;

// "pinpoint requests that took longer than 10 seconds", "alert on jobs running over 5 minutes": a filter's threshold.
const PICKED_BY =
  /\b(?:that|which)\s+(?:took|take|takes|ran|run|runs|lasted|last|lasts)\s+(?:longer|more)\s+than\s+$|\b(?:requests|queries|calls|jobs|tasks|runs|builds|spans|traces)\s+(?:running|taking|lasting)\s+(?:over|longer\s+than|more\s+than)\s+$/i;
// "Most Vulnerable Products", "## 3. Most Active Contributors": a heading over a ranking, a superlative with no verb
// ("Most teams use Postgres" says something of teams).
const RANKING_LABEL =
  /^\W*(?:\d+(?:\.\d+)*\.?\s+)?most\s+(?:[\p{L}-]+(?:able|ible|ive|ous|ful|ed|ic|al|ar|ent|ant)|popular|common|frequent)\s+[\p{L}-]+\W*$/iu;

// "For a system collecting 2,000 metrics every second, and 80% compression, that's roughly two days of metrics": a
// setup supposed and what follows from it.
const FOR_A_SETUP =
  /^\W*for\s+an?\s+(?:[\w-]+\s+){0,2}?(?:system|cluster|server|machine|node|team|workload|database|site|service|setup|deployment|company|customer|app)\s+(?:collecting|with|of|that|running|handling|serving|processing|storing|sending|ingesting)\b[^.;]*,\s+(?:that['’]s|that\s+is|this\s+is|it['’]s|you['’]d|you\s+(?:get|need|would))\b/i;
// A figure given as a bound: ">70%", "more than 30%", "at least 5", "under 2%".
const BOUND =
  /^\W*(?:[<>≤≥]=?|(?:more|less|fewer)\s+than\b|at\s+(?:least|most)\b|(?:over|under|above|below)\b)/i;
// A sentence that tells the reader what to do: it opens on a verb of a procedure ("Filter for", "Quantify it:").
const INSTRUCTION =
  /^\W*(?:filter|quantify|flag|keep|drop|discard|remove|exclude|include|sample|set|cap|limit|aim|target|treat|mark|review|alert|page|escalate|investigate|re-?label|retrain|split|sort|rank|prioriti[sz]e)\b(?:\s+(?:for|on|at|it|them|out|only|any|all|the|those|every|each)\b|\s*:)/i;
// (Not who uses something: "more than 10,000 teams rely on it".)
const ADOPTERS_AFTER =
  /^\s*(?:of\s+)?(?:[\w-]+\s+)?(?:teams|companies|customers|users|developers|organi[sz]ations|businesses|engineers)\b/i;
const SHOULD_BEFORE =
  /\bshould\s+(?:(?:be|get|run|train|load|build|start|scale|perform|do)\s+)?(?:(?:much|far|a\s+lot|slightly|even|somewhat)\s+)?$/i;

/** Why: how a sentence says a figure: asked, joked, denied, planned, supposed, worked out, thanked. */
export const QUIET_SAID: readonly Signal[] = [
  {
    id: 'question',
    reason: 'asked as a question',
    worth: 'none',
    test: (c) => c.says(QUESTION_END),
  },
  {
    id: 'heading-restated',
    reason: 'a heading whose section states the figure again',
    worth: 'none',
    test: (c) => c.blockKind === 'heading' && numeric(c) && saidAgainBelow(c),
  },
  {
    id: 'heading-label',
    reason: 'a heading that names what the section ranks, not a statement',
    worth: 'none',
    test: (c) => c.blockKind === 'heading' && c.kind === 'generalization' && RANKING_LABEL.test(c.sentence),
  },
  {
    id: 'threshold',
    reason: 'a threshold that picks things out, not a measurement',
    worth: 'none',
    test: (c) => isDuration(c) && PICKED_BY.test(last(c.before, 40)),
  },
  {
    id: 'reader-condition',
    reason: 'a condition put to the reader, not an assertion',
    worth: 'none',
    test: (c) =>
      ((c.kind === 'comparative' || c.kind === 'superlative') &&
        (READER_CONDITION.test(c.before) || READER_TEST.test(c.before))) ||
      READER_COULD.test(last(c.before, 30)),
  },
  {
    id: 'idiom',
    reason: 'a figure of speech',
    worth: 'none',
    test: (c) =>
      IDIOM.test(c.before.slice(-40) + c.text + c.after.slice(0, 30)) ||
      (c.text === '100%' && ALL_OF_ONE_STACK.test(c.after)) ||
      (c.kind === 'percentage' && c.says(PARETO)),
  },
  {
    id: 'negated',
    reason: 'negated, so it asserts no figure or rank',
    worth: 'none',
    test: (c) =>
      ((numeric(c) || c.kind === 'superlative' || c.kind === 'comparative' || c.kind === 'generalization') &&
        NEGATED.test(last(c.clause, 40)) &&
        !STILL_ASSERTS.test(last(c.clause, 40))) ||
      // "We're not a large tech company with a dedicated security team": what the writer is not.
      (c.kind === 'customer' && NOT_BEING.test(last(c.before, 30))),
  },
  {
    // "Filter for predictions where your model is >70% confident but wrong", "Quantify it: more than 30% sharing a
    // common attribute is a red flag": a bound in an instruction to the reader, the procedure's setting.
    id: 'advice-threshold',
    reason: "a bound in an instruction to the reader, the procedure's setting",
    worth: 'none',
    test: (c) =>
      (c.kind === 'percentage' || c.kind === 'number' || c.kind === 'range') &&
      BOUND.test(c.text) &&
      INSTRUCTION.test(c.sentence) &&
      !ADOPTERS_AFTER.test(c.after),
  },
  {
    // "In all cases, the GPU should be the fastest, and systems with more processors should train faster than those
    // with fewer": what the author expects before the results, not a finding.
    id: 'expected',
    reason: 'what the author expects, not a finding',
    worth: 'none',
    // (Not a product's: "Quillbase should be faster than Postgres" names what it is set against.)
    test: (c) =>
      c.kind === 'comparative' &&
      SHOULD_BEFORE.test(last(c.before, 40)) &&
      !/\bthan\s+(?:the\s+)?\p{Lu}/u.test(c.text + c.after.slice(0, 20)),
  },
  {
    id: 'own-yardstick',
    reason: 'compared with expectations or the past, not with a rival',
    worth: 'none',
    test: (c) =>
      (c.kind === 'comparative' &&
        (THAN_OWN_YARDSTICK.test(c.text + c.after.slice(0, 40)) ||
          (IMPORTANCE.test(c.text) && /^\W*$/.test(c.before)))) ||
      // "I had low expectations before launch, but the result undercut those by less than half."
      (numeric(c) &&
        AGAINST_EXPECTATIONS.test(last(c.before, 60)) &&
        c.says(EXPECTATIONS) &&
        !namesCompetitor(c)),
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
      !COST_IS_BENEFIT.test(c.clause + c.text + clauseAfter(c.after)) &&
      !namesCompetitor(c),
  },
  {
    id: 'forecast',
    reason: 'a goal or a forecast, not a result',
    worth: 'none',
    test: (c) =>
      c.says(FIRST_PERSON_AIM) ||
      // "We also wanted it to be 10x better than anything out there" (not the rest of the sentence).
      WANTED_TO_BE.test(last(c.before, 40)) ||
      // "three opportunities for outperforming StringArray", "we went out of our way to make sure loading it is
      // faster than StringArray": a chance or an aim, not a result.
      (c.kind === 'comparative' && AIMED_AT.test(last(c.before, 60))) ||
      (c.blockKind === 'list-item' && ROADMAP_INTRO.test(c.intro)) ||
      // "## Next Month Goals" ... "Launch team sync and reach $100 MRR.": the section sets goals.
      (c.blockKind !== 'heading' && GOALS_HEADING.test(c.heading) && !c.says(PAST_RESULT)) ||
      // "We can probably get closer to a 50x speedup in the future", "we're told to move ten times faster".
      (numeric(c) && HEDGED.test(c.clause) && c.says(SOMEDAY)) ||
      TOLD_TO.test(c.clause) ||
      (numeric(c) && TARGET_BEFORE.test(c.before)) ||
      // "Rspack 1.x will iterate over 12 to 18 months": a plan's time span.
      (isDuration(c) && LONG_UNITS.has(c.unit ?? '') && /\bwill\b/i.test(c.clause)),
  },
  {
    id: 'example',
    reason: 'a worked example or a hypothetical',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      ((exampleSaid(c) && !reportedInstance(c.sentence)) ||
        EXAMPLE.test(c.intro) ||
        // "in theory \"twice as fast\"", "the 2x we would theoretically expect": what theory predicts.
        ((IN_THEORY_BEFORE.test(last(c.before, 40)) || IN_THEORY_AFTER.test(c.after)) &&
          !namesCompetitor(c)) ||
        // "a series of incremental advances (e.g. 1% at a time)": the figure an aside offers as an example.
        EXAMPLE_ASIDE.test(last(c.before, 30)) ||
        TO_DO_YOU_NEED.test(c.sentence) ||
        FOR_A_SETUP.test(c.sentence) ||
        pricedVolume(c) ||
        // "Multiplying Patterson's trend out, by the time bandwidth improves 1000x, latency improves only 6-30x".
        EXTRAPOLATED.test(c.before) ||
        (c.kind === 'number' && OR_ANOTHER_COUNT.test(c.after)) ||
        // "something that could help thousands of developers": whom it might reach, not whom it reached.
        (c.vague === true && MIGHT_REACH.test(last(c.before, 40))) ||
        (c.vague === true && WOULD_NEED.test(last(c.before, 30))) ||
        // "What once took 60 seconds gets reduced down to 10", under "Imagine a typical site. It has 100 pages":
        // the worked example goes on (not where customers or a named instance come in).
        // ("Your product has 50,000 users": the reader's own, supposed, product.)
        // (a rival named or compared with is a claim of its own, whatever example the section works through)
        (c.supposedAbove &&
          (!c.says(PEOPLE) || c.says(YOUR_OWN) || c.says(CONDITIONAL)) &&
          !c.says(SOURCED_FACT) &&
          !namesCompetitor(c) &&
          !COMPARE_OTHERS.test(around(c)) &&
          !reportedInstance(c.sentence))),
  },
  ...QUIET_WORKED,
  {
    // "it is estimated by 2025 90% of most Enterprise applications will ...": the figure is the claim, flagged as one.
    id: 'share-of-it',
    reason: 'what a figure beside it is a share of, flagged with that figure',
    worth: 'none',
    test: (c) => c.kind === 'generalization' && SHARE_OF_BEFORE.test(last(c.before, 20)),
  },
  {
    id: 'table-total',
    reason: 'the total of the table right above it',
    worth: 'none',
    test: (c) =>
      c.kind === 'money' &&
      c.value !== undefined &&
      /\btotal\b/i.test(c.sentence) &&
      c.sumsAbove.some((s) => Math.abs(s - c.value!) <= Math.max(0.05, c.value! * 0.005)),
  },
  {
    id: 'not-asserted',
    reason: 'a condition or a question, not asserted',
    worth: 'none',
    // "estimating whether one model is better than another one", "if your method is worse than an existing solution",
    // "It's entirely possible that in a typical workload, the majority of objects ...": nothing is claimed to hold.
    // ("If you use Quillpad, builds are faster than ...": the condition ends at the comma; what follows is claimed.)
    // ("The database will be superb if more than 90% of transactions are single-server": a threshold supposed.)
    test: (c) =>
      (((c.kind === 'comparative' && !/\d/.test(c.text)) || c.kind === 'generalization') &&
        (CONDITION_BEFORE.test(c.clause) || POSSIBLE_THAT.test(c.before))) ||
      (c.kind === 'percentage' && IF_THRESHOLD.test(last(c.before, 90) + c.text)) ||
      // "whether it takes 1ms or 5s is fine", "If these models used 4x GQA, ...": alternatives weighed, or a
      // counterfactual ("If you want 10x faster builds, ..." still sells one).
      (numeric(c) &&
        ((WHETHER_BEFORE.test(c.clause) && (WHETHER_OR.test(c.clause) || OR_AFTER.test(c.after))) ||
          COUNTERFACTUAL_BEFORE.test(c.clause))) ||
      // "libfuzzer is going to blow away any 20% performance gains seen single-core": a gain supposed, any such one.
      ((c.kind === 'percentage' || c.kind === 'multiplier') &&
        /\bany\s+$/i.test(last(c.before, 8)) &&
        ANY_GAIN_AFTER.test(c.after)) ||
      // "I only hope one of them releases a cheaper version, because that, for under $200, would be ...": a wish.
      HOPED.test(c.sentence),
  },
  {
    id: 'opinion',
    reason: 'stated as an opinion',
    worth: 'none',
    test: (c) =>
      OPINION.test(c.clause) ||
      (!numeric(c) &&
        (HEDGED.test(c.clause) || IMPRESSION_BEFORE.test(last(c.before, 30)) || LIKED_THAT.test(c.clause))) ||
      // "Managed ClickHouse may deliver faster query performance than standard", "likely takes longer than": a
      // comparison offered as a possibility, with no figure to check.
      (c.kind === 'comparative' && !/\d/.test(c.text) && MODAL_BEFORE.test(c.clause)) ||
      // "to (potentially) 1000s of functions", "possibly 30%": the figure itself is hedged.
      // (a count: "maybe 10% of what they pay for", "potentially 80-90% savings" are still claims)
      (c.kind === 'number' && !PERFORMANCE.test(c.text) && HEDGE_RIGHT_BEFORE.test(last(c.before, 20))) ||
      (numeric(c) && WHO_KNOWS_AFTER.test(c.after)) ||
      (c.kind === 'generalization' && (MODAL_AFTER.test(c.after) || OUGHT_BEFORE.test(c.clause))),
  },
  {
    // "We estimated 30% based on an analysis for quick wins (about 15%) and a refactoring (about 15%)": a plan's
    // estimate, and what it was worked out from.
    id: 'own-estimate',
    reason: "the author's own estimate, with what it is based on",
    worth: 'none',
    test: (c) => numeric(c) && c.says(OWN_ESTIMATE) && !namesCompetitor(c),
  },
  {
    id: 'thanks',
    reason: 'an acknowledgement, not a claim',
    worth: 'none',
    test: (c) => THANKS.test(c.before),
  },
];
