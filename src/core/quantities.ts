// The fast scanner: numbers with their units, scales, hedges and ranges, found by regex in one linear pass.
// Things that look like numbers but assert nothing (dates, versions, times, phone numbers, identifiers) are
// masked first and judged in not-quantities.ts; quantities written in words ("nearly half", "one in three") are
// read in word-quantities.ts. What is left is a quantity a reader could check.

import {
  COMPARATIVE_WORDS,
  COUNT_NOUNS,
  CURRENCIES,
  DURATION_UNITS,
  NUMBER_WORDS,
  OTHER_UNITS,
  SCALES,
} from './claim-words';
import { foldGuard, foldText } from './fold';
import {
  isNumbering,
  isProductNumber,
  isVersion,
  isYear,
  isYearValue,
  masked,
  notNumberMask,
} from './not-quantities';
import { COMPARATIVE_AFTER, HEDGE_BEFORE } from './quantity-qualifiers';
import { sticky } from './regex-scan';
import type { Quantity } from './quantity';
import { wordQuantities } from './word-quantities';

// The type lives in quantity.ts, which both scanners (this one and word-quantities.ts) import.
export type { Quantity, QuantityKind } from './quantity';

/** Why: headings number their sections ("3.2 Results"); a leading number there is not a claim. */
export interface ScanOptions {
  heading?: boolean;
  /** The text lower-cased by foldText, when the caller already has it (null: not usable); computed when absent. */
  folded?: string | null;
}

const ALGEBRA_AFTER = /^\s?(?:[+*^=]\s?[\p{L}\p{N}(]|-\s?\d+(?![.\d]*\s?[x×]))/u;
type UnitClass = 'percentage' | 'multiplier' | 'duration' | 'money' | 'number';
interface Parsed {
  start: number;
  end: number;
  value: number;
  unit?: string;
  cls: UnitClass;
  scaled: boolean;
  currency: boolean;
  /** "20+ years": a plus between the number and its unit, read as its hedge. */
  plus?: boolean;
}

const L = '\\p{L}\\p{N}';
const byLength = (o: Record<string, unknown>): string =>
  Object.keys(o)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.$]/g, '\\$&'))
    .join('|');
const PLURAL_OF = /^\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]*[a-rt-z]s\b/i;
const LONG_DURATIONS = byLength(
  Object.fromEntries(Object.entries(DURATION_UNITS).filter(([k]) => k.length > 1)),
);
const DIGITS = /\d+(?:,\d+)*(?:\.\d+)?/g;
const SCALED_WORD =
  /\b(half\s+an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)(?=\s+(?:hundred|thousand|million|billion|trillion)\b)/iu;
const TOKEN = new RegExp(`${DIGITS.source}|${SCALED_WORD.source}`, 'giu');
const TOKEN_AT = new RegExp(TOKEN.source, 'iuy');
// Without a scaled number word ("two million") in the text, TOKEN finds only digit runs: DIGITS finds them faster.
const SCALED_WORD_GUARD = foldGuard(SCALED_WORD);
const SCALE_WORDS = ['hundred', 'thousand', 'million', 'billion', 'trillion'];
// SCALED_WORD needs one of its scale words; a substring test is far cheaper than the pattern's every-word scan.
function hasScaleWord(text: string, folded: string | null): boolean {
  if (folded === null) return true;
  return SCALE_WORDS.some((w) => folded.includes(w));
}
const SCALE = new RegExp(
  `\\s?((?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Hh]undred|THOUSAND|MILLION|BILLION|TRILLION)\\b)|(bn|mn|MM|tn|[kKMBmbT])(?![${L}])`,
  'yu',
);
const UNIT = new RegExp(
  [
    `(\\s?(?:%|percent\\b|per\\s?cent\\b|pct\\b))`,
    `(\\s?percentage\\s+points?\\b|pp(?![${L}]))`,
    `((?:[xX×]|\\s×)(?![${L}])|[\\s-]?fold\\b|\\s?times(?=\\s+(?:${COMPARATIVE_WORDS}|as|th(?:at|ose)\\s+of)\\b))`,
    // ("3h27m", "5min30s": a duration in two units, read on by compoundDuration)
    `((?:[\\s-]?(?:${LONG_DURATIONS})|[sh])(?![${L}])|h(?=\\d{1,2}m(?:in)?(?:\\d{1,2}s)?(?![${L}]))|min(?=\\d{1,2}s(?![${L}])))`,
    `([\\s-]?(?:${byLength(OTHER_UNITS)})(?![${L}]))`,
    `(\\s?(?:USD|EUR|GBP|JPY|INR|AUD|CAD|CHF|dollars|euros|yen|rupees)\\b)`,
  ].join('|'),
  'yiu',
);
const PER =
  /(?:\/|\s+per\s+)(?:mo|month|yr|year|user|seat|s|sec|second|day|h|hr|hour|request|query|token|GB|TB|node|\d+[kKmM]?(?:\s+[\p{L}-]+){0,2})s?\b/iuy;
