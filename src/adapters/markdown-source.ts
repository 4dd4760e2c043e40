// Markdown (and MDX) read with a map back to the file: the same Article as markdownToArticle, plus where each claim,
// link and import is in the file. markdown-it's token maps give each block's first line; the text is then found
// from there, so front matter, blockquote markers and indentation are all counted.
import type { Article } from '../core/article';
import { splitFrontMatter } from './front-matter';
import { collectBlocks } from './html';
import { parseHtml } from './linkedom';
import { markdownBody, PAGE_TITLE, renderMarkdown, SOURCE_LINE_ATTR } from './markdown';
import { mdxToMarkdown } from './mdx';
import { sourceLocator, type SourcePosition } from './source-positions';
import type { Located } from './text-positions';

/** Why: what the CLI keeps of one file: the article to analyse and a way to place its items in the file. */
export interface SourceMapped {
  article: Article;
  locate(items: readonly Located[]): Map<string, SourcePosition>;
}

/** Why: the CLI's Markdown reader; `mdx` blanks ESM and JSX lines first (lines and columns of the rest kept). */
export function readMarkdownWithSource(
  source: string,
  opts: { file?: string | null; url?: string | null; mdx?: boolean } = {},
): SourceMapped {
  const text = opts.mdx ? mdxToMarkdown(source) : source;
  const bodyStart = text.length - splitFrontMatter(text).body.length;
  const bodyLine = countLines(text, bodyStart);
  // The same Markdown the article is read from: shown front matter first, the body's lines shifted by it.
  const { body, title, prefixLines } = markdownBody(text);
  const titleLines = new Set<number>();
  if (title)
    splitFrontMatter(text)
      .body.split('\n')
      .forEach((l, i) => {
        PAGE_TITLE.lastIndex = 0;
        if (PAGE_TITLE.test(l)) titleLines.add(i);
      });
  const doc = parseHtml(renderMarkdown(body, { lines: true }));
  const collected = collectBlocks(doc, { record: true, wholeBody: true });
  const blocks = collected.map((c) => c.block);
  const segments = collected.map((c) => c.segments ?? []);
  const firstHeading = blocks.find((b) => b.kind === 'heading')?.text ?? '';
  const locate = sourceLocator(text, doc.body, {
    mode: 'markdown',
    from: bodyStart,
    hint: (node, lines) => {
      for (let el = node.parentElement; el; el = el.parentElement) {
        const line = el.getAttribute(SOURCE_LINE_ATTR);
        // Front matter text shown before the body has no line of its own in the body.
        // Nor does the title put where the file says "{{ page.title }}".
        if (line !== null)
          return Number(line) < prefixLines || titleLines.has(Number(line) - prefixLines)
            ? false
            : lines.offsetOf(bodyLine + Number(line) - prefixLines);
      }
      // Raw HTML has no line of its own: "<h1>{{ page.title }}</h1>" shows the title where the file does not say it.
      if (title && titleLines.size > 0 && node.data.trim() === title.trim()) return false;
      return null;
    },
  });
  return {
    article: { title: title ?? firstHeading, url: opts.url ?? null, file: opts.file ?? null, blocks },
    locate: (items) => locate(segments, items),
  };
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
