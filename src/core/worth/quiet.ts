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
import {
  WE_OUR,
  READER_CONDITION,
  SUBJECT_PROVIDES,
  MOST_OF_THEM,
  LOAD_COUNT,
  TEAM_OF,
  REPORTED_INSTANCE,
  NAMED_RIVALS_AFTER,
  VS_FIGURES,
  EXPERIMENT_WITH,
  NAMES_AFTER,
  ASPIRATION_BEFORE,
  PARETO,
  IMPORTANCE,
  CODE_POPULATION,
  FUNCTION_WORD,
  CLAUSE_END,
  WE_OUR_US,
  BASIS_AFTER,
  ARITHMETIC,
  RESOURCE_CUT,
  METHOD_AFTER_THAN,
  CAPACITY,
  FIGURE_LIST_END,
  FOR_OWN_NEEDS,
  BUILT_FOR,
  METHOD_LABEL,
  RULE_OF_THUMB,
  REPEAT_AFTER,
  REPEAT_BEFORE,
  SCOPED_RANK,
  POPULARITY,
  RANKED_AMONG_RIVALS,
  THAN_OWN_YARDSTICK,
  DISCOUNT_AFTER,
  DISCOUNT_BEFORE,
  COST_NOUN,
  COST_GROWS,
  COST_IS_BENEFIT,
  OWN_ARTIFACT,
  REPOSITORY_COUNT,
  MODAL_AFTER,
  IMPRESSION_BEFORE,
  HEDGED,
  OTHERS_POSSESSIVE,
  OWN_ROUND,
  ROUND_WORDS,
  MARKET_SIZE,
} from './quiet-words';

const ratioLike = (c: ClaimContext) => c.kind === 'percentage' || c.kind === 'multiplier';

// The rest of the claim's clause after it.
function clauseAfter(after: string): string {
  const end = after.search(CLAUSE_END);
  return end < 0 ? after : after.slice(0, end);
}

// Adoption, usage, customers, money and the market: what a disclosed benchmark method does not cover.
function aboutTheBusiness(c: ClaimContext): boolean {
  return (
    ADOPTION_NOUN.test(countedNoun(c)) ||
    ADOPTION_VERB.test(c.before) ||
    c.says(MARKET) ||
    c.says(FUNDING_REVENUE) ||
    c.says(CUSTOMER_WORDS) ||
    c.says(RESOURCE_CUT) ||
    c.says(MOST_OF_THEM) ||
    c.kind === 'money'
  );
}

// "For example, SwiftNIO saw a 20% speed improvement ...": an instance someone measured, not a worked example;
// unless the sentence is hypothetical beyond its "for example".
function reportedInstance(sentence: string): boolean {
  const m = REPORTED_INSTANCE.exec(sentence);
  return m !== null && !EXAMPLE.test(sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length));
}

// Whether two figures of `text` (at most its first 200) give `value` as a ratio ("64.56" and "16.69": 3.87x), or as a
// percentage change when `percent` ("2.0" and "1.2": 40%), to within 1%.
function ratioOfFigures(text: string, value: number, percent: boolean): boolean {
  const figures = (text.match(/\d+(?:\.\d+)?/g) ?? [])
    .slice(0, 200)
    .map(Number)
    .filter((x) => x > 0);
  const near = (x: number) => Math.abs(x - value) <= Math.abs(value) * 0.01 + 0.005;
  for (const a of figures)
    for (const b of figures) {
      if (a === b) continue;
      if (!percent ? near(a / b) : near((a / b) * 100) || near(((a - b) / b) * 100)) return true;
    }
  return false;
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
  // "Remix removes the pain by providing ... the best DX for developers": the author's product, ranked.
  // The title names it ("Internationalization with Remix"), though the page also writes "remix.run".
  const giver = SUBJECT_PROVIDES.exec(c.before)?.[1]?.toLowerCase();
  if (giver !== undefined && c.facts.titleWords.has(giver) && !FUNCTION_WORD.test(giver)) return false;
  if (GENERIC_SUPERLATIVE.test(c.text)) return true;
  // "compared to state-of-the-art systems like vLLM": the rival, praised; "other state-of-the-art systems" is not.
  if (NAMED_RIVALS_AFTER.test(c.after) && !/\bother\s+$/i.test(c.before)) return true;
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

// The lower-cased name whose possessive ends `before` ("LLVM's "), or undefined; the regex reads the last few words
// only, and only when the text ends in "'s".
function possessiveOwner(before: string): string | undefined {
  const t = before.trimEnd();
  if (!t.endsWith("'s") && !t.endsWith('’s')) return undefined;
  return OTHERS_POSSESSIVE.exec(last(before, 60))?.[1]?.toLowerCase();
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
    id: 'reader-condition',
    reason: 'a condition put to the reader, not an assertion',
    worth: 'none',
    test: (c) => (c.kind === 'comparative' || c.kind === 'superlative') && READER_CONDITION.test(c.before),
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
      // "Rspack 1.x will iterate over 12 to 18 months": a plan's time span.
      (isDuration(c) && LONG_UNITS.has(c.unit ?? '') && /\bwill\b/i.test(c.clause)),
  },
  {
    id: 'example',
    reason: 'a worked example or a hypothetical',
    worth: 'none',
    test: (c) => numeric(c) && ((c.says(EXAMPLE) && !reportedInstance(c.sentence)) || EXAMPLE.test(c.intro)),
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
    test: (c) => c.kind === 'superlative' && ASPIRATION_BEFORE.test(last(c.before, 60)),
  },
  {
    id: 'own-code-share',
    reason: "a share of the project's own code, not of the world",
    worth: 'none',
    test: (c) => c.kind === 'generalization' && CODE_POPULATION.test(c.text + c.after.slice(0, 30)),
  },
  {
    id: 'team-size',
    reason: 'the size of a team, not a result',
    worth: 'none',
    test: (c) => c.kind === 'number' && TEAM_OF.test(last(c.before, 30)),
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
        ((c.unit !== undefined && SPEC_UNIT.test(c.unit)) ||
          HARDWARE_COUNT.test(c.after) ||
          LOAD_COUNT.test(countedNoun(c)))) ||
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
    id: 'results-under-method',
    reason: "the author's own measurement; its method is stated right above it",
    worth: 'none',
    test: (c) => c.methodAbove && numeric(c) && !c.vague && !aboutTheBusiness(c),
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
