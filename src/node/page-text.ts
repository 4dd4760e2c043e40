// The CLI's reading of a linked source page: linkedom and the adapters' main-content search (the same reading the
// CLI gives an article), rather than the worker's light tokenizer (verify/html-text.ts).
import { htmlToArticle } from '../adapters/html';
import { parseHtml } from '../adapters/linkedom';

/** Why: "does the source say it" reads the page's main text, not its navigation, footer or scripts. */
export function nodePageText(html: string, url: string): string {
  const article = htmlToArticle(parseHtml(html), { url });
  return article.blocks
    .filter((b) => b.kind !== 'code')
    .map((b) => b.text)
    .join('\n');
}
