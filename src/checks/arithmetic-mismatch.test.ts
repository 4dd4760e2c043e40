import { expect, test } from 'vitest';
import { arithmeticMismatch } from './arithmetic-mismatch';
import { claim, report } from '../../tests/helpers/report';

const figure = (
  sentence: string,
  text: string,
  value: number,
  kind: 'percentage' | 'multiplier' = 'percentage',
) => claim({ kind, text, value, sentence });

test.each<[string, string, string, number, 'percentage' | 'multiplier', string | null]>([
  [
    'a ratio given as an increase',
    'Contributors have increased from 121 in December 2020 to 209 in December 2021 (up 172%).',
    '172%',
    172,
    'percentage',
    '121 to 209 is 73%',
  ],
  [
    'a cut that adds up',
    'Latency dropped from 200 ms to 20 ms, a 90% reduction.',
    '90%',
    90,
    'percentage',
    null,
  ],
  [
    'an increase that adds up',
    'Revenue grew from $2.0M to $3.5M, an increase of 75%.',
    '75%',
    75,
    'percentage',
    null,
  ],
  [
    'a multiple that adds up',
    'Builds went from 45 minutes to 5 minutes, 9x faster.',
    '9x faster',
    9,
    'multiplier',
    null,
  ],
  [
    'a multiple that does not',
    'Builds went from 20 minutes to 4 minutes, a 2x increase.',
    '2x',
    2,
    'multiplier',
    '20 to 4 is 5x',
  ],
  [
    'a counted noun and a year between',
    'Grown its partner network from 120 firms in 2025 to 210 firms in 2026 (up 175%).',
    '175%',
    175,
    'percentage',
    '120 to 210 is 75%',
  ],
  ['rounding is no error', 'Stars went from 4,828 to 9,090 (up 90%).', '90%', 90, 'percentage', null],
  [
    'a figure about another quantity in the sentence',
    'We grew from 2 to 3 nodes and throughput went up 40%.',
    '40%',
    40,
    'percentage',
    null,
  ],
  ['years are no amounts', 'From 2019 to 2021 usage grew 300%.', '300%', 300, 'percentage', null],
  [
    'the ends after the figure',
    'The bundle was reduced by 50% from 12 megabytes to 9.1 megabytes.',
    '50%',
    50,
    'percentage',
    '12 to 9.1 is 24%',
  ],
  [
    'ends after the figure that add up',
    'The bundle was reduced by 25% from 12 megabytes to 9.1 megabytes.',
    '25%',
    25,
    'percentage',
    null,
  ],
  // A halving is the inverse multiple of its ends (review of the "in half" quantities).
  [
    'a halving of its two ends',
    'We cut the p99 latency in half, from 400ms to 200ms.',
    'in half',
    0.5,
    'multiplier',
    null,
  ],
  [
    'a halving its ends do not give',
    'We cut the p99 latency in half, from 400ms to 100ms.',
    'in half',
    0.5,
    'multiplier',
    '4x',
  ],
])('%s', (_name, sentence, text, value, kind, says) => {
  const findings = arithmeticMismatch.run(report({ claims: [figure(sentence, text, value, kind)] }));
  if (says === null) expect(findings).toEqual([]);
  else {
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'medium', ref: 'c1' });
    expect(findings[0]!.message).toContain(says);
  }
});
