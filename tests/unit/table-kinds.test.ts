// What a table is, as the report names it: through the whole engine (Markdown in, report.tables out).
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const SETUP = [
  'Test Set | Client Processes | io_depth',
  '-- | -- | --',
  'Multi-client | 10 fio processes per node, 5 client nodes | 128 per process',
  'Single-client | 1 fio process on 1 client node | 128',
].join('\n');

test.each([
  ['Three sets of tests were performed as follows, with the cluster rebuilt between sets:', 'spec'],
  ['The benchmark configuration:', 'spec'],
  ['The results of the three sets of tests:', 'data'],
])('a table under "%s" is %s', (lead, kind) => {
  const report = analyzeMarkdown(`${lead}\n\n${SETUP}`, { file: 'post.md' });
  expect(report.tables.map((t) => t.kind)).toEqual([kind]);
  if (kind === 'spec') expect(report.findings.filter((f) => f.rule === 'unsupported-table')).toEqual([]);
});

test('an HTML table with no <th> takes a first row of words over figures as its header, from three columns (held26)', () => {
  const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const titleOf = (rows: string[][]) =>
    analyzeMarkdown(`<table>${rows.map(row).join('')}</table>`, { file: 'post.md' }).tables[0]?.title;
  expect(
    titleOf([
      ['<strong>Keys</strong>', '<strong>QPS</strong>', '<strong>P99 latency</strong>'],
      ['10', '18,865', '31 ms'],
    ]),
  ).toBe('Keys | QPS | P99 latency');
  // Two columns: a list of settings, whose first row is a setting too.
  expect(
    titleOf([
      ['CPU', 'AMD EPYC 7763'],
      ['Cores', '64'],
      ['RAM', '256 GB'],
    ]),
  ).toBe('');
});
