// held41: "Larger companies save more money and resources with better speed than smaller companies", "Products that
// need to be in front of users all day require better performance than products that operate in the background":
// two kinds of one class. The author's product, or others of its kind, set against it is still a comparison.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test('two kinds of one class compared name no product or rival', () => {
  const md =
    '# Speed\n\nApps that need to be in front of users all day require better latency than apps that run in the background.\n';
  expect(worthOf(md, 'better latency than apps')).toBe('none');
});

test("the author's own side, or others of its kind, is still compared", () => {
  expect(
    worthOf(
      '# Speed\n\nOur database gives better latency than other databases.\n',
      'better latency than other',
    ),
  ).not.toBe('none');
  expect(
    worthOf(
      '# Speed\n\nOur databases give better latency than hosted databases.\n',
      'better latency than hosted',
    ),
  ).not.toBe('none');
});
