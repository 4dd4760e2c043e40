// From what the user named to analysed files: expand paths, folders and globs, read sitemaps, fetch pages politely,
// and run every file through the pool with a progress bar. Bad input is collected as error lines, never thrown.
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { FileJob, JobResult } from './analyse-file';
import type { CheckedFile } from './checked-file';
import type { LoadedConfig } from './config/load';
import { expandInputs, type Target } from './inputs/expand';
import { createHostLimiter } from './inputs/host-limiter';
import { sitemapPages } from './inputs/sitemap';
import { InputError, loadInput } from './input';
import type { FetchLike } from '../verify/http';
import type { Pool } from './worker-pool';
import type { Progress } from './progress';
import type { Settings } from './settings';

/** Why: what collecting needs from the run. */
export interface CollectOptions {
  cwd: string;
  loaded: LoadedConfig;
  settings: Settings;
  /** For pages and sitemaps: the guarded fetch (node/safe-fetch.ts). */
  fetch: FetchLike;
  annotation: boolean;
}

/** Why: the targets (in the order named), the lines to print for what could not be used, and what was ignored. */
export interface Collected {
  targets: Target[];
  errors: string[];
  ignored: number;
}

/** Why: a path relative to the config's folder (with "/"), which is what the config's globs are written against. */
export function configRelative(loaded: LoadedConfig, path: string | null): string | null {
  if (!path) return null;
  const rel = relative(loaded.dir, path);
  return rel.startsWith('..') ? null : rel.split(sep).join('/');
}

/** Why: step one: every file and page to check, with the config's `ignore` applied. */
export async function collectTargets(
  inputs: readonly string[],
  sitemaps: readonly string[],
  opts: CollectOptions,
): Promise<Collected & { limit: ReturnType<typeof createHostLimiter> }> {
  const ignoreGlobs = opts.loaded.config.ignore ?? [];
  const isIgnored = ignoreGlobs.length ? picomatch(ignoreGlobs, { dot: true }) : () => false;
  const expanded = await expandInputs(inputs, {
    cwd: opts.cwd,
    ignored: (path) => {
      const rel = configRelative(opts.loaded, path);
      return rel !== null && isIgnored(rel);
    },
  });
  const limit = createHostLimiter(opts.settings.sitemap);
  const errors = [...expanded.errors];
  const targets = [...expanded.targets];
  const seen = new Set(targets.map((t) => (t.kind === 'url' ? t.url : t.path)));
  for (const sitemap of sitemaps) {
    const where = /^https?:\/\//i.test(sitemap) ? sitemap : resolve(opts.cwd, sitemap);
    try {
      const pages = await sitemapPages(where, {
        fetch: opts.fetch,
        limit,
        timeoutMs: opts.settings.fetchTimeoutMs,
        maxPages: opts.settings.sitemap.maxPages,
      });
      if (pages.length === 0) errors.push(`sitemap ${sitemap} lists no pages`);
      for (const url of pages.filter((u) => !seen.has(u))) {
        seen.add(url);
        targets.push({ kind: 'url', url });
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(e.message);
    }
  }
  return { targets, errors, ignored: expanded.ignored, limit };
}

/** Why: step two: every target analysed (pages fetched first, through the host limiter), in the order named. */
export async function analyseTargets(
  targets: readonly Target[],
  pool: Pool,
  progress: Progress,
  opts: CollectOptions & { limit: ReturnType<typeof createHostLimiter> },
): Promise<{ files: CheckedFile[]; errors: string[] }> {
  let done = 0;
  let findings = 0;
  const results = await Promise.all(
    targets.map(async (target, id): Promise<JobResult> => {
      let result: JobResult;
      try {
        result = await pool.run(await jobFor(target, id, opts));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        result = { id, threadId: 0, error: e.message };
      }
      done++;
      if ('file' in result) findings += result.file.report.findings.length;
      progress.update(done, findings);
      return result;
    }),
  );
  return {
    files: results.flatMap((r) => ('file' in r ? [r.file] : [])),
    errors: results.flatMap((r) => ('error' in r ? [r.error] : [])),
  };
}

async function jobFor(
  target: Target,
  id: number,
  opts: CollectOptions & { limit: ReturnType<typeof createHostLimiter> },
): Promise<FileJob> {
  if (target.kind === 'file')
    return { id, display: target.display, path: target.path, url: null, annotation: opts.annotation };
  const input = await opts.limit(target.url, () =>
    loadInput(target.url, { fetch: opts.fetch, timeoutMs: opts.settings.fetchTimeoutMs }),
  );
  return { id, display: target.url, path: null, url: target.url, input, annotation: opts.annotation };
}
