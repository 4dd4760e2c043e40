import { afterEach, expect, test, vi } from 'vitest';
import { sortInSlices, whenIdle, whenLoaded } from './schedule';

interface Item {
  id: number;
  order: number;
}

const items = (orders: number[]): Item[] => orders.map((order, id) => ({ id, order }));
const byOrder = (xs: Item[]): Item[] => [...xs].sort((a, b) => a.order - b.order);
// A deterministic shuffle (no Math.random in tests).
const scrambled = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 20_011);

test.each([
  ['empty', []],
  ['one', [5]],
  ['already in order', [1, 2, 3, 10, 20]],
  ['reversed', [9, 7, 5, 3, 1, 0]],
  ['ties keep their input order (stable)', [3, 1, 3, 1, 2, 3, 1]],
  ['odd length, negative and fractional keys', [0.5, -2, 7, 0.25, -2, 100, 3]],
  ['20 000 scrambled keys', scrambled],
])('sortInSlices: %s', async (_name, orders) => {
  const input = items(orders);
  const out = await sortInSlices(input, (x) => x.order);
  expect(out.map((x) => x.id)).toEqual(byOrder(input).map((x) => x.id));
  expect(out).not.toBe(input);
});

test('sortInSlices yields to other tasks while it works, so none of its tasks is long', async () => {
  let ranBetween = false;
  setTimeout(() => (ranBetween = true), 0);
  // A key that costs 0.02 ms: 4 000 of them are 80 ms of work, far over one slice.
  const slowKey = (x: Item): number => {
    const t = performance.now();
    while (performance.now() - t < 0.02);
    return x.order;
  };
  const out = await sortInSlices(items(scrambled.slice(0, 4000)), slowKey);
  expect(ranBetween).toBe(true);
  expect(out).toHaveLength(4000);
});

test('sortInSlices stops between slices when its signal aborts', async () => {
  const controller = new AbortController();
  const slowKey = (x: Item): number => {
    const t = performance.now();
    while (performance.now() - t < 0.02);
    return x.order;
  };
  const sorting = sortInSlices(items(scrambled.slice(0, 4000)), slowKey, controller.signal);
  controller.abort();
  await expect(sorting).rejects.toThrow();
});

afterEach(() => vi.unstubAllGlobals());

// The page as the two waits see it: its ready state, its load listeners, and idle callbacks held until released.
function stubPage(readyState: DocumentReadyState): { load: () => void; idle: () => void } {
  const onLoad: (() => void)[] = [];
  const onIdle: (() => void)[] = [];
  vi.stubGlobal('document', { readyState });
  vi.stubGlobal('addEventListener', (type: string, fn: () => void) => type === 'load' && onLoad.push(fn));
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => onIdle.push(fn));
  return {
    load: () => onLoad.splice(0).forEach((f) => f()),
    idle: () => onIdle.splice(0).forEach((f) => f()),
  };
}

// Whether a promise has settled, after everything already queued has run.
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  for (let k = 0; k < 5; k++) await Promise.resolve();
  return done;
}

test('a read the user asked for starts at once on a loaded page, without waiting for it to be idle', async () => {
  const page = stubPage('complete');
  expect(await settled(whenLoaded())).toBe(true);
  const idle = whenIdle();
  expect(await settled(idle)).toBe(false);
  page.idle();
  expect(await settled(idle)).toBe(true);
});

test('on a loading page both wait for the load, and only the idle wait waits for idle after it', async () => {
  const page = stubPage('loading');
  const loaded = whenLoaded();
  const idle = whenIdle();
  expect(await settled(loaded)).toBe(false);
  page.load();
  expect(await settled(loaded)).toBe(true);
  expect(await settled(idle)).toBe(false);
  page.idle();
  expect(await settled(idle)).toBe(true);
});
