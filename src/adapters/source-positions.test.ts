import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { htmlToArticle } from './html';
import { parseHtml } from './linkedom';
import { markdownToArticle } from './markdown';
import { readHtmlWithSource } from './html-source';
import { readMarkdownWithSource } from './markdown-source';
import type { SourcePosition } from './source-positions';

// Where `needle` (its n-th occurrence in the block text) is reported, read back from the file.
function at(
  read: ReturnType<typeof readMarkdownWithSource>,
  needle: string,
  n = 0,
): SourcePosition | undefined {
  let seen = 0;
  for (const [i, b] of read.article.blocks.entries()) {
    for (let k = b.text.indexOf(needle); k !== -1; k = b.text.indexOf(needle, k + 1)) {
      if (seen++ === n)
        return read.locate([{ id: 'x', block: i, quote: { start: k, end: k + needle.length } }]).get('x');
    }
  }
  return undefined;
}

const md = [
  '---', // 1
  'title: "Launch: 99% uptime"',
  '---',
  '',
  '# Launch', // 5
  '',
  'Our cache cuts latency by **35%** for every tenant,',
  'and builds are 35% faster.',
  '',
  '> Quoted: revenue grew', // 10
  '> by 40% in a year.',
  '',
  '- first item',
  '  continues with 12x fewer errors',
  '', // 15
  '| Metric | Value |',
  '| --- | --- |',
  '| p99 | <50ms |',
  '',
  'An \\*escaped\\* claim of AT&amp;T: 7% growth.', // 20
  '',
  '```python',
  'import numpy',
  '```',
].join('\n');

describe('Markdown: line and column in the file, front matter counted', () => {
  const read = readMarkdownWithSource(md);
  test.each<[string, number, number, number]>([
    ['35%', 0, 7, 29],
    ['35%', 1, 8, 16],
    ['40%', 0, 11, 6],
    ['12x fewer', 0, 14, 18],
    ['<50ms', 0, 18, 9],
    ['7% growth', 0, 20, 35],
    ['import numpy', 0, 23, 1],
    ['Launch', 0, 5, 3],
  ])('%s (#%i) is at %i:%i', (needle, n, line, column) => {
    expect(at(read, needle, n)).toMatchObject({ line, column });
  });
  test('the end column is just past the text', () => {
    expect(at(read, '12x fewer')).toEqual({ line: 14, column: 18, endLine: 14, endColumn: 27 });
  });
});

test('a shown front matter description does not pull the search past the body (its words are also below)', () => {
  const post = [
    '---',
    "description: 'Updated performance, developer experience, and site'",
    '---',
    '',
    '## Performance', // 5
    '',
    'The package is 75% smaller than before.',
    '',
    '## Updated site, docs, and tutorial',
    '', // 10
    'Most apps should work unchanged.',
  ].join('\n');
  const read = readMarkdownWithSource(post);
  expect(read.article.blocks[0]!.text).toBe('Updated performance, developer experience, and site');
  expect(at(read, '75% smaller')).toMatchObject({ line: 7, column: 16 });
  expect(at(read, 'Most apps')).toMatchObject({ line: 11, column: 1 });
});

test("a Jekyll heading of '{{ page.title }}' shows the title, and the positions below stay on their lines", () => {
  const post = [
    '---',
    'title: "Vite is 10x faster than Webpack"',
    '---',
    '{{ page.title }}',
    '================',
    '',
    'Intro text here.',
    '',
    'In our tests Vite is 10x faster than Webpack on cold starts.', // 9
    '',
    'Rollup is 50% slower than esbuild.', // 11
  ].join('\n');
  const read = readMarkdownWithSource(post);
  expect(read.article.blocks[0]!.text).toBe('Vite is 10x faster than Webpack');
  expect(at(read, '10x', 1)).toMatchObject({ line: 9, column: 22 });
  expect(at(read, '50%')).toMatchObject({ line: 11, column: 11 });
});

test("... and so does a raw HTML heading of it ('<h1>{{ page.title }}</h1>'), which has no line of its own", () => {
  const post = [
    '---',
    'title: "From EC2 to Fly.io: -$9/mo"',
    '---',
    '<h1>{{ page.title }}</h1>',
    '<p class="subtitle">February 2023</p>',
    '',
    'I moved two side projects from an Amazon EC2 instance to Fly.io, and saved me $9 a month.', // 7
    '',
    'My AWS bill went down from $9 per month to 10 cents.', // 9
  ].join('\n');
  const read = readMarkdownWithSource(post);
  expect(read.article.blocks[0]!.text).toBe('From EC2 to Fly.io: -$9/mo');
  expect(at(read, '$9 a month')).toMatchObject({ line: 7, column: 79 });
  expect(at(read, '$9 per month')).toMatchObject({ line: 9, column: 28 });
});

test('MDX: ESM and JSX lines are blanked, so positions below them are unchanged', () => {
  const mdx = [
    "import Chart from './chart'",
    'export const meta = { title: "x" }',
    '',
    '<Chart',
    '  data={[1, 2]}',
    '/>',
    '',
    'Signups rose 45% after the redesign.',
  ].join('\n');
  const read = readMarkdownWithSource(mdx, { mdx: true });
  expect(read.article.blocks.map((b) => b.text)).toEqual(['Signups rose 45% after the redesign.']);
  expect(at(read, '45%')).toMatchObject({ line: 8, column: 14 });
});

describe('HTML: text nodes found in the file in document order', () => {
  const html = [
    '<html><head><title>Launch</title></head>',
    '<body><article>',
    '<h1>Launch</h1>',
    '<p>Our cache cuts   latency',
    '   by <b>35%</b> for AT&amp;T &mdash; and 35% for all.</p>',
    '<!-- <p>a commented-out 35% claim</p> -->',
    '<p title="not 9% text">Costs fell 9%.</p>',
    '</article></body></html>',
  ].join('\n');
  const read = readHtmlWithSource(html);
  test.each<[string, number, number, number]>([
    ['Launch', 0, 3, 5],
    ['35%', 0, 5, 10],
    ['35%', 1, 5, 43],
    ['latency by 35%', 0, 4, 21],
    ['9%', 0, 7, 35],
  ])('%s (#%i) is at %i:%i', (needle, n, line, column) => {
    expect(at(read, needle, n)).toMatchObject({ line, column });
  });
});

test('the readers with source maps give the very articles the plain adapters give (every saved article)', () => {
  const roots = ['../../tests/fixtures/', '../../tests/reader/'].map((r) => new URL(r, import.meta.url));
  let read = 0;
  for (const root of roots)
    for (const dir of readdirSync(root)) {
      for (const name of ['source.md', 'source.html']) {
        const file = new URL(`${dir}/${name}`, root);
        if (!existsSync(file)) continue;
        const text = readFileSync(file, 'utf8');
        const [mapped, plain] = name.endsWith('.md')
          ? [readMarkdownWithSource(text).article, markdownToArticle(text)]
          : [readHtmlWithSource(text).article, htmlToArticle(parseHtml(text))];
        expect(mapped, `${dir}/${name}`).toEqual(plain);
        read++;
      }
    }
  expect(read).toBeGreaterThan(20);
});
