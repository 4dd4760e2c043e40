// Off the critical path: wait for an idle moment, then work in slices that yield, so no task of ours is long.

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Why: a slice budget far under the 50 ms long-task line, leaving room for a GC pause or the browser's own work in the same task. */
export const SLICE_MS = 5;

/** Why: lets the browser run input and rendering between our slices; scheduler.yield keeps our place in line. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Why: ClaimLens starts after the page's own work (load, hydration), or after `timeout` ms at the latest. */
export function whenIdle(timeout = 1500): Promise<void> {
  return new Promise((resolve) => {
    const start = (): void => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
      else setTimeout(resolve, 50);
    };
    if (document.readyState === 'complete') start();
    else {
      const timer = setTimeout(start, timeout);
      addEventListener(
        'load',
        () => {
          clearTimeout(timer);
          start();
        },
        { once: true },
      );
    }
  });
}

/** Why: a loop over many items (ranges to build, rects to measure) that yields every SLICE_MS. */
export async function inSlices<T>(
  items: readonly T[],
  each: (item: T, index: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  let until = performance.now() + SLICE_MS;
  for (let i = 0; i < items.length; i++) {
    each(items[i] as T, i);
    if (performance.now() >= until) {
      await yieldToPage();
      signal?.throwIfAborted();
      until = performance.now() + SLICE_MS;
    }
  }
}

/**
 * Why: a stable sort by a numeric key that yields every SLICE_MS. A comparator sort of the 18 000 marks of a 1 MB
 * page took 3-30 ms in one task on a busy two-core machine, and with a GC pause in the same task that crossed 50 ms.
 * Input already in order (the usual case) costs one pass, itself sliced.
 */
export async function sortInSlices<T>(
  items: readonly T[],
  key: (item: T) => number,
  signal?: AbortSignal,
): Promise<T[]> {
  const n = items.length;
  let until = performance.now() + SLICE_MS;
  // Checked every 1024 steps: performance.now() per step would cost more than the step.
  const due = (step: number): boolean => (step & 1023) === 0 && performance.now() >= until;
  const pause = async (): Promise<void> => {
    await yieldToPage();
    signal?.throwIfAborted();
    until = performance.now() + SLICE_MS;
  };
  const keys = new Float64Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    keys[i] = key(items[i] as T);
    if (i > 0 && !((keys[i - 1] as number) <= (keys[i] as number))) sorted = false;
    if (due(i)) await pause();
  }
  if (sorted) return items.slice();
  // Bottom-up merge sort of indices by key: no comparator calls, no allocation per step; stable.
  let from = new Uint32Array(n);
  let to = new Uint32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        const ki = keys[from[i] as number] as number;
        const kj = keys[from[j] as number] as number;
        to[k] = j >= hi || (i < mid && !(kj < ki)) ? (from[i++] as number) : (from[j++] as number);
        if (due(k)) await pause();
      }
    }
    [from, to] = [to, from];
  }
  const order = from;
  return Array.from(order, (i) => items[i] as T);
}