// A tilde joins a range only when it touches both numbers ("50~100x"); "~100x" alone is a hedge.
const RANGE_SEP = /\s*(?:[-–—]|to\b|and\b)\s*|[~〜～](?=\d)/iy;
const CURRENCY_BEFORE = /(US\$|A\$|C\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP)\s)\s?$/;
// "->" and "=>" are arrows ("45min -> 20min"), not "more than".
const SIGN_BEFORE = /(<=|>=|(?<![-=])>|[<≤≥~≈]|\bsub-|\+|(?:^|(?<=[\s(]))[-−])\s?$/iu;
// Words ending in "s" that are not plural nouns.
const NOT_PLURAL =
  'this|its|his|has|was|does|is|as|us|yes|thus|plus|less|unless|across|always|perhaps|sometimes|whereas|series|times';
// A word in -s followed by one of these is a verb ("Nimbrel 4 gives better ...", "4.0 makes an ..."), not a noun.
const VERB_OBJECT =
  'the|it|its|them|this|that|these|those|better|worse|more|less|every|each|our|your|their|us|you';
// What a bare count counts: "10,000 customers", "1.2 million events per second", "40 billion flag evaluations a month".
const COUNTED = new RegExp(
  `\\s+(?:(?:${COUNT_NOUNS})\\b|(?:\\p{Ll}[\\p{L}-]*(?<!s)\\s+)?(?!(?:${NOT_PLURAL})\\b)\\p{Ll}[\\p{L}-]*[a-rtv-z]s\\b(?!\\s+(?:${VERB_OBJECT})\\b))`,
  'uy',
);
const RATE = /\s+(?:per|a|an|each|every)\s+(?:second|minute|hour|day|week|month|quarter|year)\b/iy;

/** Why: the whole numeric pass for one text; offsets are preserved so claims can point back into it. */
export function scanQuantities(text: string, opts: ScanOptions = {}): Quantity[] {
  const folded = opts.folded !== undefined ? opts.folded : foldText(text);
  const mask = notNumberMask(text, folded);
  const out = wordQuantities(text, mask, folded);
  let lastEnd = 0;
  const tokens = hasScaleWord(text, folded) && SCALED_WORD_GUARD(folded) ? TOKEN : DIGITS;
  tokens.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = tokens.exec(text))) {
    const i = m.index;
    if (mask[i] || i < lastEnd || badGrouping(m)) continue;
    const q = readQuantity(text, m, mask, lastEnd, opts);
    if (!q) continue;
    out.push(q);
    lastEnd = q.end;
    if (tokens.lastIndex < q.end) tokens.lastIndex = q.end;
  }
  return out.sort((a, b) => a.start - b.start);
}

