// Package existence through deps.dev v3, with PyPI's own JSON API as the second opinion before a Python package is
// called missing. Every failure to get a clear answer is `unknown`, never `missing`: a false "this package is
// made up" is the worst thing this tool can say.

import { isRegistry, REGISTRIES } from '../core/code/registries';
import type { Registry } from '../core/report';
import { memoryCache, isCacheEntry, type Cache } from './cache';
import { DEFAULT_DEPSDEV_URL, DEFAULT_PYPI_URL, normalizeBaseUrl } from './config';
import { request, retryAfterMs, sleep, parseJson, type FetchLike, type HttpOutcome } from './http';
import { createLimiter } from './limit';
import { createSharedWork } from './shared-work';
import {
  DEFAULT_PACKAGIST_URL,
  isComposerName,
  packagistFound,
  packagistNotFound,
  packagistPackageUrl,
} from './packagist';

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
  /** Default https://repo.packagist.org (PHP imports). */
  packagistUrl?: string;
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
  /** Cache lifetimes in ms; `unknown` is never cached. Default exists 7 days, missing 1 hour. */
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

/** Why: exposed so tests and docs can show exactly which URL a lookup asks. */
export function depsdevPackageUrl(base: string, registry: Registry, name: string): string {
  // The report's registry names are deps.dev's system names in lower case.
  return `${base}/v3/systems/${registry.toUpperCase()}/packages/${encodeURIComponent(name)}`;
}

/** Why: PyPI's JSON API is the authority on PyPI projects; deps.dev can lag behind a fresh upload. */
export function pypiProjectUrl(base: string, name: string): string {
  return `${base}/pypi/${encodeURIComponent(name)}/json`;
}

type Answer =
  { kind: 'found' } | { kind: 'not-found' } | { kind: 'unknown'; reason: string } | { kind: 'aborted' };

