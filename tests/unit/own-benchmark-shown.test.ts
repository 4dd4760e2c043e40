// A vendor's own benchmark post: a standard suite on a named machine with significance testing discloses its method;
// a change right under a results table is read off that table; a figure its picture's alt text shows is shown, beside
// the picture or sections below it; and in MDX a picture wrapped in a bare <div> still stands beside its paragraphs.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';
import { claimOf } from '../helpers/claim-of';

const RESULTS = [
  '# A faster Quillbox',
  'We measured every change on the same machine.',
  'Each layer stacks on the last. On Speedometer 3.1, on an M4 MacBook:',
  '| Build | Score | Step |\n| --- | --- | --- |\n| Stock Quillbox | 48.2 | |\n| + LTO | 50.9 | +6% |\n| + PGO | 56.4 | +11% |',
  "That's +17% end to end, and the biggest step is our own profile.",
  'We also validated the stack across a 40-test suite, with statistical significance testing.',
].join('\n\n');

test("a standard suite on a named machine, with significance testing: the table is the author's own measurement", () => {
  expect(claimOf(RESULTS, '48.2').worthReasons).toContain(
    "the author's own measurement; the method is described",
  );
});

test('a change right under the results table it is worked out from is no result beyond the tables', () => {
  expect(claimOf(RESULTS, '+17%').worth).toBe('none');
  // A change that table does not give stays a claim.
  const other = RESULTS.replace("That's +17% end to end", "That's +31% end to end");
  expect(claimOf(other, '+31%').worth).not.toBe('none');
});

const hero = (wrap: boolean) => {
  const tag =
    '<ThemedImage alt="Quillbox startup drops from about 210 ms to about 120 ms (about 43%)." sources={{ light: "/a.svg", dark: "/b.svg" }} />';
  return [
    "import ThemedImage from '@theme/ThemedImage';",
    'We made Quillbox faster.',
    wrap ? `<div>\n  ${tag}\n</div>` : tag,
    'The short version: Quillbox windows start up ~43% faster.',
    '## How',
    'We moved the bundle out of the startup path.',
    'Together these make Quillbox window startup roughly 43% faster on real machines.',
  ].join('\n\n');
};

test("the figure a picture's alt text shows is shown, beside the picture and sections below it", () => {
  for (const wrap of [false, true]) {
    const claims = analyzeMarkdown(hero(wrap), { file: 'post.mdx' }).claims;
    const worth = (text: string) => claims.find((c) => c.text.includes(text))?.worth;
    expect(worth('~43%'), `wrapped: ${wrap}`).toBe('none');
    expect(worth('roughly 43%'), `wrapped: ${wrap}`).toBe('none');
  }
});

test('a figure no picture shows is not', () => {
  const claims = analyzeMarkdown(hero(true).replace('~43% faster', '~61% faster'), {
    file: 'post.mdx',
  }).claims;
  expect(claims.find((c) => c.text.includes('~61%'))?.worth).not.toBe('none');
});

test('growth the company charts from its own telemetry is still first-party data to source', () => {
  const markdown = [
    '# Quillbox in 2026',
    'Usage kept climbing all year.',
    '![Quillbox task volume grew 2.5x from April to July.](tasks.png)',
    'Quillbox task volume grew 2.5x between April and July.',
  ].join('\n\n');
  expect(claimOf(markdown, '2.5x').worth).not.toBe('none');
});
