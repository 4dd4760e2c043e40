// The one function that verifies a report online, for the CLI (node/verify-report.ts) and the extension's worker
// (background/pipeline.ts): the listed verifiers that are switched on and have work, run concurrently (a verifier
// waits only for those it reads), sharing one registry client, one page fetcher (per-host queue, per-run cap), one
// cache, one clock, and one signal that aborts at the run's deadline or when the caller cancels. A verifier that
// throws changes nothing: its items keep the offline statuses ("unknown", "unchecked"), never an accusation.
import type { Report } from '../core/report';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { memoryCache, type Cache } from './cache';
import { DEFAULT_DEPSDEV_URL, DEFAULT_PYPI_URL, normalizeBaseUrl } from './config';
import { sleep, type FetchLike } from './http';
import { createLimiter } from './limit';
import { createPageFetcher } from './page-fetch';
import { createRegistryClient } from './registry';
import type { Verifier, VerifierPatch, VerifyConfig, VerifyContext, VerifyTools } from './verifier';
import { VERIFIERS } from './verifiers/index';

/** Why: what a host passes in; everything but fetch has a default. */
export interface RunOptions {
  fetch: FetchLike;
  config?: Partial<VerifyConfig>;
  cache?: Cache;
  signal?: AbortSignal;
  /** The whole run's deadline, default 60 s: whatever has not answered by then stays unknown. */
  deadlineMs?: number;
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

/** Why: the online step; returns a new report with meta.online set (the caller runs the checks again). */
export async function runVerifiers(report: Report, opts: RunOptions): Promise<Report> {
  const config = resolveConfig(opts.config);
  const now = opts.now ?? Date.now;
  const deadline = AbortSignal.timeout(opts.deadlineMs ?? 60_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;
  opts.prepareSignal?.(signal);
  const cache = opts.cache ?? memoryCache();
  const nextAt = new Map<string, number>();
  const limit = createLimiter(6);
  const ctx: VerifyContext = {
    fetch: opts.fetch,
    signal,
    config,
    cache,
    now,
    limit,
    registry: createRegistryClient({
      fetch: opts.fetch,
      depsdevUrl: config.depsdevUrl,
      pypiUrl: config.pypiUrl,
      packagistUrl: config.packagistUrl,
      timeoutMs: config.timeoutMs,
      cache,
      now,
    }),
    pages: createPageFetcher({
      fetch: opts.fetch,
      signal,
      timeoutMs: config.timeoutMs,
      maxPages: config.maxPages,
      allowPrivateHosts: config.allowPrivateHosts,
      canFetch: opts.canFetch,
      now,
      limit,
    }),
    pace(key, ms) {
      const at = Math.max(now(), nextAt.get(key) ?? 0);
      nextAt.set(key, at + ms);
      return sleep(at - now(), signal);
    },
    tools: opts.tools ?? {},
  };
  const active = activeVerifiers(report, config, opts.verifiers);
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
  const patches = await Promise.all(active.map((v) => running.get(v.id)!));
  return { ...patches.reduce(applyPatch, report), meta: { ...report.meta, online: true } };
}
