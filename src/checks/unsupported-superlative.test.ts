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
