// Where a hover card goes: below, above or beside its mark, inside the viewport, never over the mark, and over as
// few other marks as it can (a card over the next table row would catch the pointer on its way there). Pure: the
// mark's client rects, the card's size and the viewport in; a position out. tooltip.ts measures and applies it.

/** Why: a client rect as getClientRects gives it; only the edges are used. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Why: the four places a card can go. */
export type Side = 'below' | 'above' | 'right' | 'left';
/** Why: the order the sides are preferred in when all else is equal (a card below reads like a footnote). */
export const SIDES: readonly Side[] = ['below', 'above', 'right', 'left'];

/** Why: space between the mark and the card (the pointer crosses it within the grace period). */
export const GAP = 6;
/** Why: the card keeps this far from the viewport's edges. */
export const MARGIN = 8;
/** Why: a side with less room than this (and than the card) is not used: a card that short is of no use. */
export const MIN_HEIGHT = 96;

/**
 * Why: what a card that must scroll costs, against 10 per mark it covers: a covered mark cannot be reached by the
 * pointer while the card is there, so a card that hides less than half of itself beats one over the next line's mark.
 */
const SCROLL_COST = 20;

/** Why: everything placeCard needs, in viewport coordinates. */
export interface PlaceInput {
  /** The mark's rects (one per line it spans). */
  mark: readonly Box[];
  /** The card's natural size. */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Rects of the other marks on screen: covering them is avoided where possible. */
  others?: readonly Box[];
  /** Where the pointer is heading: marks covered on that side count three times (they are where it goes next). */
  heading?: Side | null;
}

/** Why: the card's top-left corner, the side chosen, and a height cap when the room there is short. */
export interface Placement {
  side: Side;
  left: number;
  top: number;
  /** The card scrolls within this height when it is taller than the room on its side; null when it fits. */
  maxHeight: number | null;
  /** How many of `others` the card covers. */
  covers: number;
  /** False only when no side had room (a mark taller than the viewport): then the card may cover the mark. */
  clear: boolean;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, hi));

/** Why: the smallest box holding all of a mark's rects. */
export function union(rects: readonly Box[]): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return rects.length === 0 ? { left: 0, top: 0, right: 0, bottom: 0 } : { left, top, right, bottom };
}

/** Why: overlap test with touching edges counted as apart. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

interface Candidate {
  left: number;
  top: number;
  height: number;
  maxHeight: number | null;
}

// One side's position, or null when the card cannot go there without covering the mark or leaving the viewport.
function candidate(side: Side, m: Box, w: number, h: number, vw: number, vh: number): Candidate | null {
  const alongX = clamp(m.left, MARGIN, vw - MARGIN - w);
  const fullH = vh - 2 * MARGIN;
  if (side === 'below' || side === 'above') {
    // A mark partly off screen: the card still starts (ends) inside the viewport.
    const start = Math.max(m.bottom + GAP, MARGIN);
    const end = Math.min(m.top - GAP, vh - MARGIN);
    const room = side === 'below' ? vh - MARGIN - start : end - MARGIN;
    if (room < Math.min(h, MIN_HEIGHT)) return null;
    const height = Math.min(h, room);
    const top = side === 'below' ? start : end - height;
    return { left: alongX, top, height, maxHeight: h > room ? room : null };
  }
  const left = side === 'right' ? m.right + GAP : m.left - GAP - w;
  if (left < MARGIN || left + w > vw - MARGIN) return null;
  const height = Math.min(h, fullH);
  return {
    left,
    top: clamp(m.top, MARGIN, vh - MARGIN - height),
    height,
    maxHeight: h > fullH ? fullH : null,
  };
}

/**
 * Why: picks the side for a card: the fewer other marks it covers the better (those ahead of the pointer count three
 * times), a card that must scroll costs by how much of it is hidden (SCROLL_COST), then below, above, right, left.
 */
export function placeCard({ mark, card, viewport, others = [], heading = null }: PlaceInput): Placement {
  const m = union(mark);
  const vw = viewport.width;
  const vh = viewport.height;
  const w = Math.min(card.width, vw - 2 * MARGIN);
  let best: Placement | null = null;
  let bestScore = Infinity;
  SIDES.forEach((side, order) => {
    const c = candidate(side, m, w, card.height, vw, vh);
    if (!c) return;
    const box = { left: c.left, top: c.top, right: c.left + w, bottom: c.top + c.height };
    let covers = 0;
    for (const o of others) if (overlaps(o, box)) covers++;
    const hidden = c.maxHeight === null ? 0 : 1 - c.maxHeight / card.height;
    const score = covers * (side === heading ? 30 : 10) + hidden * SCROLL_COST + order;
    if (score < bestScore) {
      bestScore = score;
      best = { side, left: c.left, top: c.top, maxHeight: c.maxHeight, covers, clear: true };
    }
  });
  if (best) return best;
  // No side has room: the mark fills the viewport. The card takes the larger end, at least MIN_HEIGHT tall.
  const below = vh - MARGIN - (m.bottom + GAP);
  const above = m.top - GAP - MARGIN;
  const height = Math.min(card.height, vh - 2 * MARGIN);
  const room = Math.max(MIN_HEIGHT, below, above);
  const side: Side = below >= above ? 'below' : 'above';
  const shown = Math.min(height, room);
  const top =
    side === 'below'
      ? clamp(m.bottom + GAP, MARGIN, vh - MARGIN - shown)
      : clamp(m.top - GAP - shown, MARGIN, vh - MARGIN - shown);
  let covers = 0;
  const box = { left: clamp(m.left, MARGIN, vw - MARGIN - w), top, right: 0, bottom: top + shown };
  box.right = box.left + w;
  for (const o of others) if (overlaps(o, box)) covers++;
  return {
    side,
    left: box.left,
    top,
    maxHeight: shown < card.height ? shown : null,
    covers,
    clear: mark.every((r) => !overlaps(r, box)),
  };
}
