// Fast twins of Unicode property patterns. V8 runs a class like \p{L} or \p{Lu} several times slower than [A-Za-z]
// (capitalised names: 64 µs against 8 µs on a 5 kB article), and most blocks of an English post hold no letter,
// digit or mark outside ASCII: on such a text \p{L} and [A-Za-z] match exactly the same characters. So a pattern
// gets a twin with its property classes spelled in ASCII, and a text that is "ASCII-safe" runs the twin. Every
// other flag and part of the pattern is kept, so results never change.

// Property -> the ASCII characters it holds (inside a class). Properties not listed get no twin.
const ASCII_OF: Record<string, string> = {
  L: 'A-Za-z',
  Letter: 'A-Za-z',
  Lu: 'A-Z',
  Uppercase_Letter: 'A-Z',
  Ll: 'a-z',
  Lowercase_Letter: 'a-z',
  Lt: '',
  Lm: '',
  Lo: '',
  N: '0-9',
  Number: '0-9',
  Nd: '0-9',
  Decimal_Number: '0-9',
  M: '',
  Mark: '',
};

// An escape (whole) or one character: the pieces of a pattern's source.
const PIECE =
  /\\(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|[\s\S])|[\s\S]/g;
const PROPERTY = /^\\([pP])\{([^}]*)\}$/;
// A source with no property escape at all has no twin (the usual case, told without reading it piece by piece).
const HAS_PROPERTY = /\\[pP]\{/;

/**
 * Why: the pattern with its property classes (\p{L}, \p{Lu}, \p{N}, \p{M} ...) spelled in ASCII, for texts where
 * that changes nothing (asciiSafe); null when the pattern has none, or one this cannot spell.
 */
export function asciiTwin(re: Pick<RegExp, 'source' | 'flags' | 'unicode'>): RegExp | null {
  if (!re.unicode || re.flags.includes('v') || !HAS_PROPERTY.test(re.source)) return null;
  let out = '';
  let inClass = false;
  let changed = false;
  for (const piece of re.source.match(PIECE) ?? []) {
    const p = PROPERTY.exec(piece);
    if (p) {
      const ascii = ASCII_OF[p[2]!];
      if (ascii === undefined) return null;
      changed = true;
      if (p[1] === 'P') {
        if (inClass) return null; // a negated property inside a class has no ASCII spelling here
        out += `[^${ascii}]`;
      } else out += inClass ? ascii : `[${ascii}]`;
      continue;
    }
    if (piece === '[' && !inClass) inClass = true;
    else if (piece === ']' && inClass) inClass = false;
    out += piece;
  }
  return changed ? new RegExp(out, re.flags) : null;
}

// Runs of characters outside printable ASCII (control characters pass the letter test below; they are no letter).
const NON_ASCII = /[^\t\n\r -~]+/g;
const LETTER_DIGIT_MARK = /[\p{L}\p{N}\p{M}]/u;
// The last few answers: a block's text, its lower-cased copy and its sentences are asked about in turn, by many
// patterns each.
const REMEMBERED = 4;
const texts: string[] = Array.from({ length: REMEMBERED }, () => '');
const answers: boolean[] = Array.from({ length: REMEMBERED }, () => true);
let next = 0;

/**
 * Why: whether the ASCII twins may run on `text`: no letter, digit or combining mark outside ASCII (curly quotes,
 * dashes, "×" and "€" are fine).
 */
export function asciiSafe(text: string): boolean {
  for (let k = 0; k < REMEMBERED; k++) if (texts[k] === text) return answers[k]!;
  let safe = true;
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m && safe; m = NON_ASCII.exec(text)) {
    if (LETTER_DIGIT_MARK.test(m[0])) safe = false;
  }
  texts[next] = text;
  answers[next] = safe;
  next = (next + 1) % REMEMBERED;
  return safe;
}

/** Why: a property pattern and its twin; `on(text)` is the one to run on that text. */
export interface Twinned {
  re: RegExp;
  on(text: string): RegExp;
}

// Every pattern wrapped by twinned, in the order the modules made them.
const TWINNED: RegExp[] = [];

/** Why: wraps a pattern once (at module load) so each call site picks the fast twin with one call. */
export function twinned(re: RegExp): Twinned {
  TWINNED.push(re);
  const ascii = asciiTwin(re);
  return { re, on: ascii ? (text) => (asciiSafe(text) ? ascii : re) : () => re };
}

/** Why: the patterns wrapped so far, so a test checks each twin against its pattern without copying them. */
export function twinnedPatterns(): readonly RegExp[] {
  return TWINNED;
}
