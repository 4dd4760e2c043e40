// Measuring marks. A mark holds a StaticRange (see anchor.ts: live Ranges cost the page on every DOM edit); its boxes
// are read through one live Range kept for the purpose, set to the mark, read, and collapsed again.

let scratch: Range | null = null;

/**
 * Why: reads a StaticRange through the one live Range kept for measuring (a live Range is read directly); `read`
 * must not keep the Range it is given. Returns null when the range no longer fits the page's nodes.
 */
export function withLive<T>(r: AbstractRange, read: (live: Range) => T): T | null {
  if (typeof (r as Range).getBoundingClientRect === 'function') return read(r as Range);
  scratch ??= document.createRange();
  try {
    scratch.setStart(r.startContainer, r.startOffset);
    scratch.setEnd(r.endContainer, r.endOffset);
    return read(scratch);
  } catch {
    return null; // the page removed or shortened a node since: nothing to measure
  } finally {
    scratch.setStart(document, 0);
    scratch.collapse(true);
  }
}

const NO_RECTS: DOMRect[] = [];

/** Why: the boxes a mark's text occupies on screen, as a plain array (nothing live kept). */
export function rectsOf(m: { range: AbstractRange }): DOMRect[] {
  return withLive(m.range, (live) => Array.from(live.getClientRects())) ?? NO_RECTS;
}

/** Why: a mark's bounding box; an empty rect when it cannot be measured (as a detached Range reports). */
export function boxOf(m: { range: AbstractRange }): DOMRect {
  return withLive(m.range, (live) => live.getBoundingClientRect()) ?? new DOMRect();
}
