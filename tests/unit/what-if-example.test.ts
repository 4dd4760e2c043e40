// "### What if...." over "Lets play a game with the following assumptions. ... Let the response time be 2ms": a
// supposed case worked through; its figures are not results. Outside it, the same figures are.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

const example = (heading: string, lead: string) =>
  [
    '# Reported p99 hides the GC pauses',
    `### ${heading}`,
    `${lead} The system is quiet apart from GC. Let the response time be 3ms at 400 tps, with GC throughput at 2% and a constant pause of 12ms.`,
    'Over a minute we get 23,520 transactions at 3ms, and 48 transactions between 12 and 15ms.',
  ].join('\n\n');

test('a "What if" section and a game "with the following assumptions" work an example through', () => {
  const markdown = example('What if....', 'Lets play a game with the following assumptions.');
  expect(claimOf(markdown, '23,520 transactions').worth).toBe('none');
  expect(claimOf(example('What if....', 'Here is our system.'), '23,520 transactions').worth).toBe('none');
  expect(
    claimOf(example('Results', 'Lets play a game with the following assumptions.'), '23,520 transactions')
      .worth,
  ).toBe('none');
});

test('the same figures under a results heading with no supposition are results', () => {
  expect(claimOf(example('Results', 'Here is our system.'), '23,520 transactions').worth).not.toBe('none');
});
