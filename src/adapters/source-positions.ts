// Where a claim, link or import is in its source file (line and column, front matter counted), for CI annotations,
// inline suppressions and baselines. The walker's text map says which DOM text node holds each block offset; each
// text node is then found in the file, in document order, so the n-th "40%" maps to the n-th one in the source.
import { boundsFor } from './dom-map';
import { lineIndex, sourceText, type LineIndex, type SourceText } from './source-text';
import type { TextSegment } from './text-builder';
import type { Located } from './text-positions';

/** Why: a span of the source file, 1-based; `endColumn` is the column just after the last character (SARIF's). */
export interface SourcePosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Why: what the locator needs besides the file: where the body starts, and (Markdown) a lower bound per node. */
export interface LocateOptions {
  mode: 'html' | 'markdown';
  /** File offset where the rendered body starts (after front matter, or after `<body>`). */
  from: number;
  /**
   * A file offset the node's text cannot be before (the first line of its Markdown block), null when unknown, or
   * false for text the body does not hold (front matter shown before it): that text is not looked for, so its words
   * cannot pull the search past the body's own text.
   */
  hint?: (node: Text, lines: LineIndex) => number | null | false;
}

/** Why: one call per file: block offsets (any number of items) to file positions; unmappable items are left out. */
export type Locate = (
  segments: readonly TextSegment[][],
  items: readonly Located[],
) => Map<string, SourcePosition>;

// [data, data + length) of a text node is text[source, source + length) of the decoded file.
interface Anchor {
  data: number;
  source: number;
  length: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
// Short needles found far beyond the cursor are more likely a coincidence than the text.
const SHORT = 12;
const WINDOW = 4000;

/** Why: builds the node-to-file anchors once (lazily), then answers any number of lookups. */
export function sourceLocator(source: string, root: Node | null, opts: LocateOptions): Locate {
  let anchors: Map<Text, Anchor[]> | null = null;
  let decoded: SourceText | null = null;
  const lines = lineIndex(source);
  const build = (): Map<Text, Anchor[]> => {
    decoded = sourceText(source, opts.from, opts.mode);
    return anchorNodes(root, decoded, opts, lines);
  };
  return (segments, items) => {
    anchors ??= build();
    const text = decoded as SourceText;
    const out = new Map<string, SourcePosition>();
    for (const item of items) {
      const segs = segments[item.block] ?? [];
      const b = boundsFor(segs, item.quote.start, item.quote.end);
      let start = b ? mapOffset(anchors, b.startNode, b.startOffset, 'start') : null;
      let end = b ? mapOffset(anchors, b.endNode, b.endOffset, 'end') : null;
      if (start === null) start = firstAnchored(anchors, segs);
      if (start === null) continue;
      if (end === null || end <= start) end = start + Math.max(1, item.quote.end - item.quote.start);
      const from = lines.position(text.origin[start] ?? source.length);
      const to = lines.position(text.origin[Math.min(end, text.text.length)] ?? source.length);
      out.set(item.id, { line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
    }
    return out;
  };
}

function anchorNodes(
  root: Node | null,
  src: SourceText,
  opts: LocateOptions,
  lines: LineIndex,
): Map<Text, Anchor[]> {
  const out = new Map<Text, Anchor[]>();
  let cursor = 0;
  const find = (needle: string): number => {
    const at = src.text.indexOf(needle, cursor);
    if (at < 0 || (needle.length < SHORT && at - cursor > WINDOW)) return -1;
    return at;
  };
  for (let n: Node | null = root?.firstChild ?? null; n; n = nextNode(n, root as Node)) {
    if (n.nodeType !== 3) continue;
    const node = n as Text;
    if (SKIP.has(node.parentElement?.tagName.toUpperCase() ?? '')) continue;
    const data = node.data;
    if (!/\S/.test(data)) continue;
    const bound = opts.hint?.(node, lines);
    if (bound === false) continue;
    if (bound !== null && bound !== undefined) cursor = Math.max(cursor, decodedIndex(src, bound));
    const list: Anchor[] = [];
    // Line by line: a Markdown blockquote or list item writes "> " or indentation between the lines of one node.
    for (const piece of pieces(data, /[^\n]+/g)) {
      const at = find(piece.text);
      if (at >= 0) {
        list.push({ data: piece.at, source: at, length: piece.text.length });
        cursor = at + piece.text.length;
        continue;
      }
      // Written differently in the file (an entity we do not decode, typography): anchor the words we can find.
      for (const word of pieces(piece.text, /\S{3,}/g)) {
        const w = find(word.text);
        if (w < 0) continue;
        list.push({ data: piece.at + word.at, source: w, length: word.text.length });
        cursor = w + word.text.length;
      }
    }
    if (list.length) out.set(node, list);
  }
  return out;
}

// Trimmed matches of `re` in `s`, with their offsets.
function* pieces(s: string, re: RegExp): Generator<{ text: string; at: number }> {
  for (const m of s.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text) yield { text, at: (m.index ?? 0) + lead };
  }
}

function nextNode(n: Node, root: Node): Node | null {
  if (n.firstChild) return n.firstChild;
  let cur: Node | null = n;
  while (cur && cur !== root && !cur.nextSibling) cur = cur.parentNode;
  return cur && cur !== root ? cur.nextSibling : null;
}

// The first decoded index whose file offset is at or after `offset`.
function decodedIndex(src: SourceText, offset: number): number {
  let lo = 0;
  let hi = src.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((src.origin[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A node offset to a decoded index: exact inside an anchor, else the nearest anchor edge of the same node.
function mapOffset(
  anchors: Map<Text, Anchor[]>,
  node: Text,
  offset: number,
  side: 'start' | 'end',
): number | null {
  const list = anchors.get(node);
  if (!list) return null;
  let before: Anchor | null = null;
  for (const a of list) {
    const inside = side === 'start' ? offset < a.data + a.length : offset <= a.data + a.length;
    if (offset >= a.data && inside) return a.source + (offset - a.data);
    if (a.data + a.length <= offset) before = a;
    else return side === 'start' ? a.source : before ? before.source + before.length : a.source;
  }
  return before ? before.source + before.length : null;
}

function firstAnchored(anchors: Map<Text, Anchor[]>, segs: readonly TextSegment[]): number | null {
  for (const s of segs) {
    const first = anchors.get(s.node)?.[0];
    if (first) return first.source;
  }
  return null;
}
