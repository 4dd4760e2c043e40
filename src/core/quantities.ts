// The fast scanner: numbers with their units, scales, hedges and ranges, found by regex in one linear pass.
// Things that look like numbers but assert nothing (dates, versions, times, phone numbers, identifiers) are
// masked first; what is left is a quantity a reader could check.

import {
  COMPARATIVE_WORDS,
  COUNT_NOUNS,
  CURRENCIES,
  DURATION_UNITS,
  FRACTIONS,
  HEDGE_WORDS,
  NOT_NUMBER_PATTERNS,
  NUMBER_WORDS,
  OTHER_UNITS,
  SCALES,
  VERSION_WORDS,
} from './claim-words';
import { foldGuard, foldScan, foldText, folded as fold } from './fold';
import type { Range } from './sentences';

/** Why: the numeric claim kinds; `superlative`/`comparative`/`weasel` come from phrases, not numbers. */
export type QuantityKind = 'percentage' | 'number' | 'money' | 'multiplier' | 'duration' | 'range';

/** Why: one numeric assertion with its normalised value; offsets index the scanned text. */
export interface Quantity extends Range {
  kind: QuantityKind;
  value?: number;
  unit?: string;
  hedge?: string;
  max?: number;
  vague?: boolean;
}

/** Why: headings number their sections ("3.2 Results"); a leading number there is not a claim. */
export interface ScanOptions {
  heading?: boolean;
  /** The text lower-cased by foldText, when the caller already has it (null: not usable); computed when absent. */
  folded?: string | null;
}

type UnitClass = 'percentage' | 'multiplier' | 'duration' | 'money' | 'number';
interface Parsed {
  start: number;
  end: number;
  value: number;
  unit?: string;
  cls: UnitClass;
  scaled: boolean;
  currency: boolean;
}

const L = '\\p{L}\\p{N}';
const byLength = (o: Record<string, unknown>): string =>
  Object.keys(o)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.$]/g, '\\$&'))
    .join('|');
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
    `((?:[xX×]|\\s×)(?![${L}])|[\\s-]?fold\\b|\\s?times(?=\\s+(?:${COMPARATIVE_WORDS}|as)\\b))`,
    `((?:[\\s-]?(?:${LONG_DURATIONS})|[sh])(?![${L}]))`,
    `([\\s-]?(?:${byLength(OTHER_UNITS)})(?![${L}]))`,
    `(\\s?(?:USD|EUR|GBP|JPY|INR|AUD|CAD|CHF|dollars|euros|yen|rupees)\\b)`,
  ].join('|'),
  'yiu',
);
const PER =
  /(?:\/|\s+per\s+)(?:mo|month|yr|year|user|seat|s|sec|second|day|h|hr|hour|request|query|token|GB|TB|node)s?\b/iy;
