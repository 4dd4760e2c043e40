// Package existence through deps.dev v3, with the registry's own API as a second, independent oracle where there
// is one (PyPI's JSON API, the npm registry's metadata): `missing` needs both to say "no such package". Every
// failure to get a clear answer is `unknown`, never `missing`: a false "this package is made up" is the worst thing
// this tool can say. Cache keys name the endpoints that answered, and a cached `missing` is asked again before it
// is believed.

import { isRegistry, REGISTRIES } from '../core/code/registries';
import type { Registry } from '../core/report';
import { stoppedReason, type HostBreaker } from './budget';
import { lookupKey, memoryCache, isCacheEntry, type Cache } from './cache';
import { DEFAULT_DEPSDEV_URL, DEFAULT_NPM_URL, DEFAULT_PYPI_URL, normalizeBaseUrl } from './config';
import { request, retryAfterMs, sleep, parseJson, type FetchLike, type HttpOutcome } from './http';
import { createLimiter } from './limit';
import { depsdevOracle, npmOracle, packagistOracle, pypiOracle, type Oracle } from './oracles';
import { DEFAULT_PACKAGIST_URL, isComposerName } from './packagist';
import { createSharedWork } from './shared-work';

export { depsdevPackageUrl, npmPackageUrl, pypiProjectUrl } from './oracles';

/** Why: the verdict on one package, with a reason a reader can act on ("deps.dev timed out after 4000 ms"). */
export interface LookupResult {
  status: 'exists' | 'missing' | 'unknown';
  reason: string;
}

/** Why: everything host-specific is injected (fetch, clock, cache); everything else has a safe default. */
export interface RegistryOptions {
  fetch: FetchLike;
  /** Default https://api.deps.dev; a trailing slash is fine. */
  depsdevUrl?: string;
  /** Default https://pypi.org. */
  pypiUrl?: string;
  /** Default https://registry.npmjs.org. */
  npmUrl?: string;
  /** Default https://repo.packagist.org (PHP imports). */
  packagistUrl?: string;
  /** Counts timeouts per host; once it opens, the rest of that host's lookups are `unknown` at once. */
  breaker?: HostBreaker;
  /** Deadline per HTTP request (headers and body), default 4000 ms. */
  timeoutMs?: number;
  /** Most HTTP requests open at once across all lookups of this client, default 4. */
  concurrency?: number;
  /** Retries after HTTP 429, default 2; then the lookup is `unknown`. */
  retries?: number;
  /** First backoff after a 429 without Retry-After, doubled per retry; default 500 ms. */
  retryDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the lookup is `unknown` at once. Default 10 000 ms. */
  maxRetryDelayMs?: number;
  /** Default: a fresh memoryCache() per client. */
  cache?: Cache;
  /** Epoch ms; injected so tests can move time. Default Date.now. */
  now?: () => number;
  /** Cache lifetimes in ms; `unknown` is never cached. Default exists 7 days, missing 10 minutes. */
  ttl?: { exists: number; missing: number };
}

/** Why: the one call the engine, CLI and background worker need. */
export interface RegistryClient {
  lookup(registry: Registry, name: string, signal?: AbortSignal): Promise<LookupResult>;
}

const DAY = 24 * 60 * 60 * 1000;
const MAX_NAME = 512;

