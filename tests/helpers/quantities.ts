// What the quantity scanner's tests assert, in one place: a sentence holds exactly the quantity expected, or none.
import { expect } from 'vitest';
import { scanQuantities, type Quantity } from '../../src/core/quantities';

/** Why: a quantity as a test expects it: its fields and the text it spans. */
export type ExpectedQuantity = Partial<Quantity> & { text: string };

/** Why: `text` holds one quantity, matching `expected` (a fractional value to two places). */
export function expectOneQuantity(text: string, expected: ExpectedQuantity): void {
  const found = scanQuantities(text);
  expect(found).toHaveLength(1);
  const q = found[0]!;
  expect({ ...q, text: text.slice(q.start, q.end) }).toMatchObject(
    expected.value !== undefined && !Number.isInteger(expected.value)
      ? { ...expected, value: expect.closeTo(expected.value, 2) }
      : expected,
  );
}

/** Why: `text` holds no quantity at all. */
export function expectNoQuantity(text: string): void {
  expect(scanQuantities(text).map((q) => text.slice(q.start, q.end))).toEqual([]);
}
