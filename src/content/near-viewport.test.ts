import { expect, test } from 'vitest';
import { nearest, type Placed } from './near-viewport';

// Marks 100 px tall, one under the other, starting at `from` (a 1000 px viewport from 0 to 1000).
const column = (count: number, from: number): Placed<number>[] =>
  Array.from({ length: count }, (_, i) => ({ item: i, top: from + i * 100, bottom: from + i * 100 + 90 }));

test('under the cap every mark is kept, in order', () => {
  const placed = column(5, -300);
  expect(nearest(placed, 1000, 10)).toEqual([0, 1, 2, 3, 4]);
});

test('over the cap, the nearest to the screen are kept, above and below alike, in reading order', () => {
  // 0..29 at -1500..1400: on screen are 15..25 (tops 0 to 1000); the 3 nearest others are 14, 13 above and 26 below.
  const kept = nearest(column(30, -1500), 1000, 14);
  expect(kept).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
});

test('marks on screen are all kept even when they alone pass the cap', () => {
  // A dense table: 40 marks 25 px apart, all within the viewport, and more below it.
  const placed: Placed<number>[] = [
    ...Array.from({ length: 40 }, (_, i) => ({ item: i, top: i * 25, bottom: i * 25 + 20 })),
    ...Array.from({ length: 10 }, (_, i) => ({ item: 40 + i, top: 1100 + i * 50, bottom: 1120 + i * 50 })),
  ];
  expect(nearest(placed, 1000, 10)).toEqual(Array.from({ length: 40 }, (_, i) => i));
});

test('a mark that straddles an edge of the screen counts as on screen', () => {
  const placed: Placed<string>[] = [
    { item: 'far above', top: -900, bottom: -800 },
    { item: 'across the top', top: -50, bottom: 30 },
    { item: 'across the bottom', top: 990, bottom: 1040 },
    { item: 'far below', top: 1800, bottom: 1850 },
  ];
  expect(nearest(placed, 1000, 2)).toEqual(['across the top', 'across the bottom']);
});