function readQuantity(
  text: string,
  m: RegExpExecArray,
  mask: Uint8Array,
  floor: number,
  opts: ScanOptions,
): Quantity | null {
  const a = parseAt(text, m.index, m);
  // "x10 faster": the multiplier's sign stands before its digits, and the prefix is read from before the sign.
  const i = a?.start ?? m.index;
  if (!a || masked(mask, i, a.end)) return null;
  // Prefix, read right to left: currency, then a sign or comparator, then hedge words.
  const before = text.slice(Math.max(floor, i - 48), i);
  let rest = before;
  let hedge: string | undefined;
  // "$405.7%$" is TeX math in a table cell, not money: a share, or a number the closing "$" follows.
  const math = a.cls === 'percentage' || text[a.end] === '$';
  const cur = a.currency || math ? null : CURRENCY_BEFORE.exec(rest);
  if (cur) {
    Object.assign(a, { currency: true, cls: 'money', unit: CURRENCIES[cur[1]!.trim().toLowerCase()] });
    rest = rest.slice(0, cur.index);
  }
  const sign = SIGN_BEFORE.exec(rest);
  if (sign) {
    const s = sign[1]!.toLowerCase();
    if (s === '-' || s === '−') a.value = -a.value;
    else if (s !== '+') hedge = s === 'sub-' ? '<' : s;
    rest = rest.slice(0, sign.index);
  }
  let start = i - (before.length - rest.length);
  const words = HEDGE_BEFORE.exec(rest);
  const w = words?.[1]!.toLowerCase().replace(/\s+/g, ' ');
  if (words && w !== 'between' && w !== 'from') {
    hedge = hedge ? `${w} ${hedge}` : w;
    start = i - (before.length - words.index);
  }
  const range = readRange(text, a, mask, w === 'from');
  const bare = m[1] === undefined && !a.currency && !a.unit && !a.scaled && !range?.unit;
  if (
    bare &&
    ((!range && isYear(text, i, a)) ||
      isVersion(rest, m[0], text.slice(a.end, a.end + 12)) ||
      isProductNumber(rest, m[0], text, a.end) ||
      isNumbering(text, i, a.end, opts.heading === true))
  ) {
    return null;
  }
  const q: Quantity = { kind: a.cls, start, end: a.end, value: a.value };
  if (a.unit) q.unit = a.unit;
  if (range) {
    Object.assign(q, { kind: 'range', value: range.low, max: range.high, end: range.end });
    if (range.unit) q.unit = range.unit;
    if (words && w === 'between') q.start = i - (before.length - words.index);
  }
  if (q.kind === 'multiplier' || q.kind === 'percentage' || q.kind === 'duration') {
    q.end += sticky(COMPARATIVE_AFTER, text, q.end);
  }
  if (q.kind === 'money' || q.unit) q.end += sticky(PER, text, q.end);
  else if ((q.kind === 'number' || q.kind === 'range') && text[q.end] !== '+') {
    const counted = sticky(COUNTED, text, q.end);
    if (counted > 0) q.end += counted + sticky(RATE, text, q.end + counted);
  }
  if (text[q.end] === '+' && !/[\p{L}\p{N}]/u.test(text[q.end + 1] ?? '')) {
    q.end += 1;
    hedge ??= '+';
  }
  if (a.plus) hedge ??= '+';
  if (hedge) q.hedge = hedge;
  if (q.value !== undefined) q.value = tidy(q.value);
  if (q.max !== undefined) q.max = tidy(q.max);
  return q;
}

// "1,2,3" or "2019,2020" is a list, not one thousands-grouped number; it is skipped whole (linear, and no claim).
function badGrouping(m: RegExpExecArray): boolean {
  const raw = m[0];
  return m[1] === undefined && raw.includes(',') && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw);
}

// "up to x10 faster", "by a factor of x10", "×3 cheaper": a multiplier written with its sign first. Only before a word
// of change or after "factor of" ("x86 processors", "×10 magnification" are names and settings).
const PREFIX_SIGN = /^[xX×]$/;
const CHANGE_AFTER =
  /^\s+(?:faster|slower|quicker|cheaper|better|worse|more|less|fewer|larger|smaller|bigger|higher|lower|improvements?|increases?|reductions?|speed-?ups?|growth|gains?)\b/i;
const FACTOR_OF_BEFORE = /\bfactor\s+of\s+$/i;
function prefixMultiplier(text: string, i: number, digits: string): Parsed | null {
  if (!PREFIX_SIGN.test(text[i - 1] ?? '') || /[\p{L}\p{N}_.]/u.test(text[i - 2] ?? '')) return null;
  const end = i + digits.length;
  if (/[\p{L}\p{N}_%]/u.test(text[end] ?? '')) return null;
  if (
    !CHANGE_AFTER.test(text.slice(end, end + 16)) &&
    !FACTOR_OF_BEFORE.test(text.slice(Math.max(0, i - 16), i - 1))
  )
    return null;
  const value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value) || value <= 1) return null;
  return { start: i - 1, end, value, cls: 'multiplier', unit: 'x', scaled: false, currency: false };
}

// The smaller parts of a duration printed in two or three units: "3h27m", "1h 20m 5s", "5min30s" ("m" after hours
// is minutes), "21 minutes, 52 seconds)", "2 hours and 5 minutes." (parts in words end the figure: "waited 3 hours, 5
// minutes later" and "1 hour, 30 minutes and 5 minutes" are two figures). Each part is a smaller unit than the one
// before it, with at most two digits.
const PART =
  /\s?(\d{1,2})(min|m|s)(?=\d{1,2}s(?![\p{L}\p{N}_])|(?![\p{L}\p{N}_]))|,?\s(?:and\s)?(\d{1,2})\s(minutes?|seconds?)\b(?=\s*(?:[).;!?]|$)|,?\s+and\s+\d{1,2}\s+seconds?\b)/uy;
