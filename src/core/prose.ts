// Is this text prose? Random bytes, base64, hex dumps, minified code and columns of numbers are not articles, and
// analysing them produces thousands of meaningless "claims". The CLI refuses them (exit 2, one line) and the
// extension shows "not an article". Measured on a sample of the text, so a 20 MB input costs what 192 kB does.
import type { Article } from './article';

/** Why: the verdict and, when refused, a reason a reader can act on ("mostly numbers and symbols"). */
export type ProseVerdict = { prose: true } | { prose: false; reason: string };

/** Why: below this many non-space characters there is too little to judge; short texts are let through. */
export const MIN_JUDGED_CHARS = 200;

const SAMPLE = 64 * 1024;
// Scripts written without spaces between words: their "tokens" are whole clauses.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const LONG_TOKEN = 25;

/** Why: counts over one sample of text; exported for the tests' tables. */
export interface ProseStats {
  nonSpace: number;
  letters: number;
  garbage: number;
  unspaced: number;
  latin: number;
  vowels: number;
  codePunct: number;
  longTokenChars: number;
}

/** Why: the counts the verdict is made of, in one linear pass. */
export function proseStats(text: string): ProseStats {
  const s: ProseStats = {
    nonSpace: 0,
    letters: 0,
    garbage: 0,
    unspaced: 0,
    latin: 0,
    vowels: 0,
    codePunct: 0,
    longTokenChars: 0,
  };
  let token = 0;
  const endToken = (): void => {
    if (token >= LONG_TOKEN) s.longTokenChars += token;
    token = 0;
  };
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || /\s/.test(ch)) {
      endToken();
      continue;
    }
    s.nonSpace++;
    token++;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      s.letters++;
      s.latin++;
      if ('aeiouyAEIOUY'.includes(ch)) s.vowels++;
    } else if (c < 0x80) {
      if ('{}();=<>[]|\\$^~`'.includes(ch)) s.codePunct++;
      else if (c < 0x20 || c === 0x7f) s.garbage++;
    } else if (c === 0xfffd || (c >= 0x80 && c < 0xa0) || (c >= 0xe000 && c <= 0xf8ff)) s.garbage++;
    else if (LETTER.test(ch)) {
      s.letters++;
      if (UNSPACED.test(ch)) s.unspaced++;
      else if (c < 0x250) {
        s.latin++;
        if (/[àáâãäåæèéêëìíîïòóôõöøùúûüýÿ]/i.test(ch)) s.vowels++;
      }
    }
  }
  endToken();
  return s;
}

/** Why: the rules, kept apart from the sampling so each is tested on its own. */
export function judgeProse(s: ProseStats): ProseVerdict {
  if (s.nonSpace < MIN_JUDGED_CHARS) return { prose: true };
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  const garbage = s.garbage / s.nonSpace;
  if (garbage > 0.02)
    return { prose: false, reason: `binary or garbled text (${pct(garbage)} unreadable characters)` };
  const letters = s.letters / s.nonSpace;
  if (letters < 0.5) return { prose: false, reason: `mostly numbers and symbols (${pct(letters)} letters)` };
  const code = s.codePunct / s.nonSpace;
  if (code > 0.08)
    return { prose: false, reason: `it reads as code (${pct(code)} brackets, braces and operators)` };
  // Unspaced scripts (Chinese, Japanese, Thai) write whole clauses without a space: no token-length rule for them.
  if (s.unspaced / Math.max(1, s.letters) < 0.3) {
    const long = s.longTokenChars / s.nonSpace;
    if (long > 0.35)
      return {
        prose: false,
        reason: `long runs without spaces (${pct(long)} of it: base64, minified code or data)`,
      };
    if (s.latin > s.letters / 2 && s.vowels / s.latin < 0.2)
      return { prose: false, reason: `letters that do not form words (${pct(s.vowels / s.latin)} vowels)` };
  }
  return { prose: true };
}

/** Why: the gate the CLI and the extension apply before analysing; code blocks are not held to it. */
export function proseVerdict(article: Article): ProseVerdict {
  const parts: string[] = [];
  let size = 0;
  for (const b of article.blocks) {
    if (b.kind === 'code') continue;
    parts.push(b.text);
    size += b.text.length + 1;
  }
  const text = parts.join('\n');
  // Beginning, middle and end: a page of prose with a data dump below it is judged on more than its top.
  const sample =
    size <= 3 * SAMPLE
      ? text
      : [
          text.slice(0, SAMPLE),
          text.slice(size / 2 - SAMPLE / 2, size / 2 + SAMPLE / 2),
          text.slice(-SAMPLE),
        ].join('\n');
  return judgeProse(proseStats(sample));
}
