// The HTML adapter on broken and hostile input: unclosed and mis-nested markup, stray "<", empty documents, deep
// nesting and 1 MB pages. What it makes of well-formed pages is html.test.ts's.
import { describe, expect, test } from 'vitest';
import { htmlToArticle } from './html';
import { parseHtml } from './linkedom';
import { texts } from '../../tests/helpers/html-blocks';

describe('broken HTML', () => {
  test.each<[string, string, [string, string][]]>([
    [
      'an unescaped "<" in a cell stays text',
      '<table><tr><td>Latency</td><td><50ms</td></tr></table>',
      [['table-row', 'Latency | <50ms']],
    ],
    [
      'an unescaped "<" in prose stays text',
      '<p>Responses in <5 seconds and < 1 minute</p>',
      [['paragraph', 'Responses in <5 seconds and < 1 minute']],
    ],
    [
      'unclosed paragraphs',
      '<p>First<p>Second <b>bold<p>Third',
      [
        ['paragraph', 'First'],
        ['paragraph', 'Second bold'],
        ['paragraph', 'Third'],
      ],
    ],
    [
      'unclosed list items',
      '<ul><li>One<li>Two</ul><p>After',
      [
        ['list-item', 'One'],
        ['list-item', 'Two'],
        ['paragraph', 'After'],
      ],
    ],
    [
      'stray closing tags',
      '<div><p>Kept</p></div></div></span></p><p>Also kept</p>',
      [
        ['paragraph', 'Kept'],
        ['paragraph', 'Also kept'],
      ],
    ],
    [
      'cells without a row form one row, as in a browser',
      '<table><td>a</td><td>b</td></table><p>c</p>',
      [
        ['table-row', 'a | b'],
        ['paragraph', 'c'],
      ],
    ],
    ['a cell outside any table is plain text', '<div><td>x</td></div>', [['paragraph', 'x']]],
    [
      'unclosed inline tags do not swallow blocks',
      '<p><b>bold <i>and italic</p><p>next</p>',
      [
        ['paragraph', 'bold and italic'],
        ['paragraph', 'next'],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe('robustness', () => {
  test.each([
    [''],
    ['   '],
    ['<html></html>'],
    ['<!doctype html>'],
    ['plain words only'],
    ['<<<>>>'],
    ['</p></div>'],
  ])('%j does not throw', (html) => {
    const a = htmlToArticle(parseHtml(html));
    expect(Array.isArray(a.blocks)).toBe(true);
  });

  test('empty input gives no blocks', () => {
    expect(htmlToArticle(parseHtml(''))).toEqual({ title: '', url: null, file: null, blocks: [] });
  });

  test('url and file label the article; hrefs stay raw', () => {
    const a = htmlToArticle(parseHtml('<p><a href="/docs">docs</a></p>'), {
      url: 'https://v.example/post',
      file: 'post.html',
    });
    expect(a.url).toBe('https://v.example/post');
    expect(a.file).toBe('post.html');
    expect(a.blocks[0]?.links[0]?.href).toBe('/docs');
  });

  test('deep nesting does not overflow the stack', () => {
    const depth = 3000;
    const html = '<div>'.repeat(depth) + '<p>deep 5%</p>' + '</div>'.repeat(depth);
    expect(texts(html)).toEqual([['paragraph', 'deep 5%']]);
  });

  test('1 MB of HTML is read in linear time', () => {
    const unit =
      '<p>Usage grew <b>40</b>% with <a href="/s">a source</a>.</p><ul><li>3x faster</li></ul><table><tr><td>a</td><td>1</td></tr></table>\n';
    const count = Math.ceil(1_000_000 / unit.length);
    const doc = parseHtml(`<article>${unit.repeat(count)}</article>`);
    const t = performance.now();
    const a = htmlToArticle(doc);
    const ms = performance.now() - t;
    expect(a.blocks).toHaveLength(count * 3);
    expect(a.blocks[0]?.text).toBe('Usage grew 40% with a source.');
    // A quadratic walk takes minutes here; linear takes well under a second even on a loaded machine.
    expect(ms).toBeLessThan(5000);
  });

  test('reading does not change the document', () => {
    const doc = parseHtml(
      '<article><h1>T</h1><p>a <b>b</b></p><pre>```python\nx\n```</pre><p>```js<br>y<br>```</p></article>',
    );
    const before = doc.documentElement.outerHTML;
    htmlToArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
