// A percentage or a multiple worked out from figures the article gave just before it: "344 cycles" at the head of a
// list and "After signal MR: 236 cycles (-31%)" below it; "from handling 0.25% of requests, to handling 100% of
// requests. A 400x potential increase in traffic!"; "The Starter plan has 30 queries. The Growth plan doubles this to
// 60 queries." The reader checks the figures it comes from, not the arithmetic; those figures are claims of their own.
// Figures of one dimension pair up (seconds with minutes, bytes with bytes, "cycles" with "cycles"), and the result
// must agree to the digits the figure is printed with, so a handful of figures nearby rarely gives one by chance.
// Also here: a multiple a summary tells again (multipleAbove).
import type { Block } from '../article';
import type { ClaimDraft } from '../claims';
import type { ClaimKind } from '../report';
import { BYTES } from '../stated-change';

/** Why: a figure that a later percentage or multiple may be worked out from, in one scale per dimension. */
export interface NearFigure {
  /** '%', 'time', 'bytes', 'money:USD', or 'n:<counted noun>' ("cycles" -> 'n:cycle'). */
  dim: string;
  value: number;
}

const TO_SECONDS: Record<string, number> = {
  ns: 1e-9,
  µs: 1e-6,
  us: 1e-6,
  ms: 1e-3,
  s: 1,
  min: 60,
  h: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_629_800,
  year: 31_557_600,
};
/** Why: a duration in seconds, to compare figures printed in different units (null for a unit it does not know). */
export function secondsOf(value: number, unit: string): number | null {
  const s = TO_SECONDS[unit === 'μs' ? 'us' : unit];
  return s === undefined ? null : value * s;
}

// The counted noun of a plain number: the first word after its digits and scale ("344 cycles", "10 million events").
const COUNTED = /^[^\p{L}]*\d[\d.,]*\s*(?:(?:thousand|million|billion|[kmb])\b\s*)?\+?\s*(\p{L}[\p{L}-]*)/iu;
// ... or, for a claim of digits alone, the first lower-case word of the next few after it ("30 Spark AI queries").
const COUNTED_AFTER = /^\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}-]*\s+){0,3}(\p{Ll}[\p{L}-]*)/u;

/**
 * Why: a claim's figure as a NearFigure, or null when it has no single value to work with (ranges, words); `after`
 * is the text that follows the claim, for what a number of digits alone counts.
 */
export function nearFigure(
  f: { kind: ClaimKind; text: string; value?: number; unit?: string; max?: number },
  after = '',
): NearFigure | null {
  const v = f.value;
  if (v === undefined || !Number.isFinite(v) || v === 0 || f.max !== undefined || !/\d/.test(f.text))
    return null;
  const value = Math.abs(v);
  switch (f.kind) {
    case 'percentage':
      return { dim: '%', value };
    case 'duration': {
      const s = secondsOf(value, f.unit ?? '');
      return s === null ? null : { dim: 'time', value: s };
    }
    case 'money':
      return f.unit ? { dim: `money:${f.unit}`, value } : null;
    case 'number': {
      const bytes = BYTES[(f.unit ?? '').toLowerCase()];
      if (bytes !== undefined) return { dim: 'bytes', value: value * bytes };
      const noun = (COUNTED.exec(f.text) ?? COUNTED_AFTER.exec(after))?.[1]?.toLowerCase();
      return noun ? { dim: `n:${noun.replace(/(?<=\p{L}{2}[^s])s$/u, '')}`, value } : null;
    }
    default:
      return null;
  }
}

// At most this many figures are paired (the nearest ones): a long list of figures gives almost any ratio.
export const MAX_NEAR = 12;

// "more than 75x": the figure is a floor of the ratio; "less than half": a ceiling; "about 3x": near it.
const FLOOR = /^(?:more\s+than|over|above|at\s+least|upwards\s+of|>|≥|north\s+of)/i;
const CEILING = /^(?:less\s+than|fewer\s+than|under|below|at\s+most|up\s+to|<|≤|nearly|almost)/i;
const NEAR = /^(?:about|around|roughly|approximately|approx\.?|some|~|≈|close\s+to)/i;

