import fc from 'fast-check';
import { expect, test } from 'vitest';
import { GAP, MARGIN, overlaps, placeCard, union, type Box, type Placement } from './placement';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const viewport = { width: 1100, height: 640 };
const card = { width: 380, height: 200 };
const cardBox = (p: Placement, size = card): Box =>
  box(p.left, p.top, Math.min(size.width, viewport.width - 2 * MARGIN), p.maxHeight ?? size.height);

// The fixture article's results table: two columns of marked cells, rows 31 px apart, and a line of text above.
const cell = (col: number, row: number): Box => box(col === 0 ? 502 : 701, 280 + row * 31, 56, 18);
const table = [0, 1, 2].flatMap((row) => [cell(0, row), cell(1, row)]);

test('a card with room below goes below the mark, left-aligned with it, a gap away', () => {
  const p = placeCard({ mark: [box(300, 100, 60, 18)], card, viewport });
  expect(p).toMatchObject({
    side: 'below',
    left: 300,
    top: 118 + GAP,
    maxHeight: null,
    covers: 0,
    clear: true,
  });
});

test('near the bottom of the viewport it goes above', () => {
  const p = placeCard({ mark: [box(300, 560, 60, 18)], card, viewport });
  expect(p.side).toBe('above');
  expect(p.top + card.height).toBe(560 - GAP);
});

test('near the right edge it is shifted left to stay inside the viewport', () => {
  const p = placeCard({ mark: [box(1000, 100, 80, 18)], card, viewport });
  expect(p.left).toBe(viewport.width - MARGIN - card.width);
  expect(overlaps(cardBox(p), box(1000, 100, 80, 18))).toBe(false);
});

test('moving down a table column, no cell’s card covers the next cell of that column', () => {
  for (const row of [0, 1]) {
    const p = placeCard({
      mark: [cell(1, row)],
      card,
      viewport,
      others: table.filter((b) => b !== cell(1, row)),
      heading: 'below',
    });
    expect(overlaps(cardBox(p), cell(1, row + 1))).toBe(false);
    expect(overlaps(cardBox(p), cell(1, row))).toBe(false);
  }
});

test('a side that covers no other mark beats the preferred side that covers one', () => {
  const mark = box(300, 100, 60, 18);
  const next = box(300, 140, 60, 18);
  const p = placeCard({ mark: [mark], card, viewport: { width: 1100, height: 900 }, others: [next] });
  expect(p.side).not.toBe('below');
  expect(p.covers).toBe(0);
});

test('a card that must scroll a little beats a whole card over the next line’s mark', () => {
  // The fixture's first claim: 222 px from the top, 42% on the line below it, no room beside it.
  const mark = box(315, 222, 175, 19);
  const next = box(364, 249, 31, 19);
  const p = placeCard({
    mark: [mark],
    card: { width: 380, height: 250 },
    viewport: { width: 700, height: 640 },
    others: [next],
  });
  expect(p.side).toBe('above');
  expect(p.maxHeight).toBe(222 - GAP - MARGIN);
  expect(p.covers).toBe(0);
  // But not one that would hide most of itself.
  const low = placeCard({
    mark: [box(315, 110, 175, 19)],
    card: { width: 380, height: 250 },
    viewport: { width: 700, height: 640 },
    others: [box(364, 137, 31, 19)],
  });
  expect(low.side).toBe('below');
});

test('marks ahead of the pointer count three times: heading down, two marks behind beat one ahead', () => {
  const mark = box(300, 300, 60, 18);
  const ahead = box(300, 340, 60, 18);
  const behind = [box(300, 260, 60, 18), box(300, 220, 60, 18)];
  // Narrow: no room beside the mark, so the choice is above or below.
  const vp = { width: 400, height: 700 };
  const both = { mark: [mark], card: { width: 300, height: 150 }, viewport: vp, others: [ahead, ...behind] };
  expect(placeCard(both).side).toBe('below');
  expect(placeCard({ ...both, heading: 'below' }).side).toBe('above');
});

test('a card taller than any side scrolls on the side with the most room, still clear of the mark', () => {
  const mark = box(300, 200, 60, 18);
  const tall = { width: 380, height: 900 };
  const p = placeCard({ mark: [mark], card: tall, viewport: { width: 420, height: 640 } });
  expect(p.side).toBe('below');
  expect(p.maxHeight).toBe(640 - MARGIN - (218 + GAP));
  expect(overlaps(cardBox(p, tall), mark)).toBe(false);
});

test('a mark wrapped over two lines is avoided as a whole', () => {
  const lines = [box(600, 100, 400, 18), box(100, 120, 200, 18)];
  const p = placeCard({ mark: lines, card, viewport });
  for (const l of lines) expect(overlaps(cardBox(p), l)).toBe(false);
  expect(p.top).toBeGreaterThanOrEqual(union(lines).bottom + GAP);
});

test('only a mark taller than the viewport can be covered, and the card says so', () => {
  const huge = box(20, -50, 1000, 700);
  const p = placeCard({ mark: [huge], card, viewport });
  expect(p.clear).toBe(false);
  expect(p.top).toBeGreaterThanOrEqual(MARGIN);
  expect(p.top + (p.maxHeight ?? card.height)).toBeLessThanOrEqual(viewport.height - MARGIN);
});

test('property: wherever the mark is, the card stays in the viewport and, when clear, off the mark', () => {
  const rect = fc
    .record({
      x: fc.integer({ min: -100, max: 1150 }),
      y: fc.integer({ min: -100, max: 700 }),
      w: fc.integer({ min: 4, max: 500 }),
      h: fc.integer({ min: 10, max: 60 }),
    })
    .map(({ x, y, w, h }) => box(x, y, w, h));
  fc.assert(
    fc.property(
      fc.array(rect, { minLength: 1, maxLength: 3 }),
      fc.array(rect, { maxLength: 12 }),
      fc.record({ width: fc.integer({ min: 120, max: 420 }), height: fc.integer({ min: 40, max: 900 }) }),
      fc.record({ width: fc.integer({ min: 320, max: 1600 }), height: fc.integer({ min: 240, max: 1000 }) }),
      fc.constantFrom(null, 'below', 'above', 'right', 'left' as const),
      (mark, others, size, vp, heading) => {
        const p = placeCard({ mark, card: size, viewport: vp, others, heading });
        const w = Math.min(size.width, vp.width - 2 * MARGIN);
        const b = box(p.left, p.top, w, p.maxHeight ?? size.height);
        expect(b.left).toBeGreaterThanOrEqual(MARGIN);
        expect(b.right).toBeLessThanOrEqual(vp.width - MARGIN);
        expect(b.top).toBeGreaterThanOrEqual(MARGIN);
        expect(b.bottom).toBeLessThanOrEqual(vp.height - MARGIN);
        if (p.clear) for (const r of mark) expect(overlaps(b, r)).toBe(false);
        expect(p.covers).toBe(others.filter((o) => overlaps(o, b)).length);
      },
    ),
    { numRuns: 2000 },
  );
});

test('property: a mark inside the viewport with room on some side is never covered', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1000 }),
      fc.integer({ min: 0, max: 600 }),
      fc.integer({ min: 10, max: 100 }),
      (x, y, w) => {
        const mark = box(x, y, w, 18);
        const p = placeCard({ mark: [mark], card, viewport });
        // 640 px tall: every 18 px line leaves at least MIN_HEIGHT above or below it.
        expect(p.clear).toBe(true);
        expect(overlaps(cardBox(p), mark)).toBe(false);
      },
    ),
  );
});
