// Reads the live page into the core's Article with its text map, in tasks that each stay well under 50 ms.
// The adapter's readDomArticleAsync slices the walk, but picks the main content (contentRoot: two full text counts
// of the page) in one synchronous call: 30-150 ms on a 1 MB page in a fresh isolated world, GC included. So the
// choice of root is made here with the adapter's own rules (candidates, share, limits, insideChrome) and a sliced
// text count; read.test.ts checks it picks the same element as contentRoot on every fixture page.
import { tagOf } from '../adapters/element-rules';
import {
  CANDIDATE_GROUPS,
  MAX_CANDIDATES,
  MIN_SHARE,
  NOT_TEXT,
  insideChrome,
} from '../adapters/main-content';
import { mergeUnrenderedFences } from '../adapters/unrendered-fences';
import { toArticle } from '../adapters/html';
import { DomWalker } from '../adapters/walker';
import type { DomArticle } from '../adapters/dom-map';
import { SLICE_MS, yieldToPage } from './schedule';

// String.prototype.trim's whitespace (WhiteSpace + LineTerminator), tested without allocating a trimmed copy.
const WS = /\s/;

function trimmedLength(data: string): number {
  let a = 0;
  let b = data.length;
  while (a < b && WS.test(data[a] as string)) a++;
  while (b > a && WS.test(data[b - 1] as string)) b--;
  return b - a;
}

/** Why: a time budget shared by the steps of one read, so each task ends after SLICE_MS. */
class Slicer {
  private until = performance.now() + SLICE_MS;
  constructor(private readonly signal?: AbortSignal) {}
  async check(): Promise<void> {
    if (performance.now() < this.until) return;
    await yieldToPage();
    this.signal?.throwIfAborted();
    this.until = performance.now() + SLICE_MS;
  }
  async next(): Promise<void> {
    await yieldToPage();
    this.signal?.throwIfAborted();
    this.until = performance.now() + SLICE_MS;
  }
}

/** Why: the same count as main-content's textLength (same order, same exclusions), yielding every few ms. */
export async function textLengthSliced(root: Element, slicer: Slicer): Promise<number> {
  let n = 0;
  let steps = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    if ((++steps & 255) === 0) await slicer.check();
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      n += trimmedLength((node as Text).data);
      continue;
    }
    if (node.nodeType !== 1 || (node !== root && NOT_TEXT.has(tagOf(node as Element)))) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return n;
}

/** Why: contentRoot(doc), in slices: the article element, else the body. */
export async function contentRootSliced(doc: Document, slicer: Slicer): Promise<Element | null> {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  let total = -1;
  for (const selector of CANDIDATE_GROUPS) {
    const candidates = Array.from(doc.querySelectorAll(selector)).slice(0, MAX_CANDIDATES);
    await slicer.check();
    let best: Element | null = null;
    let bestLen = 0;
    for (const el of candidates) {
      if (insideChrome(el)) continue;
      const len = await textLengthSliced(el, slicer);
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (!best) continue;
    if (total < 0) total = await textLengthSliced(body, slicer);
    if (bestLen >= total * MIN_SHARE) return best;
  }
  return body;
}

/** Why: exposed for the equivalence test, which has no page to read. */
export function newSlicer(signal?: AbortSignal): Slicer {
  return new Slicer(signal);
}

/** Why: the same result as readDomArticle(doc), produced without a long task; the signal stops it between slices. */
export async function readPage(doc: Document, url: string, signal?: AbortSignal): Promise<DomArticle> {
  const slicer = new Slicer(signal);
  const root = await contentRootSliced(doc, slicer);
  performance.mark('claimlens:read:root');
  await slicer.next();
  if (!root) return { article: toArticle(doc, [], { url, file: null }), segments: [] };
  const walker = new DomWalker(root, { record: true, signal });
  for (;;) {
    const until = performance.now() + SLICE_MS;
    if (walker.run(() => performance.now() >= until)) break;
    await slicer.next();
  }
  await slicer.next();
  const merged = mergeUnrenderedFences(walker.out);
  return {
    article: toArticle(doc, merged, { url, file: null }),
    segments: merged.map((c) => c.segments ?? []),
  };
}