/** Why: does a printed figure (its value, the digits after its point, its hedge) agree with a worked-out ratio? */
export function printedAgrees(
  value: number,
  decimals: number,
  hedge: string | undefined,
  ratio: number,
): boolean {
  const h = (hedge ?? '').trim();
  if (FLOOR.test(h)) return ratio >= value && ratio <= value * 1.1;
  if (CEILING.test(h)) return ratio <= value && ratio >= value * 0.9;
  if (NEAR.test(h)) return Math.abs(ratio - value) <= value * 0.05;
  // A large whole number's trailing zeros are no digits printed: "12000x" is 12,127x to two digits ("10" and "100"
  // keep theirs: they are as likely exact).
  const whole = String(Math.round(value));
  const zeros =
    decimals === 0 && value >= 1000 ? Math.min(/0*$/.exec(whole)![0].length, whole.length - 2) : 0;
  const scale = 10 ** (decimals - zeros);
  // One significant digit ("2x", "5%") says little: it must be that ratio, not a rounding of it.
  if (String(Math.round(value * scale)).replace(/^0+/, '').length < 2)
    return Math.abs(ratio - value) <= value * 0.02;
  // Rounded or cut to the digits printed: 31.4% is "31%", 172.7% may be printed "172%".
  return (
    Math.round(ratio * scale) === Math.round(value * scale) ||
    Math.floor(ratio * scale) === Math.round(value * scale)
  );
}

/**
 * Why: the percentage or multiple (value, digits after its point, hedge) that two figures of one dimension among
 * `figures` give, as a change either way ((hi - lo) / hi, (hi - lo) / lo) or as a multiple (hi / lo); a percentage
 * is also what is left of 100% beside one percentage given before it (0.25% beside a 99.75% hit rate), and, when the
 * sentence says it is a share ("37% of"), the smaller's share of the larger. Two shares
 * give only a multiple ("0.25% ... to 100%": 400x), never a percentage change.
 */
export function workedOutFrom(
  claim: { kind: ClaimKind; value: number; decimals: number; hedge?: string; share?: boolean },
  figures: readonly NearFigure[],
): boolean {
  if (claim.kind !== 'percentage' && claim.kind !== 'multiplier') return false;
  const v = Math.abs(claim.value);
  // A hedged percentage ("more than 99.99%") is a bound a pair of figures meets by chance too easily; "about 95%"
  // is a rounding, to within a point or 5% of it ("64 MB instead of 1.1 GB, so that's about 95% size reduction":
  // 94.2%).
  const hedge = (claim.hedge ?? '').trim();
  const roughly = claim.kind === 'percentage' && NEAR.test(hedge);
  if (v === 0 || (claim.kind === 'percentage' && hedge !== '' && !roughly)) return false;
  const agrees = (ratio: number) =>
    roughly
      ? Math.abs(ratio - v) <= Math.min(1, v * 0.05)
      : printedAgrees(v, claim.decimals, claim.hedge, ratio);
  const list = figures.slice(0, MAX_NEAR);
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (
      claim.kind === 'percentage' &&
      a.dim === '%' &&
      a.value > 50 &&
      a.value < 100 &&
      agrees(100 - a.value)
    )
      return true;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j]!;
      if (a.dim !== b.dim || a.value === b.value) continue;
      // Shares of different things ("70% use AI in review", "29% let it write code") are no change of one another.
      // Nor is "roughly 2.5x" a bound two of a survey's shares meet: from shares, only an exact multiple counts.
      if (a.dim === '%' && (claim.kind === 'percentage' || (claim.hedge ?? '').trim() !== '')) continue;
      const hi = Math.max(a.value, b.value);
      const lo = Math.min(a.value, b.value);
      // A cut is under 100% of what it cuts: a "100%" is no rounding of 99.75%.
      const cut = v < 100 && agrees(((hi - lo) / hi) * 100);
      // "(194ms) is 37% of the initial render time" after "524ms to DOMContentLoaded": a share, said as one.
      const part = claim.share === true && agrees((lo / hi) * 100);
      if (claim.kind === 'multiplier' ? agrees(hi / lo) : cut || part || agrees(((hi - lo) / lo) * 100))
        return true;
    }
  }
  return false;
}

const figureOf = new WeakMap<ClaimDraft, NearFigure | null>();

/** Why: a claim's figure as a NearFigure, read once however many claims look at it (`text` is its block's). */
export function draftFigure(text: string, d: ClaimDraft): NearFigure | null {
  let f = figureOf.get(d);
  if (f === undefined) figureOf.set(d, (f = nearFigure(d, text.slice(d.end, d.end + 60))));
  return f;
}

