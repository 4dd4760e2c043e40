// QUIET, first band (its middle): figures worked out from others the article gives beside or above them. quiet-said.ts
// puts these rows in its list, in this order; each has a case in tests/unit/worth-signals.test.ts.
import { COMPARE_OTHERS } from './patterns';
import { around, last, namesCompetitor, numeric, type Signal } from './signal';
import { ratioLike } from './quiet-predicates';
import { ARITHMETIC, BASIS_AFTER } from './quiet-words';
import type { ClaimContext } from './context';
import { changeFromEarlier, sideBySideAgrees, statedChange } from '../stated-change';
import { workedOutFrom, type NearFigure } from './figures-above';

// The figure as stated-change.ts reads it: kind, value and place in the sentence.
const figureOf = (c: ClaimContext) => ({
  // "3x to 4x" is a multiple, given as a range.
  kind: c.kind === 'range' && c.unit === 'x' ? 'multiplier' : c.kind,
  value: c.value!,
  max: c.kind === 'range' ? c.max : undefined,
  start: c.before.length,
  end: c.before.length + c.text.length,
});
// The change its sentence states beside the figure agrees with it (a disagreeing one is arithmetic-mismatch's).
const sumsUpChange = (c: ClaimContext): boolean => statedChange(c.sentence, figureOf(c))?.agrees === true;
// "Within 24 hours, that number more than doubled to 26 million", after "we maintained just over 12.6 million
// unique TATs": the multiple of the count the sentence before gave, told with its new value.
const THAT_COUNT = /\b(?:that|this|the)\s+(?:number|figure|count|total)\s+(?:\w+\s+){0,2}$/i;
function sentenceBefore(c: ClaimContext): string {
  const at = c.blockText.indexOf(c.sentence);
  return at > 0
    ? (c.blockText
        .slice(0, at)
        .trimEnd()
        .split(/(?<=[.!?])\s+/)
        .at(-1) ?? '')
    : '';
}
const growsFromEarlier = (c: ClaimContext): boolean =>
  THAT_COUNT.test(last(c.before, 40)) && changeFromEarlier(sentenceBefore(c), c.after, figureOf(c));
// A figure named as one given before: bracketed after what it measures, or called the earlier one.
const NAMED_BACK = /\(\s*$|\b(?:previous|earlier|original|old|initial|baseline|former)\b[^.;:()]{0,30}$/i;
// The start of a change ("from 4.5 seconds -> ~600 ms", "from 12 MB to 9 MB"), and a figure named with "the".
const FROM_BEFORE = /\bfrom\s+$/i;
const TO_AFTER = /^\s*(?:->|→|to\b|down\s+to\b)/i;
const THE_BEFORE = /\b(?:the|that|those|these)\s+$/i;
// A figure that opens its sentence, or is named as that one: "37% is worth ...", "That 37% ...".
const OPENS_AGAIN = /^\W*(?:(?:the|this|that)\s+)?$/i;
// "(194ms) is 37% of the initial render time": a share of something, the part right before it in its sentence ("cut
// by 37% and 37% of readers came back", "In run 2, 40% of requests" give no part).
const SHARE_AFTER = /^\s+of\s/;
const PART_BEFORE =
  /\d[\d.,]*\s*[\p{L}µ]*\)?\s+(?:is|was|are|were|makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|~)?$/u;
const ADOPTED =
  /\b(?:trusted|used|chosen|relied|adopted|deployed)\s+(?:by|on|at)\b|\b(?:customers?|clients?|users|banks|brands|companies)\b/i;
// The things a count names after a colon, to its sentence's end: "services: A, B, and C" gives 3 (a colon
// further than a few words from the figure, or one item that says more than a name, gives none).
const LIST_AFTER = /^[^.:;!?()]{0,40}:\s*([^:;!?()]+?)\.?\s*$/;
const ITEM_SPLIT = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/;
function listedAfter(after: string): number {
  const list = LIST_AFTER.exec(after)?.[1];
  if (!list) return 0;
  const items = list.split(ITEM_SPLIT).filter((x) => x.trim() !== '');
  return items.length >= 2 && items.every((x) => x.split(/\s+/).length <= 5) ? items.length : 0;
}
// Digits after the point of the claim's first number ("-31%": 0, "38.5%": 1).
const decimalsOf = (text: string): number => /\d\.(\d+)/.exec(text)?.[1]?.length ?? 0;

// A percentage or a multiple (outside tables, not set against others) that `figures` work out.
const workedOutOf = (c: ClaimContext, figures: readonly NearFigure[]): boolean =>
  ratioLike(c) &&
  c.value !== undefined &&
  c.table === null &&
  !COMPARE_OTHERS.test(around(c)) &&
  workedOutFrom(
    {
      kind: c.kind,
      value: c.value,
      decimals: decimalsOf(c.text),
      hedge: c.hedge,
      share: SHARE_AFTER.test(c.after) && PART_BEFORE.test(c.before),
    },
    figures,
  );

// "weighing in at 1.2KiB, or a 92% reduction in size", two sections below "a 14.2KiB binary": a change between its
// sentence's own figure and one given anywhere above (figures-earlier.ts), said as a change.
const CHANGE_WORDS =
  /^\s*(?:reduction|decrease|increase|improvement|drop|cut|smaller|larger|faster|slower|speedup|speed-up)\b/i;
// "an 87% reduction over Acme": a change set against something, a comparison of its own.
const AGAINST_AFTER = /^[^.;:]{0,40}?\b(?:over|against|vs\.?|versus|compared|than)\b/i;
function workedOutOfEarlier(c: ClaimContext): boolean {
  if (!CHANGE_WORDS.test(c.text.replace(/^[^\p{L}]*/u, '')) && !CHANGE_WORDS.test(c.after)) return false;
  if (AGAINST_AFTER.test(c.after)) return false;
  const { own, earlier } = c.earlierPairs();
  return own.some((o) => earlier(o.dim).some((e) => workedOutOf(c, [o, e])));
}

