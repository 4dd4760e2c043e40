// Which part of a page is the article, and what it is called. Readability-lite: named content elements first,
// judged by how much text they hold, then the body.
import type { Block } from '../core/article';
import { isChrome, isHidden, tagOf } from './element-rules';

/** Why: candidates in order of preference; within a group the one holding the most text wins (also the content script's sliced reader). */
export const CANDIDATE_GROUPS = [
  'article',
  '[role="main"], main',
  '[itemprop="articleBody"], .post-content, .entry-content, .article-body, .article-content, .post-body, .post-entry, .story-body, #content, .content',
];
/** Why: a candidate must hold at least this share of the page's text (a lone comment <article> does not win). */
export const MIN_SHARE = 0.2;
/** Why: scoring is bounded: hostile pages with thousands of nested candidates cost at most this many subtree counts. */
export const MAX_CANDIDATES = 30;
/** Why: elements whose text a reader never sees as prose; not counted. */
export const NOT_TEXT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'title',
]);

/** Why: counting visible-ish text without building strings keeps candidate scoring linear and cheap. */
export function textLength(root: Element): number {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      n += (node as Text).data.trim().length;
      continue;
    }
    if (node.nodeType !== 1 || (node !== root && NOT_TEXT.has(tagOf(node as Element)))) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return n;
}

/** Why: an element inside a sidebar, comment thread or hidden block cannot be the article. */
export function insideChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = tagOf(e);
    if (
      tag === 'nav' ||
      tag === 'aside' ||
      tag === 'form' ||
      tag === 'template' ||
      isHidden(e) ||
      isChrome(e, tag)
    )
      return true;
  }
  return false;
}

/** Why: analyse the article, not the page around it; the body when nothing names the article. */
export function contentRoot(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  let total = -1;
  for (const selector of CANDIDATE_GROUPS) {
    let best: Element | null = null;
    let bestLen = 0;
    for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, MAX_CANDIDATES)) {
      if (insideChrome(el)) continue;
      const len = textLength(el);
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (!best) continue;
    if (total < 0) total = textLength(body);
    if (bestLen >= total * MIN_SHARE) return best;
  }
  return body;
}

const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Why: og:title is the title the publisher chose; the content's <h1> next; <title> carries site suffixes. */
export function pageTitle(doc: Document, blocks: Block[]): string {
  const og = doc.querySelector('meta[property="og:title"], meta[name="og:title"]');
  const ogTitle = collapse(og?.getAttribute('content'));
  if (ogTitle) return ogTitle;
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  if (h1) return h1.text;
  const title = collapse(doc.querySelector('title')?.textContent);
  if (title) return title;
  return blocks.find((b) => b.kind === 'heading')?.text ?? '';
}
