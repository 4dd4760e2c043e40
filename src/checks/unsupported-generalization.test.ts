import { expect, test } from 'vitest';
import { unsupportedGeneralization } from './unsupported-generalization';
import { claim, report } from '../../tests/helpers/report';

test.each([
  ['unsupported and worth checking', {}, 'medium'],
  ['linked', { support: 'linked' as const }, null],
  ['worth nothing', { worth: 'none' as const }, null],
] as const)('a sweeping claim %s', (_name, over, severity) => {
  const c = claim({ kind: 'generalization', text: 'most teams', worth: 'medium', ...over });
  const findings = unsupportedGeneralization.run(report({ claims: [c] }));
  expect(findings.map((f) => f.severity)).toEqual(severity ? [severity] : []);
  if (severity) expect(findings[0]!.message).toBe('"most teams" is a sweeping claim with no source.');
});

test('other kinds are left to their own checks', () => {
  expect(unsupportedGeneralization.run(report({ claims: [claim({ text: '40%' })] }))).toEqual([]);
});
