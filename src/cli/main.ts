// The `claimlens` command: check a file or URL, print a report, exit 0/1/2.
import { stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseCliArgs, UsageError, USAGE, type CheckArgs } from './args';
import { loadInput, InputError } from './input';
import { renderTerminal } from './terminal';
import { articleFromHtml, articleFromMarkdown, withTagger } from '../node/index';
import { analyzeArticle } from '../engine/analyze';
import { verifyReport } from '../node/verify-report';
import { readHtmlWithPositions, type HtmlWithPositions } from '../node/html-with-positions';
import { fileCache, defaultCachePath } from '../verify/file-cache';
import { createSafeFetch, type Resolver } from '../node/safe-fetch';
import { progressLine } from './progress';
import { exportReport } from '../export/index';
import type { Article } from '../core/article';
import { proseVerdict } from '../core/prose';
import type { Report, Severity } from '../core/report';
import { VERSION } from '../core/version';

/** Why: the process boundary in one place; returns the exit code so tests can call it in-process. */
export interface CliIo {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** Is stderr a terminal (progress of the online checks is shown there). */
  stderrTTY?: boolean;
  /** For the registries; links and the article's URL always go through the guarded fetch. */
  fetch?: typeof fetch;
  /** Tests only: exact host:port authorities of test servers that links and URLs may reach. Never a flag. */
  allowPrivate?: readonly string[];
  /** Tests only: how host names resolve (a made-up name for a test server). Default: the system's DNS. */
  resolve?: Resolver;
}

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** Why: the whole CLI as a function of its inputs. */
export async function runCli(io: CliIo): Promise<number> {
  let args: CheckArgs | 'help' | 'version';
  try {
    args = parseCliArgs(io.argv, io.env, io.isTTY);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`claimlens: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (args === 'version') {
    io.stdout(`claimlens ${VERSION}\n`);
    return 0;
  }
  // A folder that is not there fails now, not after the work.
  if (args.output) {
    const folder = dirname(args.output);
    const info = await stat(folder).catch(() => null);
    if (!info?.isDirectory()) {
      io.stderr(`claimlens: cannot write ${args.output}: no folder ${folder}\n`);
      return 2;
    }
  }
  const guarded = createSafeFetch({ allowPrivate: io.allowPrivate, resolve: io.resolve });
  let report: Report;
  // Where each claim sits in the page's own text, for the annotation export; known for HTML input only.
  let positions: HtmlWithPositions['positions'] | undefined;
  try {
    const input = await loadInput(args.input, { fetch: guarded, timeoutMs: args.fetchTimeoutMs });
    const source = { file: input.file, url: input.url };
    let article: Article;
    if (input.kind === 'html' && args.format === 'annotation') {
      const read = readHtmlWithPositions(input.text, source);
      article = read.article;
      positions = read.positions;
    } else
      article =
        input.kind === 'html' ? articleFromHtml(input.text, source) : articleFromMarkdown(input.text, source);
    const words = article.blocks.reduce(
      (n, b) => n + (b.kind === 'code' ? 0 : b.text.split(/\s+/).length),
      0,
    );
    if (words < 5) throw new InputError(`${args.input} is not an article: no text to check`);
    const prose = proseVerdict(article);
    if (!prose.prose) throw new InputError(`${args.input} is not an article: ${prose.reason}`);
    report = analyzeArticle(article, withTagger({}));
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`claimlens: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (!args.offline) {
    // The cache file belongs to these endpoints: one written for others is read as empty.
    const scope = [args.depsdevUrl, args.pypiUrl, args.npmUrl].join(' ');
    const cache = args.cache ? fileCache(defaultCachePath(io.env), { scope }) : undefined;
    const progress = io.stderrTTY ? io.stderr : null;
    try {
      report = await verifyReport(report, {
        fetch: io.fetch as never,
        linkFetch: guarded,
        allowPrivateHosts: (io.allowPrivate?.length ?? 0) > 0,
        depsdevUrl: args.depsdevUrl,
        pypiUrl: args.pypiUrl,
        npmUrl: args.npmUrl,
        timeoutMs: args.timeoutMs,
        deadlineMs: args.deadlineMs,
        links: args.links,
        cache,
        onProgress: progress ? (done, total, left) => progress(progressLine(done, total, left)) : undefined,
      });
    } finally {
      if (progress) progress('\r\x1b[K');
      // The answers are on disk before the process may exit, so the next run reads them.
      await cache?.flush();
    }
  }
  const body =
    args.format === 'text'
      ? renderTerminal(report, { color: args.color })
      : exportReport(report, args.format, { positions: positions?.(report.claims) }).body;
  if (args.output) {
    try {
      await writeFile(args.output, body);
    } catch (e) {
      io.stderr(
        `claimlens: cannot write ${args.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
      );
      return 2;
    }
  } else io.stdout(body);
  if (args.failOn && report.findings.some((f) => RANK[f.severity] >= RANK[args.failOn!])) return 1;
  return 0;
}
