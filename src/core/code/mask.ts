// Comment and string masking: import regexes run on a copy of the code where comments are spaces and string
// contents are FILL, at the same offsets, so `# from x import y` and "import os" in a string never match.

/** Why: a private-use character, never in identifiers or quotes: a masked string reads as quotes around FILL. */
export const FILL = '\uE000';

/** Why: each language has its own comments and quotes (its file says which); the masker is one scanner driven by this. */
export interface MaskSyntax {
  /** Line comment openers ('#', '//'). */
  line: string[];
  /** `/* ... *\/` comments. */
  block?: boolean;
  /** Block comments nest (Rust). */
  nested?: boolean;
  /** Quote characters of ordinary strings. */
  quotes: string;
  /** Strings in `quotes` may span lines (Rust, Ruby, PHP). */
  multiline?: boolean;
  /** `"""` (and `'''` where `'` is a quote) open triple-quoted strings (Python, Java text blocks, Kotlin). */
  triple?: boolean;
  /** Backtick strings that span lines (JS templates, Go raw strings). */
  backtick?: boolean;
  /** Rust: `r#"..."#` raw strings, and `'a'` chars told apart from `'a` lifetimes. */
  rust?: boolean;
  /** JavaScript regular-expression literals. */
  regex?: boolean;
  /** Ruby `=begin` ... `=end` comments. */
  rubyDoc?: boolean;
}

/** Why: the C family's comments and quotes, which most import languages start from. */
export const C_LIKE: MaskSyntax = { line: ['//'], block: true, quotes: `'"` };

const REGEX_BEFORE = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const REGEX_AFTER_WORD =
  /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;
const RUST_CHAR = /'(?:\\(?:u\{[0-9a-fA-F]{1,6}\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'/y;
const RUST_RAW = /b?r(#*)"/y;

/** Why: same length and same newlines as `src`, so offsets and line numbers found on the mask hold for `src`. */
export function maskCode(src: string, syn: MaskSyntax): string {
  const out: string[] = [];
  let copied = 0;
  const blank = (from: number, to: number, ch: string): void => {
    out.push(src.slice(copied, from), src.slice(from, to).replace(/[^\n]/g, ch));
    copied = to;
  };
  // Keeps the quotes (`open` and `close` characters) and fills what lies between.
  const str = (from: number, to: number, open: number, close: number): void =>
    blank(from + open, Math.max(from + open, to - close), FILL);
  const n = src.length;
  const starts = startsOf(syn);
  let i = 0;
  while (i < n) {
    // Only a few characters can open a comment, a string or a regex: jump to the next one.
    starts.lastIndex = i;
    if (!starts.test(src)) break;
    i = starts.lastIndex - 1;
    const c = src[i] as string;
    if (syn.line.some((o) => src.startsWith(o, i))) {
      const end = indexOr(src, '\n', i, n);
      blank(i, end, ' ');
      i = end;
    } else if (syn.block && c === '/' && src[i + 1] === '*') {
      const end = blockEnd(src, i, !!syn.nested);
      blank(i, end, ' ');
      i = end;
    } else if (syn.rubyDoc && c === '=' && (i === 0 || src[i - 1] === '\n') && src.startsWith('=begin', i)) {
      const close = src.indexOf('\n=end', i);
      const end = close < 0 ? n : indexOr(src, '\n', close + 1, n);
      blank(i, end, ' ');
      i = end;
    } else if (syn.rust && (c === 'r' || c === 'b') && !isWord(src[i - 1]) && rawAt(src, i)) {
      const m = rawAt(src, i) as RegExpExecArray;
      const close = src.indexOf('"' + (m[1] ?? ''), i + m[0].length);
      const end = close < 0 ? n : close + 1 + (m[1]?.length ?? 0);
      str(i, end, m[0].length, close < 0 ? 0 : 1 + (m[1]?.length ?? 0));
      i = end;
    } else if (syn.rust && c === "'") {
      RUST_CHAR.lastIndex = i;
      const m = RUST_CHAR.exec(src);
      if (m) {
        str(i, i + m[0].length, 1, 1);
        i += m[0].length;
      } else i++; // a lifetime
    } else if (
      syn.triple &&
      (c === '"' || (c === "'" && syn.quotes.includes("'"))) &&
      src.startsWith(c + c + c, i)
    ) {
      const end = quoteEnd(src, i + 3, c + c + c, true);
      str(i, end, 3, end - i >= 6 && src.startsWith(c + c + c, end - 3) ? 3 : 0);
      i = end;
    } else if (syn.quotes.includes(c) || (syn.backtick && c === '`')) {
      const end = quoteEnd(src, i + 1, c, c === '`' || !!syn.multiline);
      str(i, end, 1, end - i >= 2 && src[end - 1] === c ? 1 : 0);
      i = end;
    } else if (syn.regex && c === '/' && regexAllowed(src, i)) {
      const end = regexEnd(src, i);
      if (end > 0) {
        str(i, end, 1, 1);
        i = end;
      } else i++;
    } else i++;
  }
  out.push(src.slice(copied));
  return out.join('');
}

const startsCache = new WeakMap<MaskSyntax, RegExp>();

// The characters at which a branch of maskCode's loop can fire (every other character just steps on).
function startsOf(syn: MaskSyntax): RegExp {
  let re = startsCache.get(syn);
  if (re) return re;
  let chars = syn.quotes + syn.line.map((o) => o[0] ?? '').join('');
  if (syn.block || syn.regex) chars += '/';
  if (syn.rubyDoc) chars += '=';
  if (syn.rust) chars += "rb'";
  if (syn.triple) chars += '"';
  if (syn.backtick) chars += '`';
  const cls = [...new Set(chars)].map((ch) => ch.replace(/[\\\]^-]/g, '\\$&')).join('');
  re = syn.line.includes('') ? /[\s\S]/g : new RegExp(`[${cls}]`, 'g');
  startsCache.set(syn, re);
  return re;
}

