import { describe, expect, test } from 'vitest';
import { unsupportedNumber } from './unsupported-number';
import { claim, report } from '../../tests/helpers/report';

describe('unsupported-number', () => {
  test.each([
    ['a result worth checking', claim({ text: '40%', worth: 'high' }), 'high'],
    ['first-party usage data', claim({ text: '2.75x', kind: 'multiplier', worth: 'medium' }), 'medium'],
    [
      'a vague magnitude',
      claim({ kind: 'number', text: 'millions of users', vague: true, worth: 'low' }),
      'low',
    ],
    ['money raised', claim({ kind: 'money', text: '$38 million', worth: 'medium' }), 'medium'],
  ] as const)('%s → %s', (_name, c, severity) => {
    const [f] = unsupportedNumber.run(report({ claims: [c] }));
    expect(f).toMatchObject({ severity, ref: 'c1' });
    expect(f!.message).toBe(`"${c.text}" has no source: ${c.worthReasons[0]}.`);
  });

  test.each([
    ['linked', claim({ text: '40%', support: 'linked' })],
    ['cited but unlinked (its own check)', claim({ text: '1%', support: 'cited-unlinked' })],
    ['worth nothing (a price, a setting, an example)', claim({ text: '$49', kind: 'money', worth: 'none' })],
    ['not numeric', claim({ kind: 'superlative', text: 'the fastest' })],
    [
      'a table cell (judged a table at a time)',
      claim({ text: '99.7%', context: 'Uptime / Value', table: 1 }),
    ],
  ])('no finding: %s', (_name, c) => {
    expect(unsupportedNumber.run(report({ claims: [c] }))).toEqual([]);
  });
});
