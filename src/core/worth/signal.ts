// The shape of a worth signal and the small readings of a claim's context that several signals share.
import type { Worth } from '../vocabulary';
import { twinned } from '../ascii-twin';
import type { ClaimContext } from './context';
import { RESOURCE_UNIT, ratioKey } from './facts';
import { derivedKey, nameWords } from './derived-ratios';
import { workedOutFrom } from './figures-above';
import { FIGURE_KINDS } from '../vocabulary';

/** Why: one readable rule: an id for tests and exports, the reader's words, and what it does to worth. */
export interface Signal {
  id: string;
  /** Shown to the reader: why this claim matters, or why it was let go. */
  reason: string;
  worth: Worth;
  test(c: ClaimContext): boolean;
}

/** Why: most quiet rows are about figures only. */
export const numeric = (c: ClaimContext): boolean => FIGURE_KINDS.has(c.kind);

/** Why: the end of a string, for patterns anchored at the claim. */
export const last = (s: string, n: number): string => s.slice(Math.max(0, s.length - n));

/** Why: the sentence without the claim itself: "more than 10,000 rows" compares with nothing. */
export const around = (c: ClaimContext): string => `${c.before} … ${c.after}`;

const FEW_NAMES = 16;
const WORDS = twinned(/[\p{L}\p{N}.+-]+/gu);

/**
 * Why: a competitor named where the claim sits: its sentence, its list's lead-in, its section heading or its table
 * row (or, `only` 'sentence', its sentence alone). For a price only what comes before it counts ("$0.10/GB (8x
 * cheaper than Datadog)" is not Datadog's price).
 */
