import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../../tests/helpers/http-server';
import { detectMarkup, InputError, loadInput } from './input';
import { createSafeFetch } from '../node/safe-fetch';

test.each<[string, string, 'html' | 'markdown']>([
  ['.md', '<p>html inside a .md file</p><p>still</p><div>md</div>', 'markdown'],
  ['.mdx', '', 'markdown'],
  ['.htm', '# a heading in an .htm file', 'html'],
  ['.xhtml', '', 'html'],
  ['', '---\ntitle: Front matter\n---\n# Post', 'markdown'],
  ['', '  <!DOCTYPE html><html><body>x</body></html>', 'html'],
  ['.txt', '<article><h1>Post</h1></article>', 'html'],
  ['', '<p>one</p><p>two</p><a href="x">three</a>', 'html'],
  ['', 'Markdown that mentions <div> and </div> once.', 'markdown'],
  ['.MD', '<p>one</p><p>two</p>', 'markdown'],
  ['.HTML', '# heading', 'html'],
  ['', '# Plain Markdown\n\nWith a [link](https://example.org).', 'markdown'],
  ['', '', 'markdown'],
])('extension %j, text %j → %s', (ext, text, expected) => {
  expect(detectMarkup(ext, text)).toBe(expected);
});

describe('a URL that does not give a whole article is a clear input error, never a crash', () => {
  let pages: TestServer;
  beforeAll(async () => {
    pages = await startServer({
      '/stalls': { headers: { 'content-type': 'text/html' }, stall: true, body: '<p>half</p>'.repeat(100) },
      '/huge': {
        headers: { 'content-type': 'text/html', 'content-length': String(21 * 1024 * 1024) },
        stall: true,
        body: '<p>x</p>',
      },
      '/image': { headers: { 'content-type': 'image/png' }, body: 'PNG' },
      '/gone': { status: 410, body: 'gone' },
      '/never': { hang: true },
    });
  });
  afterAll(() => pages.close());

  test.each([
    ['/stalls', /^cannot fetch .*\/stalls: no answer in 300 ms$/],
    ['/huge', /\/huge is larger than 20 MB$/],
    ['/image', /\/image is image\/png, not an article$/],
    ['/gone', /\/gone: HTTP 410$/],
    ['/never', /\/never: no answer in 300 ms$/],
  ])('%s', async (path, message) => {
    const fetch = createSafeFetch({ allowPrivate: [new URL(pages.url).host] });
    const failure = await loadInput(`${pages.url}${path}`, { timeoutMs: 300, fetch }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(InputError);
    expect((failure as Error).message).toMatch(message);
  });
});
