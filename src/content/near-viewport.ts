// Which marks are on or near the screen. Highlighting 18 000 ranges at once makes every frame of a 1 MB page
// slow (the browser's per-frame highlight work grows with the total), so only marks within two screens of the
// viewport are drawn, and scrolling brings the next ones in. Marks are kept in reading order and the window is
// found by binary search on their positions: a few getBoundingClientRect calls per scroll frame, whatever the
// page's size (an IntersectionObserver on thousands of paragraphs costs a long first frame instead). On a dense page
// the window is also capped by count: all the marks on screen, then the nearest others up to NEAR_CAP in all.
import type { Mark } from './anchor';
import { sortInSlices, yieldToPage } from './schedule';
import { boxOf } from './measure';

/** Why: how far beyond the viewport marks are drawn, in viewport heights (under NEAR_CAP, a scroll shows no gap). */
export const NEAR_SCREENS = 2;

/**
 * Why: the most marks drawn at once (those on screen are all drawn, however many). Chromium rebuilds every registered
 * highlight's markers on each frame in which the page's DOM or style changed: on a page that animates its DOM, 220
 * ranges cost ~4 ms of every frame and a major collection every second or two (30 ranges cost nothing measurable;
 * traced in chromium 156).
 */
export const NEAR_CAP = 80;

/** Why: a mark with where it is on screen, to choose the nearest when there are too many. */
export interface Placed<T> {
  item: T;
  top: number;
  bottom: number;
}

/**
 * Why: keeps every mark on screen (0 to `height`) and the nearest others up to `cap` in all, in their given order.
 */
export function nearest<T>(placed: readonly Placed<T>[], height: number, cap: number): T[] {
  if (placed.length <= cap) return placed.map((p) => p.item);
  const distance = (p: Placed<T>): number => (p.bottom < 0 ? -p.bottom : p.top > height ? p.top - height : 0);
  const order = placed.map((p, i) => ({ i, d: distance(p) })).sort((a, b) => a.d - b.d || a.i - b.i);
  const on = order.filter((o) => o.d === 0).length;
  const keep = new Set(order.slice(0, Math.max(cap, on)).map((o) => o.i));
  return placed.filter((_, i) => keep.has(i)).map((p) => p.item);
}

// Marks whose position cannot be told (display:none, detached) report an empty rect.
function box(m: Mark): DOMRect | null {
  const r = boxOf(m);
  return r.width === 0 && r.height === 0 && r.top === 0 && r.left === 0 ? null : r;
}

/** Why: the window of marks near the viewport; `onChange` fires when it changes (after scrolls and resizes). */
export class NearViewport {
  private sorted: Mark[] = [];
  private current: Mark[] = [];
  private frame = 0;
  private generation = 0;

  constructor(
    private readonly onChange: () => void,
    private readonly signal: AbortSignal,
  ) {
    const schedule = (): void => {
      if (!this.frame) this.frame = requestAnimationFrame(() => this.update());
    };
    // Capture: scrolls of inner containers (an article in a scrolling pane) count too.
    addEventListener('scroll', schedule, { passive: true, capture: true, signal });
    addEventListener('resize', schedule, { passive: true, signal });
    signal.addEventListener('abort', () => cancelAnimationFrame(this.frame), { once: true });
  }

  /**
   * Tracks these marks (in reading order by `order`), replacing the previous ones. Sorting is sliced and the
   * first measure gets a task of its own, so neither shares a task with the caller's work.
   */
  async track(marks: readonly Mark[]): Promise<void> {
    const generation = ++this.generation;
    const sorted = await sortInSlices(marks, (m) => m.order, this.signal);
    await yieldToPage();
    // A newer track() call (the page was drawn again) or a teardown wins.
    if (generation !== this.generation || this.signal.aborted) return;
    this.sorted = sorted;
    this.compute();
    this.onChange();
  }

  /** The marks to draw now. */
  marks(): Mark[] {
    return this.current;
  }

  private update(): void {
    this.frame = 0;
    const before = this.current;
    this.compute();
    if (before.length !== this.current.length || before.some((m, i) => m !== this.current[i]))
      this.onChange();
  }

  private compute(): void {
    const list = this.sorted;
    const margin = innerHeight * NEAR_SCREENS;
    const top = -margin;
    const bottom = innerHeight + margin;
    // First mark whose box ends below `top` (boxes grow down the page in reading order).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let probe = mid;
      let r: DOMRect | null = null;
      while (probe < hi && !(r = box(list[probe] as Mark))) probe++;
      if (!r) hi = mid;
      else if (r.bottom < top) lo = probe + 1;
      else hi = mid;
    }
    const out: Placed<Mark>[] = [];
    // Walk on while boxes start above `bottom`; a few past it, for floats and table cells out of order.
    let past = 0;
    for (let i = lo; i < list.length && past < 24; i++) {
      const m = list[i] as Mark;
      const r = box(m);
      if (!r) continue;
      if (r.top > bottom) past++;
      else if (r.bottom >= top) out.push({ item: m, top: r.top, bottom: r.bottom });
    }
    this.current = nearest(out, innerHeight, NEAR_CAP);
  }
}
