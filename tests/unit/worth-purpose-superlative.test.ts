// held37: superlatives that rank no product. An aim or a search ("To provide the best product for their customers,
// they are certified for SOC 2", "this tool to determine the most suitable database for our users") and what sets
// the best of a kind apart ("what differentiate the best apps"). A product said to be the best still claims.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test('an aim, a search or what sets the best apart ranks nothing', () => {
  expect(worthOf('# T\n\nTo provide the best product for their customers, they are certified.', 'best')).toBe(
    'none',
  );
  expect(worthOf('# T\n\nI used a tool to determine the most suitable database for our users.', 'most')).toBe(
    'none',
  );
  expect(worthOf('# T\n\nOffline mode is what differentiate the best apps.', 'best')).toBe('none');
});

test('a product said to be the best, or to make the fastest, still claims', () => {
  expect(worthOf('# T\n\nWe make the best database on the market.', 'best')).not.toBe('none');
  expect(worthOf('# T\n\nQuillbase is the best product for their customers.', 'best')).not.toBe('none');
});
