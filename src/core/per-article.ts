// One answer per article, kept beside the article's citations by block: a page's claims all ask the same thing.
import type { Block } from './article';
import type { Citation } from './citations';

/** Why: a cache of one answer per article. */
export type PerArticle<T> = WeakMap<Map<number, Citation[]>, { blocks: Block[]; found: T }>;
/** Why: the cached answer for this article, or `work()`'s, kept. */
export function perArticle<T>(
  cache: PerArticle<T>,
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  work: () => T,
): T {
  const cached = cache.get(byBlock);
  if (cached && cached.blocks === blocks) return cached.found;
  const found = work();
  cache.set(byBlock, { blocks, found });
  return found;
}
