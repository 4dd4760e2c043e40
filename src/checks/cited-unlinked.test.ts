import { expect, test } from 'vitest';
import { citedUnlinked } from './cited-unlinked';
import { claim, report } from '../../tests/helpers/report';

test.each([
  [
    claim({
      text: '1%',
      support: 'cited-unlinked',
      evidence: [{ kind: 'author-year', text: 'Okafor et al., 2019' }],
    }),
    /cites Okafor et al\., 2019/,
  ],
  [claim({ text: '12%', support: 'cited-unlinked', evidence: [] }), /cites a source/],
])('flags %#', (c, message) => {
  const findings = citedUnlinked.run(report({ claims: [c] }));
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ severity: 'medium', ref: 'c1' });
  expect(findings[0]!.message).toMatch(message);
});

test.each(['linked', 'unsupported'] as const)('ignores %s claims', (support) => {
  expect(citedUnlinked.run(report({ claims: [claim({ text: '5%', support })] }))).toEqual([]);
});

test('severity is one step below the claim worth: a cited source counts for something', () => {
  const c = claim({ text: '12%', support: 'cited-unlinked', worth: 'medium' });
  expect(citedUnlinked.run(report({ claims: [c] })).map((f) => f.severity)).toEqual(['low']);
});

test('table cells are judged a table at a time', () => {
  const c = claim({ text: '12%', support: 'cited-unlinked', table: 1 });
  expect(citedUnlinked.run(report({ claims: [c] }))).toEqual([]);
});