// "released in 1989, making it decades older than MongoDB", "emerged in 2016, which makes it one year older than
// WebAssembly": an age set against another's, worked out from the year its sentence gives.
const AGE_COMPARED = /^(?:(?:\w+\s+){0,2})?(?:older|newer|younger)\s+than\b/i;
const YEAR =
  /\b(?:in|since|released|emerged|founded|launched|created|born|from)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b|\((?:1[89]|20)\d\d\)/i;

// "(4096 bytes / 4 bytes = 1024 seconds, or 17 minutes)": the sentence shows its working, an equation.
const EQUATION = /\d[\d,.]*\s*(?:\p{L}+\s+)?[-+−×x*/÷]\s+\$?\d[\d,.]*\s*(?:\p{L}+\s*)?=\s*\$?\d/u;

/** Why: a ratio or a change worked out from figures the article gives: the reader checks those figures. */
export const QUIET_WORKED: readonly Signal[] = [
  {
    id: 'zero-baseline',
    reason: 'the baseline of a list of changes ("-0%"), not a result',
    worth: 'none',
    test: (c) => c.kind === 'percentage' && c.value === 0 && /^[-+±−]/.test(c.text),
  },
  {
    id: 'arithmetic',
    reason: 'arithmetic on figures given beside it',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (c.says(ARITHMETIC.on(c.sentence)) ||
        c.says(EQUATION) ||
        (ratioLike(c) && BASIS_AFTER.test(c.after)) ||
        // "go from ~29s to ~1.3s, for a ~22x speedup", "reduced by 25% from 12 MB to 9.1 MB".
        (ratioLike(c) && c.value !== undefined && (sumsUpChange(c) || growsFromEarlier(c)))) &&
      !COMPARE_OTHERS.test(around(c)),
  },
  {
    // "The 10x pricing gap ($25 vs $249)": both figures stand beside it (a rival's price is a claim of its own).
    id: 'side-by-side',
    reason: 'the ratio of two figures given beside it',
    worth: 'none',
    test: (c) =>
      (ratioLike(c) || (c.kind === 'range' && c.unit === 'x')) &&
      c.value !== undefined &&
      sideBySideAgrees(c.sentence, figureOf(c)),
  },
  {
    id: 'dated-age',
    reason: 'an age worked out from the year its sentence gives',
    worth: 'none',
    test: (c) =>
      c.kind === 'comparative' &&
      AGE_COMPARED.test(c.text) &&
      YEAR.test(c.sentence) &&
      !/\bthan\s+(?:any|all|every)\b/i.test(c.text + c.after.slice(0, 20)),
  },
  {
    // "344 cycles" heads a list and "After signal MR: 236 cycles (-31%)" follows; "0.25% ... to 100% of requests. A
    // 400x potential increase": the figures it comes from were given just before it (and are claims of their own).
    id: 'figures-above',
    reason: 'worked out from figures given just before it',
    worth: 'none',
    test: (c) => workedOutOf(c, c.figuresAbove()),
  },
  {
    id: 'change-from-earlier',
    reason: 'a change between its sentence’s figure and one the post gave above',
    worth: 'none',
    test: workedOutOfEarlier,
  },
  {
    // "### Indexing is 84% faster" over "our first attempt ... took 22 hours in total, parallel indexing completed in
    // only 3h27m": a heading or a lead-in titles the figures right below it (each judged on its own).
    id: 'figures-below',
    reason: 'worked out from the figures right below it',
    worth: 'none',
    test: (c) => workedOutOf(c, c.figuresBelow()),
  },
  {
    // "which involved 3 connectivity services: Direct Internet Access, Private VLAN, and Shared Internet Access".
    id: 'counts-its-list',
    reason: 'the number of things it names right after it',
    worth: 'none',
    // (Not "Trusted by 3 Fortune 500 banks: Chase, Citi and HSBC": who uses it is the claim, not how many.)
    test: (c) =>
      c.kind === 'number' &&
      c.value !== undefined &&
      c.value >= 2 &&
      listedAfter(c.after) === c.value &&
      !ADOPTED.test(c.sentence) &&
      !namesCompetitor(c),
  },
  {
    // "(194ms) is 37% of the initial render time" after a list that gave "194ms to get HTML": the figure is that one.
    id: 'said-before',
    reason: 'the figure the post gave before, said again',
    worth: 'none',
    // Only a figure named back: in brackets ("(194ms)"), as the earlier one ("the previous load or 1,390ms"), as the
    // start of a change ("from 4.5 seconds -> ~600 ms" after "Relocation can take nearly 4.5 seconds"), with "the"
    // ("the majority of the 10KiB" after "knock nearly 10KiB off"), or opening the next sentence of its paragraph
    // ("37% is worth a look"; not "40% of all traffic is now bots").
    test: (c) => {
      if (!numeric(c) || c.table !== null) return false;
      const near = last(c.before, 12);
      const reach = {
        wide: NAMED_BACK.test(last(c.before, 40)),
        baseline: FROM_BEFORE.test(near) && TO_AFTER.test(c.after),
        // (Not a percentage: "the 20% of customers" is a share of something else as often as the 20% above.)
        near: c.kind !== 'percentage' && THE_BEFORE.test(near),
        inBlock: OPENS_AGAIN.test(c.before) && /^\s+(?:is|was)\b/.test(c.after),
      };
      // (The index lookup before the rival check: "the" opens many figures, few of them given before.)
      return c.givenBefore(reach) && !namesCompetitor(c);
    },
  },
];