/** Why: the figures of `drafts` (one block's, in order) that end before `end`, nearest first, other than `self`. */
export function figuresIn(
  text: string,
  drafts: readonly ClaimDraft[] | undefined,
  end: number,
  self: ClaimDraft | null,
  settled: (d: ClaimDraft) => boolean,
  into: NearFigure[],
) {
  if (!drafts) return;
  for (let k = drafts.length - 1; k >= 0 && into.length < MAX_NEAR; k--) {
    const d = drafts[k]!;
    if (d === self || d.start >= end || !settled(d)) continue;
    const f = draftFigure(text, d);
    if (f) into.push(f);
  }
}

// How far up nearFigures looks: paragraphs above the claim's block, and earlier items of its list.
const NEAR_BLOCKS = 3;
const NEAR_ITEMS = 12;

/**
 * Why: the figures given before a claim, nearest first: earlier in its block (its own sentence included), then in
 * the blocks above it in its section (its list's earlier items and lead-in; up to NEAR_BLOCKS paragraphs).
 * `draftsOf` holds each block's claims in order.
 */
export function nearFigures(
  blocks: readonly Block[],
  draftsOf: ReadonlyMap<number, readonly ClaimDraft[]>,
  draft: ClaimDraft,
  settled: (d: ClaimDraft) => boolean,
): NearFigure[] {
  const out: NearFigure[] = [];
  figuresIn(blocks[draft.block]!.text, draftsOf.get(draft.block), draft.sentence.end, draft, settled, out);
  const item = blocks[draft.block]!.kind === 'list-item';
  let paragraphs = 0;
  for (let i = draft.block - 1, seen = 0; i >= 0 && out.length < MAX_NEAR && seen < NEAR_ITEMS; i--, seen++) {
    const b = blocks[i]!;
    if (b.kind === 'heading') break;
    if (b.kind === 'code' || b.kind === 'table-row') continue;
    // A list item looks up its list and the lead-in above it; prose looks up a few paragraphs, a list above it
    // counting as one ("- Original image: 1.14 GB ... - Static musl binary: 94 kB" over "That's a 12000x reduction").
    if (b.kind !== 'list-item' || (!item && blocks[i + 1]?.kind !== 'list-item')) paragraphs++;
    if (paragraphs > (item ? 1 : NEAR_BLOCKS)) break;
    figuresIn(b.text, draftsOf.get(i), Infinity, null, settled, out);
  }
  return out;
}

/**
 * Why: "the time until redundancy is re-established is cut in half", in the summary of a post whose results said
 * "The throughput ... was almost doubled": a multiple that a settled claim of an earlier block gave, or its inverse
 * (within 10%), is the post's own result told again. `drafts` are the article's claims in order.
 */
export function multipleAbove(
  drafts: readonly ClaimDraft[],
  block: number,
  settled: (d: ClaimDraft) => boolean,
  value: number,
): boolean {
  if (!(value > 0)) return false;
  const near = (w: number) => Math.abs(w - value) <= value * 0.1 || Math.abs(1 / w - value) <= value * 0.1;
  for (const d of drafts) {
    if (d.block >= block) break;
    if (d.kind === 'multiplier' && d.value !== undefined && d.value > 0 && near(d.value) && settled(d))
      return true;
  }
  return false;
}

