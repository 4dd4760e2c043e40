// Values of one metric that are two cases, not one metric twice (held29: a post's two waterfall captions, which its
// prose sets side by side, and a worked example's round figures).
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const contradictions = (markdown: string): string[] =>
  analyzeMarkdown(markdown, { file: 'case.md' })
    .findings.filter((f) => f.rule === 'contradictory-metric')
    .map((f) => f.message);

const CAPTIONS =
  '![One file](one.png)\n\n201ms of cumulative latency; 109ms of cumulative download.\n\n' +
  '![Many files](many.png)\n\n4,362ms of cumulative latency; 240ms of cumulative download.';

test('two values a sentence sets side by side are two cases wherever else they stand; alone they still clash', () => {
  expect(
    contradictions(
      `${CAPTIONS}\n\nIn our runs, the one-file pattern incurred 201ms of latency, whereas the many-files approach accumulated 4,362ms by comparison.`,
    ),
  ).toEqual([]);
  expect(contradictions(CAPTIONS)).toEqual([
    'The article gives latency as "201ms" and as "4,362ms"; both cannot hold.',
  ]);
});

test("a value is the metric's only in the clause that names it", () => {
  const caption = '![Many files](many.png)\n\n4,362ms of cumulative latency; 109ms of cumulative download.';
  expect(contradictions(`${caption}\n\nOn the slow network the latency was about 4,000ms.`)).toEqual([]);
});

test("a worked example's figures contradict no measurement", () => {
  const measured = 'In our runs, the many-files page accumulated 4,362ms of cumulative latency.';
  expect(
    contradictions(
      `Say we have one file that takes 1,000ms to download with 100ms of latency.\n\n${measured}`,
    ),
  ).toEqual([]);
  expect(contradictions(`One file takes 1,000ms to download with 100ms of latency.\n\n${measured}`)).toEqual([
    'The article gives latency as "100ms" and as "4,362ms"; both cannot hold.',
  ]);
});
