import { expect, test } from 'vitest';
import { nonexistentImport } from './nonexistent-import';
import { imp, report } from '../../tests/helpers/report';

test.each([
  ['missing', 1],
  ['unknown', 0], // a registry that timed out is never evidence of absence
  ['exists', 0],
  ['builtin', 0],
  ['local', 0],
] as const)('an import that is %s → %i findings', (status, n) => {
  const findings = nonexistentImport.run(report({ imports: [imp({ module: 'qorvex_core', status })] }));
  expect(findings).toHaveLength(n);
  if (n) {
    expect(findings[0]).toMatchObject({ severity: 'high', ref: 'i1' });
    expect(findings[0]!.message).toBe(
      'python code imports "qorvex_core", but pypi has no package "qorvex_core".',
    );
  }
});

test('a "did you mean" names only the packages verification confirmed exist', () => {
  const i = imp({ module: 'reqeusts', status: 'missing', suggestions: ['requests'] });
  expect(nonexistentImport.run(report({ imports: [i] }))[0]!.message).toBe(
    'python code imports "reqeusts", but pypi has no package "reqeusts". Did you mean "requests"?',
  );
});
