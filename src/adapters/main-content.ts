// Which part of a page is the article, and what it is called. Readability-lite: named content elements first,
// judged by how much text they hold, then the body.
import type { Block } from '../core/article';
import { isChrome, isHidden, tagOf } from './element-rules';

// Candidates in order of preference; within a group the one holding the most text wins.
const CANDIDATE_GROUPS = [
  'article',
  '[role="main"], main',
  '[itemprop="articleBody"], .post-content, .entry-content, .article-body, .article-content, .post-body, .post-entry, .story-body, #content, .content',
];
// A candidate must hold at least this share of the page's text (a lone comment <article> does not win).
const MIN_SHARE = 0.2;
// Scoring is bounded: hostile pages with thousands of nested candidates cost at most this many subtree counts.
const MAX_CANDIDATES = 30;
// Elements whose text a reader never sees as prose; not counted.
const NOT_TEXT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'title',
]);
// Nodes counted between two chances to pause.
const NODES_PER_STEP = 256;
// String.prototype.trim's whitespace (WhiteSpace + LineTerminator), tested without allocating a trimmed copy.
const WS = /\s/;

function trimmedLength(data: string): number {
  let a = 0;
  let b = data.length;
  while (a < b && WS.test(data[a] as string)) a++;
  while (b > a && WS.test(data[b - 1] as string)) b--;
  return b - a;
}

// Counting visible-ish text without building strings keeps candidate scoring linear and cheap. Yields (a chance
// to pause) every NODES_PER_STEP nodes; returns the count.
function* countText(root: Element): Generator<void, number, void> {
  let n = 0;
  let steps = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    if (++steps % NODES_PER_STEP === 0) yield;
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      n += trimmedLength((node as Text).data);
      continue;
    }
    if (node.nodeType !== 1 || (node !== root && NOT_TEXT.has(tagOf(node as Element)))) continue;
    // A `hidden` subtree is never read (a hostile page hid 100,000 nested elements there): not walked either.
    if (node !== root && (node as Element).hasAttribute('hidden')) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return n;
}

// An element inside a sidebar, comment thread or hidden block cannot be the article.
function insideChrome(el: Element): boolean {
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

// The search itself: the first candidate group whose best candidate holds MIN_SHARE of the body's text, else the
// body. Yields between steps (after each query, every NODES_PER_STEP nodes counted).
function* searchRoot(doc: Document): Generator<void, Element | null, void> {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  let total = -1;
  for (const selector of CANDIDATE_GROUPS) {
    const candidates = Array.from(doc.querySelectorAll(selector)).slice(0, MAX_CANDIDATES);
    yield;
    let best: Element | null = null;
    let bestLen = 0;
    for (const el of candidates) {
      if (insideChrome(el)) continue;
      const len = yield* countText(el);
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (!best) continue;
    if (total < 0) total = yield* countText(body);
    if (bestLen >= total * MIN_SHARE) return best;
  }
  return body;
}

/**
 * Why: the choice of the main content, resumable like DomWalker.run: Node runs it in one go (contentRoot), the
 * content script in slices that yield to the page (on a 1 MB page one go is 30-150 ms). One implementation, so
 * both read the same element.
 */
export class ContentRootSearch {
  /** The article element, else the body; null until done (and for a document without one). */
  root: Element | null = null;
  private readonly steps: Generator<void, Element | null, void>;

  constructor(doc: Document) {
    this.steps = searchRoot(doc);
  }

  /** Searches until done or until `pause()` says stop (asked between steps); returns true when done. */
  run(pause: () => boolean = () => false): boolean {
    for (;;) {
      const step = this.steps.next();
      if (step.done) {
        this.root = step.value;
        return true;
      }
      if (pause()) return false;
    }
  }
}

/** Why: analyse the article, not the page around it; the body when nothing names the article. */
export function contentRoot(doc: Document): Element | null {
  const search = new ContentRootSearch(doc);
  search.run();
  return search.root;
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