// The claim's brackets, opened right after the figure before it and still open: "27.3s (debug, Windows; ".
const OPEN_BRACKET = /^\s*\([^()]{0,80}$/;

/**
 * Why: "it takes 27.3s (debug, Windows; 53.2s for release)": the figure of the claim's kind whose brackets the claim
 * stands in, a variant of it, or null. `drafts` are the block's claims in order.
 */
export function bracketedAfter(
  text: string,
  drafts: readonly ClaimDraft[] | undefined,
  draft: ClaimDraft,
): ClaimDraft | null {
  // The claim judged now is its block's last so far: found at once from the end, however many the block holds.
  const k = drafts ? drafts.lastIndexOf(draft) : -1;
  const d = k > 0 ? drafts![k - 1]! : null;
  return d && d.kind === draft.kind && OPEN_BRACKET.test(text.slice(d.end, draft.start)) ? d : null;
}

/**
 * Why: "1312 seconds (21 minutes, 52 seconds)": the figure `b` stands in the brackets of, `a`, given again in other
 * units: the brackets hold nothing else before it ("(Deno handled 10,050 requests per second)" is another figure), its
 * unit differs, and its value is the same in one dimension (to 1%, as a conversion is rounded).
 */
export function sameFigure(text: string, a: ClaimDraft, b: ClaimDraft): boolean {
  if (!CONVERSION_OPENS.test(text.slice(a.end, b.start)) || a.unit === b.unit) return false;
  const x = draftFigure(text, a);
  const y = draftFigure(text, b);
  return x !== null && y !== null && x.dim === y.dim && Math.abs(x.value - y.value) <= x.value * 0.01;
}
// What may open a conversion's brackets: "(", "(~", "(about", "(or".
const CONVERSION_OPENS = /^\s*\(\s*(?:~|≈|about|around|roughly|approx\.?|or)?\s*$/i;

// The digits a figure is printed with, leading zeros, the point and an integer's trailing zeros aside: "1,390" has
// three, "0.267" three, "100" one.
function printedDigits(text: string): number {
  const raw = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0]?.replace(/,/g, '') ?? '';
  const digits = raw.includes('.') ? raw.replace('.', '').replace(/^0+/, '') : raw.replace(/0+$/, '');
  return digits.length;
}
// A figure given again counts only when printed with this many digits: "194ms" and "1,390ms" after "1.39s" (a round
// "100ms" or "20%" is said of many things).
const SAID_AGAIN_DIGITS = 3;

/** Why: where a figure said again may have been given before (givenBeforeIndex says how each looks). */
export interface Reach {
  /** The sentence names it back ("(194ms)", "the previous load or 1,390ms"): anywhere above, to three digits. */
  wide?: boolean;
  /** It is the start of a change ("from 4.5 seconds -> ~600 ms"): anywhere above, to two digits. */
  baseline?: boolean;
  /** "the 10KiB of code": in its block or the few above it (a heading between them too), however printed. */
  near?: boolean;
  /** It opens its sentence again ("37% is worth a look"): in its own block, however printed. */
  inBlock?: boolean;
}

/**
 * Why: "the server side rendering and delivery (194ms)" after a list that gave "194ms to get HTML", "the previous
 * load or 1,390ms" after "1.39s to load": a figure the post already gave, settled there, is no new claim. Returns
 * whether a settled claim before `draft` gave its figure (same dimension, same value), as far back as `reach` says.
 * Drafts are indexed as they are judged, in order; `drafts` and `settled` as contextBuilder has them.
 */
export function givenBeforeIndex(
  blocks: readonly Block[],
  drafts: readonly ClaimDraft[],
  settled: (d: ClaimDraft) => boolean,
): (draft: ClaimDraft, reach: Reach) => boolean {
  // Each figure's keys and the first settled claim that gave it.
  const first = new Map<string, ClaimDraft>();
  let upto = 0;
  // A figure's keys across the article, by the digits it is printed with (none when it has fewer).
  const keysOf = (d: ClaimDraft): { figure: NearFigure; wide?: string; baseline?: string } | null => {
    const text = blocks[d.block]!.text;
    const figure = draftFigure(text, d);
    if (!figure) return null;
    const digits = printedDigits(text.slice(d.start, d.end));
    const key = (n: number) =>
      digits >= n ? `${n}|${figure.dim}|${figure.value.toPrecision(n)}` : undefined;
    return { figure, wide: key(SAID_AGAIN_DIGITS), baseline: key(BASELINE_DIGITS) };
  };
  const own = (block: number, f: NearFigure) => `${block}|${f.dim}|${f.value}`;
  return (draft, reach) => {
    if (!reach.wide && !reach.baseline && !reach.near && !reach.inBlock) return false;
    for (; upto < drafts.length && drafts[upto] !== draft; upto++) {
      const d = drafts[upto]!;
      if (!settled(d)) continue;
      const keys = keysOf(d);
      if (!keys) continue;
      for (const key of [own(d.block, keys.figure), keys.wide, keys.baseline])
        if (key !== undefined && !first.has(key)) first.set(key, d);
    }
    // (The index may run past `draft` when a claim is judged again: only claims before it count.)
    const before = (key: string | undefined) => {
      const a = key === undefined ? undefined : first.get(key);
      return a !== undefined && (a.block < draft.block || (a.block === draft.block && a.end <= draft.start));
    };
    const keys = keysOf(draft);
    if (!keys) return false;
    if ((reach.wide && before(keys.wide)) || (reach.baseline && before(keys.baseline))) return true;
    if (reach.inBlock && before(own(draft.block, keys.figure))) return true;
    if (reach.near)
      for (let b = draft.block; b >= 0 && b >= draft.block - NEAR_SAID_BLOCKS; b--)
        if (before(own(b, keys.figure))) return true;
    return false;
  };
}
// A figure said again as the start of a change needs two digits ("4.5 seconds"), and one named with "the" ("the
// 10KiB of code") is looked for in this many blocks above its own.
const BASELINE_DIGITS = 2;
const NEAR_SAID_BLOCKS = 3;
