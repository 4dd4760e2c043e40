// Halvings and outcomes of none, in words: what the digit scanner never sees, as scanQuantities reports it.
import { describe, test } from 'vitest';
import {
  expectNoQuantity,
  expectOneQuantity,
  type ExpectedQuantity as Expected,
} from '../../tests/helpers/quantities';

const CLAIMS: [string, Expected][] = [
  ['we could roughly halve the tail latency', { kind: 'multiplier', text: 'roughly halve', value: 0.5 }],
  [
    'teams tell us they cut their GPU bill in half',
    { kind: 'multiplier', text: 'cut their GPU bill in half', value: 0.5, unit: 'x' },
  ],
  [
    'it slashed build times roughly in half',
    { kind: 'multiplier', text: 'slashed build times roughly in half', value: 0.5, hedge: 'roughly' },
  ],
  [
    'Data errors in board reports fell to zero in two quarters',
    { kind: 'multiplier', text: 'fell to zero', value: 0, unit: 'x' },
  ],
  [
    'since then failed deploys have dropped to zero',
    { kind: 'multiplier', text: 'dropped to zero', value: 0 },
  ],
  [
    'Zero successful supply chain breaches since onboarding',
    { kind: 'multiplier', value: 0, text: 'Zero successful supply chain breaches' },
  ],
];

const NOT_CLAIMS: [string, string][] = [
  ['split the array in half and recurse', 'a division, not a reduction'],
  ['During the outage, throughput dropped to zero', 'an event: what fell is no bad thing'],
  ['the backlog went to zero', 'what fell is no bad thing'],
  ['set the error budget to zero', 'a setting'],
  ['zero-downtime deploys', 'a hyphenated name'],
  ['databases will be upgraded with zero downtime', 'how a change is made'],
  ['we migrated the cluster with zero data loss', 'how a change is made'],
];

describe('halvings and zeros found', () => {
  test.each(CLAIMS)('%s', expectOneQuantity);
});

describe('halvings and zeros that are not claims', () => {
  test.each(NOT_CLAIMS)('%s (%s)', (text) => expectNoQuantity(text));
});
