// Where claims sit in the page's own text: the offsets a Web Annotation client (Hypothesis, Apache Annotator)
// counts for a TextPositionSelector, over every text node of the body in document order. ClaimLens's blocks are
// not that text (whitespace is collapsed, chrome is left out), so positions come from the walker's text map.
import type { TextQuote } from '../core/report';
import { boundsFor, type TextBounds, type TextSegment } from './dom-map';

/** Why: a [start, end) range in the document's text, as the annotation export writes it. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Why: what a position is computed for: a claim (or link) by id, its block and its quote in that block. */
export interface Located {
  id: string;
  block: number;
  quote: Pick<TextQuote, 'start' | 'end'>;
}

/**
 * Why: the annotation export's TextPositionSelector must index the document's text. `segments` is the text map of
 * the blocks the items were found in (collectBlocks with `record`); an item that maps to no text gets no position.
 */
export function textPositions(
  doc: Document,
  segments: readonly TextSegment[][],
  items: readonly Located[],
): Map<string, TextSpan> {
  const out = new Map<string, TextSpan>();
  const body = doc.body;
  if (!body) return out;
  const found: [string, TextBounds][] = [];
  for (const item of items) {
    const b = boundsFor(segments[item.block] ?? [], item.quote.start, item.quote.end);
    if (b) found.push([item.id, b]);
  }
  if (found.length === 0) return out;
  const offsets = textNodeOffsets(body);
  for (const [id, b] of found) {
    const start = offsets.get(b.startNode);
    const end = offsets.get(b.endNode);
    if (start === undefined || end === undefined) continue;
    const span = { start: start + b.startOffset, end: end + b.endOffset };
    if (span.end > span.start) out.set(id, span);
  }
  return out;
}

// Where each text node under `root` starts in root.textContent: one walk in document order, no recursion.
function textNodeOffsets(root: Node): Map<Text, number> {
  const offsets = new Map<Text, number>();
  let at = 0;
  let n: Node | null = root.firstChild;
  while (n) {
    if (n.nodeType === 3) {
      offsets.set(n as Text, at);
      at += (n as Text).data.length;
    }
    if (n.firstChild) n = n.firstChild;
    else {
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      n = n && n !== root ? n.nextSibling : null;
    }
  }
  return offsets;
}
