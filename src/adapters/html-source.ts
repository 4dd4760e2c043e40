// HTML read with a map back to the file: the same Article as htmlToArticle, plus where each claim, link and import
// is in the file (linkedom keeps no source positions, so each text node is found in the file in document order),
// plus the page-text offsets the annotation export needs.
import { collectBlocks, toArticle } from './html';
import { parseHtml } from './linkedom';
import type { SourceMapped } from './markdown-source';
import { sourceLocator } from './source-positions';
import { textPositions, type Located, type TextSpan } from './text-positions';

/** Why: the CLI reads each HTML file once for the report, the file positions and the annotation positions. */
export interface HtmlSourceMapped extends SourceMapped {
  textPositions(items: readonly Located[]): Map<string, TextSpan>;
}

const BODY_OPEN = /<body\b[^>]*>/i;
const HEAD_CLOSE = /<\/head\s*>/i;

/** Why: the CLI's HTML reader. The search starts after <body> (or </head>), so the <title> is not the <h1>. */
export function readHtmlWithSource(
  html: string,
  opts: { file?: string | null; url?: string | null } = {},
): HtmlSourceMapped {
  const doc = parseHtml(html);
  const collected = collectBlocks(doc, { record: true });
  const segments = collected.map((c) => c.segments ?? []);
  const open = BODY_OPEN.exec(html) ?? HEAD_CLOSE.exec(html);
  const locate = sourceLocator(html, doc.body, {
    mode: 'html',
    from: open ? open.index + open[0].length : 0,
  });
  return {
    article: toArticle(doc, collected, { url: opts.url ?? null, file: opts.file ?? null }),
    locate: (items) => locate(segments, items),
    textPositions: (items) => textPositions(doc, segments, items),
  };
}
