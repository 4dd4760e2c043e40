// Sentence boundaries as offsets. A claim's sentence is where its evidence must be.

/** Why: offsets (not strings) so selectors and support can point back into the block. */
export interface Range {
  start: number;
  end: number;
}

// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'al',
  'e.g',
  'i.e',
  'etc',
  'wrt',
  'w.r.t',
  'vs',
  'cf',
  'fig',
  'figs',
  'eq',
  'no',
  'nos',
  'vol',
  'pp',
  'p',
  'ed',
  'eds',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'st',
  'approx',
  'est',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'mt',
]);

/**
 * Why: splits prose into sentences without an NLP pass: ". " followed by an upper-case letter, digit,
 * quote or bracket ends a sentence unless the word before is an abbreviation, an initial or a number.
 */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const re = /(?<![.!?…])([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[A-Z0-9#*$€£¥])|\n\s*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1] === '.' && !endsSentence(text, m.index)) continue;
    if (m[1] !== undefined && insideParenthesis(text, start, m.index)) continue;
    const end = m[1] === undefined ? m.index : m.index + m[1].length + (m[2]?.length ?? 0);
    pushTrimmed(out, text, start, end);
    start = m.index + m[0].length;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

// How far a parenthesis may run past a stop inside it: "~140x (YMMV. Could be higher or lower) lower costs".
const PAREN_REACH = 160;

// A stop inside a parenthesis that opened in this sentence and closes soon after: the sentence goes on past it.
function insideParenthesis(text: string, start: number, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < start || text.lastIndexOf(')', at) > open) return false;
  const close = text.indexOf(')', at);
  return close >= 0 && close - at <= PAREN_REACH && !text.slice(at, close).includes('\n\n');
}

const byBlock = new WeakMap<{ text: string }, Range[]>();

/**
 * Why: citations, claims, support and links all read a block's sentences; each block is split once per analysis
 * (blocks are new objects each analysis, so nothing is kept across analyses). Callers must not change the list.
 */
export function blockSentences(block: { text: string }): Range[] {
  let found = byBlock.get(block);
  if (!found) byBlock.set(block, (found = splitSentences(block.text)));
  return found;
}

/** Why: a claim knows its offset; this finds the sentence that holds it. */
export function sentenceAt(sentences: Range[], offset: number): Range {
  for (const s of sentences) if (offset >= s.start && offset < s.end) return s;
  return sentences[sentences.length - 1] ?? { start: 0, end: 0 };
}

function endsSentence(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "J. Smith"
  // "~5 ms vs ~635 ms. At 5 ms ...": milliseconds after a number, not "Ms." before a name.
  if (word === 'ms' && /\d\s?ms$/.test(text.slice(Math.max(0, dot - 8), dot))) return true;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(out: Range[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
