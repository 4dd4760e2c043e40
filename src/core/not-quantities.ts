// Numbers that assert nothing: the judgements the scanner (quantities.ts) asks before it calls a number a quantity.
// Dates, times, URLs and phone numbers are masked out of a text before the scan; years, versions, product names
// ("Lumora DB 4") and list numbering are ruled out one number at a time, from what stands around it.

import { COUNT_NOUNS, NOT_NUMBER_PATTERNS, VERSION_WORDS } from './claim-words';
import { foldText } from './fold';
import { foldScanFound, foldSet } from './fold-set';

// A counted noun right after a number ("2016 servers", "4 regions") makes it a count whatever came before it.
const COUNT_AFTER = new RegExp(`\\s+(?:${COUNT_NOUNS})\\b`, 'iy');
// One set: a block runs only the patterns whose marks (":", "@", a month name, ...) it holds.
const NOT_NUMBER = foldSet(NOT_NUMBER_PATTERNS);

/** Why: marks every character that belongs to a date, time, URL, phone number or other non-quantity. */
export function notNumberMask(text: string, folded: string | null = foldText(text)): Uint8Array {
  const mask = new Uint8Array(text.length);
  if (!/\d/.test(text)) return mask;
  for (const [, found] of foldScanFound(NOT_NUMBER, text, folded)) {
    for (const m of found) mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}

/** Why: a match that touches any masked character is part of a non-quantity and must be dropped whole. */
export function masked(mask: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (mask[k]) return true;
  return false;
}

/** Why: "2019–2021" is a span of years, not a range of counts; the range reader and isYear share the bounds. */
export function isYearValue(v: number): boolean {
  return Number.isInteger(v) && v >= 1800 && v <= 2100;
}

/**
 * Why: "in 2016", "(Koomey et al., 2016)", "2024 report": a bare four-digit year is a date, not a count.
 * `a` is the parsed number (its end offset and value) that starts at `i`.
 */
export function isYear(text: string, i: number, a: { end: number; value: number }): boolean {
  const raw = text.slice(i, a.end);
  if (!/^\d{4}$/.test(raw) || !isYearValue(a.value)) return false;
  COUNT_AFTER.lastIndex = a.end;
  return !COUNT_AFTER.test(text);
}

/**
 * Why: "Python 3.12", "Node 20", "Section 3.2", "Step 2": the word before names a thing, the number its version.
 * Without a name before it, a release number still reads as a version: "in 4.0", "4.0 adds ...", "from 3.x".
 */
export function isVersion(before: string, raw: string, after = ''): boolean {
  if (/^\.(?:x|X)\b/.test(after)) return true;
  const release =
    /^\d{1,2}\.\d{1,2}$/.test(raw) && !/^\s*(?:%|x\b|[-\s]?(?:times|fold|percent))/i.test(after);
  if (
    release &&
    (RELEASE_BEFORE.test(before) ||
      RELEASE_NOUN.test(after) ||
      (/(?:^|[.!?]\s+)$/.test(before) && RELEASE_VERB.test(after)) ||
      (raw.endsWith('.0') && RELEASE_USERS.test(after)))
  )
    return true;
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

/**
 * Why: "Lumora DB 4", "Microsoft Dynamics 365": a small integer right after an acronym or a two-word proper name is
 * part of the name. "38 countries" after a name still counts, so a counted noun after the number vetoes this.
 */
export function isProductNumber(before: string, raw: string, text: string, end: number): boolean {
  if (!/^\d{1,4}$/.test(raw)) return false;
  const m = PROPER_TAIL.exec(before.slice(-48));
  if (!m) return false;
  const [, w0, w1] = m;
  // One capitalised word counts as a name when it does not open the sentence ("the headline: Nimbrel 4 is ...").
  const opensSentence = /(?:^|[.!?]\s*)\s*\S+\s$/.test(before.slice(-48));
  const name =
    /^[A-Z][A-Z0-9]{1,5}$/.test(w1!) ||
    (w0 !== undefined && !NOT_A_NAME.test(w0)) ||
    (!opensSentence && !NOT_A_NAME.test(w1!));
  if (!name) return false;
  COUNT_AFTER.lastIndex = end;
  return !COUNT_AFTER.test(text);
}
// Where a bare "4.0" names a release: "in 4.0", "since 3.2", "upgrading to 4.0" (not "fell from 2.50 to 1.98").
const RELEASE_BEFORE = /\b(?:in|since|until|(?:upgrad|migrat|mov)\w*\s+(?:to|from))\s+$/i;
// "the 2.0 version", "a 3.1 release": a release named by the word after it.
const RELEASE_NOUN = /^[\s-]+(?:version|release|branch|series|line)s?\b/i;
// "feedback from 2.0 users", "2.0 upgrades": those of a major release (no count is written "2.0 users").
const RELEASE_USERS = /^\s+(?:users|adopters|upgrades?|migrations?|features)\b/i;
// "4.0 adds ...", "4.0 makes ...": a release as the subject of what it ships.
const RELEASE_VERB =
  /^\s+(?:adds|makes|brings|ships|introduces|includes|removes|changes|drops|deprecates|fixes|supports|is\s+(?:out|here|available|released))\b/i;
const PROPER_TAIL = /(?:(?:^|\s)(\p{Lu}[\p{L}\p{N}&+-]*) )?(?:^|(?<=\s))(\p{Lu}[\p{L}\p{N}+-]*) $/u;
const NOT_A_NAME =
  /^(?:The|A|An|In|On|At|By|Of|To|And|Or|With|For|From|Over|About|Nearly|Only|Our|We|Its|Their|Your|Top|All|Every|Each|Since|After|Before|Join|Get|Add|Run|Use|Save|Over|Under)$/;

/**
 * Why: "1. Install" or "2) Configure" at the start of a line, and "3.2 Results" at the start of a heading
 * (`heading`), number steps and sections; they are not claims.
 */
export function isNumbering(text: string, i: number, end: number, heading: boolean): boolean {
  if (inlineStep(text, i, end)) return true;
  // Only blanks between the line's start and the number (read backwards: a 200 kB one-line block stays linear).
  for (let k = i - 1; k >= 0 && text[k] !== '\n'; k--) if (!/\s/.test(text[k]!)) return false;
  if (/^[.)](?:\s|$)/.test(text.slice(end, end + 2))) return true;
  return heading && /^(?:[.:]?\s|$)/.test(text.slice(end, end + 2));
}

// "is to 1) Synchronize ...; 2) Calculate ...": a step numbered inside a sentence, a small number and a ")" that
// closes no "(" before it (read back at most 200 characters).
function inlineStep(text: string, i: number, end: number): boolean {
  if (end - i > 2 || text[end] !== ')' || !/^\)\s+\p{L}/u.test(text.slice(end, end + 3))) return false;
  if (i > 0 && !/\s/.test(text[i - 1]!)) return false;
  let depth = 0;
  for (let k = i - 1; k >= 0 && k >= i - 200; k--) {
    if (text[k] === ')') depth++;
    else if (text[k] === '(' && --depth < 0) return false;
  }
  return true;
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
