import { expect, test } from 'vitest';
import { riskyPackage } from './risky-package';
import { imp, report } from '../../tests/helpers/report';
import type { PackageRisk } from '../core/report-verify';

const risk = (flags: PackageRisk['flags'], reason: string): PackageRisk => ({ flags, reason, versions: 1 });

test.each([
  [
    'a new, single-version package',
    risk(['new', 'single-version'], 'first published 12 days ago, has a single version'),
    'medium',
  ],
  ['a deprecated package', risk(['deprecated'], 'is deprecated'), 'low'],
  ['a package with nothing unusual', risk([], '40 versions, nothing unusual'), null],
] as const)('%s', (_name, r, severity) => {
  const findings = riskyPackage.run(
    report({ imports: [imp({ module: 'fastjsonx', status: 'exists', risk: r })] }),
  );
  expect(findings.map((f) => f.severity)).toEqual(severity ? [severity] : []);
  if (severity) expect(findings[0]!.message).toContain(`"${'fastjsonx'}", which ${r.reason}`);
});

test('a missing package is the nonexistent-import check’s, not this one’s', () => {
  const i = imp({ module: 'x', status: 'missing', risk: risk(['new'], 'first published 2 days ago') });
  expect(riskyPackage.run(report({ imports: [i] }))).toEqual([]);
});
