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

test('a minor "most ..." with no figure in its sentence sets the scene; with a figure, or weightier, it is reported', () => {
  const run = (over: Partial<Parameters<typeof claim>[0]>) =>
    unsupportedGeneralization
      .run(
        report({ claims: [claim({ kind: 'generalization', text: 'Most people', worth: 'low', ...over })] }),
      )
      .map((f) => f.severity);
  expect(run({ sentence: "Most people don't do that and compile their posts at build time." })).toEqual([]);
  expect(run({ text: 'Most teams', sentence: 'Most teams use maybe 10% of what they pay for.' })).toEqual([
    'low',
  ]);
  expect(
    run({ worth: 'medium', sentence: 'Most people still run their dashboards off batch jobs.' }),
  ).toEqual(['medium']);
  expect(
    run({ text: 'a growing movement of', sentence: 'There is a growing movement of teams leaving.' }),
  ).toEqual(['low']);
});
