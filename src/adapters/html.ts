// HTML -> Article for any DOM: the live page in the browser or linkedom in Node. Reads, never mutates.
import type { Article } from '../core/article';
import { contentRoot, pageTitle } from './main-content';
import type { Collected } from './text-builder';
import { mergeUnrenderedFences } from './unrendered-fences';
import { walk } from './walker';

/** Why: options shared by the HTML entry points; `url`/`file` only label the article, hrefs stay as written. */
export interface HtmlOptions {
  url?: string | null;
  file?: string | null;
  /** Read the whole body instead of picking the main content (Markdown rendered to HTML is all content). */
  wholeBody?: boolean;
}

/** Why: the article's blocks with their text maps; shared by htmlToArticle and readDomArticle. */
export function collectBlocks(
  doc: Document,
  opts: { record: boolean; wholeBody?: boolean; signal?: AbortSignal },
): Collected[] {
  const root = opts.wholeBody ? (doc.body ?? doc.documentElement) : contentRoot(doc);
  if (!root) return [];
  return mergeUnrenderedFences(walk(root, { record: opts.record, signal: opts.signal }));
}

/**
 * Why: the adapter the CLI and the Node API call. Link hrefs are kept raw, exactly as the page wrote them
 * (`LinkSpan.href` is "as written"); resolve them against `article.url` where an absolute URL is needed.
 */
export function htmlToArticle(doc: Document, opts: HtmlOptions = {}): Article {
  const collected = collectBlocks(doc, { record: false, wholeBody: opts.wholeBody });
  return toArticle(doc, collected, opts);
}

/** Why: one place turns collected blocks into the core's Article (title rules included). */
export function toArticle(doc: Document, collected: Collected[], opts: HtmlOptions): Article {
  const blocks = collected.map((c) => c.block);
  return { title: pageTitle(doc, blocks), url: opts.url ?? null, file: opts.file ?? null, blocks };
}
