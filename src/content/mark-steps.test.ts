import { expect, test } from 'vitest';
import { startOrder, stepOrder } from './mark-steps';

// Out of reading order on purpose: a plan lists claims, then links, then imports.
const marks = [30, 10, 50, 20, 40].map((order) => ({ order }));

test.each([
  [null, 1, 10],
  [null, -1, 50],
  [10, 1, 20],
  [20, 1, 30],
  [50, 1, 10],
  [30, -1, 20],
  [10, -1, 50],
  [25, 1, 30],
  [25, -1, 20],
] as const)('from %s by %s: %s', (from, by, want) => {
  expect(stepOrder(marks, from, by)?.order).toBe(want);
});

test('no marks: no step', () => {
  expect(stepOrder([], null, 1)).toBeNull();
});

test('the walk starts at the first mark on screen (next) or the last (previous)', () => {
  const seen = [
    { order: 10, top: -40, bottom: -20 },
    { order: 20, top: 5, bottom: 23 },
    { order: 30, top: 300, bottom: 318 },
    { order: 40, top: 700, bottom: 718 },
  ];
  const next = startOrder(seen, 640, 1);
  const previous = startOrder(seen, 640, -1);
  expect(stepOrder(marks, next, 1)?.order).toBe(20);
  expect(stepOrder(marks, previous, -1)?.order).toBe(30);
  expect(startOrder(seen.slice(0, 1), 640, 1)).toBeNull();
});
