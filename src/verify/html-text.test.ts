// The worker's light HTML-to-text: prose in, scripts, navigation and chrome out; entities decoded.
import { expect, test } from 'vitest';
import { decodeEntities, htmlTitle, htmlToText } from './html-text';

const ARTICLE = `<p>${'Data centres used about 1&nbsp;% of global electricity. '.repeat(5)}</p>`;

test('keeps the article, drops scripts, styles, navigation, headers, footers and forms', () => {
  const html = `<html><head><title>T</title><style>p{}</style><script>var x = "40%";</script></head><body>
    <nav>Home · Pricing</nav><header>Site header</header><article><h1>Energy</h1>${ARTICLE}</article>
    <aside>Related</aside><footer>© 2024</footer><form><button>Subscribe</button></form><!-- 99% --></body></html>`;
  const text = htmlToText(html);
  expect(text.startsWith('Energy\nData centres used about 1 % of global electricity.')).toBe(true);
  for (const junk of ['40%', 'Home', 'Site header', 'Related', '©', 'Subscribe', '99%'])
    expect(text).not.toContain(junk);
});

test('without an article or main, the whole body is read', () => {
  expect(htmlToText('<body><div>Costs fell 12%.</div><div>Next</div></body>')).toBe('Costs fell 12%.\nNext');
});

test.each([
  ['40&nbsp;&percnt;', '40 %'],
  ['&#8211; &#x2014; &amp; &lt;b&gt;', '– — & <b>'],
  ['&bogus; &#0;', '&bogus; &#0;'],
])('decodeEntities(%j)', (input, out) => expect(decodeEntities(input)).toBe(out));

test('the title, for soft-404 detection', () => {
  expect(htmlTitle('<title>Page not found &amp; more</title>')).toBe('Page not found & more');
  expect(htmlTitle('<p>no title</p>')).toBe('');
});
