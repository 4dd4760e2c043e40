// Node only: HTML text -> a DOM Document through linkedom. linkedom builds no <html>/<head>/<body> of its own
// (a fragment becomes the document element, '' gives no document element at all, content after </body> is
// dropped), so the input is first re-framed into one well-formed shell, as a browser's parser would.
import { parseHTML } from 'linkedom';

const HEAD_TAG =
  /(?:\s+|<!--[\s\S]*?-->|<!doctype[^>]*>|<\/?html\b[^>]*>|<\/?head\b[^>]*>|<(?:meta|link|base)\b[^>]*>|<(title|style|script|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>)/iy;
const SHELL_TAGS = /<!doctype[^>]*>|<\/?(?:html|head|body)\b[^>]*>/gi;
const BODY_OPEN = /<body\b[^>]*>/i;

/** Why: splits a page into what belongs in <head> and what belongs in <body>, in linear time. */
export function splitPage(html: string): { head: string; body: string } {
  const bodyOpen = BODY_OPEN.exec(html);
  if (bodyOpen) {
    const head = html.slice(0, bodyOpen.index).replace(SHELL_TAGS, '');
    const body = html.slice(bodyOpen.index + bodyOpen[0].length).replace(SHELL_TAGS, '');
    return { head, body };
  }
  // No <body>: the leading run of head-only elements is the head, the rest the body.
  let pos = 0;
  let headEnd = 0;
  for (;;) {
    HEAD_TAG.lastIndex = pos;
    const m = HEAD_TAG.exec(html);
    if (!m || m[0].length === 0) break;
    pos += m[0].length;
    if (/^<\/head/i.test(m[0])) {
      headEnd = pos;
      break;
    }
    headEnd = pos;
  }
  return {
    head: html.slice(0, headEnd).replace(SHELL_TAGS, ''),
    body: html.slice(headEnd).replace(SHELL_TAGS, ''),
  };
}

/** Why: the Node side of the HTML adapter; never throws, even on '' or a bare fragment. */
export function parseHtml(html: string): Document {
  const { head, body } = splitPage(typeof html === 'string' ? html : '');
  const { document } = parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  return document as unknown as Document;
}
