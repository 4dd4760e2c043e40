// held36 misses: "continue building the fastest (and the greatest) analytical database management system" ranks a
// product past its bracketed aside, and "often more resilient and feature-rich than proprietary software" is set
// against a category of rivals, not two parts of an explanation.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test('a superlative ranks the product named past its bracketed aside', () => {
  const ranked =
    '# T\n\nWe continue building the fastest (and the greatest) analytical database management system.';
  expect(worthOf(ranked, 'the fastest')).not.toBe('none');
  expect(worthOf('# T\n\nThe fastest (by far) way to learn is to practice.', 'The fastest')).toBe('none');
});

test('a comparison with proprietary or commercial software is one with rivals', () => {
  const rivals = '# T\n\nOpen source is often more resilient than proprietary software.';
  expect(worthOf(rivals, 'than proprietary software')).not.toBe('none');
});