function rawAt(src: string, i: number): RegExpExecArray | null {
  RUST_RAW.lastIndex = i;
  return RUST_RAW.exec(src);
}

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && /[\w$]/.test(ch);
}

function indexOr(src: string, needle: string, from: number, fallback: number): number {
  const k = src.indexOf(needle, from);
  return k < 0 ? fallback : k;
}

function blockEnd(src: string, i: number, nested: boolean): number {
  if (!nested) {
    const k = src.indexOf('*/', i + 2);
    return k < 0 ? src.length : k + 2;
  }
  let depth = 0;
  for (let j = i; j < src.length - 1; j++) {
    if (src[j] === '/' && src[j + 1] === '*') {
      depth++;
      j++;
    } else if (src[j] === '*' && src[j + 1] === '/') {
      depth--;
      j++;
      if (depth === 0) return j + 1;
    }
  }
  return src.length;
}

// The offset just after the closing quote; an unterminated single-line string ends at its newline.
function quoteEnd(src: string, from: number, close: string, multiline: boolean): number {
  for (let j = from; j < src.length; j++) {
    const ch = src[j];
    if (ch === '\\') j++;
    else if (ch === '\n' && !multiline) return j;
    else if (src.startsWith(close, j)) return j + close.length;
  }
  return src.length;
}

function regexAllowed(src: string, i: number): boolean {
  if (src[i + 1] === '/' || src[i + 1] === '*') return false;
  let j = i - 1;
  while (j >= 0 && (src[j] === ' ' || src[j] === '\t' || src[j] === '\r' || src[j] === '\n')) j--;
  if (j < 0) return true;
  const prev = src[j] as string;
  if (REGEX_BEFORE.has(prev)) return true;
  return isWord(prev) && REGEX_AFTER_WORD.test(src.slice(Math.max(0, j - 11), j + 1));
}

// A regex literal ends at an unescaped '/' outside a character class, on the same line, within 500
// characters (the cap keeps a line of slashes linear); 0 when it does not.
function regexEnd(src: string, i: number): number {
  let inClass = false;
  for (let j = i + 1; j < Math.min(src.length, i + 500); j++) {
    const ch = src[j];
    if (ch === '\\') j++;
    else if (ch === '\n') return 0;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) return j + 1;
  }
  return 0;
}

/** Why: imports report a 1-based line within their block; this maps offsets to lines in O(log n). */
export function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
