// A light HTML-to-text for the extension's worker, which has no DOM. Why not an offscreen document: it is Chrome-only
// (Firefox has no chrome.offscreen), needs another permission, and would parse a stranger's page in an extension
// origin; a source check needs the words near a number, not a faithful render. So: drop what is never prose (scripts,
// styles, navigation, headers, footers, forms), prefer the page's <article> or <main>, break at block tags, decode
// entities. The CLI reads pages with linkedom and the adapters' main-content search instead (node/page-text.ts).

const NEVER_PROSE =
  /<(script|style|noscript|template|svg|math|iframe|head|nav|header|footer|aside|form|button|select)\b[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const BLOCK =
  /<\/?(p|div|section|article|main|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|h[1-6]|blockquote|pre|figure|figcaption|br|hr)\b[^>]*>/gi;
const TAG = /<[^>]*>/g;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  times: '×',
  percnt: '%',
  euro: '€',
  pound: '£',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
};

/** Why: page text arrives with entities ("40&nbsp;%", "&#8211;"); numbers must read as the reader sees them. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

// The largest <article> (or else <main>) element's inner HTML, when the page has one worth reading.
function mainPart(html: string): string {
  for (const tag of ['article', 'main']) {
    const parts = [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)<\\/${tag}\\s*>`, 'gi'))].map(
      (m) => m[1] ?? '',
    );
    const best = parts.sort((a, b) => b.length - a.length)[0];
    if (best && best.replace(TAG, '').trim().length >= 200) return best;
  }
  return html;
}

/** Why: the page's title, for soft-404 detection ("Page not found" served with 200). */
export function htmlTitle(html: string): string {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html.slice(0, 200_000));
  return m ? decodeEntities(m[1]!.replace(TAG, '')).replace(/\s+/g, ' ').trim() : '';
}

/** Why: the readable text of an HTML page, one line per block; bounded work on a capped body. */
export function htmlToText(html: string): string {
  const body = mainPart(html.replace(COMMENT, ' ').replace(NEVER_PROSE, ' '));
  return decodeEntities(body.replace(BLOCK, '\n').replace(TAG, ''))
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
