// Which marks touch each text node, so the pointer's caret (and a focused element's text) finds its marks without
// a scan of all of them: a 1 MB page has 18 000 marks and the pointer moves every frame.
import type { Mark } from './anchor';
import { inSlices } from './schedule';
import { withLive } from './measure';

/** Why: a mark spans a few text nodes at most; a range that walks further than this is not followed. */
const MAX_NODES_PER_MARK = 64;
/** Why: a focused element with more text nodes than this is a container (an article), not a link or a cell. */
const MAX_NODES_FOCUSED = 32;

/** Why: the caret under the pointer, in both browsers' spellings. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

// Every text node a range touches (a claim across <b>42</b>% touches two), in document order.
function textNodesOf(range: Range): Node[] {
  const start = range.startContainer;
  if (start === range.endContainer && start.nodeType === Node.TEXT_NODE) return [start];
  const out: Node[] = start.nodeType === Node.TEXT_NODE ? [start] : [];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  for (let n = walker.nextNode(); n && out.length < MAX_NODES_PER_MARK; n = walker.nextNode()) {
    if (range.comparePoint(n, 0) > 0) break;
    out.push(n);
  }
  return out;
}

/** Why: the marks by text node, built in slices; answers "which mark is under this point / in this element". */
export class MarkIndex {
  private byNode = new Map<Node, Mark[]>();

  /** Indexes these marks, replacing the previous ones (in slices: thousands on a long page). */
  async build(marks: readonly Mark[], signal: AbortSignal): Promise<void> {
    const byNode = new Map<Node, Mark[]>();
    this.byNode = byNode;
    await inSlices(
      marks,
      (m) => {
        for (const n of withLive(m.range, textNodesOf) ?? []) {
          const list = byNode.get(n);
          if (list) list.push(m);
          else byNode.set(n, [m]);
        }
      },
      signal,
    );
  }

  /** The mark whose text is under (x, y): the caret's text node narrows the search to its few marks. */
  at(x: number, y: number): Mark | null {
    const caret = caretAt(x, y);
    if (!caret) return null;
    for (const m of this.byNode.get(caret.node) ?? []) {
      if (withLive(m.range, (r) => r.isPointInRange(caret.node, caret.offset) && rectsContain(r, x, y)))
        return m;
    }
    return null;
  }

  /** The first mark in a small element's text (a focused link or cell); null for a container of many nodes. */
  within(el: Element): Mark | null {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let found: Mark | null = null;
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (++seen > MAX_NODES_FOCUSED) return null;
      found ??= this.byNode.get(n)?.[0] ?? null;
    }
    return found;
  }
}
