// "the world" names the market only as a place: a "Hello World" template or program is a name, no statistic of it.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

const MARKET = 'a statistic about the market or the world';

test('a share beside a "Hello World" template is no statistic about the world', () => {
  const claim = claimOf(
    'New hires deploy a "Hello World" template; 92% of them finish on the first try.',
    '92%',
  );
  expect(claim.worthReasons).not.toContain(MARKET);
});

test('a share of the world still is one', () => {
  const claim = claimOf('Across the world, 92% of new hires finish onboarding on the first try.', '92%');
  expect(claim.worthReasons).toContain(MARKET);
});
