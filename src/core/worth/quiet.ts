// QUIET: what asks for no source. The first row that matches a claim caps its worth (most rows cap it at nothing).
// One row per reason a careful reader lets a figure go; each has a case in tests/unit/worth-signals.test.ts.
import {
  ADOPTION_VAGUE,
  EXAMPLE,
  FIRST_PERSON_AIM,
  HARDWARE,
  HARDWARE_COUNT,
  HEADCOUNT,
  IDIOM,
  LONG_UNITS,
  NARRATIVE_TIME,
  NEGATED,
  OPINION,
  OUTCOME_SUBJECT,
  PARAMETER_AFTER,
  PARAMETER_BEFORE,
  THRESHOLD_CROSSED,
  MECHANISM_STEP,
  PERFORMANCE,
  PRICE_UNIT,
  PRICING_WORDS,
  QUESTION_END,
  SAMPLE_SIZE,
  SPEC_UNIT,
  FUNDING_REVENUE,
  COMPARE_OTHERS,
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
import {
  ratioLike,
  clauseAfter,
  aboutTheBusiness,
  reportedInstance,
  ratioOfFigures,
  genericSuperlative,
  namedSubject,
  namesTableColumn,
  saidAgainBelow,
  comparesMeasured,
} from './quiet-predicates';
import {
  WE_OUR,
  READER_CONDITION,
  READER_COULD,
  LOAD_COUNT,
  TEAM_OF,
  FRACTION,
  OF_TEAM,
  RANGE_TO,
  VS_FIGURES,
  SIZED,
  READ_FROM,
  ROADMAP_INTRO,
  EXPERIMENT_WITH,
  NAMES_AFTER,
  ASPIRATION_BEFORE,
  PARETO,
  IMPORTANCE,
  CODE_POPULATION,
  OWN_SHARE,
  TARGET_BEFORE,
  FRAMING_BEFORE,
  FAMILIAR_AFTER,
  PEOPLE,
  CONDITION_OR_TERM_BEFORE,
  DEFAULT_MARK,
  ON_OWN_MACHINE,
  SOURCED_FACT,
  NAMED_RIVAL,
  TEST_ACTION,
  WE_OUR_US,
  BASIS_AFTER,
  ARITHMETIC,
  METHOD_AFTER_THAN,
  CAPACITY,
  FIGURE_LIST_END,
  BUILT_FOR,
  METHOD_LABEL,
  RULE_OF_THUMB,
  REPEAT_AFTER,
  REPEAT_BEFORE,
  THAN_OWN_YARDSTICK,
  DISCOUNT_AFTER,
  DISCOUNT_BEFORE,
  COST_NOUN,
  COST_GROWS,
  COST_IS_BENEFIT,
  OWN_ARTIFACT,
  REPOSITORY_COUNT,
  STAR_COUNT,
  TYPICAL,
  MODAL_AFTER,
  IMPRESSION_BEFORE,
  HEDGED,
  HEDGE_RIGHT_BEFORE,
  SOMEDAY,
  TOLD_TO,
  WHO_KNOWS_AFTER,
  GENERIC_THAN,
  SELLING_POINT,
  SOME_THAN_OTHERS,
  GROWTH_VERB,
  FIGURE_REF,
  MIGHT_REACH,
  OWN_ROUND,
  ROUND_WORDS,
  MARKET_SIZE,
} from './quiet-words';
import type { ClaimContext } from './context';
import { statedChange } from '../stated-change';

// The change its sentence states beside the figure agrees with it (a disagreeing one is arithmetic-mismatch's).
const sumsUpChange = (c: ClaimContext): boolean =>
  statedChange(c.sentence, {
    kind: c.kind,
    value: c.value!,
    start: c.before.length,
    end: c.before.length + c.text.length,
  })?.agrees === true;

// "we've grown from 2 to 12 full-time engineers": the range's first figure counts what its second does, and both
// count the team however its people are employed.
function grownTo(c: ClaimContext): string {
  const counted = countedNoun(c);
  const ranged = RANGE_TO.test(counted) || /\bfrom\s+[\d,.]+\s+to\s+$/i.test(c.before);
  return ranged ? counted.replace(RANGE_TO, '').replace(/^\s*(?:full|part)[- ]time\s+/i, '') : counted;
}

/** Why: what asks for no source: a claim that matches one is capped at the row's worth (first match wins). */
export const QUIET: readonly Signal[] = [
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
    id: 'reader-condition',
    reason: 'a condition put to the reader, not an assertion',
    worth: 'none',
    test: (c) =>
      ((c.kind === 'comparative' || c.kind === 'superlative') && READER_CONDITION.test(c.before)) ||
      READER_COULD.test(last(c.before, 30)),
  },
  {
    id: 'idiom',
    reason: 'a figure of speech',
    worth: 'none',
    test: (c) =>
      IDIOM.test(c.before.slice(-40) + c.text + c.after.slice(0, 30)) ||
      (c.kind === 'percentage' && c.says(PARETO)),
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
    test: (c) =>
      c.kind === 'comparative' &&
      (THAN_OWN_YARDSTICK.test(c.text + c.after.slice(0, 40)) ||
        (IMPORTANCE.test(c.text) && /^\W*$/.test(c.before))),
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
      (c.blockKind === 'list-item' && ROADMAP_INTRO.test(c.intro)) ||
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
      ((c.says(EXAMPLE) && !reportedInstance(c.sentence)) ||
        EXAMPLE.test(c.intro) ||
        // "something that could help thousands of developers": whom it might reach, not whom it reached.
        (c.vague === true && MIGHT_REACH.test(last(c.before, 40))) ||
        // "What once took 60 seconds gets reduced down to 10", under "Imagine a typical site. It has 100 pages":
        // the worked example goes on (not where customers or a named instance come in).
        (c.supposedAbove && !c.says(PEOPLE) && !c.says(SOURCED_FACT) && !reportedInstance(c.sentence))),
  },
  {
    id: 'arithmetic',
    reason: 'arithmetic on figures given beside it',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (c.says(ARITHMETIC.on(c.sentence)) ||
        (ratioLike(c) && BASIS_AFTER.test(c.after)) ||
        // "go from ~29s to ~1.3s, for a ~22x speedup", "reduced by 25% from 12 MB to 9.1 MB".
        (ratioLike(c) && c.value !== undefined && sumsUpChange(c))) &&
      !COMPARE_OTHERS.test(around(c)),
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
    id: 'opinion',
    reason: 'stated as an opinion',
    worth: 'none',
    test: (c) =>
      OPINION.test(c.clause) ||
      (!numeric(c) && (HEDGED.test(c.clause) || IMPRESSION_BEFORE.test(last(c.before, 30)))) ||
      // "to (potentially) 1000s of functions", "possibly 30%": the figure itself is hedged.
      // (a count: "maybe 10% of what they pay for", "potentially 80-90% savings" are still claims)
      (c.kind === 'number' && !PERFORMANCE.test(c.text) && HEDGE_RIGHT_BEFORE.test(last(c.before, 20))) ||
      (numeric(c) && WHO_KNOWS_AFTER.test(c.after)) ||
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
    test: (c) => c.kind === 'number' && HEADCOUNT.test(grownTo(c)) && c.says(WE_OUR),
  },
  {
    id: 'experiment-setting',
    reason: 'a setting of the experiment, not its result',
    worth: 'none',
    test: (c) => {
      if (!numeric(c)) return false;
      const m = EXPERIMENT_WITH.exec(c.before);
      return m !== null && !PERFORMANCE.test(c.before.slice(m.index + m[0].length));
    },
  },
  {
    id: 'names-customers',
    reason: 'the sentence names the customers',
    worth: 'none',
    test: (c) => c.kind === 'customer' && NAMES_AFTER.test(c.after),
  },
  {
    id: 'aspiration',
    reason: 'an aim, not a claim that it was reached',
    worth: 'none',
    test: (c) =>
      (c.kind === 'superlative' && ASPIRATION_BEFORE.test(last(c.before, 60))) ||
      // "Ideally, we could set a limit per user which is significantly smaller than ...": a wish (not what follows a
      // "but": "Ideally logs are filtered ... but most people search").
      (/^\W*ideally\b/i.test(c.before) && !/\b(?:but|however|yet|though|although)\b/i.test(c.before)),
  },
  {
    id: 'own-code-share',
    reason: "a share of the project's own code, not of the world",
    worth: 'none',
    test: (c) => c.kind === 'generalization' && CODE_POPULATION.test(c.text + c.after.slice(0, 30)),
  },
  {
    id: 'framing',
    reason: 'a kind of software named in passing to frame a technical point',
    worth: 'none',
    test: (c) =>
      c.kind === 'generalization' &&
      ((FRAMING_BEFORE.test(last(c.before, 20)) && !PEOPLE.test(c.text)) ||
        FAMILIAR_AFTER.test(c.after) ||
        // "The term retention is often found in the context of storage": what a word means.
        /^\W*the\s+(?:term|word|phrase|notion)\b/i.test(c.sentence)),
  },
  {
    id: 'condition-or-term',
    reason: 'a condition or a term of a formula, not a figure reported',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (CONDITION_OR_TERM_BEFORE.test(last(c.before, 20)) ||
        // "you can't get EBC>=0 with ...": an inequality on a variable, not a figure.
        (/^[<>=≤≥]/.test(c.text) && /[\w)\]]$/.test(c.before))),
  },
  {
    id: 'own-share',
    reason: "a share of the speaker's own time or work, not of the world",
    worth: 'none',
    test: (c) => c.kind === 'generalization' && OWN_SHARE.test(c.text + c.after.slice(0, 30)),
  },
  {
    id: 'team-size',
    reason: 'the size of a team, not a result',
    worth: 'none',
    test: (c) =>
      (c.kind === 'number' && TEAM_OF.test(last(c.before, 30))) ||
      (numeric(c) && FRACTION.test(c.text) && OF_TEAM.test(c.after)),
  },
  {
    id: 'parameter',
    reason: 'a setting, limit or parameter, not a result',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (PARAMETER_BEFORE.test(last(c.before, 60)) ||
        PARAMETER_BEFORE.test(last(c.before, 60).replace(FIGURE_LIST_END, '')) ||
        PARAMETER_AFTER.test(c.after) ||
        THRESHOLD_CROSSED.test(
          last(c.before, 120) + (/^(?:above|below|over|under|beyond|past)\b/i.exec(c.text)?.[0] ?? ''),
        ) ||
        (c.kind === 'multiplier' &&
          /^(?:doubl|tripl|halv|quadrupl)/i.test(c.text) &&
          MECHANISM_STEP.test(c.after)) ||
        // "lower the pool timeout from 5 (default) to 1 second": settings changed.
        c.says(DEFAULT_MARK) ||
        // "then send traffic for 10 minutes": how long the test ran.
        (isDuration(c) && /\bfor\s+$/i.test(last(c.before, 10)) && c.says(TEST_ACTION))) &&
      !PERFORMANCE.test(c.text),
  },
  {
    id: 'test-setup',
    reason: 'the test machine or setup',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      ((c.says(HARDWARE) &&
        ((c.unit !== undefined && SPEC_UNIT.test(c.unit)) ||
          HARDWARE_COUNT.test(c.after) ||
          LOAD_COUNT.test(countedNoun(c)))) ||
        c.says(METHOD_LABEL)),
  },
  {
    id: 'own-machine',
    reason: "the author's own timing, on the machine the sentence names",
    worth: 'none',
    // "On my 10 core computer ... goes down from ~7.5s to ~5.5s": measured, and where, in one breath.
    test: (c) => isDuration(c) && c.says(ON_OWN_MACHINE) && !c.says(NAMED_RIVAL),
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
      (c.says(OWN_ARTIFACT) ||
        (c.kind === 'number' && REPOSITORY_COUNT.test(countedNoun(c))) ||
        (c.kind === 'number' &&
          STAR_COUNT.test(countedNoun(c)) &&
          (c.blockKind === 'list-item' || c.says(WE_OUR)))) &&
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
    id: 'reads-output',
    reason: 'a ratio of figures in the output shown right above it',
    worth: 'none',
    test: (c) =>
      c.codeAbove !== '' &&
      c.value !== undefined &&
      (c.kind === 'multiplier' || c.kind === 'percentage') &&
      /\d/.test(c.text) &&
      ratioOfFigures(c.codeAbove, c.value, c.kind === 'percentage'),
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
    id: 'own-measurement',
    reason: "the author's own measurement; the method is described",
    worth: 'none',
    test: (c) =>
      c.facts.methodDisclosed &&
      numeric(c) &&
      !c.vague &&
      !aboutTheBusiness(c) &&
      !beyondOwnTables(c) &&
      !c.says(TYPICAL),
  },
  {
    id: 'own-comparison',
    reason: "compared in the author's own measurements; the method is described",
    worth: 'none',
    test: (c) =>
      (c.kind === 'comparative' || c.kind === 'superlative') &&
      c.facts.methodDisclosed &&
      comparesMeasured(c),
  },
  {
    id: 'results-under-method',
    reason: "the author's own measurement; its method is stated right above it",
    worth: 'none',
    test: (c) => c.methodAbove && numeric(c) && !c.vague && !aboutTheBusiness(c),
  },
  {
    id: 'own-figure',
    reason: "read off the author's own figure, shown beside it",
    worth: 'none',
    test: (c) => numeric(c) && (c.figureCaption || c.says(FIGURE_REF)) && !COMPARE_OTHERS.test(around(c)),
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
        SOME_THAN_OTHERS.test(last(c.before, 30) + c.text)),
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
    // "Index and filter blocks are about 0.5MB and 5MB, much larger than a data block (usually 4-32KB)": the figures
    // carry the comparison (and their own findings, when they need a source).
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
