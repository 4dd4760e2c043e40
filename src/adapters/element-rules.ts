// What each element means to the walker: a block, a container, a table part, inline text, or chrome to skip.
// Decided from the markup alone (tag, attributes, inline style), so a live page and linkedom agree exactly.

/** Why: the walker's whole vocabulary; one lookup per element keeps the walk linear. */
export type Role =
  'skip' | 'block' | 'pre' | 'table' | 'row' | 'cell' | 'container' | 'blockquote' | 'list' | 'br' | 'inline';

// Never read: not text a reader sees as the article.
const SKIP_TAGS = new Set([
  'head',
  'title',
  'meta',
  'link',
  'base',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'source',
  'track',
  'img',
  'picture',
  'map',
  'nav',
  'aside',
  'form',
  'button',
  'input',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'dialog',
  'menu',
  'rp',
  'slot',
]);
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'summary',
  'legend',
]);
const CONTAINER_TAGS = new Set([
  'html',
  'body',
  'article',
  'main',
  'section',
  'div',
  'header',
  'footer',
  'address',
  'center',
  'details',
  'dl',
  'fieldset',
  'figure',
  'hgroup',
  'hr',
  'search',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'col',
]);
const SKIP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'tablist',
  'form',
]);
// Class or id tokens that name page chrome rather than the article.
const CHROME_TOKEN = new Set([
  'sidebar',
  'side-bar',
  'widget-area',
  'breadcrumb',
  'breadcrumbs',
  'share',
  'sharing',
  'social-share',
  'share-buttons',
  'related',
  'related-posts',
  'newsletter',
  'advert',
  'advertisement',
  'ads',
  'skip-link',
  'sr-only',
  'visually-hidden',
  'screen-reader-text',
  'comments',
  'comment-list',
  'commentlist',
  'comments-area',
  'comment-respond',
  'respond',
  'disqus_thread',
  'discussion',
]);
// Substrings that mark consent banners and comment threads whatever the naming scheme.
const CHROME_PART = /cookie|consent|gdpr|onetrust|cookiebot|comments-|-comments|sidebar/i;
// The page's outer elements carry layout classes ("has-sidebar"), and inline elements are never chrome by name.
const NEVER_CHROME = new Set([
  'html',
  'body',
  'main',
  'article',
  'span',
  'a',
  'code',
  'pre',
  'b',
  'i',
  'em',
  'strong',
]);
// Names that start with a chrome word, as CSS modules and BEM write them: "ShareBar_root__x1", "share-buttons",
// "RelatedPosts_list", "newsletter-signup" (but not "shared-data" or "address").
const CHROME_PREFIX =
  /^(?:share|sharing|social|sidebar|comments?|cookie|consent|newsletter|breadcrumbs?|related|subscribe|advert|ads?|promo)(?:bar|buttons?|links?|box|widget|posts?|list|area|banner|signup|[-_]|$)/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Why: localName is lower case for HTML in every DOM; tagName is the fallback for odd implementations. */
export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** Why: hidden text is not what the reader sees, and a highlight on it would be invisible. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Why: navigation, sidebars, comments and consent banners carry numbers and links that are not the article's. */
export function isChrome(el: Element, tag: string): boolean {
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.trim().toLowerCase())) return true;
  if (NEVER_CHROME.has(tag)) return false;
  const id = el.getAttribute('id') ?? '';
  const cls = el.getAttribute('class') ?? '';
  if (!id && !cls) return false;
  if (CHROME_PART.test(id) || CHROME_PART.test(cls)) return true;
  if (CHROME_TOKEN.has(id.toLowerCase()) || CHROME_PREFIX.test(id)) return true;
  for (const token of cls.split(/\s+/))
    if (CHROME_TOKEN.has(token.toLowerCase()) || CHROME_PREFIX.test(token)) return true;
  return false;
}

/** Why: one place decides what an element is; `inCode` keeps syntax-highlighting spans from being judged as chrome. */
export function roleOf(el: Element, inCode: boolean): Role {
  const tag = tagOf(el);
  if (tag === 'br') return 'br';
  if (SKIP_TAGS.has(tag) || isHidden(el)) return 'skip';
  if (inCode) return 'inline';
  if (isChrome(el, tag) || (tag === 'div' && isChartEmbed(el, tag))) return 'skip';
  if (BLOCK_TAGS.has(tag)) return 'block';
  if (tag === 'pre' || tag === 'xmp' || tag === 'listing' || tag === 'plaintext') return 'pre';
  if (tag === 'table') return 'table';
  if (tag === 'tr') return 'row';
  if (tag === 'td' || tag === 'th') return 'cell';
  if (tag === 'blockquote') return 'blockquote';
  if (tag === 'ul' || tag === 'ol' || tag === 'dir') return 'list';
  if (CONTAINER_TAGS.has(tag)) return 'container';
  return 'inline';
}

// What a reader sees as a picture: a chart, a screenshot, a diagram (an icon or an avatar is smaller than this).
const MEDIA_TAGS = new Set(['img', 'image', 'picture', 'svg', 'canvas']);
const ICON_SIZE = 100;
const PIXELS = /^\s*(\d+)(?:px)?\s*$/;

