import { expect, test } from 'vitest';
import { citedWorkNotFound } from './cited-work-not-found';
import { claim, report } from '../../tests/helpers/report';
import type { WorkLookup } from '../core/report-verify';

const lookup = (status: WorkLookup['status']): WorkLookup => ({
  status,
  service: 'crossref',
  query: 'Okafor, 2023',
  reason: 'Crossref lists no work by Okafor from 2023',
});

test.each([
  ['not-found', 1],
  ['unknown', 0], // a service that did not answer is never evidence of absence
  ['ambiguous', 0],
  ['found', 0],
] as const)('a cited work that is %s → %i findings', (status, n) => {
  const c = claim({
    text: '31%',
    support: 'cited-unlinked',
    evidence: [{ kind: 'author-year', text: 'Okafor, 2023', work: lookup(status) }],
  });
  const findings = citedWorkNotFound.run(report({ claims: [c] }));
  expect(findings).toHaveLength(n);
  if (n)
    expect(findings[0]).toEqual({
      severity: 'high',
      ref: 'c1',
      message:
        'The cited work could not be found: "Okafor, 2023" (Crossref lists no work by Okafor from 2023).',
    });
});

test('evidence without a lookup (offline) gives nothing', () => {
  const c = claim({ text: '31%', evidence: [{ kind: 'author-year', text: 'Okafor, 2023' }] });
  expect(citedWorkNotFound.run(report({ claims: [c] }))).toEqual([]);
});
