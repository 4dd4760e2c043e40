// A priority claim with no superlative word: "X is the first technique to achieve ...", "No one has ever invented
// ...". Advice that only orders steps ("the first step to take") is not one.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const flagged = (markdown: string) =>
  analyzeMarkdown(`# Post\n\n${markdown}`, { file: 'case.md' })
    .findings.filter((f) => f.rule === 'unsupported-superlative')
    .map((f) => f.message);

test('"the first technique to achieve" and "No one has ever invented" are priority claims to source', () => {
  expect(
    flagged('Quillnorm is the first technique to achieve comparable error rates at small batch sizes.'),
  ).toEqual([expect.stringContaining('the first technique to achieve')]);
  expect(
    flagged('No one has ever invented a scalable, framework-based solution for incremental builds.'),
  ).toEqual([expect.stringContaining('No one has ever invented')]);
});

test('an ordered step is no priority claim', () => {
  expect(flagged('The first step to take is to measure the cold start.')).toEqual([]);
  expect(flagged('No one has to install anything.')).toEqual([]);
});
