import { describe, expect, test } from 'vitest';
import { boundsFor, readDomArticle, textInBounds, type TextSegment } from './dom-map';
import { htmlToArticle } from './html';
import { parseHtml } from './linkedom';

const PAGES: [string, string][] = [
  [
    'prose with inline tags, entities, breaks and collapsed whitespace',
    `<article><h1>Green   <em>claims</em></h1><p>We cut energy by <b>40</b>% and costs
      by <a href="/r">up to <i>25</i>%</a>.<sup>1</sup> R&amp;D&nbsp;spend<br>rose <code>3x</code>.</p></article>`,
  ],
  [
    'lists, tables, quotes and code',
    `<main><ul><li>One <b>1</b><ul><li>Nested</li></ul>tail</li></ul>
     <table><thead><tr><th>Metric</th><th>Value</th></tr></thead><tr><td>Latency</td><td><50<b>ms</b></td></tr></table>
     <blockquote><p>Quoted <a href="#">(link)</a></p></blockquote><pre class="language-py">import os\n\nx = 1\n</pre></main>`,
  ],
  [
    'chrome around the article',
    '<nav>Home</nav><div class="entry-content"><p>Body text here that is long enough.</p></div><aside>Side</aside>',
  ],
  ['an unrendered fence', '<p>```python<br>from acme import x<br>```</p><p>After</p>'],
];

// Any whitespace in the DOM may stand for the one space of the block text.
const loose = (s: string): string => s.replace(/\s/g, ' ');

describe('readDomArticle', () => {
  test.each(PAGES)('%s: the same article as htmlToArticle', (_name, html) => {
    const doc = parseHtml(html);
    const { article, segments } = readDomArticle(doc, { url: 'https://ex.org/p' });
    expect(article).toEqual(htmlToArticle(doc, { url: 'https://ex.org/p' }));
    expect(segments).toHaveLength(article.blocks.length);
  });

  test.each(PAGES)('%s: every segment points at the text it stands for', (_name, html) => {
    const { article, segments } = readDomArticle(parseHtml(html));
    article.blocks.forEach((block, i) => {
      const segs = segments[i] as TextSegment[];
      expect(segs.length).toBeGreaterThan(0);
      let prevEnd = 0;
      for (const s of segs) {
        expect(s.blockStart).toBeGreaterThanOrEqual(prevEnd);
        prevEnd = s.blockStart + s.length;
        const inDom = s.node.data.slice(s.nodeStart, s.nodeStart + s.length);
        expect(loose(inDom)).toBe(loose(block.text.slice(s.blockStart, prevEnd)));
      }
      expect(prevEnd).toBeLessThanOrEqual(block.text.length);
    });
  });

  test.each(PAGES)('%s: any span maps back to the same text', (_name, html) => {
    const { article, segments } = readDomArticle(parseHtml(html));
    article.blocks.forEach((block, i) => {
      const text = block.text;
      for (let start = 0; start < text.length; start++) {
        for (let end = start + 1; end <= text.length; end++) {
          const b = boundsFor(segments[i] as TextSegment[], start, end);
          const want = text.slice(start, end);
          // Spaces that stand for a <br> or a paragraph join, and the ' | ' between cells, have no text node
          // (these pages hold no '|' of their own).
          const bare = (s: string): string => s.replace(/[\s|]+/g, '');
          if (!b) {
            expect(bare(want)).toBe('');
            continue;
          }
          expect(bare(textInBounds(b))).toBe(bare(want));
        }
      }
    });
  });

  test.each<[string, string, string, string]>([
    ['a number split across <b>', '<p>cut by <b>40</b>% now</p>', '40%', '40%'],
    ['a link with nested tags', '<p>by <a href="/r">up to <i>25</i>%</a>.</p>', 'up to 25%', 'up to 25%'],
    ['across an entity', '<p>R&amp;D spend</p>', 'R&D', 'R&D'],
    ['across collapsed whitespace', '<p>one   two</p>', 'one two', 'one   two'],
    ['across a <br>', '<p>one<br>two</p>', 'one two', 'onetwo'],
    ['a table cell', '<table><tr><td>Latency</td><td><50<b>ms</b></td></tr></table>', '<50ms', '<50ms'],
  ])('exact DOM text for %s', (_name, html, needle, domText) => {
    const { article, segments } = readDomArticle(parseHtml(html));
    const text = article.blocks[0]?.text ?? '';
    const start = text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    const b = boundsFor(segments[0] ?? [], start, start + needle.length);
    expect(b && textInBounds(b)).toBe(domText);
  });

  test('reading never changes the document', () => {
    const html = PAGES.map((p) => p[1]).join('');
    const doc = parseHtml(html);
    const before = doc.documentElement.outerHTML;
    readDomArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('an aborted signal stops the read', () => {
    const ac = new AbortController();
    ac.abort(new Error('page left'));
    expect(() => readDomArticle(parseHtml('<p>x</p>'), { signal: ac.signal })).toThrow('page left');
  });

  test('an empty document gives no blocks and no segments', () => {
    expect(readDomArticle(parseHtml(''))).toEqual({
      article: { title: '', url: null, file: null, blocks: [] },
      segments: [],
    });
  });
});

describe('boundsFor', () => {
  const { segments, article } = readDomArticle(parseHtml('<table><tr><td>ab</td><td>cd</td></tr></table>'));
  const segs = segments[0] as TextSegment[];

  test('the row text has the separator with no text node behind it', () => {
    expect(article.blocks[0]?.text).toBe('ab | cd');
  });

  test.each<[string, number, number, string | null]>([
    ['an empty span', 1, 1, null],
    ['a reversed span', 3, 1, null],
    ['only the separator', 2, 5, null],
    ['a span starting in the separator snaps to the next cell', 3, 7, 'cd'],
    ['a span ending in the separator snaps to the previous cell', 0, 4, 'ab'],
    ['a span across the separator', 1, 6, 'bc'],
    ['beyond the end is clipped', 5, 99, 'cd'],
  ])('%s', (_name, start, end, expected) => {
    const b = boundsFor(segs, start, end);
    expect(b && textInBounds(b)).toBe(expected);
  });

  test('no segments, no bounds', () => {
    expect(boundsFor([], 0, 3)).toBeNull();
  });
});