export function namesCompetitor(c: ClaimContext, only: 'sentence' | 'around' = 'around'): boolean {
  const competitors = c.facts.competitors;
  if (competitors.size === 0) return false;
  const here = c.kind === 'money' ? c.clause : c.sentence;
  const text = (
    only === 'sentence' ? here : `${here} ${c.intro} ${c.heading} ${c.rowLabel} ${c.column}`
  ).toLowerCase();
  // A word that is a competitor's name holds that name: with a few names, a text holding none of them is done.
  if (competitors.size <= FEW_NAMES && ![...competitors].some((name) => text.includes(name))) return false;
  const words = text.match(WORDS.on(text)) ?? [];
  return words.some((w) => competitors.has(w.replace(/(?:'s|’s)$/, '').replace(/[.]+$/, '')));
}

/** Why: "PagerDuty: $25/user", "Beaconstat charges $120": a price the article attributes to another vendor. */
export function thirdPartyPrice(c: ClaimContext): boolean {
  if (c.kind !== 'money') return false;
  const before = last(c.before, 60);
  const m =
    /(\p{Lu}[\p{L}\p{N}.-]*[\p{L}\p{N}])(?:'s|’s)?(?!\s+(?:plan|tier|edition|licen[cs]e|seat|package|bundle)\b)(?:\s+[\p{L}-]+)?\s*(?::|\s(?:charges|costs|bills|asks|at|is|starts\s+at))\s*(?:an?\s+|only\s+|just\s+)?$/u.exec(
      before,
    );
  // "1 CPU costs $23/month", "1GB costs $3.33": a quantity's unit, no vendor.
  if (!m || (/\d\s?$/.test(before.slice(0, m.index)) && RESOURCE_UNIT.test(m[1]!))) return false;
  const name = m[1]!.toLowerCase();
  return c.facts.properNouns.has(name) && !c.facts.ownNames.has(name);
}

/** Why: what a count counts: the words after the number inside the claim ("71 people"), else right after it. */
export function countedNoun(c: ClaimContext): string {
  // (A range's second figure too: "between 137 and 163", "10-20".)
  const inside = c.text.replace(
    /^[^\p{N}]*[\p{N}.,]+(?:\s*(?:-|–|to|and)\s*[\p{N}.,]*\p{N})?\s*(?:[kKmMbB]\b|thousand|million|billion)?\+?\s*/u,
    '',
  );
  return inside.trim() !== '' ? inside : c.after;
}

const TIME_UNITS = new Set(['ns', 'µs', 'ms', 's', 'min', 'h', 'day', 'week', 'month', 'year']);

/** Why: "1-2 weeks" is a range of durations; the time rows read it as a duration. */
export const isDuration = (c: ClaimContext): boolean =>
  c.kind === 'duration' || (c.kind === 'range' && TIME_UNITS.has(c.unit ?? ''));

/** Why: "$200-500/month" is a range of money; the price rows read it as money. */
export const isMoney = (c: ClaimContext): boolean =>
  c.kind === 'money' || (c.kind === 'range' && /^[A-Z]{3}$/.test(c.unit ?? ''));

const OWN_RUNS_ABOVE =
  /\bin\s+(?:the|our|these|those)\s+(?:benchmarks?|tests?|experiments?|runs?|measurements?)\s+(?:above|we\s+ran)\b/i;

// "sit at", "hovered around", "averaged": a level read off a graph.
const LEVEL_BEFORE =
  /\b(?:sits?|sat|stays?|stayed|hovers?|hovered|idles?|idled|peaks?|peaked|averag(?:e|es|ed)|plateau(?:s|ed)?)\s+(?:at\s+|around\s+)?$/i;

// What makes a percentage a change ("cut by 40%", "16% faster", "a 30% reduction"), not a level ("at 25%").
const CHANGE_WORDS =
  /\b(?:by|cut|cuts|reduc\w*|increas\w*|decreas\w*|improv\w*|faster|slower|quicker|lower|higher|fewer|less|more|sav\w*|drop\w*|gain\w*|boost\w*|shr[ai]nk\w*|gr[eo]w\w*|growth|speed\w*|smaller|larger|bigger|better|worse|cheaper|overhead|regress\w*|up|down)\b/i;

/**
 * Why: "Nimbrel 4 is 2x faster" above a results table that shows 3.5x and 16%: a ratio in the prose that the
 * article's own tables do not show is not covered by their method (true only when the article has such tables).
 */
export function beyondOwnTables(c: ClaimContext): boolean {
  // Written with digits: "halves" and "doubling" describe a mechanism more often than a measured result.
  if ((c.kind !== 'multiplier' && c.kind !== 'percentage') || c.table !== null || !/\d/.test(c.text))
    return false;
  if (c.facts.tableRatios.size === 0 || c.value === undefined || c.unit === undefined) return false;
  // "The new CPUs sit at about 25%": a level read off a graph, not a change a results table would carry.
  if (
    c.kind === 'percentage' &&
    LEVEL_BEFORE.test(last(c.before, 30)) &&
    !CHANGE_WORDS.test(`${last(c.before, 30)} ${c.text} ${c.after.slice(0, 30)}`)
  )
    return false;
  // "In the benchmarks above, some queries saved 20% and others only 1%": the per-run spread of those measurements.
  if (c.says(OWN_RUNS_ABOVE)) return false;
  // "A100 = 2 min (~6x faster than T4)" under "T4 = 12 min": the figures beside it give it.
  const decimals = /\d\.(\d+)/.exec(c.text)?.[1]?.length ?? 0;
  if (workedOutFrom({ kind: c.kind, value: c.value, decimals, hedge: c.hedge }, c.figuresAbove()))
    return false;
  // "79 out of 300" is 26.333...%; the table shows "26.3%".
  const v = c.value;
  if ([v, Number(v.toFixed(1)), Math.round(v)].some((x) => c.facts.tableRatios.has(ratioKey(x, c.unit!))))
    return false;
  return !derivedFromTables(c, v) && !floorOfTable(c, v);
}

// "20%+ smaller compiled model sizes" over tables whose rows read "24.88% smaller": a round lower bound (a multiple of
// five) that a ratio the tables print meets, by less than half again.
const LOWER_BOUND = new Set(['+', 'over', 'more than', 'at least', 'upwards of']);
function floorOfTable(c: ClaimContext, v: number): boolean {
  if (!LOWER_BOUND.has(c.hedge?.toLowerCase() ?? '') || v <= 0 || v % 5 !== 0) return false;
  const unit = ratioKey(0, c.unit!).slice(1);
  for (const key of c.facts.tableRatios) {
    if (!key.endsWith(unit)) continue;
    const r = Number(key.slice(0, key.length - unit.length));
    if (r >= v && r < v * 1.5) return true;
  }
  return false;
}

const SUMS_TABLE =
  /^\W*(?:that['’]s|that\s+is|this\s+is|in\s+total|overall|all\s+told|altogether|end\s+to\s+end|together)\b/i;
// "38.5% lower" where two figures of one table give 38.49% and the sentence names their row or column: to the digits
// printed, for a ratio printed with two significant digits or more, and not for a bound ("over 40%" is no result a
// pair of figures gives).
function derivedFromTables(c: ClaimContext, v: number): boolean {
  if (c.hedge) return false;
  const m = /(\d+)(?:\.(\d+))?/.exec(c.text);
  if (!m) return false;
  const decimals = m[2]?.length ?? 0;
  if (m[1]!.replace(/^0+/, '').length + decimals < 2) return false;
  const { ratios, properWords } = c.facts.derived();
  const key = derivedKey(v, decimals, c.unit!);
  // "That's +17% end to end" right under the table whose scores go 56.6 to 66.2: that table gives it, named or not.
  // (Said as the table's sum: "That's ...", "Overall", "In total"; not "Memory use fell by 17% as well".)
  if (
    c.tableAbove !== null &&
    SUMS_TABLE.test(c.sentence) &&
    ratios.byTable?.get(c.tableAbove.first)?.has(key)
  )
    return true;
  const names = ratios.get(key);
  // A metric's name ("throughput", "cores"), not a product's: "TensorRT-LLM" heads a column and fills every sentence.
  return names !== undefined && nameWords(c.sentence).some((w) => names.has(w) && !properWords.has(w));
}

// "Renderers needed much more memory than Workers", both written as code elsewhere (`Renderers`, `Workers`): two
// parts of the author's own system.
const THAN_WORD = /\bthan\s+(?:the\s+|our\s+)?(\p{L}[\p{L}\p{N}_-]*)/u;
/** Why: a comparison with a part of the author's own system, named as code elsewhere in the article, has no rival. */
export function thanOwnPart(c: ClaimContext): boolean {
  const part = (w: string): boolean => c.facts.codeWords.has(w) || c.facts.codeWords.has(w.replace(/s$/, ''));
  const word = THAN_WORD.exec(`${c.text}${c.after.slice(0, 40)}`)?.[1]?.toLowerCase();
  // (Its subject is one too: "Renderers needed more memory than Workers".)
  return (
    word !== undefined &&
    part(word) &&
    (
      last(c.before, 60)
        .toLowerCase()
        .match(/\p{L}[\p{L}\p{N}_-]*/gu) ?? []
    ).some(part)
  );
}
