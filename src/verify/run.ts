// The one function that verifies a report online, for the CLI (node/verify-report.ts) and the extension's worker
// (background/pipeline.ts): the listed verifiers that are switched on and have work, run concurrently (a verifier
// waits only for those it reads), sharing one registry client, one page fetcher (per-host queue, per-run cap), one
// cache, one clock, one budget (a deadline for the whole run and a circuit breaker per host) and one signal that
// aborts at the deadline or when the caller cancels. A verifier that
// throws changes nothing: its items keep the offline statuses ("unknown", "unchecked"), never an accusation.
import type { Report } from '../core/report';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { memoryCache, type Cache } from './cache';
import { createBudget } from './budget';
import { DEFAULT_DEPSDEV_URL, DEFAULT_NPM_URL, DEFAULT_PYPI_URL, normalizeBaseUrl } from './config';
import { sleep, type FetchLike } from './http';
import { createLimiter } from './limit';
import { createPageFetcher, type PageAnswer, type PageFetcher } from './page-fetch';
import { createRegistryClient, type RegistryClient } from './registry';
import { needsLookup } from './imports';
import type { Verifier, VerifierPatch, VerifyConfig, VerifyContext, VerifyTools } from './verifier';
import { VERIFIERS } from './verifiers/index';

/** Why: what a host passes in; everything but fetch has a default. */
export interface RunOptions {
  fetch: FetchLike;
  config?: Partial<VerifyConfig>;
  cache?: Cache;
  signal?: AbortSignal;
  /** The whole run's deadline, default 15 s: whatever has not answered by then stays unknown and says so. */
  deadlineMs?: number;
  /** Timeouts from one host before the rest of its requests are `unknown` at once (default 3). */
  breakAfter?: number;
  /** For the article's own URLs (a page chose them): the CLI's guarded fetch. Default `fetch`. */
  pageFetch?: FetchLike;
  /** Called as package lookups and page requests finish: how many of how many, and ms left before the deadline. */
  onProgress?(done: number, total: number, msLeft: number): void;
  now?: () => number;
  /** The extension's host-permission gate for article URLs (links, linked sources). */
  canFetch?(url: URL): Promise<boolean>;
  tools?: VerifyTools;
  /** Called with the run's signal before any request (Node raises its listener limit: many requests share it). */
  prepareSignal?(signal: AbortSignal): void;
  /** Default: the ordered list in verifiers/index.ts. */
  verifiers?: readonly Verifier[];
}

/** Why: every endpoint checked once, up front, with the public services as defaults. */
export function resolveConfig(partial: Partial<VerifyConfig> = {}): VerifyConfig {
  const url = (value: string | undefined, fallback: string, label: string) =>
    normalizeBaseUrl(value ?? fallback, label);
  const d = DEFAULT_SETTINGS;
  const timeoutMs = partial.timeoutMs && partial.timeoutMs > 0 ? partial.timeoutMs : 4000;
  return {
    checks: { ...d.checks, links: true, 'source-mentions': true, ...partial.checks },
    depsdevUrl: url(partial.depsdevUrl, DEFAULT_DEPSDEV_URL, 'deps.dev URL'),
    pypiUrl: url(partial.pypiUrl, DEFAULT_PYPI_URL, 'PyPI URL'),
    npmUrl: url(partial.npmUrl, DEFAULT_NPM_URL, 'npm registry URL'),
    packagistUrl: url(partial.packagistUrl, d.packagistUrl, 'Packagist URL'),
    crossrefUrl: url(partial.crossrefUrl, d.crossrefUrl, 'Crossref URL'),
    doiUrl: url(partial.doiUrl, d.doiUrl, 'doi.org URL'),
    arxivUrl: url(partial.arxivUrl, d.arxivUrl, 'arXiv URL'),
    mailto: partial.mailto ?? '',
    timeoutMs,
    maxPages: partial.maxPages ?? 100,
    allowPrivateHosts: partial.allowPrivateHosts ?? false,
  };
}

/** Why: the verifiers a run would start: switched on, and with something to do in this report. */
export function activeVerifiers(
  report: Report,
  config: VerifyConfig,
  list: readonly Verifier[] = VERIFIERS,
): Verifier[] {
  return list.filter((v) => config.checks[v.id] && v.wants(report, config));
}

