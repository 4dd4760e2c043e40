// The message size estimate is an upper bound of the real JSON size, stops early past its limit, and article
// batches stop at a block count or a character count, whichever comes first.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CHARS_PER_MESSAGE, batchEnd, fitsMessage, messageSize } from './message-size';
import type { Block } from '../core/article';

const utf8 = (v: unknown): number => Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');

test('the estimate is never below the real size of the JSON (any JSON value)', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      expect(messageSize(v)).toBeGreaterThanOrEqual(utf8(v));
    }),
    { numRuns: 1000 },
  );
});

test.each([
  ['plain ASCII: a byte a character, and its quotes', 'plain text, 100% [ok] ~#', 26],
  ['a quote: every character counted as an escape', 'say "hi"', 50],
  ['a backslash likewise', 'a\\b', 20],
  ['a control character likewise', 'a\tb', 20],
  ['non-ASCII: three bytes a character', 'café', 14],
  ['an object: braces, keys, colons and commas', { a: 'b', cd: ['e'] }, 2 + 5 + 3 + 6 + 6],
  // fast-check found it: a small negative number written in full is 25 characters.
  ['the longest number', -0.0000010195545584842331, 25],
])('the estimate, %s', (_name, value, bytes) => {
  expect(messageSize(value)).toBe(bytes);
});

test('a value over the limit does not fit', () => {
  const big = Array.from({ length: 100_000 }, (_, i) => `item ${i}`);
  expect(messageSize(big, 1000)).toBeGreaterThan(1000);
  expect(fitsMessage(big, 1000)).toBe(false);
  expect(fitsMessage({ a: 'x' }, 1000)).toBe(true);
});

describe('batchEnd', () => {
  const block = (chars: number): Block => ({ kind: 'paragraph', text: 'x'.repeat(chars), links: [] });
  test.each<[string, Block[], number, number, number]>([
    ['by count', Array.from({ length: 10 }, () => block(10)), 0, 4, 4],
    ['from the middle', Array.from({ length: 10 }, () => block(10)), 8, 4, 10],
    ['by characters', [block(600_000), block(600_000), block(10)], 0, 300, 1],
    ['one block larger than a message still moves', [block(CHARS_PER_MESSAGE * 3), block(1)], 0, 300, 1],
    ['at the end', [block(1)], 1, 300, 1],
  ])('%s', (_name, blocks, from, max, end) => {
    expect(batchEnd(blocks, from, max)).toBe(end);
  });
});