// '<div class="infogram-embed" data-type="interactive">', '<iframe src="https://datawrapper.dwcdn.net/...">': a
// chart service's embed, drawn by its script (no text of its own until then, and none a reader reads as prose after).
const CHART_SERVICE =
  /\b(?:infogram|datawrapper|flourish|plotly|observablehq|tableau|highcharts|vega-?embed)\b/i;
const EMBED_TAGS = new Set(['div', 'iframe', 'object', 'embed']);

/** Why: an embedded chart is a picture beside its paragraph, as an image of that chart would be. */
export function isChartEmbed(el: Element, tag: string): boolean {
  if (!EMBED_TAGS.has(tag)) return false;
  // Every div of a page asks (roleOf): its class alone, with no string built; a frame names the service by its URL.
  if (tag === 'div')
    return CHART_SERVICE.test(el.getAttribute('class') ?? '') && !/\S/.test(el.textContent ?? '');
  return (
    CHART_SERVICE.test(el.getAttribute('class') ?? '') ||
    CHART_SERVICE.test(el.getAttribute('src') ?? el.getAttribute('data') ?? '')
  );
}

/** Why: a figure beside a paragraph shows what the paragraph reports (a chart of the timings it quotes). */
export function isFigureMedia(el: Element, tag: string): boolean {
  if (isChartEmbed(el, tag)) return !isHidden(el);
  if (!MEDIA_TAGS.has(tag) || isHidden(el) || el.getAttribute('role') === 'presentation') return false;
  for (const side of ['width', 'height']) {
    const px = PIXELS.exec(el.getAttribute(side) ?? '');
    if (px && Number(px[1]) < ICON_SIZE) return false;
  }
  return true;
}

/** Why: what a figure says it shows ("Chart showing reduction in InnoDB Row Operations"): its alt text or title. */
export function figureAltText(el: Element, tag: string): string {
  const img = tag === 'picture' ? el.querySelector('img') : el;
  const said =
    img?.getAttribute('alt') || img?.getAttribute('aria-label') || img?.getAttribute('title') || '';
  return said.replace(/\s+/g, ' ').trim();
}

// A link to another page: a web address or a path in the site.
const PAGE_HREF = /^(?:https?:\/\/|\/|\.\.?\/)/i;
// A link to a picture file (a click-to-enlarge picture), not to a page.
const PICTURE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp)(?:[?#].*)?$/i;

/**
 * Why: "[![Logs Benchmark Repo](banner.webp)](https://github.com/...)": a picture that is all of a link to a page is
 * that link, shown as its alt text; the words it stands for, or null when it is a figure (no link, a link to a
 * picture file, no alt text, or alt text that states something rather than names the page).
 */
export function linkedPictureText(el: Element, tag: string, href: string | null): string | null {
  if (href === null || !PAGE_HREF.test(href.trim()) || PICTURE_FILE.test(href.trim())) return null;
  const img = tag === 'img' ? el : tag === 'picture' ? el.querySelector('img') : null;
  if (!img || !isFigureMedia(el, tag)) return null;
  const alt = (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  // A name ("Logs Benchmark Repo"), not a banner's sales line ("Quillpad is 10x faster"): that one stays a picture.
  return alt === '' || /\d/.test(alt) || alt.split(' ').length > 8 ? null : alt;
}

/** Why: `header`/`footer` are page chrome at page level but an article's own header holds its title. */
export function isPageChrome(tag: string, insideArticle: boolean): boolean {
  return (tag === 'header' || tag === 'footer') && !insideArticle;
}

/** Why: elements that make everything inside them part of an article (so their header/footer are kept). */
export function isArticleLike(el: Element, tag: string): boolean {
  return tag === 'article' || tag === 'main' || el.getAttribute('role') === 'main';
}

const LANG_CLASS = /(?:^|\s)(?:language-|lang-|highlight-source-|highlight-|brush:\s*)([A-Za-z0-9_+#.-]+)/;
const NOT_LANGUAGES = new Set([
  'none',
  'plaintext',
  'text',
  'plain',
  'nohighlight',
  'source',
  'block',
  'js-file-line',
]);

/** Why: the declared language of a code block decides which import syntax applies. */
export function languageOf(pre: Element, code: Element | null): string | null {
  const candidates: (Element | null)[] = [
    code,
    pre,
    pre.parentElement,
    pre.parentElement?.parentElement ?? null,
  ];
  for (const el of candidates) {
    if (!el) continue;
    const data = el.getAttribute('data-lang') ?? el.getAttribute('data-language');
    if (data && data.trim()) return data.trim().toLowerCase();
    const cls = el.getAttribute('class');
    if (!cls) continue;
    const m = LANG_CLASS.exec(cls);
    const lang = m?.[1]?.toLowerCase();
    if (lang && !NOT_LANGUAGES.has(lang)) return lang;
    // pandoc: class="sourceCode python"
    const tokens = cls.split(/\s+/);
    if (tokens.includes('sourceCode')) {
      const other = tokens.find((t) => t && t !== 'sourceCode');
      if (other) return other.toLowerCase();
    }
  }
  return null;
}
