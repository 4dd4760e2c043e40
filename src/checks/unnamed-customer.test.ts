import { expect, test } from 'vitest';
import { unnamedCustomer } from './unnamed-customer';
import { claim, report } from '../../tests/helpers/report';

test.each([
  ['unsupported', {}, 'medium'],
  ['linked (a case study is linked)', { support: 'linked' as const }, null],
  ['worth nothing', { worth: 'none' as const }, null],
] as const)('a customer named by size only, %s', (_name, over, severity) => {
  const c = claim({
    kind: 'customer',
    text: 'a major medical device manufacturer',
    worth: 'medium',
    ...over,
  });
  const findings = unnamedCustomer.run(report({ claims: [c] }));
  expect(findings.map((f) => f.severity)).toEqual(severity ? [severity] : []);
  if (severity) expect(findings[0]!.message).toContain('names no customer a reader could check');
});

test('other kinds are left to their own checks', () => {
  expect(unnamedCustomer.run(report({ claims: [claim({ text: '40%' })] }))).toEqual([]);
});
