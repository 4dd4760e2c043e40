// The marks whose boxes cross a horizontal band of the viewport (where a card may go, or the screen itself), found
// in the painter's near-viewport list by binary search: a few rects read, not hundreds, while a card opens.
import type { Mark } from './anchor';
import { boxOf } from './measure';

// Marks whose position cannot be told (display:none, detached) report an empty rect.
function box(m: Mark): DOMRect | null {
  const r = boxOf(m);
  return r.width === 0 && r.height === 0 && r.top === 0 && r.left === 0 ? null : r;
}

/**
 * Why: `sorted` is in reading order, so boxes grow down the page: binary search for the first box that ends below
 * `top`, then walk while boxes start above `bottom` (and a few past it: floats and table cells out of order).
 */
export function marksInBand(sorted: readonly Mark[], top: number, bottom: number): Mark[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let probe = mid;
    let r: DOMRect | null = null;
    while (probe < hi && !(r = box(sorted[probe] as Mark))) probe++;
    if (!r) hi = mid;
    else if (r.bottom < top) lo = probe + 1;
    else hi = mid;
  }
  const out: Mark[] = [];
  let past = 0;
  for (let i = lo; i < sorted.length && past < 8; i++) {
    const m = sorted[i] as Mark;
    const r = box(m);
    if (!r) continue;
    if (r.top > bottom) past++;
    else if (r.bottom >= top) out.push(m);
  }
  return out;
}
