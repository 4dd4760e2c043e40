// The reader-judged articles on disk (tests/reader/<slug>/source.* + reader.json): listing, loading, and the
// page text their labels are written against. Shared by `npm run eval` and tests/unit/reader-fixtures.test.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontMatter } from '../../src/adapters/front-matter';
import { parseHtml } from '../../src/adapters/linkedom';
import { articleFromHtml, articleFromMarkdown } from '../../src/node/index';
import { parseReaderJson, ReaderFileError, type ReaderLabels } from './labels';

/** Why: the default folder of `npm run eval` and the one the fixture test walks. */
export const READER_DIR = fileURLToPath(new URL('../../tests/reader/', import.meta.url));

/** Why: one article with its labels, read once. */
export interface ReaderArticle {
  slug: string;
  sourcePath: string;
  format: 'markdown' | 'html';
  source: string;
  labels: ReaderLabels;
}

/** Why: every sub-folder is a case; a folder without a source or labels is an error, never silently skipped. */
export function loadReaderArticles(dir: string = READER_DIR): ReaderArticle[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new ReaderFileError(`${dir}: cannot read the folder (${(e as Error).message})`);
  }
  const articles = entries
    .filter((d) => d.isDirectory())
    .map((d) => loadReaderArticle(join(dir, d.name), d.name))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  if (articles.length === 0) throw new ReaderFileError(`${dir}: no article folders`);
  return articles;
}

/** Why: one folder; both files must be there and the labels must parse. */
export function loadReaderArticle(folder: string, slug: string): ReaderArticle {
  const file = ['source.md', 'source.html'].find((f) => existsSync(join(folder, f)));
  if (!file) throw new ReaderFileError(`${folder}: no source.md or source.html`);
  const labelsPath = join(folder, 'reader.json');
  if (!existsSync(labelsPath)) throw new ReaderFileError(`${folder}: no reader.json`);
  return {
    slug,
    sourcePath: join(folder, file),
    format: file.endsWith('.md') ? 'markdown' : 'html',
    source: readFileSync(join(folder, file), 'utf8'),
    labels: parseReaderJson(readFileSync(labelsPath, 'utf8'), labelsPath),
  };
}

/** Why: the three texts a label can be written against (see `where` in labels.ts). */
export interface PageText {
  /** The article's blocks as the project's adapters render them: markup removed, one string per block. */
  blocks: string[];
  /** String values of the YAML front matter (Markdown only): what a theme may show as subtitle or FAQ. */
  frontMatter: string[];
  /** All text of the page, chrome included (HTML only; for Markdown, the rendered blocks). */
  page: string;
}

/** Why: labels quote the page as rendered; this renders it with the same adapters as the engine. */
export function pageText(article: Pick<ReaderArticle, 'source' | 'format' | 'slug'>): PageText {
  const opts = { file: `${article.slug}/source` };
  if (article.format === 'html') {
    const blocks = articleFromHtml(article.source, opts).blocks.map((b) => squash(b.text));
    const body = parseHtml(article.source).body;
    return { blocks, frontMatter: [], page: squash(body?.textContent ?? '') };
  }
  const blocks = articleFromMarkdown(article.source, opts).blocks.map((b) => squash(b.text));
  return {
    blocks,
    frontMatter: strings(splitFrontMatter(article.source).data).map(squash),
    page: blocks.join('\n'),
  };
}

/** Why: a label is written on one line; the page may wrap the same sentence over several. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// Every string leaf of parsed YAML (a description, each FAQ question and answer).
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}
