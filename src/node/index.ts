// The Node API: `import { analyzeHtml, analyzeMarkdown } from 'claimlens'`. Same engine as the CLI and the extension.
import { analyzeArticle, type AnalyzeOptions } from '../engine/analyze';
import { compromiseTagger } from '../core/compromise-tagger';
import { htmlToArticle } from '../adapters/html';
import { parseHtml } from '../adapters/linkedom';
import { markdownToArticle } from '../adapters/markdown';
import { mdxToMarkdown, readsAsMdx } from '../adapters/mdx';
import type { Report } from '../core/report';
import type { Article } from '../core/article';

export type { Report, Claim, LinkRef, ImportRef, Finding, Summary } from '../core/report';
export type { Article, Block } from '../core/article';
export { analyzeArticle } from '../engine/analyze';
export { verifyReport, verifyReports, type VerifyOptions } from './verify-report';

/** Why: where the text came from, stamped into report.source. */
export interface SourceOptions extends AnalyzeOptions {
  url?: string | null;
  file?: string | null;
  /** Tag candidate sentences with compromise for more superlatives/comparatives (default true). */
  nlp?: boolean;
  /** Read Markdown as MDX (ESM and JSX lines blanked, pictures kept); default: as the CLI decides, by a .mdx file
   * name or MDX lines in the text. */
  mdx?: boolean;
}

/** Why: integrations and benchmarks hand us HTML; we read it with linkedom (no browser needed). Offline, synchronous. */
export function analyzeHtml(html: string, opts: SourceOptions = {}): Report {
  return analyzeArticle(articleFromHtml(html, opts), withTagger(opts));
}

/** Why: the CLI inspects the article (is there any text?) before it analyses it. */
export function articleFromHtml(html: string, opts: Pick<SourceOptions, 'url' | 'file'> = {}): Article {
  return htmlToArticle(parseHtml(html), { url: opts.url ?? null, file: opts.file ?? null });
}

/** Why: the CLI inspects a Markdown article (is there any text?) before it analyses it. */
export function articleFromMarkdown(
  markdown: string,
  opts: Pick<SourceOptions, 'url' | 'file' | 'mdx'> = {},
): Article {
  const mdx = opts.mdx ?? (typeof markdown === 'string' && readsAsMdx(opts.file ?? '', markdown));
  return markdownToArticle(mdx ? mdxToMarkdown(markdown) : markdown, {
    url: opts.url ?? null,
    file: opts.file ?? null,
  });
}

/** Why: writers check drafts in Markdown before they publish. Offline, synchronous. */
export function analyzeMarkdown(markdown: string, opts: SourceOptions = {}): Report {
  return analyzeArticle(articleFromMarkdown(markdown, opts), withTagger(opts));
}

/** Why: compromise tags candidate sentences unless the caller opts out. */
export function withTagger(opts: SourceOptions): AnalyzeOptions {
  return { now: opts.now, tagger: opts.tagger ?? (opts.nlp === false ? undefined : compromiseTagger) };
}
