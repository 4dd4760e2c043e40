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
