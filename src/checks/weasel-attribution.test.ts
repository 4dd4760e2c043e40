import { describe, expect, test } from 'vitest';
import type { Claim } from '../core/report';
import { weaselAttribution } from './weasel-attribution';
import { claim, report } from '../../tests/helpers/report';

test.each([
  ['unsupported', 1],
  ['cited-unlinked', 0], // reported once, by cited-unlinked
  ['linked', 0],
] as const)('weasel claim that is %s → %i findings', (support, n) => {
  const findings = weaselAttribution.run(
    report({ claims: [claim({ kind: 'weasel', text: 'experts agree', support, worth: 'medium' })] }),
  );
  expect(findings).toHaveLength(n);
  if (n) expect(findings[0]).toMatchObject({ severity: 'medium', ref: 'c1' });
});

// "What I read was that the site cost over $9,000,000": the figure's finding covers the attribution that introduces
// it, unless the attribution is the graver one; a figure before it is another claim.
describe('an attribution that introduces a flagged figure', () => {
  const sentence =
    'What I read was that 16 million people would use it, and so they spent over $9,000,000 on it.';
  const weasel = claim({ id: 'c1', kind: 'weasel', text: 'What I read was that', sentence, worth: 'medium' });
  const figure = (over: Partial<Claim>) =>
    claim({ id: 'c2', kind: 'money', text: 'over $9,000,000', sentence, ...over });
  test('is said by the figure when the figure is as grave', () => {
    expect(weaselAttribution.run(report({ claims: [weasel, figure({ worth: 'medium' })] }))).toEqual([]);
    expect(weaselAttribution.run(report({ claims: [weasel, figure({ worth: 'high' })] }))).toEqual([]);
  });
  test('keeps its own finding when the figure is less grave, needs no source, or is in another sentence', () => {
    for (const other of [
      figure({ worth: 'low' }),
      figure({ support: 'linked' }),
      figure({ worth: 'none' }),
      figure({ block: 1 }),
    ])
      expect(weaselAttribution.run(report({ claims: [weasel, other] }))).toHaveLength(1);
  });
  test('keeps its own finding when the figure is past a colon, a semicolon or a "but"', () => {
    const s =
      'Experts agree that the era of tuning is over, and the numbers back them up: nearly half of teams agree.';
    const experts = claim({ id: 'c1', kind: 'weasel', text: 'Experts agree', sentence: s, worth: 'medium' });
    const half = claim({ id: 'c2', kind: 'percentage', text: 'nearly half', sentence: s, worth: 'medium' });
    expect(weaselAttribution.run(report({ claims: [experts, half] }))).toHaveLength(1);
    for (const [lead, figure] of [
      ['Experts agree that tuning is over; nearly half of teams agree.', 'nearly half'],
      ['Experts agree that tuning is over, but nearly half of teams disagree.', 'nearly half'],
      ['Experts agree that tuning is over - nearly half of teams agree.', 'nearly half'],
    ] as const) {
      const w = claim({ id: 'c1', kind: 'weasel', text: 'Experts agree', sentence: lead, worth: 'medium' });
      const f = claim({ id: 'c2', kind: 'percentage', text: figure, sentence: lead, worth: 'medium' });
      expect(weaselAttribution.run(report({ claims: [w, f] }))).toHaveLength(1);
    }
  });
  test('keeps its own finding when the figure comes before it', () => {
    const s = 'It is a $14 billion market, and analysts estimate that engagement will double.';
    const analysts = claim({
      id: 'c1',
      kind: 'weasel',
      text: 'analysts estimate',
      sentence: s,
      worth: 'medium',
    });
    const market = claim({ id: 'c2', kind: 'money', text: '$14 billion', sentence: s, worth: 'medium' });
    expect(weaselAttribution.run(report({ claims: [analysts, market] }))).toHaveLength(1);
  });
});
