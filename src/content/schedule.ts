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