interface Service {
  label: string;
  /** A 2xx body that really describes a package (not a captive portal or an HTML error page). */
  isFound(body: unknown): boolean;
  /** A 404 body that really says "no such package" (not a wrong base URL); `raw` when it is not JSON. */
  isNotFound(body: unknown, raw: string): boolean;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const saysNotFound = (b: unknown): boolean =>
  isObject(b) && typeof b.message === 'string' && /not found/i.test(b.message);

const DEPSDEV: Service = {
  label: 'deps.dev',
  isFound: (b) => isObject(b) && isObject(b.packageKey),
  // gRPC code 5 is NOT_FOUND.
  isNotFound: (b) => (isObject(b) && b.code === 5) || saysNotFound(b),
};

const PYPI: Service = {
  label: 'PyPI',
  isFound: (b) => isObject(b) && isObject(b.info),
  isNotFound: saysNotFound,
};

const isSettled = (v: { status: string; reason: string }): v is LookupResult =>
  v.status === 'exists' || v.status === 'missing';

const PACKAGIST: Service = { label: 'Packagist', isFound: packagistFound, isNotFound: packagistNotFound };

const CANCELLED: LookupResult = { status: 'unknown', reason: 'lookup cancelled' };

const positive = (n: number | undefined, fallback: number): number =>
  n !== undefined && Number.isFinite(n) && n >= 0 ? n : fallback;

/** Why: lookups with cache, de-duplication, bounded concurrency, deadlines and 429 backoff, in one object. */
export function createRegistryClient(opts: RegistryOptions): RegistryClient {
  const fetch = opts.fetch;
  const depsdevBase = normalizeBaseUrl(opts.depsdevUrl ?? DEFAULT_DEPSDEV_URL, 'deps.dev URL');
  const pypiBase = normalizeBaseUrl(opts.pypiUrl ?? DEFAULT_PYPI_URL, 'PyPI URL');
  const packagistBase = normalizeBaseUrl(opts.packagistUrl ?? DEFAULT_PACKAGIST_URL, 'Packagist URL');
  const timeoutMs = positive(opts.timeoutMs, 4000);
  const retries = Math.floor(positive(opts.retries, 2));
  const retryDelayMs = positive(opts.retryDelayMs, 500);
  const maxRetryDelayMs = positive(opts.maxRetryDelayMs, 10_000);
  const cache = opts.cache ?? memoryCache();
  const now = opts.now ?? Date.now;
  const ttl = {
    exists: positive(opts.ttl?.exists, 7 * DAY),
    missing: positive(opts.ttl?.missing, 60 * 60 * 1000),
  };
  const limit = createLimiter(opts.concurrency ?? 4);
  const shared = createSharedWork<LookupResult>(CANCELLED, (err) => ({
    status: 'unknown',
    reason: `lookup failed: ${String(err)}`,
  }));

  /** One GET, retried after 429 within bounds; the concurrency slot is held only while a request is open. */
  const getJson = async (url: string, signal: AbortSignal): Promise<HttpOutcome> => {
    for (let attempt = 0; ; attempt++) {
      let outcome: HttpOutcome;
      try {
        outcome = await limit(
          () =>
            request(fetch, url, {
              timeoutMs,
              signal,
              readBody: true,
              headers: { accept: 'application/json' },
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

  const ask = async (service: Service, url: string, signal: AbortSignal): Promise<Answer> => {
    const o = await getJson(url, signal);
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
    const key = `pkg:${registry}:${name}`;
    try {
      const hit = await cache.get(key);
      if (isCacheEntry(hit) && hit.expires > now() && isSettled(hit.value)) return hit.value;
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
    }
    return result;
  };

  const decide = async (registry: Registry, name: string, signal: AbortSignal): Promise<LookupResult> => {
    const label = REGISTRIES[registry].noun;
    if (registry === 'packagist') return decidePackagist(name, signal);
    const d = await ask(DEPSDEV, depsdevPackageUrl(depsdevBase, registry, name), signal);
    if (d.kind === 'found')
      return { status: 'exists', reason: `deps.dev knows the ${label} package "${name}"` };
    if (d.kind === 'aborted') return CANCELLED;
    if (registry !== 'pypi') {
      if (d.kind === 'not-found')
        return { status: 'missing', reason: `deps.dev has no ${label} package "${name}"` };
      return { status: 'unknown', reason: d.reason };
    }
    // PyPI: deps.dev's "not found" (or silence) is checked against PyPI itself.
    const p = await ask(PYPI, pypiProjectUrl(pypiBase, name), signal);
    const depsdevSaid = d.kind === 'not-found' ? 'deps.dev does not know it' : d.reason;
    switch (p.kind) {
      case 'found':
        return { status: 'exists', reason: `PyPI has the project "${name}" (${depsdevSaid})` };
      case 'not-found':
        return {
          status: 'missing',
          reason:
            d.kind === 'not-found'
              ? `neither deps.dev nor PyPI has a project "${name}"`
              : `PyPI has no project "${name}" (${depsdevSaid})`,
        };
      case 'aborted':
        return CANCELLED;
      default:
        return { status: 'unknown', reason: `${depsdevSaid}; PyPI could not confirm: ${p.reason}` };
    }
  };

  const decidePackagist = async (name: string, signal: AbortSignal): Promise<LookupResult> => {
    if (!isComposerName(name))
      return { status: 'unknown', reason: `"${name}" is not a Composer package name` };
    const p = await ask(PACKAGIST, packagistPackageUrl(packagistBase, name), signal);
    if (p.kind === 'found') return { status: 'exists', reason: `Packagist has the package "${name}"` };
    if (p.kind === 'not-found') return { status: 'missing', reason: `Packagist has no package "${name}"` };
    return p.kind === 'aborted' ? CANCELLED : { status: 'unknown', reason: p.reason };
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
      return shared.run(`${registry}:${name}`, (inner) => resolve(registry, name, inner), signal);
    },
  };
}
