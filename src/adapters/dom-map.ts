// For the content script: the same blocks as htmlToArticle, plus where each block's text lives in the live DOM,
// so a claim at block offsets [start, end) becomes a DOM Range to highlight. The page is only read.
import type { Article } from '../core/article';
import { type HtmlOptions, toArticle } from './html';
import { contentRoot } from './main-content';
import type { Collected, TextSegment } from './text-builder';
import { mergeUnrenderedFences } from './unrendered-fences';
import { DomWalker } from './walker';

export type { TextSegment } from './text-builder';

/** Why: `segments[i]` maps `article.blocks[i].text`; offsets inside one segment map 1:1 to its text node. */
export interface DomArticle {
  article: Article;
  segments: TextSegment[][];
}

/** Why: a DOM position pair that does not need a Range implementation (linkedom has none with text offsets). */
export interface TextBounds {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

interface ReadOptions {
  url?: string | null;
  signal?: AbortSignal;
}

function finish(doc: Document, collected: Collected[], opts: ReadOptions): DomArticle {
  const merged = mergeUnrenderedFences(collected);
  const article = toArticle(doc, merged, { url: opts.url ?? null, file: null } satisfies HtmlOptions);
  return { article, segments: merged.map((c) => c.segments ?? []) };
}

/** Why: the read in one go (content/read.ts runs the same steps in slices); throws the signal's reason if aborted. */
export function readDomArticle(doc: Document, opts: ReadOptions = {}): DomArticle {
  opts.signal?.throwIfAborted();
  const root = contentRoot(doc);
  if (!root) return finish(doc, [], opts);
  const w = new DomWalker(root, { record: true, signal: opts.signal });
  w.run();
  return finish(doc, w.out, opts);
}

/** Why: block offsets -> text node positions; an offset in a gap (a collapsed space, ' | ') snaps inward. */
export function boundsFor(segments: TextSegment[], start: number, end: number): TextBounds | null {
  if (!(start < end) || segments.length === 0) return null;
  // First segment that ends after `start` (segments are sorted by blockStart and do not overlap).
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid] as TextSegment;
    if (s.blockStart + s.length <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // Last segment that starts before `end`.
  lo = 0;
  hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as TextSegment).blockStart < end) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  if (first > last || first >= segments.length || last < 0) return null;
  const a = segments[first] as TextSegment;
  const b = segments[last] as TextSegment;
  return {
    startNode: a.node,
    startOffset: a.nodeStart + Math.max(0, start - a.blockStart),
    endNode: b.node,
    endOffset: b.nodeStart + Math.min(b.length, end - b.blockStart),
  };
}

/** Why: the content script highlights with Ranges; null when the span maps to no text or the DOM moved on. */
export function rangeFor(segments: TextSegment[], start: number, end: number, doc: Document): Range | null {
  const b = boundsFor(segments, start, end);
  if (!b) return null;
  if (b.startOffset > b.startNode.data.length || b.endOffset > b.endNode.data.length) return null;
  try {
    const range = doc.createRange();
    range.setStart(b.startNode, b.startOffset);
    range.setEnd(b.endNode, b.endOffset);
    return range;
  } catch {
    return null; // detached nodes, or a DOM without text-offset ranges
  }
}

/** Why: the text a reader sees between two bounds, to check a map is still valid after the page changed. */
export function textInBounds(b: TextBounds): string {
  if (b.startNode === b.endNode) return b.startNode.data.slice(b.startOffset, b.endOffset);
  let out = b.startNode.data.slice(b.startOffset);
  let n: Node | null = b.startNode;
  while (n) {
    // Next node in document order.
    if (n.firstChild) n = n.firstChild;
    else {
      while (n && !n.nextSibling) n = n.parentNode;
      n = n ? n.nextSibling : null;
    }
    if (!n) break;
    if (n === b.endNode) return out + b.endNode.data.slice(0, b.endOffset);
    if (n.nodeType === 3) out += (n as Text).data;
  }
  return out;
}