/** Why: a patch is new statuses by id; applying one never touches an item it does not name. */
export function applyPatch(report: Report, patch: VerifierPatch): Report {
  const merge = <T extends { id: string }>(items: T[], by?: Record<string, Partial<T>>): T[] =>
    by ? items.map((it) => (by[it.id] ? { ...it, ...by[it.id] } : it)) : items;
  return {
    ...report,
    claims: merge(report.claims, patch.claims),
    links: merge(report.links, patch.links),
    imports: merge(report.imports, patch.imports),
  };
}

/** Why: the CLI's default deadline for the online work on one report (the extension's is shorter). */
export const DEFAULT_DEADLINE_MS = 15_000;

/** Why: the online step; returns a new report with meta.online set (the caller runs the checks again). */
export async function runVerifiers(report: Report, opts: RunOptions): Promise<Report> {
  const config = resolveConfig(opts.config);
  const now = opts.now ?? Date.now;
  const budget = createBudget({
    deadlineMs: opts.deadlineMs ?? DEFAULT_DEADLINE_MS,
    signal: opts.signal,
    breakAfter: opts.breakAfter,
  });
  const signal = budget.signal;
  opts.prepareSignal?.(signal);
  const cache = opts.cache ?? memoryCache();
  const nextAt = new Map<string, number>();
  const limit = createLimiter(6);
  const active = activeVerifiers(report, config, opts.verifiers);
  const progress = progressOf(report, active, budget.endsAt, now, opts.onProgress);
  const ctx: VerifyContext = {
    fetch: opts.fetch,
    signal,
    config,
    cache,
    now,
    limit,
    registry: progress.registry(
      createRegistryClient({
        fetch: opts.fetch,
        depsdevUrl: config.depsdevUrl,
        pypiUrl: config.pypiUrl,
        npmUrl: config.npmUrl,
        packagistUrl: config.packagistUrl,
        timeoutMs: config.timeoutMs,
        cache,
        now,
        breaker: budget.breaker,
      }),
    ),
    pages: progress.pages(
      createPageFetcher({
        fetch: opts.pageFetch ?? opts.fetch,
        signal,
        timeoutMs: config.timeoutMs,
        maxPages: config.maxPages,
        allowPrivateHosts: config.allowPrivateHosts,
        canFetch: opts.canFetch,
        now,
        limit,
        breaker: budget.breaker,
      }),
    ),
    pace(key, ms) {
      const at = Math.max(now(), nextAt.get(key) ?? 0);
      nextAt.set(key, at + ms);
      return sleep(at - now(), signal);
    },
    tools: opts.tools ?? {},
  };
  const running = new Map<string, Promise<VerifierPatch>>();
  for (const v of active) {
    const deps = (v.after ?? []).map((id) => running.get(id)).filter((p) => p !== undefined);
    running.set(
      v.id,
      Promise.all(deps)
        .then((patches) => v.run(patches.reduce(applyPatch, report), ctx))
        .catch((): VerifierPatch => ({})),
    );
  }
  try {
    const patches = await Promise.all(active.map((v) => running.get(v.id)!));
    return { ...patches.reduce(applyPatch, report), meta: { ...report.meta, online: true } };
  } finally {
    budget.done();
  }
}

// Progress in distinct packages and pages: the expected count is the report's distinct imports to look up and
// links to check; pages a verifier finds on the way (linked sources) raise it as they finish.
function progressOf(
  report: Report,
  active: readonly Verifier[],
  endsAt: number,
  now: () => number,
  onProgress: RunOptions['onProgress'],
): { registry(c: RegistryClient): RegistryClient; pages(p: PageFetcher): PageFetcher } {
  if (!onProgress) return { registry: (c) => c, pages: (p) => p };
  const on = new Set(active.map((v) => v.id));
  let total =
    (on.has('imports')
      ? new Set(report.imports.filter(needsLookup).map((i) => `${i.registry}:${i.package}`)).size
      : 0) + (on.has('links') ? new Set(report.links.map((l) => l.href)).size : 0);
  const finished = new Set<string>();
  const tick = (key: string): void => {
    if (finished.has(key)) return;
    finished.add(key);
    total = Math.max(total, finished.size);
    onProgress(finished.size, total, Math.max(0, endsAt - now()));
  };
  const page =
    (ask: (url: string) => Promise<PageAnswer>) =>
    (url: string): Promise<PageAnswer> =>
      ask(url).finally(() => tick(`page:${url}`));
  return {
    registry: (c) => ({
      lookup: (registry, name, signal) =>
        c.lookup(registry, name, signal).finally(() => tick(`${registry}:${name}`)),
    }),
    pages: (p) => ({ ...p, head: page(p.head), get: page(p.get) }),
  };
}
