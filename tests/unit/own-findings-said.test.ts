// What an engineering post says of its own work, read as such: what its profiling found, a share of the dataset it
// runs on, and a comparison it aims at ("opportunities for outperforming", "make sure ... is faster"). Each against a
// sentence that keeps its claim.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

test('what the author found when profiling, set against their own case, is their result', () => {
  const said =
    'When profiling the parser, we found, to our surprise, that long tokens were 8x faster to build than short ones.';
  expect(claimOf(said, '8x faster').worth).toBe('none');
  const rival = 'When profiling the parser, we found that it was 8x faster than Lintly.';
  expect(claimOf(rival, '8x faster').worth).not.toBe('none');
});

test('a share of the dataset the post measures on is no result; a share of users still is a claim', () => {
  const data =
    'Only strings longer than 64 bytes (less than 2% of the strings in the TextBench dataset) are copied.';
  expect(claimOf(data, 'less than 2%').worth).toBe('none');
  const users = 'Less than 2% of the users in the industry copy strings by hand.';
  expect(claimOf(users, 'Less than 2%').worth).not.toBe('none');
});

test('a comparison aimed at is no result: opportunities for it, or making sure of it', () => {
  expect(
    claimOf('The new layout provides three opportunities for outperforming Lintly:', 'outperforming Lintly')
      .worth,
  ).toBe('none');
  expect(
    claimOf(
      'We went out of our way to make sure loading the new layout is faster than Lintly.',
      'faster than Lintly',
    ).worth,
  ).toBe('none');
  expect(claimOf('Loading the new layout is faster than Lintly.', 'faster than Lintly').worth).not.toBe(
    'none',
  );
});
