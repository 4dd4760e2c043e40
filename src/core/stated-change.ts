// A change told twice in one sentence: its two ends, and beside them the percentage or multiple that sums it up.
// "from 121 in December 2020 to 209 in December 2021 (up 172%)", "dropped from 200 ms to 20 ms, a 90% cut", "went
// from 45 minutes to 5 minutes, 9x faster", "reduced by 25% from 12 megabytes to 9.1 megabytes". The ends: a number
// with an optional scale or time unit. The worth rows let a figure that agrees go (it is arithmetic on figures given
// beside it); the arithmetic-mismatch check flags one that does not.

const END = String.raw`(?:about\s+|around\s+|roughly\s+|nearly\s+|~)?\$?(\d[\d,]*(?:\.\d+)?)\s*(k|m|b|%|ms|s|sec|seconds?|min|minutes?|h|hours?|days?)?\b`;
// "from an average of ~1500 seconds to around 1200", "from peaks of 4700 to averages hovering around 2700".
const STAT = String.raw`(?:(?:an?|the)\s+)?(?:averages?|peaks?|medians?|means?|highs?|lows?|totals?)(?:\s+(?:of|at|hovering))?\s+`;
const FROM_TO = new RegExp(
  String.raw`\bfrom\s+(?:${STAT})?${END}[^.;]{0,60}?\bto\s+(?:${STAT})?${END}`,
  'gi',
);
// What may stand between the second end and the figure: its counted noun and date (" firms in 2026 (up "), then
// ", a ", ", an increase of ", " — "; anything else is another clause, about something else.
const GAP =
  /^(?:\s*[a-z]+(?=\s+(?:in|by|as|\())|\s*[a-z]+(?=\s*[,(]))?(?:\s*(?:in|by|as\s+of)\s+(?:[A-Z]\w+\s+)?\d{4})?[\s,(:–—-]*(?:(?:which\s+is|that(?:'s|\s+is)|i\.e\.,?|or|for)\s+)?(?:(?:an?\s+)?(?:increase|decrease|reduction|drop|gain|growth|rise|cut|improvement|speed-?up)\s+of\s+|up\s+|down\s+|an?\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|~)?$/i;
// ... and what may stand between the figure and ends that follow it: "25% | from 12 MB to 9.1 MB".
const FIGURE_THEN_ENDS = /^[^\s\w]?\s*(?:\(\s*)?$/;
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
const TO_SECONDS: Record<string, number> = { ms: 0.001, s: 1, sec: 1, min: 60, h: 3600, day: 86400 };

/** Why: what the arithmetic rows and the mismatch check need of a figure: its kind, value and place in the sentence. */
export interface ChangeFigure {
  kind: string;
  value: number;
  /** The top of a range ("3x to 4x"). */
  max?: number;
  /** Where the figure starts and ends in `sentence`. */
  start: number;
  end: number;
}

/** Why: the change a sentence states around a figure, and whether the figure agrees with it. */
export interface StatedChange {
  from: string;
  to: string;
  /** The percentage or multiple the two ends give. */
  expected: number;
  agrees: boolean;
}

/**
 * Why: the change the sentence states right before the figure (or right after it), read as the figure reads it
 * ("up 73%" for 121 to 209, "90% less" for 200 to 20, "9x" for 45 to 5 minutes); null when there is none.
 */
export function statedChange(sentence: string, f: ChangeFigure): StatedChange | null {
  if (f.kind !== 'percentage' && f.kind !== 'multiplier') return null;
  for (const m of sentence.matchAll(FROM_TO)) {
    const end = m.index + m[0].length;
    const before = end <= f.start && GAP.test(sentence.slice(end, f.start));
    const after = m.index >= f.end && FIGURE_THEN_ENDS.test(sentence.slice(f.end, m.index));
    if (!before && !after) continue;
    const a = amount(m[1]!, m[2]);
    const b = amount(m[3]!, m[4]);
    if (a === null || b === null || a <= 0 || b <= 0 || (isYear(m[1]!) && isYear(m[3]!))) continue;
    const expected = f.kind === 'multiplier' ? Math.max(a, b) / Math.min(a, b) : (Math.abs(b - a) / a) * 100;
    // "cut the p99 in half, from 400ms to 200ms": a factor under 1 is the inverse of the multiple.
    const value = f.kind === 'multiplier' && f.value > 0 && f.value < 1 ? 1 / f.value : f.value;
    return { from: m[1]!, to: m[3]!, expected, agrees: agrees(f.kind, value, expected) };
  }
  return null;
}

// The end's value in one scale per kind of unit (seconds for times), or null when the two ends cannot be compared.
function amount(raw: string, unit: string | undefined): number | null {
  const v = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(v)) return null;
  const u = (unit ?? '')
    .toLowerCase()
    .replace(/s$/, '')
    .replace(/^second$/, 's')
    .replace(/^minute$/, 'min');
  if (u === '' || u === '%') return v;
  if (SCALE[u]) return v * SCALE[u];
  const t = TO_SECONDS[u === 'hour' ? 'h' : u];
  return t ? v * t : null;
}

// Rounding and "about" leave room: a quarter of a multiple, or 3 points and a seventh of a percentage.
function agrees(kind: string, value: number, expected: number): boolean {
  if (kind === 'multiplier') return Math.abs(value - expected) <= expected * 0.25;
  return Math.abs(value - expected) <= Math.max(3, expected / 7);
}

const isYear = (raw: string): boolean => /^(?:19|20)\d\d$/.test(raw);

// Two figures set side by side: "($25 vs $249)", "~41 MiB vs ~1.2 GiB", "635 ms versus 5 ms", "83% versus 38%".
const SIDE = String.raw`(?:about\s+|around\s+|roughly\s+|~)?\$?(\d[\d,]*(?:\.\d+)?)\s*(%|(?:k|m|b|ms|s|sec|seconds?|min|minutes?|h|hours?|[kmgt]i?b)\b)?`;
const VERSUS = new RegExp(String.raw`${SIDE}\s*(?:vs\.?|versus)\s*${SIDE}`, 'gi');
// ... with the words they count, said after each: "1.5 to 2 cycles per character versus just above 7 cycles per
// character".
const WORDED_VERSUS = new RegExp(
  String.raw`${SIDE}\s+((?:[a-z/-]+\s+){0,2}?[a-z/-]+)\s+(?:vs\.?|versus)\s+(?:just\s+(?:above|over|under|below)\s+|about\s+|around\s+|roughly\s+|nearly\s+|~)?\$?(\d[\d,]*(?:\.\d+)?)\s*(k|m|b|ms|s)?\s+\3\b`,
  'gi',
);
/** Why: bytes per size unit (lower-cased), for figures compared across units ("41 MiB vs 1.2 GiB"). */
export const BYTES: Record<string, number> = {
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

/**
 * Why: "The 10x pricing gap at the entry tier ($25 vs $249)", "a 97% reduction (41 MiB vs 1.2 GiB)": a multiple or a
 * percentage that two figures set side by side in its clause give (either way round: a cut or a rise). Only ever a
 * reason to let the figure go: which way a comparison runs is not said, so no mismatch is read from it.
 */
export function sideBySideAgrees(sentence: string, f: ChangeFigure): boolean {
  if (f.kind !== 'percentage' && f.kind !== 'multiplier') return false;
  // Each pair as [match, first number, its unit, second number, its unit].
  const pairs = [
    ...Array.from(sentence.matchAll(VERSUS), (m) => [m, m[1], m[2], m[3], m[4]] as const),
    ...Array.from(sentence.matchAll(WORDED_VERSUS), (m) => [m, m[1], m[2], m[4], m[5]] as const),
  ];
  for (const [m, n1, u1, n2, u2] of pairs) {
    const from = Math.min(m.index, f.start);
    const to = Math.max(m.index + m[0].length, f.end);
    // In one clause with the figure, near it.
    if (to - from > 140 || /[.;!?]\s/.test(sentence.slice(from, to))) continue;
    if (f.start < m.index + m[0].length && m.index < f.end) continue;
    const a = sideAmount(n1!, u1);
    const b = sideAmount(n2!, u2);
    if (!a || !b || a.scale !== b.scale || a.v <= 0 || b.v <= 0) continue;
    const [lo, hi] = a.v < b.v ? [a.v, b.v] : [b.v, a.v];
    if (f.max !== undefined) {
      const expected = f.kind === 'multiplier' ? hi / lo : (1 - lo / hi) * 100;
      if (expected >= f.value * 0.75 && expected <= f.max * 1.25) return true;
      continue;
    }
    if (
      f.kind === 'multiplier'
        ? agrees('multiplier', f.value, hi / lo)
        : [(1 - lo / hi) * 100, (hi / lo - 1) * 100].some((e) => agrees('percentage', f.value, e))
    )
      return true;
  }
  return false;
}

// A side's value in one scale per kind of unit: bytes, seconds or plain numbers.
function sideAmount(raw: string, unit: string | undefined): { v: number; scale: string } | null {
  const u = (unit ?? '').toLowerCase();
  if (BYTES[u]) return { v: Number(raw.replace(/,/g, '')) * BYTES[u], scale: 'bytes' };
  const v = amount(raw, unit);
  if (v === null) return null;
  return { v, scale: u === '' || u === '%' || SCALE[u] ? 'plain' : 'time' };
}

// A count with its scale word: "12.6 million", "26 million", "300k".
const COUNT = /(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|[kmb])?\b/gi;
// "that number more than doubled to 26 million": the new value, right after the multiple.
const TO_COUNT =
  /^\s*to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|~)?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|[kmb])?\b/i;

/**
 * Why: "we maintained just over 12.6 million unique TATs. Within 24 hours, that number more than doubled to 26
 * million": a multiple told with its new value, of a count given in the sentence before. True when one count there,
 * in the same scale, gives that multiple.
 */
export function changeFromEarlier(earlier: string, after: string, f: ChangeFigure): boolean {
  if (f.kind !== 'multiplier') return false;
  const to = TO_COUNT.exec(after);
  if (!to) return false;
  const b = Number(to[1]!.replace(/,/g, ''));
  const scale = (to[2] ?? '').toLowerCase();
  for (const m of earlier.matchAll(COUNT)) {
    const a = Number(m[1]!.replace(/,/g, ''));
    if ((m[2] ?? '').toLowerCase() !== scale || !(a > 0) || isYear(m[1]!)) continue;
    if (agrees(f.kind, f.value, Math.max(a, b) / Math.min(a, b))) return true;
  }
  return false;
}
