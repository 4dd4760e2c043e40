// QUIET, fifth band: what the article shows beside the figure (its tables, output, figures, method) and wording
// that ranks nothing. Each row has a case in tests/unit/worth-signals.test.ts.
import type { ClaimContext } from './context';
import { QUIET_QUOTED } from './quoted-speech';
import {
  ADOPTION_VAGUE,
  CUSTOMER_WORDS,
  FUNDING_REVENUE,
  COMPARE_OTHERS,
  MARKET,
  PLAN_TERMS,
  PROVENANCE,
} from './patterns';
import {
  around,
  countedNoun,
  last,
  namesCompetitor,
  numeric,
  thirdPartyPrice,
  type Signal,
  beyondOwnTables,
  isDuration,
} from './signal';
import {
  aboutTheBusiness,
  ratioOfFigures,
  genericSuperlative,
  namedSubject,
  readsTable,
  figureSaidBefore,
} from './quiet-predicates';
import { comparesMeasured, printedRun, rivalUnmeasured } from './compared-measured';
import {
  VS_FIGURES,
  SIZED,
  READ_FROM,
  WE_OUR_US,
  METHOD_AFTER_THAN,
  MECHANISM_THAN,
  CAPACITY,
  BUILT_FOR,
  RULE_OF_THUMB,
  TYPICAL,
  GENERIC_THAN,
  SELLING_POINT,
  SOME_THAN_OTHERS,
  OTHERS_REPORT,
  GROWTH_VERB,
  FIGURE_REF,
  OWN_ROUND,
  ROUND_WORDS,
  MARKET_SIZE,
  HAS_RAISED,
  INTENSIFIED_EFFECT,
  ANY_DIGIT,
  SIZE_WORDS_ALONE,
  FORMULA_TERMS,
  CONFIDENCE_LEVEL,
  RUN_SHOWS,
  TIMED_OUTPUT,
  OWN_CHANGE,
  OTHERS_COUNT,
  THEIR_USERS,
  WE_FOUND,
} from './quiet-words';

const LIST_TOP = /(?:^|[:.–—-]\s*)\W*top\s*$/i;
const ownFinding = (c: ClaimContext): boolean =>
  c.kind === 'number' &&
  c.says(WE_FOUND) &&
  !c.says(OTHERS_COUNT) &&
  !THEIR_USERS.test(countedNoun(c)) &&
  !c.says(FUNDING_REVENUE) &&
  !c.says(CUSTOMER_WORDS);

// "The following figure shows that in the 24th month:" over the items: each is read off that figure.
const FIGURE_AHEAD =
  /\b(?:the\s+)?(?:following|next)\s+(?:figures?|charts?|graphs?|plots?|diagrams?)\s+(?:shows?|illustrates?|compares?)\b|\b(?:figures?|charts?|graphs?|plots?)\s+below\s+(?:shows?|illustrates?|compares?)\b/i;
const listOffFigure = (c: ClaimContext): boolean => c.blockKind === 'list-item' && FIGURE_AHEAD.test(c.intro);