// Seconds in the units a compound duration is printed in.
const SECONDS: Record<string, number> = {
  h: 3600,
  min: 60,
  m: 60,
  minute: 60,
  minutes: 60,
  s: 1,
  second: 1,
  seconds: 1,
};
// Adds a duration's smaller parts to its value (in its first unit) and returns where they end.
function compoundDuration(text: string, d: Parsed): number {
  const unit = SECONDS[d.unit ?? ''] ?? 1;
  let p = d.end;
  for (let last = unit; last > 1;) {
    PART.lastIndex = p;
    const m = PART.exec(text);
    const part = m ? SECONDS[(m[2] ?? m[4])!]! : last;
    if (!m || part >= last) break;
    d.value += (Number(m[1] ?? m[3]) * part) / unit;
    p = PART.lastIndex;
    last = part;
  }
  return p;
}

// The unit a plus may stand before: "20+ years", "10+ hours" (not "20+ engineers": a count keeps its plus after it).
const PLUS_DURATION = /^\s(?:years?|months?|weeks?|days?|hours?|minutes?)\b/;

// Parses a number token with its scale and unit at `i`; null when the token is part of an identifier.
function parseAt(text: string, i: number, m: RegExpExecArray, rangeEnd = false): Parsed | null {
  const word = m[1];
  if (word === undefined && !rangeEnd) {
    const prev = text[i - 1] ?? '';
    const prefixed = prefixMultiplier(text, i, m[0]);
    if (prefixed) return prefixed;
    if (/[\p{L}_]/u.test(prev)) return null; // H100, ES2022, IPv6, v2
    if (/[/:#@.^]/.test(prev) && /[\p{L}\p{N}]/u.test(text[i - 2] ?? '')) return null; // HTTP/2, 24/7, 9:30
    if (prev === '#' || prev === '^') return null; // "#42", "[^1]"
    if (prev === '(' && /[\p{L}\p{N}_]/u.test(text[i - 2] ?? '')) return null; // long_sequence(1000000): a call's argument
    if (prev === '=' && /[\p{L}\p{N}_\])]/u.test(text[i - 2] ?? '')) return null; // retries=3, onerror=x=1: code in prose
    if (/^0\d/.test(m[0])) return null; // "007", "020": codes, not quantities
    if (prev === '+' && /[\p{L}+]/u.test(text[i - 2] ?? '')) return null; // C++20
    if ((prev === '-' || prev === '–') && /[\p{L}\p{N}]/u.test(text[i - 2] ?? '')) {
      if (!/\bsub-$/i.test(text.slice(Math.max(0, i - 4), i))) return null; // GPT-4, Llama-3-8B
    }
  }
  const raw = m[0];
  let value = word === undefined ? Number(raw.replace(/,/g, '')) : wordValue(word);
  let p = i + raw.length;
  let scaled = false;
  SCALE.lastIndex = p;
  const s = SCALE.exec(text);
  if (s) {
    const sc = (s[1] ?? s[2])!;
    const lowerOnlyWithCurrency = /^[mbt]$|^T$/.test(sc);
    const hasCurrency = CURRENCY_BEFORE.test(text.slice(Math.max(0, i - 4), i));
    if (!lowerOnlyWithCurrency || hasCurrency) {
      value *= SCALES[sc.toLowerCase()] ?? 1;
      p += s[0].length;
      scaled = true;
    }
  }
  if (word !== undefined && !scaled) return null;
  const parsed: Parsed = { start: i, end: p, value, cls: 'number', scaled, currency: false };
  // "for 20+ years": the plus stands between the number and its unit.
  if (text[p] === '+' && PLUS_DURATION.test(text.slice(p + 1, p + 12))) {
    p += 1;
    parsed.plus = true;
  }
  UNIT.lastIndex = p;
  const u = UNIT.exec(text);
  if (u) {
    const unitText = u[0].trim().replace(/^-/, '').trim().toLowerCase();
    if (u[1]) Object.assign(parsed, { cls: 'percentage', unit: '%' });
    else if (u[2]) Object.assign(parsed, { cls: 'percentage', unit: 'pp' });
    else if (u[3]) Object.assign(parsed, { cls: 'multiplier', unit: 'x' });
    // "1000s of functions", "100s of teams": a round number made plural is a count, not seconds.
    else if (
      u[4] &&
      u[0] === 's' &&
      /^(?:10|100|1000|10000)$/.test(text.slice(i, p)) &&
      PLURAL_OF.test(text.slice(p + 1))
    )
      Object.assign(parsed, { cls: 'number' });
    else if (u[4])
      Object.assign(parsed, { cls: 'duration', unit: DURATION_UNITS[unitText] ?? DURATION_UNITS[u[0]] });
    else if (u[5]) Object.assign(parsed, { cls: 'number', unit: OTHER_UNITS[unitText] });
    else if (u[6])
      Object.assign(parsed, {
        cls: 'money',
        unit: CURRENCIES[unitText] ?? unitText.toUpperCase(),
        currency: true,
      });
    p += u[0].length;
    parsed.end = p;
  }
  if (parsed.cls === 'duration') p = parsed.end = compoundDuration(text, parsed);
  const next = text[p] ?? '';
  if (/[\p{L}\p{N}_]/u.test(next)) return null; // 5G, 3D, 1st, 8-core's "core" is caught below
  // "(2x+10)(x+3) < (3x+9)": algebra, not a multiplier ("3x-5x faster" is a range).
  if (parsed.cls === 'multiplier' && ALGEBRA_AFTER.test(text.slice(p, p + 12))) return null;
  if (next === '-' && /\p{L}/u.test(text[p + 1] ?? '') && !parsed.unit) return null; // 8-core, 5-star
  // "24/7", "16:9" are not quantities; "$5/10K test runs" is a price per ten thousand.
  const priced = next === '/' && CURRENCY_BEFORE.test(text.slice(Math.max(0, i - 4), i));
  if ((next === '/' || next === ':') && /\p{N}/u.test(text[p + 1] ?? '') && !priced) return null;
  return parsed;
}

