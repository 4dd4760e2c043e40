import { describe, expect, test } from 'vitest';
import { unsupportedNumber } from './unsupported-number';
import { claim, report } from '../../tests/helpers/report';

describe('unsupported-number', () => {
  test.each([
    ['precise percentage', claim({ text: '40%', value: 40, unit: '%' }), 'high'],
    ['table metric', claim({ text: '99.7%', context: 'API Uptime / Value' }), 'high'],
    ['upper bound stays precise', claim({ text: 'up to 40%', hedge: 'up to' }), 'high'],
    ['soft hedge', claim({ text: 'nearly half', hedge: 'nearly' }), 'medium'],
    ['vague magnitude', claim({ kind: 'number', text: 'millions of users', vague: true }), 'low'],
    ['money', claim({ kind: 'money', text: '$2.5 million', value: 2.5e6, unit: 'USD' }), 'high'],
  ] as const)('%s → %s', (_name, c, severity) => {
    const [f] = unsupportedNumber.run(report({ claims: [c] }));
    expect(f).toMatchObject({ severity, ref: 'c1' });
    expect(f!.message).toContain(c.text);
  });

  test.each([
    ['linked', claim({ text: '40%', support: 'linked' })],
    ['cited but unlinked (its own check)', claim({ text: '1%', support: 'cited-unlinked' })],
    ['not numeric', claim({ kind: 'superlative', text: 'the fastest' })],
    ['weasel', claim({ kind: 'weasel', text: 'studies show' })],
  ])('no finding: %s', (_name, c) => {
    expect(unsupportedNumber.run(report({ claims: [c] }))).toEqual([]);
  });

  test('table metrics name their row and column', () => {
    const [f] = unsupportedNumber.run(
      report({ claims: [claim({ text: '<50ms', kind: 'duration', context: 'Latency / Value' })] }),
    );
    expect(f!.message).toBe('Table metric "Latency / Value: <50ms" has no source.');
  });
});
