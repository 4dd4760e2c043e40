import { expect, test } from 'vitest';
import { parseHtml, splitPage } from './linkedom';

test.each<[string, string, string, string]>([
  ['empty input', '', '', ''],
  ['a bare fragment', '<p>frag</p>', '', '<p>frag</p>'],
  ['plain text', 'just words', '', 'just words'],
  [
    'head elements without <head>',
    '<title>T</title><meta property="og:title" content="O"><p>x</p>',
    'T',
    '<p>x</p>',
  ],
  ['<html> without <body>', '<html><head><title>T</title></head><p>x</p></html>', 'T', '<p>x</p>'],
  [
    'a full page',
    '<!doctype html><html lang="en"><head><title>T</title></head><body class="b"><p>x</p></body></html>',
    'T',
    '<p>x</p>',
  ],
  [
    'content after </body></html> is kept, as a browser would',
    '<html><body><p>a</p></body></html><p>after</p>',
    '',
    '<p>a</p><p>after</p>',
  ],
  ['a comment and doctype before the content', '<!-- c --><!DOCTYPE html><p>x</p>', '', '<p>x</p>'],
])('parseHtml: %s', (_name, html, title, bodyHtml) => {
  const doc = parseHtml(html);
  expect(doc.querySelector('title')?.textContent ?? '').toBe(title);
  expect(doc.body.innerHTML).toBe(bodyHtml);
  expect(doc.documentElement.localName).toBe('html');
});

test('an unescaped "<" before a digit stays text, as in a browser', () => {
  const doc = parseHtml('<table><tr><td>Latency</td><td><50ms</td></tr></table>');
  expect(doc.querySelectorAll('td')[1]?.textContent).toBe('<50ms');
});

test('an unclosed <script> in the head does not take the page with it into the head', () => {
  const { head, body } = splitPage('<title>T</title><script>var a = 1;<p>text</p>');
  expect(head).toBe('<title>T</title>');
  expect(body).toBe('<script>var a = 1;<p>text</p>');
});

test('a megabyte of head-like tags splits in linear time', () => {
  const html = '<meta name="x">'.repeat(70_000) + '<p>x</p>';
  const t = performance.now();
  const { body } = splitPage(html);
  expect(body).toBe('<p>x</p>');
  expect(performance.now() - t).toBeLessThan(2000);
});
