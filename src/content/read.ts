// Reads the live page into the core's Article with its text map, in tasks that each stay well under 50 ms. The
// adapter's own resumable pieces do the work (ContentRootSearch picks the main content, DomWalker reads it); this
// file only runs them in slices and yields to the page in between, so it reads exactly what readDomArticle reads.
import { toArticle } from '../adapters/html';
import { ContentRootSearch } from '../adapters/main-content';
import { mergeUnrenderedFences } from '../adapters/unrendered-fences';
import { DomWalker } from '../adapters/walker';
import type { DomArticle } from '../adapters/dom-map';
import { mark } from './marks';
import { SLICE_MS, yieldToPage } from './schedule';

// Runs a resumable job (its `run(pause)` returns true when done) to the end, one SLICE_MS slice per task.
async function runInSlices(run: (pause: () => boolean) => boolean, signal?: AbortSignal): Promise<void> {
  for (;;) {
    const until = performance.now() + SLICE_MS;
    if (run(() => performance.now() >= until)) return;
    await nextTask(signal);
  }
}

async function nextTask(signal?: AbortSignal): Promise<void> {
  await yieldToPage();
  signal?.throwIfAborted();
}

/**
 * Why: the same result as readDomArticle(doc), produced without a long task; the signal stops it between slices.
 * `root` is the element read (the watcher ignores edits outside it).
 */
export async function readPage(
  doc: Document,
  url: string,
  signal?: AbortSignal,
): Promise<DomArticle & { root: Element | null }> {
  signal?.throwIfAborted();
  const search = new ContentRootSearch(doc);
  await runInSlices((pause) => search.run(pause), signal);
  mark('read:root');
  await nextTask(signal);
  const root = search.root;
  if (!root) return { article: toArticle(doc, [], { url, file: null }), segments: [], root: null };
  const walker = new DomWalker(root, { record: true, signal });
  await runInSlices((pause) => walker.run(pause), signal);
  await nextTask(signal);
  const merged = mergeUnrenderedFences(walker.out);
  return {
    article: toArticle(doc, merged, { url, file: null }),
    segments: merged.map((c) => c.segments ?? []),
    root,
  };
}
