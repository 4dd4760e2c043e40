// The keyboard's walk through the marks: the next or previous one in reading order, and where a walk starts when no
// card is open (the first mark on screen). Pure: orders and boxes in, a mark out.

/** Why: the next (by 1) or previous (by -1) item after the reading position `from`, wrapping round at the ends. */
export function stepOrder<T extends { order: number }>(
  items: readonly T[],
  from: number | null,
  by: 1 | -1,
): T | null {
  let best: T | null = null;
  let wrap: T | null = null;
  for (const it of items) {
    const ahead = from === null || (by === 1 ? it.order > from : it.order < from);
    if (ahead && (!best || (by === 1 ? it.order < best.order : it.order > best.order))) best = it;
    if (!wrap || (by === 1 ? it.order < wrap.order : it.order > wrap.order)) wrap = it;
  }
  return best ?? wrap;
}

/**
 * Why: with no card open, "next" starts at the first mark on screen and "previous" at the last one; the reading
 * position returned lies just before (after) it. Null when no mark is on screen.
 */
export function startOrder(
  onScreen: readonly { order: number; top: number; bottom: number }[],
  viewportHeight: number,
  by: 1 | -1,
): number | null {
  let pick: number | null = null;
  for (const m of onScreen) {
    if (m.bottom <= 0 || m.top >= viewportHeight) continue;
    if (pick === null || (by === 1 ? m.order < pick : m.order > pick)) pick = m.order;
  }
  return pick === null ? null : pick - by * 0.5;
}
