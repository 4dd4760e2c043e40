import { expect, test } from 'vitest';
import type { Mark } from './anchor';
import { marksInBand } from './in-band';

// Marks in reading order whose ranges report these boxes (null: not rendered, an empty rect).
function marks(boxes: ([number, number] | null)[]): Mark[] {
  return boxes.map((b, i) => {
    const [top, bottom] = b ?? [0, 0];
    const rect = {
      top,
      bottom,
      left: b ? 10 : 0,
      right: b ? 50 : 0,
      width: b ? 40 : 0,
      height: bottom - top,
    };
    return {
      ref: `m${i}`,
      status: 'unsupported',
      order: i,
      range: { getBoundingClientRect: () => rect } as Range,
    };
  });
}

const refs = (ms: Mark[]): string[] => ms.map((m) => m.ref);

test('the marks crossing the band, found among many above and below it', () => {
  const list = marks(
    Array.from({ length: 400 }, (_, i) => [i * 20 - 2000, i * 20 - 1982] as [number, number]),
  );
  expect(refs(marksInBand(list, 0, 100))).toEqual(['m100', 'm101', 'm102', 'm103', 'm104', 'm105']);
});

test('unrendered marks are skipped, and a few past the band are still looked at (table cells out of order)', () => {
  const list = marks([[0, 18], null, [40, 58], [300, 318], [60, 78], null, [500, 518]]);
  expect(refs(marksInBand(list, 30, 100))).toEqual(['m2', 'm4']);
});

test('nothing in the band: nothing', () => {
  expect(
    marksInBand(
      marks([
        [0, 18],
        [400, 418],
      ]),
      100,
      200,
    ),
  ).toEqual([]);
  expect(marksInBand([], 0, 100)).toEqual([]);
});