/** Why: "Scikit_Learn", "scikit.learn" and "scikit-learn" are one PyPI project (PEP 503); one cache key, one query. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

// The name as a registry knows it, so equal packages share cache entries and in-flight lookups.
function canonicalName(registry: Registry, name: string): string {
  const trimmed = name.trim();
  if (registry === 'packagist') return trimmed.toLowerCase();
  return registry === 'pypi' ? normalizePypiName(trimmed) : trimmed;
}

type Answer =
  { kind: 'found' } | { kind: 'not-found' } | { kind: 'unknown'; reason: string } | { kind: 'aborted' };

const CANCELLED: LookupResult = { status: 'unknown', reason: 'lookup cancelled' };

const positive = (n: number | undefined, fallback: number): number =>
  n !== undefined && Number.isFinite(n) && n >= 0 ? n : fallback;

/** Why: lookups with cache, de-duplication, bounded concurrency, deadlines and 429 backoff, in one object. */
export function createRegistryClient(opts: RegistryOptions): RegistryClient {
  const fetch = opts.fetch;
  const depsdevBase = normalizeBaseUrl(opts.depsdevUrl ?? DEFAULT_DEPSDEV_URL, 'deps.dev URL');
  const pypiBase = normalizeBaseUrl(opts.pypiUrl ?? DEFAULT_PYPI_URL, 'PyPI URL');
  const timeoutMs = positive(opts.timeoutMs, 4000);
  const retries = Math.floor(positive(opts.retries, 2));
  const retryDelayMs = positive(opts.retryDelayMs, 500);
  const maxRetryDelayMs = positive(opts.maxRetryDelayMs, 10_000);
  const cache = opts.cache ?? memoryCache();
  const now = opts.now ?? Date.now;
  const ttl = {
    exists: positive(opts.ttl?.exists, 7 * DAY),
    missing: positive(opts.ttl?.missing, 10 * 60 * 1000),
  };
  const npmBase = normalizeBaseUrl(opts.npmUrl ?? DEFAULT_NPM_URL, 'npm registry URL');
  const packagistBase = normalizeBaseUrl(opts.packagistUrl ?? DEFAULT_PACKAGIST_URL, 'Packagist URL');
  // deps.dev for every registry but Packagist (which answers alone); a second, independent oracle where the
  // registry has its own API.
  const oracles = (registry: Registry): [Oracle, Oracle | null] =>
    registry === 'packagist'
      ? [packagistOracle(packagistBase), null]
      : [
          depsdevOracle(depsdevBase, registry),
          registry === 'pypi' ? pypiOracle(pypiBase) : registry === 'npm' ? npmOracle(npmBase) : null,
        ];
  const endpoints = (registry: Registry): string[] =>
    registry === 'pypi'
      ? [depsdevBase, pypiBase]
      : registry === 'npm'
        ? [depsdevBase, npmBase]
        : registry === 'packagist'
          ? [packagistBase]
          : [depsdevBase];
  const limit = createLimiter(opts.concurrency ?? 4);
  const shared = createSharedWork<LookupResult>(CANCELLED, (err) => ({
    status: 'unknown',
    reason: `lookup failed: ${String(err)}`,
  }));

  /** One GET, retried after 429 within bounds; the concurrency slot is held only while a request is open. */
  const getJson = async (
    url: string,
    signal: AbortSignal,
    headers: Record<string, string>,
  ): Promise<HttpOutcome> => {
    for (let attempt = 0; ; attempt++) {
      let outcome: HttpOutcome;
      try {
        outcome = await limit(
          () =>
            request(fetch, url, {
              timeoutMs,
              signal,
              readBody: true,
              headers,
              breaker: opts.breaker,
            }),
          signal,
        );
      } catch {
        return { kind: 'aborted' }; // the limiter rejects only when the signal aborted while queued
      }
      if (outcome.kind !== 'response' || outcome.status !== 429 || attempt >= retries) return outcome;
      const wait = retryAfterMs(outcome.headers.get('retry-after'), now()) ?? retryDelayMs * 2 ** attempt;
      if (wait > maxRetryDelayMs) return outcome;
      if (!(await sleep(wait, signal))) return { kind: 'aborted' };
    }
  };

  const ask = async (service: Oracle, name: string, signal: AbortSignal): Promise<Answer> => {
    const o = await getJson(service.url(name), signal, service.headers ?? { accept: 'application/json' });
    const { label } = service;
    switch (o.kind) {
      case 'aborted':
        return o;
      case 'timeout':
        return { kind: 'unknown', reason: `${label} timed out after ${o.ms} ms` };
      case 'network':
        return { kind: 'unknown', reason: `could not reach ${label}: ${o.message}` };
    }
    if (o.status >= 200 && o.status < 300) {
      const body = parseJson(o.body);
      if (body === undefined)
        return { kind: 'unknown', reason: `${label} sent invalid JSON (HTTP ${o.status})` };
      if (!service.isFound(body)) return { kind: 'unknown', reason: `${label} sent an unexpected answer` };
      return { kind: 'found' };
    }
    if (o.status === 404) {
      if (service.isNotFound(parseJson(o.body), o.body)) return { kind: 'not-found' };
      return { kind: 'unknown', reason: `${label} answered 404 without saying the package is not found` };
    }
    if (o.status === 429) return { kind: 'unknown', reason: `${label} is rate-limiting lookups (HTTP 429)` };
    return { kind: 'unknown', reason: `${label} answered HTTP ${o.status}` };
  };

  const resolve = async (registry: Registry, name: string, signal: AbortSignal): Promise<LookupResult> => {
    const key = lookupKey(registry, name, endpoints(registry));
    let cachedMissing: string | null = null;
    try {
      const hit = await cache.get(key);
      if (isCacheEntry(hit) && hit.expires > now()) {
        if (hit.value.status === 'exists') return { status: 'exists', reason: hit.value.reason };
        // A remembered "missing" is asked again before it is shown: it may have been a bad moment or a new package.
        if (hit.value.status === 'missing') cachedMissing = hit.value.reason;
      }
    } catch {
      // A broken cache is a slow cache, not a failed lookup.
    }
    const result = await decide(registry, name, signal);
    if (result.status !== 'unknown') {
      try {
        const expires = now() + (result.status === 'exists' ? ttl.exists : ttl.missing);
        await cache.set(key, { value: { status: result.status, reason: result.reason }, expires });
      } catch {
        // Same: the answer stands even if it cannot be remembered.
      }
    } else if (cachedMissing !== null && result !== CANCELLED) {
      return { status: 'unknown', reason: `${result.reason} (earlier: ${cachedMissing}; not confirmed now)` };
    }
    return result;
  };

  const decide = async (registry: Registry, name: string, signal: AbortSignal): Promise<LookupResult> => {
    const label = REGISTRIES[registry].noun;
    if (registry === 'packagist' && !isComposerName(name))
      return { status: 'unknown', reason: `"${name}" is not a Composer package name` };
    const [first, second] = oracles(registry);
    const d = await ask(first, name, signal);
    if (d.kind === 'found')
      return { status: 'exists', reason: `${first.label} knows the ${label} package "${name}"` };
    if (d.kind === 'aborted') return CANCELLED;
    if (!second) {
      if (d.kind === 'not-found')
        return { status: 'missing', reason: `${first.label} has no ${label} package "${name}"` };
      return { status: 'unknown', reason: d.reason };
    }
    // A second, independent oracle: its "found" settles it; `missing` needs both to say "not found".
    const p = await ask(second, name, signal);
    const depsdevSaid = d.kind === 'not-found' ? 'deps.dev does not know it' : d.reason;
    const what = registry === 'pypi' ? 'project' : 'package';
    switch (p.kind) {
      case 'found':
        return { status: 'exists', reason: `${second.label} has the ${what} "${name}" (${depsdevSaid})` };
      case 'aborted':
        return CANCELLED;
      case 'not-found':
        if (d.kind === 'not-found')
          return {
            status: 'missing',
            reason: `neither deps.dev nor ${second.label} has a ${what} "${name}"`,
          };
        return {
          status: 'unknown',
          reason: `${second.label} has no ${what} "${name}", but a second answer is needed: ${depsdevSaid}`,
        };
      default:
        return {
          status: 'unknown',
          reason: `${depsdevSaid}; ${second.label} could not confirm: ${p.reason}`,
        };
    }
  };

  return {
    lookup(registry, rawName, signal) {
      if (!isRegistry(registry)) {
        return Promise.resolve({ status: 'unknown', reason: `no registry lookup for "${String(registry)}"` });
      }
      if (typeof rawName !== 'string' || !rawName.trim()) {
        return Promise.resolve({ status: 'unknown', reason: 'empty package name' });
      }
      if (rawName.length > MAX_NAME) {
        return Promise.resolve({
          status: 'unknown',
          reason: `package name longer than ${MAX_NAME} characters`,
        });
      }
      const name = canonicalName(registry, rawName);
      // Stopped by the caller or the deadline: the reason says which.
      return shared
        .run(`${registry}:${name}`, (inner) => resolve(registry, name, inner), signal)
        .then((r) => (r === CANCELLED ? { status: 'unknown', reason: stoppedReason(signal, r.reason) } : r));
    },
  };
}
