import { asciiSafe, asciiTwin } from './ascii-twin';

// Cheap exact pre-checks for case-insensitive patterns. V8 runs an /i pattern (above all /iu) by trying every
// position of the text, which makes the long lexicon patterns cost tens of milliseconds on a 1 MB page even when
// they find nothing. The same pattern without `i`, run on the lower-cased text, matches wherever the original can,
// and runs at full speed: when it finds nothing, the original finds nothing. When it finds something, the caller
// still runs the original on the original text, so results never change.

// Characters whose lower case does not stand in for /iu case folding (checked over every code point): "İ" grows
// when lower-cased, "ſ" folds to "s", and the Greek iota family folds together with a combining mark.
const UNSAFE = /\u0130|\u017f|\u0345|\u0399|\u03b9|\u1fbe/u;
// Property classes that name a case (\p{Lu}): lower-casing the text changes what they match, so no guard.
const CASED_CLASS =
  /\\[pP]\{(?:Lu|Ll|Lt|LC|Cased|Upper|Lower|Uppercase|Lowercase|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Changes_When)/;
/** Why: one escape of a pattern's source read whole (\p{L}, \u{1F600}, \x41, \cJ, \k<name>, \.), for every reader. */
export const ESCAPE = String.raw`\\(?:[pPk][{<][^}>]*[}>]|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])`;
// An escape (kept as written) or one literal character (lower-cased: under `i` "No" and "no" are the same pattern).
const SOURCE_PART = new RegExp(String.raw`${ESCAPE}|[\s\S]`, 'g');
// An escape, or a run of other characters: a pattern is lower-cased in a few dozen pieces, not character by character
// (this runs for every pattern while the worker starts, before any code is warm).
const SOURCE_RUN = new RegExp(String.raw`${ESCAPE}|[^\\]+`, 'g');
const ASCII_RUN = /^\p{ASCII}*$/u;

// Lower case as SOURCE_PART's pieces take it: an escape as written, every other character (code unit) on its own.
function lowerPiece(piece: string): string {
  if (piece[0] === '\\') return piece;
  if (ASCII_RUN.test(piece)) return piece.toLowerCase();
  let out = '';
  for (let k = 0; k < piece.length; k++) out += piece[k]!.toLowerCase();
  return out;
}

/** Why: one lower-cased copy of a text shared by all its guards; null when lower-casing cannot stand in for /i. */
export function foldText(text: string): string | null {
  const lower = text.toLowerCase();
  // An ASCII-safe text (ascii-twin.ts) has none of the UNSAFE letters and marks: its answer is usually at hand.
  return lower.length === text.length && (asciiSafe(text) || !UNSAFE.test(text)) ? lower : null;
}

/**
 * Why: foldText for callers that swap a plain exec loop of a non-unicode /i pattern for foldScan: such a pattern's
 * \b reads the Kelvin sign (U+212A) as no word character, its lower case "k" as one, so a text with it takes the
 * plain loop.
 */
export function foldTextExact(text: string): string | null {
  return text.includes('\u212a') ? null : foldText(text);
}

/** Why: a guard says whether a case-insensitive pattern may match a text; `false` is a proof it cannot. */
export type FoldGuard = (folded: string | null) => boolean;

/**
 * Why: a case-insensitive pattern with its fast lower-case twin. Its sources are worked out when it is made; each
 * RegExp is built when first used: in a set (fold-set.ts) most patterns never run on a given page, and a worker that
 * has just started pays for parsing every one it builds.
 */
export interface Folded {
  readonly re: RegExp;
  /** The source of `fast`, as the RegExp reports it; null when there is no fast twin. */
  readonly fastSource: string | null;
  /** The pattern without `i` (and literals lower-cased), run on foldText output; null when it cannot stand in. */
  readonly fast: RegExp | null;
  /** The original pattern, sticky: tried only where `fast` matched. */
  readonly at: RegExp;
  /** `at` with its property classes in ASCII (ascii-twin.ts), for texts that allow it: quicker to compile and run. */
  readonly atAscii: RegExp | null;
  /** `fast` with its property classes in ASCII (ascii-twin.ts), for folded texts that allow it; else null. */
  readonly fastAscii: RegExp | null;
  /** `re` likewise, for the plain loop (a pattern with no fast twin). */
  readonly reAscii: RegExp | null;
}

/** Why: prepares a pattern for foldGuard and foldScan. */
export function folded(re: RegExp): Folded {
  const stickyFlags = re.flags.replace(/[gy]/g, '') + 'y';
  // A trailing negative lookahead only narrows what matches: the twin may leave it out (it must only match more).
  const kept = re.source.endsWith(')')
    ? withoutTrailingLookahead(re.source.match(SOURCE_PART) ?? []).join('')
    : re.source;
  // `re.source` is as RegExp renders a source ("/" and line breaks escaped), and so is every piece taken from it.
  const fastSource =
    re.flags.includes('i') && !CASED_CLASS.test(kept) ? kept.replace(SOURCE_RUN, lowerPiece) || '(?:)' : null;
  const fastFlags = re.flags.replace(/[igy]/g, '') + 'g';
  let fast: RegExp | null | undefined;
  let at: RegExp | undefined;
  let atAscii: RegExp | null | undefined;
  let fastAscii: RegExp | null | undefined;
  let reAscii: RegExp | null | undefined;
  return {
    re,
    fastSource,
    get fast() {
      if (fast === undefined) fast = fastSource === null ? null : new RegExp(fastSource, fastFlags);
      return fast;
    },
    get at() {
      return (at ??= new RegExp(re.source, stickyFlags));
    },
    get atAscii() {
      if (atAscii === undefined)
        atAscii = asciiTwin({ source: re.source, flags: stickyFlags, unicode: re.unicode });
      return atAscii;
    },
    get fastAscii() {
      if (fastAscii === undefined)
        fastAscii =
          fastSource === null
            ? null
            : asciiTwin({ source: fastSource, flags: fastFlags, unicode: re.unicode });
      return fastAscii;
    },
    get reAscii() {
      if (reAscii === undefined) reAscii = re.global ? asciiTwin(re) : null;
      return reAscii;
    },
  };
}

/**
 * Why: builds the guard for one case-insensitive pattern. Patterns the guard cannot stand in for (case-naming
 * property classes, or no `i` flag) get a guard that always says "may match", so callers need no special case.
 */
export function foldGuard(re: RegExp): FoldGuard {
  const p = folded(re);
  if (p.fastSource === null) return () => true;
  return (text) => {
    if (text === null) return true;
    const r = (asciiSafe(text) && p.fastAscii) || p.fast!;
    r.lastIndex = 0;
    return r.test(text);
  };
}

/**
 * Why: every match of a global pattern, as a left-to-right exec loop over `text` finds them (empty matches step
 * on), but the slow original is tried only at the positions where its fast twin matches in the folded text: it
 * cannot match anywhere else, and at any position it finds what the loop would.
 */
export function foldScan(p: Folded, text: string, lower: string | null): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (p.fastSource === null || lower === null || lower.length !== text.length) {
    const re = (asciiSafe(text) && p.reAscii) || p.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (m[0] === '') re.lastIndex++;
    }
    re.lastIndex = 0;
    return out;
  }
  const hints = (asciiSafe(lower) && p.fastAscii) || p.fast!;
  const at = (asciiSafe(text) && p.atAscii) || p.at;
  let from = 0;
  while (from <= text.length) {
    hints.lastIndex = from;
    const hint = hints.exec(lower);
    if (!hint) break;
    at.lastIndex = hint.index;
    const m = at.exec(text);
    if (!m) {
      from = hint.index + 1;
      continue;
    }
    out.push(m);
    from = m.index + m[0].length + (m[0] === '' ? 1 : 0);
  }
  return out;
}

// The source parts without a "(?!...)" group that closes at the very end (escapes are single parts; classes count).
function withoutTrailingLookahead(parts: string[]): string[] {
  if (parts[parts.length - 1] !== ')') return parts;
  let depth = 0;
  let inClass = false;
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k]!;
    if (p.length > 1) continue; // an escape
    if (inClass) {
      if (p === '[' && !(parts[k - 1] === '\\')) inClass = false;
      continue;
    }
    if (p === ']') inClass = true;
    else if (p === ')') depth++;
    else if (p === '(' && --depth === 0) {
      return parts[k + 1] === '?' && parts[k + 2] === '!' ? parts.slice(0, k) : parts;
    }
  }
  return parts;
}
