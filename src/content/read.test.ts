// The content script's sliced reader must read exactly what the adapter reads: the same article as readDomArticle,
// on every saved HTML page (fixtures and e2e pages), however its slices fall.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parseHtml } from '../adapters/linkedom';
import { readDomArticle } from '../adapters/dom-map';
import { readPage } from './read';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = readdirSync(resolve(ROOT, 'tests/fixtures'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve(ROOT, 'tests/fixtures', d.name, 'source.html')))
  .map((d) => resolve(ROOT, 'tests/fixtures', d.name, 'source.html'));
const pages = readdirSync(resolve(ROOT, 'tests/e2e/pages')).map((f) => resolve(ROOT, 'tests/e2e/pages', f));
const NESTED = `<html><body><nav><article>${'x'.repeat(50)}</article></nav><main><p>short</p></main>
<div class="content"><p>${'words '.repeat(200)}</p></div><aside>${'y'.repeat(900)}</aside></body></html>`;
const cases: [string, string][] = [
  ...[...fixtures, ...pages].map((f): [string, string] => [f.slice(ROOT.length), readFileSync(f, 'utf8')]),
  ['nested candidates inside page chrome', NESTED],
  ['no candidates at all', '<html><body><p>Only a paragraph with 40% in it.</p></body></html>'],
  [
    'whitespace-only text nodes',
    '<html><body><article>  \n\t\u00a0 <p> a </p>\u2028</article></body></html>',
  ],
];

test('there are pages to compare', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(3);
  expect(pages.length).toBeGreaterThanOrEqual(3);
});

test.each(cases)('%s: same article as the adapter', async (_name, html) => {
  const doc = parseHtml(html);
  const sliced = await readPage(doc, 'https://example.org/post');
  const whole = readDomArticle(doc, { url: 'https://example.org/post' });
  expect(sliced.article).toEqual(whole.article);
  expect(sliced.segments.map((s) => s.length)).toEqual(whole.segments.map((s) => s.length));
});

test('an aborted read stops with the signal', async () => {
  const doc = parseHtml(`<html><body><article>${'<p>40% more</p>'.repeat(20000)}</article></body></html>`);
  const controller = new AbortController();
  const reading = readPage(doc, 'https://example.org/', controller.signal);
  controller.abort(new Error('stop'));
  await expect(reading).rejects.toThrow('stop');
});
