import { expect, test } from 'vitest';
import { sortInSlices } from './schedule';

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