/** Why: what the article shows beside it (tables, output, figures) and wording that ranks nothing. */
export const QUIET_SHOWN: readonly Signal[] = [
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
    id: 'reads-output',
    reason: 'a ratio of figures in the output shown right above it',
    worth: 'none',
    test: (c) =>
      c.codeAbove !== '' &&
      c.value !== undefined &&
      (c.kind === 'multiplier' || c.kind === 'percentage') &&
      // ("'only' twice as slow" in words, under a run that printed its rate: read off that output.)
      (/\d/.test(c.text)
        ? ratioOfFigures(c.codeAbove, c.value, c.kind === 'percentage')
        : c.kind === 'multiplier' && printedRun(c.codeAbove) && !namesCompetitor(c) && !rivalUnmeasured(c)),
  },
  {
    // "for 100,000 messages received" under `nats-publisher foo test 100000`: the run's own argument.
    id: 'code-argument',
    reason: 'a count the code shown above sets (an argument of the run)',
    worth: 'none',
    test: (c) => c.kind === 'number' && c.value !== undefined && !c.vague && c.codeSets(c.value),
  },
  {
    // "about 1,157 requests per second" over "3,000,000,000 requests per month / 30 days / ... = ~1157 requests/second".
    id: 'equation-below',
    reason: 'worked out in an equation right below it',
    worth: 'none',
    test: (c) => numeric(c) && c.value !== undefined && !c.vague && c.equationBelow(c.value),
  },
  {
    id: 'shows-output',
    reason: 'what the timed run shown right below it prints',
    worth: 'none',
    // "Running this shows about a 30% speedup over numba:" over "%timeit ... 100 loops, best of 3: 9.86 ms per loop".
    test: (c) =>
      c.codeBelow !== '' &&
      (c.kind === 'multiplier' || c.kind === 'percentage' || isDuration(c)) &&
      RUN_SHOWS.test(c.before) &&
      TIMED_OUTPUT.test(c.codeBelow),
  },
  {
    id: 'reads-table',
    reason: 'reads the results table right above it',
    worth: 'none',
    test: (c) => readsTable(c, c.tableAbove),
  },
  {
    // "The table below shows ... the reference rows decreased by an order of magnitude": its lead-in reads it.
    id: 'reads-table-below',
    reason: 'reads the results table right below it',
    worth: 'none',
    test: (c) => readsTable(c, c.tableBelow),
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
    test: (c) =>
      numeric(c) &&
      (PROVENANCE.test(c.next) || PROVENANCE.test(c.after) || READ_FROM.test(last(c.before, 60))),
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
    // "Listing 9: Top 20 countries with BadCandy implants", "Top 10 slowest queries": the length of the ranked list a
    // caption or heading opens ("we are in the top 3" ranks something and stays a claim).
    id: 'top-n-list',
    reason: 'the length of a ranked list the article shows',
    worth: 'none',
    test: (c) => c.kind === 'number' && LIST_TOP.test(c.before),
  },
  {
    id: 'own-measurement',
    reason: "the author's own measurement; the method is described",
    worth: 'none',
    test: (c) =>
      c.facts.methodDisclosed &&
      numeric(c) &&
      !c.vague &&
      (!aboutTheBusiness(c) || ownFinding(c)) &&
      !beyondOwnTables(c) &&
      !c.says(TYPICAL) &&
      !OTHERS_REPORT.test(last(c.before, 60)),
  },
  {
    id: 'own-comparison',
    reason: "compared in the author's own measurements; the method is described",
    worth: 'none',
    test: (c) =>
      (c.kind === 'comparative' || c.kind === 'superlative') &&
      // (A run shown right above with what it printed discloses its own method.)
      (c.facts.methodDisclosed || printedRun(c.codeAbove)) &&
      comparesMeasured(c),
  },
  {
    id: 'results-under-method',
    reason: "the author's own measurement; its method is stated right above it",
    worth: 'none',
    test: (c) => c.methodAbove && numeric(c) && !c.vague && !aboutTheBusiness(c),
  },
  {
    // "This change ... made Ion compilation of this Wasm module about 20 times faster" under the patch's bug link.
    id: 'change-linked',
    reason: "the author's own change, its record (pull request, commit, bug) linked in the section",
    worth: 'none',
    test: (c) =>
      c.changeLinked &&
      (isDuration(c) || c.kind === 'percentage' || c.kind === 'multiplier') &&
      !c.vague &&
      c.says(OWN_CHANGE) &&
      !COMPARE_OTHERS.test(around(c)) &&
      !namesCompetitor(c),
  },
  {
    id: 'own-figure',
    reason: "read off the author's own figure, shown beside it",
    worth: 'none',
    test: (c) =>
      (numeric(c) ||
        (c.kind === 'comparative' &&
          (!namesCompetitor(c) || c.figureBeside !== '' || figureSaidBefore(c)))) &&
      (c.figureCaption || c.says(FIGURE_REF) || listOffFigure(c) || figureSaidBefore(c)) &&
      // ("As the chart shows, ... higher than Skerry's, by 1.3x" under that chart; a list that reads a figure.)
      (c.figureBeside !== '' ||
        listOffFigure(c) ||
        !COMPARE_OTHERS.test(c.kind === 'comparative' ? c.before + c.text + c.after : around(c))),
  },
  {
    id: 'generic-comparison',
    reason: 'a comparison of two things of the explanation, no product or rival',
    worth: 'none',
    test: (c) =>
      c.kind === 'comparative' &&
      !/\d/.test(c.text) &&
      ((GENERIC_THAN.test(c.text + c.after.slice(0, 40)) &&
        !SELLING_POINT.test(c.text) &&
        !GROWTH_VERB.test(last(c.before, 25) + c.text) &&
        !namesCompetitor(c)) ||
        // "(some formats better than others)": things of a kind that differ, no rival.
        SOME_THAN_OTHERS.test(last(c.before, 90) + c.text)),
  },
  {
    id: 'generic-superlative',
    reason: 'generic wording, not a leadership claim',
    worth: 'none',
    test: genericSuperlative,
  },
  {
    id: 'figures-follow',
    reason: 'the next sentence gives the measured figures',
    worth: 'none',
    test: (c) => c.kind === 'comparative' && c.facts.methodDisclosed && VS_FIGURES.test(c.next),
  },
  {
    id: 'figures-beside',
    reason: 'its own sentence gives the figures it compares',
    worth: 'none',
    // "Index blocks are about 0.5MB and 5MB, much larger than a data block (usually 4-32KB)": the figures carry it.
    test: (c) => c.kind === 'comparative' && SIZED.test(c.before) && SIZED.test(c.after.slice(0, 60)),
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
    id: 'threshold-comparison',
    reason: 'a threshold the text defines, not a comparison with others',
    worth: 'none',
    // "filters with a lifetime shorter than this should be Bloom": what falls either side of a line just drawn.
    test: (c) =>
      c.kind === 'comparative' &&
      /\bthan$/i.test(c.text) &&
      /^\s*(?:this|that)\s+(?:should|must|will|would|can|could|may|might)\b/i.test(c.after) &&
      // ("cheaper than this would be on Confluent Cloud" compares with a rival.)
      !/^[^.;:!?]*?\b(?:on|with|in|at|using|for|than)\s+\p{Lu}/u.test(
        c.after.replace(/^\s*(?:this|that)\s+\w+\s+(?:ever\s+)?be\s+\p{Lu}[\p{L}-]*/u, ''),
      ),
  },
  {
    id: 'confidence-level',
    reason: 'a confidence level, a convention of statistics',
    worth: 'none',
    // "a 95% confidence interval", "there is a 95% epistemic probability that the true mean lies within ...".
    test: (c) => c.kind === 'percentage' && CONFIDENCE_LEVEL.test(c.after.slice(0, 60)),
  },
  {
    id: 'formula',
    reason: 'a relation between variables or settings, not a comparison of products',
    worth: 'none',
    test: (c) =>
      c.kind === 'comparative' &&
      !/\d/.test(c.text) &&
      FORMULA_TERMS.test(`${last(c.before, 60)}${c.text}${c.after.slice(0, 40)}`) &&
      !namesCompetitor(c),
  },
  {
    // A sentence with figures keeps it: "reduced the machines by 90%, greatly improving quality" sums up results.
    id: 'vague-effect',
    reason: 'a large effect with no figure and no rival: nothing a reader could check',
    worth: 'none',
    test: (c) =>
      c.kind === 'comparative' &&
      INTENSIFIED_EFFECT.test(c.text) &&
      !c.says(ANY_DIGIT) &&
      !COMPARE_OTHERS.test(around(c)) &&
      !namesCompetitor(c),
  },
  {
    id: 'mechanism',
    reason: 'explains how something works: two rates or two parts compared, no product or rival',
    worth: 'none',
    test: (c) =>
      c.kind === 'comparative' &&
      !/\d/.test(c.text) &&
      MECHANISM_THAN.test(c.text + c.after.slice(0, 40)) &&
      !namedSubject(c.before, false),
  },
  {
    id: 'capacity',
    reason: 'what it is built to handle, not users it has',
    worth: 'none',
    test: (c) =>
      (((c.vague === true && ADOPTION_VAGUE.test(c.text)) || c.kind === 'generalization') &&
        CAPACITY.test(last(c.before, 40))) ||
      (c.kind === 'customer' && BUILT_FOR.test(last(c.before, 40))),
  },
  {
    id: 'own-funding',
    reason: "the company's own funding round, on record elsewhere",
    worth: 'low',
    test: (c) =>
      c.kind === 'money' &&
      ((c.says(OWN_ROUND) && (c.says(ROUND_WORDS) || c.facts.titleRound)) ||
        // A round's press release: "Auth0 ... today announced it has raised a total of $9.3M", "the $2.4M raised in a
        // convertible seed round" under the title "Auth0 raises Series A".
        (c.facts.titleRound && (c.says(ROUND_WORDS) || c.says(HAS_RAISED)))) &&
      !c.says(MARKET_SIZE),
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
    id: 'size-in-words',
    reason: 'a size in words, not a claim about the world',
    worth: 'none',
    // ... or a count of things in words ("manage a large number of deployments"; not of people, nor a market's).
    test: (c) =>
      c.kind === 'generalization' &&
      SIZE_WORDS_ALONE.test(c.text) &&
      (!/^\s*of\b/i.test(c.after) ||
        (/\b(?:number|amount)$/i.test(c.text) &&
          !ADOPTION_VAGUE.test(c.after.slice(0, 40)) &&
          !MARKET.test(c.after.slice(0, 40)))),
  },
  ...QUIET_QUOTED,
];
