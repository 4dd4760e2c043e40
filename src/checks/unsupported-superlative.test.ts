import { expect, test } from 'vitest';
import { unsupportedSuperlative } from './unsupported-superlative';
import { claim, report } from '../../tests/helpers/report';

test.each([
  ['superlative', 'a leader in logistics AI', /^Leadership claim "a leader in logistics AI"/],
  ['comparative', 'outperforms every rival', /^Comparison "outperforms every rival"/],
] as const)('flags an unsupported %s', (kind, text, message) => {
  const [f] = unsupportedSuperlative.run(report({ claims: [claim({ kind, text, worth: 'medium' })] }));
  expect(f).toMatchObject({ severity: 'medium' });
  expect(f!.message).toMatch(message);
});

test.each([
  claim({ kind: 'superlative', text: 'the fastest', support: 'linked' }),
  claim({ kind: 'percentage', text: '30%' }),
])('does not flag %#', (c) => {
  expect(unsupportedSuperlative.run(report({ claims: [c] }))).toEqual([]);
});

test('a comparison that a flagged sweeping claim makes is that claim, reported once', () => {
  const sentence = 'With these formulas, most projects now type check faster than in v1.18.';
  const sweeping = claim({
    id: 'c1',
    kind: 'generalization',
    text: 'most projects',
    sentence,
    worth: 'medium',
  });
  const comparison = claim({ id: 'c2', kind: 'comparative', text: 'faster than', sentence, worth: 'low' });
  expect(unsupportedSuperlative.run(report({ claims: [sweeping, comparison] }))).toEqual([]);
  // Alone, or when the sweeping claim is linked, the comparison is a finding of its own.
  expect(unsupportedSuperlative.run(report({ claims: [comparison] }))).toHaveLength(1);
  expect(
    unsupportedSuperlative.run(report({ claims: [{ ...sweeping, support: 'linked' }, comparison] })),
  ).toHaveLength(1);
});
