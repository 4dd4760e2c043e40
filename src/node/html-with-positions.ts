// HTML read with its text map, so the annotation export can say where each claim sits in the page's own text.
import type { Article } from '../core/article';
import { collectBlocks, toArticle } from '../adapters/html';
import { parseHtml } from '../adapters/linkedom';
import { textPositions, type Located, type TextSpan } from '../adapters/text-positions';

/** Why: an article plus a way to place its claims in the document's text (only HTML can; Markdown cannot). */
export interface HtmlWithPositions {
  article: Article;
  positions(items: readonly Located[]): Map<string, TextSpan>;
}

/** Why: the CLI's `--format annotation` on HTML: the same article as articleFromHtml, and TextPositionSelectors. */
export function readHtmlWithPositions(
  html: string,
  opts: { url?: string | null; file?: string | null } = {},
): HtmlWithPositions {
  const doc = parseHtml(html);
  const collected = collectBlocks(doc, { record: true });
  const segments = collected.map((c) => c.segments ?? []);
  return {
    article: toArticle(doc, collected, { url: opts.url ?? null, file: opts.file ?? null }),
    positions: (items) => textPositions(doc, segments, items),
  };
}