const TAIL = new RegExp(`\\s+(?:${COMPARATIVE_WORDS})\\b`, 'iy');
const RANGE_SEP = /\s*(?:[-–—]|to\b|and\b)\s*/iy;
const CURRENCY_BEFORE = /(US\$|A\$|C\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP)\s)\s?$/;
const SIGN_BEFORE = /(<=|>=|[<>≤≥~≈]|\bsub-|\+|(?:^|(?<=[\s(]))[-−])\s?$/iu;
const HEDGE_BEFORE = new RegExp(`\\b(${HEDGE_WORDS}|between|from)\\s+$`, 'iu');
const COUNT_AFTER = new RegExp(`\\s+(?:${COUNT_NOUNS})\\b`, 'iy');
// Words ending in "s" that are not plural nouns.
const NOT_PLURAL =
  'this|its|his|has|was|does|is|as|us|yes|thus|plus|less|unless|across|always|perhaps|sometimes|whereas|series|times';
// What a bare count counts: "10,000 customers", "1.2 million events per second", "40 billion flag evaluations a month".
const COUNTED = new RegExp(
  `\\s+(?:(?:${COUNT_NOUNS})\\b|(?:\\p{Ll}[\\p{L}-]*\\s+)?(?!(?:${NOT_PLURAL})\\b)\\p{Ll}[\\p{L}-]*[a-rtv-z]s\\b)`,
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
  const i = m.index;
  const a = parseAt(text, i, m);
  if (!a || masked(mask, i, a.end)) return null;
  // Prefix, read right to left: currency, then a sign or comparator, then hedge words.
  const before = text.slice(Math.max(floor, i - 48), i);
  let rest = before;
  let hedge: string | undefined;
  const cur = a.currency ? null : CURRENCY_BEFORE.exec(rest);
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
      isVersion(rest, m[0]) ||
      isProductNumber(rest, m[0], text, a.end) ||
      isNumbering(text, i, a.end, opts))
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
    q.end += sticky(TAIL, text, q.end);
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

/** Why: `String.prototype.matchAll` clones its regex on every call; on thousands of blocks that clone dominates. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!re.global && !re.sticky) {
    const one = re.exec(text);
    return one ? [one] : [];
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

function sticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text)?.[0].length ?? 0;
}

function masked(mask: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (mask[k]) return true;
  return false;
}

/** Why: marks every character that belongs to a date, time, URL, phone number or other non-quantity. */
export function notNumberMask(text: string, folded: string | null = foldText(text)): Uint8Array {
  const mask = new Uint8Array(text.length);
  if (!/\d/.test(text)) return mask;
  for (const p of NOT_NUMBER) {
    for (const m of foldScan(p, text, folded)) mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}
const NOT_NUMBER = NOT_NUMBER_PATTERNS.map(fold);

// Parses a number token with its scale and unit at `i`; null when the token is part of an identifier.
function parseAt(text: string, i: number, m: RegExpExecArray, rangeEnd = false): Parsed | null {
  const word = m[1];
  if (word === undefined && !rangeEnd) {
    const prev = text[i - 1] ?? '';
    if (/[\p{L}_]/u.test(prev)) return null; // H100, ES2022, IPv6, v2
    if (/[/:#@.^]/.test(prev) && /[\p{L}\p{N}]/u.test(text[i - 2] ?? '')) return null; // HTTP/2, 24/7, 9:30
    if (prev === '#' || prev === '^') return null; // "#42", "[^1]"
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
  UNIT.lastIndex = p;
  const u = UNIT.exec(text);
  if (u) {
    const unitText = u[0].trim().replace(/^-/, '').trim().toLowerCase();
    if (u[1]) Object.assign(parsed, { cls: 'percentage', unit: '%' });
    else if (u[2]) Object.assign(parsed, { cls: 'percentage', unit: 'pp' });
    else if (u[3]) Object.assign(parsed, { cls: 'multiplier', unit: 'x' });
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
  const next = text[p] ?? '';
  if (/[\p{L}\p{N}_]/u.test(next)) return null; // 5G, 3D, 1st, 8-core's "core" is caught below
  if (next === '-' && /\p{L}/u.test(text[p + 1] ?? '') && !parsed.unit) return null; // 8-core, 5-star
  if ((next === '/' || next === ':') && /\p{N}/u.test(text[p + 1] ?? '')) return null;
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
  if (a.cls === 'number' && !a.unit && !b.unit && b.cls === 'number' && !cur && !a.currency) {
    if (b.value <= a.value) return null;
    if (isYearValue(a.value) && isYearValue(b.value)) return null;
  }
  let low = a.value;
  if (!a.scaled && b.scaled) low *= b.value / Number(m[0].replace(/,/g, '')) || 1;
  const unit = b.unit ?? a.unit ?? (cur ? CURRENCIES[cur[0].toLowerCase()] : undefined);
  return { low, high: b.value, end: b.end, ...(unit ? { unit } : {}) };
}

function isYearValue(v: number): boolean {
  return Number.isInteger(v) && v >= 1800 && v <= 2100;
}

// "in 2016", "(Koomey et al., 2016)", "2024 report": a bare four-digit year is a date, not a count.
function isYear(text: string, i: number, a: Parsed): boolean {
  const raw = text.slice(i, a.end);
  if (!/^\d{4}$/.test(raw) || !isYearValue(a.value)) return false;
  COUNT_AFTER.lastIndex = a.end;
  return !COUNT_AFTER.test(text);
}

// "Python 3.12", "Node 20", "Section 3.2", "Step 2": the word before names a thing, the number its version.
function isVersion(before: string, raw: string): boolean {
  const w = lastWord(before);
  if (!w) return false;
  if (VERSION_WORDS.has(w.toLowerCase())) return true;
  return (
    raw.includes('.') &&
    /^\p{Lu}/u.test(w) &&
    w.length > 1 &&
    !/^(?:The|A|An|In|On|At|By|Of|To|And|Or|With|For|From|Over|About|Nearly|Only)$/.test(w)
  );
}

// "Lumora DB 4", "Microsoft Dynamics 365": a small integer right after an acronym or a two-word proper name is
// part of the name. "38 countries" after a name still counts, so a counted noun after the number vetoes this.
function isProductNumber(before: string, raw: string, text: string, end: number): boolean {
  if (!/^\d{1,4}$/.test(raw)) return false;
  const m = PROPER_TAIL.exec(before.slice(-48));
  if (!m) return false;
  const [, w0, w1] = m;
  const name = /^[A-Z][A-Z0-9]{1,5}$/.test(w1!) || (w0 !== undefined && !NOT_A_NAME.test(w0));
  if (!name) return false;
  COUNT_AFTER.lastIndex = end;
  return !COUNT_AFTER.test(text);
}
const PROPER_TAIL = /(?:(?:^|\s)(\p{Lu}[\p{L}\p{N}&+-]*) )?(?:^|(?<=\s))(\p{Lu}[\p{L}\p{N}+-]*) $/u;
const NOT_A_NAME =
  /^(?:The|A|An|In|On|At|By|Of|To|And|Or|With|For|From|Over|About|Nearly|Only|Our|We|Its|Their|Your|Top|All|Every|Each|Since|After|Before|Join|Get|Add|Run|Use|Save|Over|Under)$/;

// "1. Install" or "2) Configure" at the start of a line; "3.2 Results" at the start of a heading.
function isNumbering(text: string, i: number, end: number, opts: ScanOptions): boolean {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  if (text.slice(lineStart, i).trim() !== '') return false;
  if (/^[.)](?:\s|$)/.test(text.slice(end, end + 2))) return true;
  return opts.heading === true && /^(?:[.:]?\s|$)/.test(text.slice(end, end + 2));
}

// The word right before the number ("Python", "Node.js", "p."), read backwards without a regex.
function lastWord(before: string): string {
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1]!)) end--;
  if (end === before.length) return '';
  if (before[end - 1] === '.') end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.#+-]/u.test(before[start - 1]!)) start--;
  return /^[\p{L}.#]/u.test(before.slice(start, end)) ? before.slice(start, end) : '';
}

function wordValue(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('half')) return 0.5;
  return NUMBER_WORDS[w] ?? 1;
}

function tidy(v: number): number {
  return Number(v.toPrecision(12));
}

const NUMWORD = 'one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand';
const RATIO = new RegExp(
  `\\b(?:(${HEDGE_WORDS})\\s+)?(${NUMWORD}|\\d{1,3})(?:\\s+times?)?\\s+(?:in|out\\s+of)\\s+(?:every\\s+|an?\\s+)?(${NUMWORD}|\\d{1,4})\\b`,
  'giu',
);
const FRACTION = new RegExp(
  `\\b(?:(${HEDGE_WORDS})\\s+)?(?:(a|one|two|three|four)[-\\s])?(half|thirds?|quarters?|fifths?|tenths?)\\b(?:\\s+of\\b)?`,
  'giu',
);
const VAGUE =
  /\b(?:(?:tens|hundreds)\s+of\s+)?(dozens|hundreds|thousands|millions|billions|trillions)\s+of\s+(?:(?:new|active|happy|daily|monthly|satisfied|paying|global|loyal|US|American),?\s+){0,2}(\p{L}[\p{L}'’-]*)/giu;
// "thousands of legitimate transactions", "millions of rooftop solar panels": modifiers the list above does not
// know, then the plural noun.
const PLURAL_NEXT =
  /(?:\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by|the|a|an)\b)\p{Ll}[\p{L}-]*)?\s+(?!(?:this|its|his|has|was|does|is|as|us|thus|plus|less|unless|across|always|perhaps)\b)\p{Ll}[\p{L}-]*[a-rtv-z]s\b/uy;
// "about two seconds", "under a millisecond", "four days faster": number words count as a duration claim only when
// hedged or compared; bare "two weeks" and "over three years" are time spans, not measurements.
const WORD_DURATION = new RegExp(
  `\\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\s+` +
    `(nanoseconds?|microseconds?|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b` +
    `(?!\\s+(?:ago|later|old|earlier|before|after|from\\s+now)\\b)`,
  'giu',
);
const SPAN_HEDGES =
  /^(?:over|above|some|estimated|an estimated|in excess of|upwards of|north of|between|from)$/i;
const WORD_FOLD = new RegExp(`\\b(${NUMWORD}|twenty|fifty)[-\\s]?fold\\b`, 'giu');
const TWICE = new RegExp(
  `\\b(?:(twice|thrice)|(two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\\s+times)\\s+(?:as\\s+\\p{L}+|the\\s+\\p{L}+|${COMPARATIVE_WORDS})\\b`,
  'giu',
);
const SUB_UNIT =
  /\b(sub|single[- ]digit)[- ]?(milliseconds?|ms|seconds?|microseconds?|µs|nanoseconds?|minutes?)\b/giu;
const NOT_FRACTION_BEFORE =
  /\b(?:the|first|second|third|fourth|last|latter|back|front|top|bottom|other|and\s+a)\s+$/i;

const F_RATIO = fold(RATIO);
const F_FRACTION = fold(FRACTION);
const F_VAGUE = fold(VAGUE);
const F_WORD_FOLD = fold(WORD_FOLD);
const F_TWICE = fold(TWICE);
const F_WORD_DURATION = fold(WORD_DURATION);
const F_SUB_UNIT = fold(SUB_UNIT);

// Quantities written in words: "one in three", "nearly half", "millions of users", "two-fold", "sub-ms".
function wordQuantities(text: string, mask: Uint8Array, folded: string | null): Quantity[] {
  const out: Quantity[] = [];
  const add = (q: Quantity): void => {
    if (masked(mask, q.start, q.end)) return;
    mask.fill(1, q.start, q.end);
    out.push(q);
  };
  // Cheap guards: most blocks have none of these words, and a failed includes() is far cheaper than a regex pass.
  const lower = folded ?? text.toLowerCase();
  const has = (...words: string[]): boolean => words.some((w) => lower.includes(w));
  for (const m of has(' in ', ' out of ') ? foldScan(F_RATIO, text, folded) : []) {
    const a = numberOf(m[2]!);
    const b = numberOf(m[3]!);
    if (!(a > 0 && b >= 2 && a < b && b <= 1000)) continue;
    const value = Math.round((a / b) * 10000) / 100;
    add(hedged({ kind: 'percentage', start: m.index, end: m.index + m[0].length, value, unit: '%' }, m[1]));
  }
  for (const m of has('half', 'third', 'quarter', 'fifth', 'tenth')
    ? foldScan(F_FRACTION, text, folded)
    : []) {
    const hedge = m[1];
    const numer = m[2];
    const hasOf = /\sof$/i.test(m[0]);
    if (!hedge && !(numer && hasOf) && !(m[3]!.toLowerCase() === 'half' && hasOf)) continue;
    if (!hedge && !numer && NOT_FRACTION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))
      continue;
    if (!numer && /s$/i.test(m[3]!)) continue;
    const n = numer ? (NUMBER_WORDS[numer.toLowerCase()] ?? 1) : 1;
    const value = Math.round(n * (FRACTIONS[m[3]!.toLowerCase()] ?? 0) * 10000) / 100;
    const end = m.index + m[0].length - (hasOf ? 3 : 0); // "a third", not "a third of"
    add(hedged({ kind: 'percentage', start: m.index, end, value, unit: '%' }, hedge));
  }
  for (const m of has('s of') ? foldScan(F_VAGUE, text, folded) : []) {
    const money = /^(?:dollars|euros|pounds|yen|USD|EUR|GBP)$/i.test(m[2]!);
    let end = m.index + m[0].length;
    if (!/s$/i.test(m[2]!)) end += sticky(PLURAL_NEXT, text, end);
    const q: Quantity = { kind: money ? 'money' : 'number', start: m.index, end, vague: true };
    if (money) q.unit = CURRENCIES[m[2]!.toLowerCase()] ?? 'GBP';
    add(q);
  }
  for (const m of has('fold') ? foldScan(F_WORD_FOLD, text, folded) : []) {
    add({
      kind: 'multiplier',
      start: m.index,
      end: m.index + m[0].length,
      value: numberOf(m[1]!),
      unit: 'x',
    });
  }
  for (const m of has('twice', 'thrice', 'times') ? foldScan(F_TWICE, text, folded) : []) {
    const value = m[1] ? (m[1].toLowerCase() === 'twice' ? 2 : 3) : numberOf(m[2]!);
    add({ kind: 'multiplier', start: m.index, end: m.index + m[0].length, value, unit: 'x' });
  }
  for (const m of has('second', 'minute', 'hour', 'day', 'week', 'month', 'year')
    ? foldScan(F_WORD_DURATION, text, folded)
    : []) {
    const before = HEDGE_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const hedge = before?.[1]!.toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    const tail = sticky(TAIL, text, end);
    if (hedge ? SPAN_HEDGES.test(hedge) : tail === 0) continue;
    const unit = DURATION_UNITS[m[2]!.toLowerCase()];
    const value = NUMBER_WORDS[m[1]!.toLowerCase()];
    if (!unit || value === undefined) continue;
    const start = before ? m.index - before[0].length : m.index;
    const q: Quantity = { kind: 'duration', start, end: end + tail, value, unit };
    if (hedge) q.hedge = hedge;
    add(q);
  }
  for (const m of has('sub', 'single') ? foldScan(F_SUB_UNIT, text, folded) : []) {
    const unit = DURATION_UNITS[m[2]!.toLowerCase()] ?? 'ms';
    const value = /^sub/i.test(m[1]!) ? 1 : 10;
    add({
      kind: 'duration',
      start: m.index,
      end: m.index + m[0].length,
      value,
      unit,
      hedge: '<',
      vague: true,
    });
  }
  return out;
}

function hedged(q: Quantity, hedge: string | undefined): Quantity {
  if (hedge) q.hedge = hedge.toLowerCase().replace(/\s+/g, ' ');
  return q;
}

function numberOf(s: string): number {
  const n = Number(s);
  if (!Number.isNaN(n)) return n;
  const w = s.toLowerCase();
  return w === 'thousand' ? 1000 : (NUMBER_WORDS[w] ?? 0);
}
