// A file's text as the parser saw it, for finding DOM text in the source: character references decoded (and, in
// Markdown, backslash escapes), markup that is never text blanked out, with a map back to the file's offsets.

/** Why: DOM text ("AT&T") must be found in a source that wrote it "AT&amp;T"; `origin` maps back to the file. */
export interface SourceText {
  /** The searchable text: decoded, markup replaced by NUL (never in a text node), one char per decoded char. */
  text: string;
  /** origin[i] is the file offset of text[i]; origin[text.length] is the end of the region read. */
  origin: Int32Array;
}

// The named references that tech posts actually use; anything else stays as written (and falls back to words).
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  times: '\u00d7',
  middot: '\u00b7',
  bull: '\u2022',
  euro: '\u20ac',
  pound: '\u00a3',
  deg: '\u00b0',
  plusmn: '\u00b1',
  le: '\u2264',
  ge: '\u2265',
  asymp: '\u2248',
  rarr: '\u2192',
  thinsp: '\u2009',
  shy: '\u00ad',
  zwj: '\u200d',
};
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/y;
const TAG = /<\/?[A-Za-z][^<>]*>/y;
const RAW_TEXT = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/iy;
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Why: the region [from, end of file) decoded. HTML blanks comments, tags and script/style bodies (attribute values
 * and scripts hold text that is not page text); Markdown blanks comments only and undoes backslash escapes.
 */
export function sourceText(source: string, from: number, mode: 'html' | 'markdown'): SourceText {
  const parts: string[] = [];
  // Decoding only ever shortens the text, so the map fits in one allocation.
  const origin = new Int32Array(source.length - from + 1);
  let n = 0;
  const keep = (start: number, end: number) => {
    parts.push(source.slice(start, end));
    for (let k = start; k < end; k++) origin[n++] = k;
  };
  const blankOut = (re: RegExp, at: number): number => {
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m) return at;
    parts.push('\0'.repeat(m[0].length));
    for (let k = 0; k < m[0].length; k++) origin[n++] = at + k;
    return at + m[0].length;
  };
  const special = mode === 'html' ? /[<&]/g : /[<&\\]/g;
  let i = from;
  while (i < source.length) {
    special.lastIndex = i;
    const hit = special.exec(source);
    const at = hit ? hit.index : source.length;
    if (at > i) keep(i, at);
    if (!hit) break;
    i = at;
    const ch = source[i] as string;
    if (ch === '<') {
      let next = blankOut(COMMENT, i);
      if (next === i && mode === 'html') next = blankOut(RAW_TEXT, i);
      if (next === i && mode === 'html') next = blankOut(TAG, i);
      if (next > i) {
        i = next;
        continue;
      }
    } else if (ch === '&') {
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(source);
      const decoded = m ? decodeReference(m) : null;
      if (m && decoded !== null) {
        parts.push(decoded);
        for (let k = 0; k < decoded.length; k++) origin[n++] = i;
        i += m[0].length;
        continue;
      }
    } else if (PUNCTUATION.test(source[i + 1] ?? '')) {
      // A Markdown backslash escape: the character it escapes is the text.
      keep(i + 1, i + 2);
      i += 2;
      continue;
    }
    keep(i, i + 1);
    i++;
  }
  origin[n] = source.length;
  return { text: parts.join(''), origin: origin.subarray(0, n + 1) };
}

function decodeReference(m: RegExpExecArray): string | null {
  const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : null;
  if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  return NAMED[m[3] as string] ?? null;
}

/** Why: SARIF, GitHub and editors count 1-based lines and columns; offsets and lines convert both ways. */
export interface LineIndex {
  position(offset: number): { line: number; column: number };
  /** The offset where a 0-based line starts (the end of the file past the last line). */
  offsetOf(line: number): number;
}

/** Why: one scan of the file for every lookup of the run. Columns count UTF-16 units, as SARIF's default does. */
export function lineIndex(source: string): LineIndex {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    position(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
    },
    offsetOf: (line) => (line < 0 ? 0 : (starts[line] ?? source.length)),
  };
}
