// One file's analysis, the unit of parallel work: read, adapt, analyse, place every item in the file, and collect
// its suppression comments. Runs in a worker thread (worker.ts) or, for one file or in tests, in the main thread.
import { threadId } from 'node:worker_threads';
import { readHtmlWithSource } from '../adapters/html-source';
import { readMarkdownWithSource, type SourceMapped } from '../adapters/markdown-source';
import { readsAsMdx } from '../adapters/mdx';
import type { Located } from '../adapters/text-positions';
import type { Article } from '../core/article';
import { proseVerdict } from '../core/prose';
import type { Report } from '../core/report';
import { analyzeArticle } from '../engine/analyze';
import { withTagger } from '../node/index';
import type { CheckedFile } from './checked-file';
import { InputError, loadFile, type LoadedInput } from './input';
import { parseDirectives } from './suppressions';

/** Why: what a worker is sent: a file to read, or the text of a page the main thread fetched. */
export interface FileJob {
  id: number;
  display: string;
  path: string | null;
  url: string | null;
  /** A fetched page (URLs); files are read by the worker itself, so reading is parallel too. */
  input?: LoadedInput;
  /** Compute the page-text offsets of the annotation export (HTML only). */
  annotation: boolean;
}

/** Why: a result or the one-line reason the file could not be checked; `threadId` shows the work was spread. */
export type JobResult =
  { id: number; threadId: number; file: CheckedFile } | { id: number; threadId: number; error: string };

/** Why: the whole per-file pipeline in one call; bad input is a result (exit 2 later), not a thrown error. */
export async function analyseJob(job: FileJob): Promise<JobResult> {
  try {
    return { id: job.id, threadId, file: await analyse(job) };
  } catch (e) {
    if (e instanceof InputError) return { id: job.id, threadId, error: e.message };
    throw e;
  }
}

async function analyse(job: FileJob): Promise<CheckedFile> {
  const input = job.input ?? loadFile(job.path ?? job.display, job.display);
  const source = { file: job.url ? null : job.display, url: job.url };
  const html = input.kind === 'html';
  const read: SourceMapped & { textPositions?: ReturnType<typeof readHtmlWithSource>['textPositions'] } = html
    ? readHtmlWithSource(input.text, source)
    : readMarkdownWithSource(input.text, {
        ...source,
        mdx: readsAsMdx(job.path ?? new URL(job.url ?? 'file:///').pathname, input.text),
      });
  const words = read.article.blocks.reduce(
    (n, b) => n + (b.kind === 'code' ? 0 : b.text.split(/\s+/).length),
    0,
  );
  if (words < 5) throw new InputError(`${job.display} is not an article: no text to check`);
  const prose = proseVerdict(read.article);
  if (!prose.prose) throw new InputError(`${job.display} is not an article: ${prose.reason}`);
  const report = analyzeArticle(read.article, withTagger({}));
  const items: Located[] = [...report.claims, ...report.links, ...importItems(report, read.article)];
  return {
    display: job.display,
    path: job.path,
    url: job.url,
    report,
    positions: read.locate(items),
    directives: parseDirectives(input.text),
    textSpans: job.annotation && read.textPositions ? read.textPositions(report.claims) : undefined,
  };
}

// An import is placed by its line in its code block: the line's text, without its indentation.
function importItems(report: Report, article: Article): Located[] {
  // Each block's lines, split once: a code block of 5,000 imports was split 5,000 times (1 s of a 5 s budget).
  const linesOf = new Map<number, { lines: string[]; starts: number[] }>();
  return report.imports.flatMap((imp) => {
    const text = article.blocks[imp.block]?.text;
    if (text === undefined) return [];
    let split = linesOf.get(imp.block);
    if (!split) {
      const lines = text.split('\n');
      const starts: number[] = [];
      let at = 0;
      for (const l of lines) {
        starts.push(at);
        at += l.length + 1;
      }
      split = { lines, starts };
      linesOf.set(imp.block, split);
    }
    const line = split.lines[imp.line - 1];
    if (line === undefined) return [];
    const start = split.starts[imp.line - 1]!;
    const indent = line.length - line.trimStart().length;
    const end = start + line.trimEnd().length;
    return end > start + indent
      ? [{ id: imp.id, block: imp.block, quote: { start: start + indent, end } }]
      : [];
  });
}