function readRange(
  text: string,
  a: Parsed,
  mask: Uint8Array,
  fromTo: boolean,
): { low: number; high: number; unit?: string; end: number } | null {
  RANGE_SEP.lastIndex = a.end;
  const sep = RANGE_SEP.exec(text);
  if (!sep) return null;
  const word = sep[0].trim().toLowerCase();
  if (word === 'and' && !/\bbetween\s+\S*$/i.test(text.slice(Math.max(0, a.start - 12), a.start)))
    return null;
  if (word === 'to' && fromTo) return null;
  let p = a.end + sep[0].length;
  const cur = /^(?:US\$|\$|€|£|¥|₹)/.exec(text.slice(p, p + 3));
  if (cur) p += cur[0].length;
  TOKEN_AT.lastIndex = p;
  const m = TOKEN_AT.exec(text);
  if (!m || badGrouping(m) || m[1] !== undefined || mask[p]) return null;
  const b = parseAt(text, p, m, true);
  if (!b || masked(mask, p, b.end)) return null;
  if (a.unit && b.unit && a.cls !== b.cls) return null;
  // "grow from $130 billion in 2016 to $203 billion": a year does not run into an amount.
  if (
    a.cls === 'number' &&
    !a.unit &&
    !a.currency &&
    isYearValue(a.value) &&
    /^\d{4}$/.test(text.slice(a.start, a.end)) &&
    (cur || b.unit || b.currency)
  )
    return null;
  if (a.cls === 'number' && !a.unit && !b.unit && b.cls === 'number' && !cur && !a.currency) {
    if (b.value <= a.value) return null;
    if (isYearValue(a.value) && isYearValue(b.value)) return null;
  }
  let low = a.value;
  if (!a.scaled && b.scaled) low *= b.value / Number(m[0].replace(/,/g, '')) || 1;
  const unit = b.unit ?? a.unit ?? (cur ? CURRENCIES[cur[0].toLowerCase()] : undefined);
  return { low, high: b.value, end: b.end, ...(unit ? { unit } : {}) };
}
function wordValue(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('half')) return 0.5;
  return NUMBER_WORDS[w] ?? 1;
}

function tidy(v: number): number {
  // An integer of up to 12 digits is already what toPrecision(12) gives back (-0 comes back as 0).
  if (Number.isInteger(v) && Math.abs(v) < 1e12) return v === 0 ? 0 : v;
  return Number(v.toPrecision(12));
}
