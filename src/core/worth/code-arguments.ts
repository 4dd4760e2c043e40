// A count the code shown above it sets: "for 100,000 messages received" under `nats-publisher foo test 100000`, "the
// 5000 iterations" under `for i in range(5000)`. The reader sees where the figure comes from: the run's argument.
import type { Block } from '../article';

// How far above a figure the code it reads may be (blocks), within its section.
const CODE_REACH = 8;
// Below this a figure is too common in code (2, 10, 64) to say that the code set it.
const SMALLEST = 100;

/** Why: whether a code block at most CODE_REACH blocks above `b`, in its section, holds `value` as a literal. */
export function codeSetsFigure(blocks: readonly Block[], b: number, value: number): boolean {
  if (!Number.isInteger(value) || value < SMALLEST) return false;
  const digits = String(value);
  if (!/^\d+$/.test(digits)) return false; // 1e+21: no literal in code is written so
  for (let k = b - 1; k >= 0 && k >= b - CODE_REACH; k--) {
    const block = blocks[k]!;
    if (block.kind === 'heading') return false;
    if (block.kind === 'code' && holdsLiteral(block.text, digits)) return true;
  }
  return false;
}

// A word character, as \w reads one without the u flag.
const WORD = /[A-Za-z0-9_]/;

/**
 * Why: whether `text` writes the integer `digits` as code does: plain, or grouped by "_" or "," in threes ("100_000");
 * not inside a longer number, a version ("1.100") or a name ("v100", "x100"). Searched as text, not with a pattern
 * made per figure: V8 compiles every pattern it is given, and once a process has compiled a megabyte of pattern code
 * it compiles each later one without optimising it (TooMuchRegExpCode in V8's regexp.cc): a 1 MB page made 1 400 of
 * these, and the lexicons compiled after them ran up to fifteen times slower for the rest of the process.
 */
export function holdsLiteral(text: string, digits: string): boolean {
  for (let at = text.indexOf(digits[0]!); at !== -1; at = text.indexOf(digits[0]!, at + 1)) {
    const before = text[at - 1];
    if (before !== undefined && (before === '.' || WORD.test(before))) continue;
    const end = literalEnd(text, at, digits);
    if (end === -1) continue;
    const after = text[end];
    if (after === undefined) return true;
    if (WORD.test(after) || (after === '.' && /\d/.test(text[end + 1] ?? ''))) continue;
    return true;
  }
  return false;
}

// Where `digits` written from `at` ends (a "_" or "," allowed before each group of three from the right), or -1.
function literalEnd(text: string, at: number, digits: string): number {
  let i = at;
  for (let d = 0; d < digits.length; d++) {
    const sep = text[i];
    if (d > 0 && (digits.length - d) % 3 === 0 && (sep === '_' || sep === ',')) i++;
    if (text[i] !== digits[d]) return -1;
    i++;
  }
  return i;
}
