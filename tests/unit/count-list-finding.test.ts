// A list of counts in one sentence ("connects 120 million members, 40 thousand partners and ...") is one claim of
// scale: a reader asks once where it comes from, so it is one finding over every count flagged in it.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const numberFindings = (markdown: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).findings.filter((f) => f.rule === 'unsupported-number');

test('two flagged counts of one list make one finding that covers both', () => {
  const found = numberFindings(
    'The marketplace connects over 120 million active members, 40 thousand merchant partners and 900 carriers.',
  );
  expect(found).toHaveLength(1);
  expect(found[0]!.refs).toHaveLength(2);
  expect(found[0]!.message).toMatch(/120 million active members.* and 40 thousand/);
});

test('two counts set against each other stay two findings', () => {
  const found = numberFindings(
    'The marketplace reached over 120 million active members, up from 40 million active members in 2019.',
  );
  expect(found).toHaveLength(2);
});
