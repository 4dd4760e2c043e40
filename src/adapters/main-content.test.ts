import { describe, expect, test } from 'vitest';
import { htmlToArticle } from './html';
import { parseHtml } from './linkedom';
import { ContentRootSearch, contentRoot } from './main-content';

const PROSE =
  'Our platform cut energy use by 40% across 12 data centres last year, according to the annual audit.';
const read = (html: string): string[] => htmlToArticle(parseHtml(html)).blocks.map((b) => b.text);

describe('main content', () => {
  test.each<[string, string, string[]]>([
    [
      'nav, page header and footer, aside are skipped around an <article>',
      `<header><a href="/">Home</a> <a href="/blog">Blog</a></header><nav><ul><li>Pricing 50% off</li></ul></nav>
       <article><h1>Post</h1><p>${PROSE}</p></article><aside><p>Popular: 99% uptime</p></aside><footer>© 2026 Vendor</footer>`,
      ['Post', PROSE],
    ],
    [
      'the article keeps its own header and footer',
      `<article><header><h1>Post</h1><p>By A. Writer</p></header><p>${PROSE}</p><footer><p>Sources: audit</p></footer></article>`,
      ['Post', 'By A. Writer', PROSE, 'Sources: audit'],
    ],
    [
      'comment sections are skipped',
      `<article><p>${PROSE}</p><section id="comments"><p>Great post, we saw 80% too!</p></section>
       <div class="comments-area"><p>Me too</p></div><ol class="comment-list"><li>First!</li></ol></article>`,
      [PROSE],
    ],
    [
      'cookie and consent banners are skipped',
      `<div id="cookie-banner"><p>We use cookies for 100% of visits</p><button>Accept</button></div>
       <div class="cmp-consent-dialog"><p>Consent</p></div><div role="dialog"><p>Subscribe</p></div><main><p>${PROSE}</p></main>`,
      [PROSE],
    ],
    [
      'sidebars, share bars and breadcrumbs are skipped in the body fallback',
      `<div class="breadcrumbs">Home / Blog</div><div class="sidebar"><p>Top posts</p></div><div class="share-buttons">Share</div>
       <div><p>${PROSE}</p></div><div role="navigation">Next post</div><div role="contentinfo">Footer</div>`,
      [PROSE],
    ],
    [
      '[role=main] is used when there is no <article>',
      `<div class="menu-wrap">Menu 1 2 3</div><div role="main"><p>${PROSE}</p></div><div>Unrelated footer text</div>`,
      [PROSE],
    ],
    [
      'common content containers are used when nothing else names the article',
      `<div class="topbar">Login</div><div class="entry-content"><p>${PROSE}</p></div><div class="post-meta">Tags: green</div>`,
      [PROSE],
    ],
    [
      'the body is the fallback when no article element is found',
      `<div><p>${PROSE}</p></div><p>Second paragraph.</p>`,
      [PROSE, 'Second paragraph.'],
    ],
    [
      'the <article> with the most text wins over teaser cards',
      `<article><p>Teaser one</p></article><article><h1>Main</h1><p>${PROSE}</p></article><article><p>Teaser two</p></article>`,
      ['Main', PROSE],
    ],
    [
      'an <article> inside an aside is not the content',
      `<aside><article><p>Related: 70% faster</p></article></aside><main><p>${PROSE}</p></main>`,
      [PROSE],
    ],
    [
      'a tiny <article> (a comment card) does not hide the page body',
      `<div><h1>Title</h1><p>${PROSE}</p><p>${PROSE}</p></div><article><p>Nice</p></article>`,
      ['Title', PROSE, PROSE, 'Nice'],
    ],
    [
      'a body with layout classes is still read',
      `<html><body class="has-sidebar cookie-consent-given"><p>${PROSE}</p></body></html>`,
      [PROSE],
    ],
    [
      'code highlighting spans named "comment" are kept',
      `<article><pre class="language-python"><span class="token comment"># setup</span>\nimport os</pre></article>`,
      ['# setup\nimport os'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(read(html)).toEqual(expected);
  });

  test('contentRoot picks the element, body when nothing matches', () => {
    const doc = parseHtml(`<main id="m"><p>${PROSE}</p></main>`);
    expect(contentRoot(doc)?.getAttribute('id')).toBe('m');
    expect(contentRoot(parseHtml(`<p>${PROSE}</p>`))?.localName).toBe('body');
  });
});

describe('title', () => {
  test.each<[string, string, string]>([
    [
      'og:title first',
      '<head><title>Site | Post</title><meta property="og:title" content=" The  Post "></head><article><h1>Heading</h1></article>',
      'The Post',
    ],
    [
      'then the <h1> in the content',
      '<head><title>Site | Post</title></head><article><h1>Heading <em>one</em></h1><p>x</p></article>',
      'Heading one',
    ],
    [
      'an <h1> outside the content does not count',
      '<head><title>Site | Post</title></head><header><h1>Site</h1></header><article><h2>Sub</h2><p>x</p></article>',
      'Site | Post',
    ],
    ['then <title>', '<head><title>\n Only   title </title></head><p>x</p>', 'Only title'],
    ['then the first heading', '<h2>Second level</h2><p>x</p>', 'Second level'],
    ['else empty', '<p>x</p>', ''],
  ])('%s', (_name, html, title) => {
    expect(htmlToArticle(parseHtml(html)).title).toBe(title);
  });
});

describe('chrome named by CSS modules and BEM', () => {
  test.each<[string, boolean]>([
    ['ShareBar_root__Mm3', true],
    ['share-buttons', true],
    ['RelatedPosts_list__a', true],
    ['newsletter-signup', true],
    ['Comments_thread__9', true],
    ['ad-slot', true],
    ['shared-data', false],
    ['address-block', false],
    ['Prose_block__a1', false],
    ['socialism-essay', false],
  ])('class %s skipped: %s', (cls, skipped) => {
    const texts = read(`<article><p>${PROSE}</p><div class="${cls}"><p>Inside 12%</p></div></article>`);
    expect(texts.includes('Inside 12%')).toBe(!skipped);
  });
});

describe('ContentRootSearch', () => {
  const page = `<html><body><nav><article>${'x'.repeat(50)}</article></nav><main>${'<p>short 5%</p>'.repeat(400)}</main>
<div class="content">${'<p>words and 40% more words</p>'.repeat(3000)}</div><aside>${'y'.repeat(900)}</aside></body></html>`;

  test('stopped at every step, it resumes to the same element as contentRoot', () => {
    const doc = parseHtml(page);
    const search = new ContentRootSearch(doc);
    let pauses = 0;
    while (!search.run(() => true)) pauses++;
    expect(pauses).toBeGreaterThan(10);
    expect(search.root).toBe(contentRoot(doc));
    expect(search.root?.className).toBe('content');
  });

  test('an empty document is read from its body', () => {
    const search = new ContentRootSearch(parseHtml(''));
    expect(search.run()).toBe(true);
    expect(search.root?.localName).toBe('body');
  });
});
