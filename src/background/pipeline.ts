// Article -> Report in the worker (never in the page), then online checks: registry lookups for imports only.
// Page text stays in the browser: the only thing that leaves is a package name, sent to the configured registry.
import browser from 'webextension-polyfill';
import type { Article } from '../core/article';
import type { Report } from '../core/report';
import { analyzeArticle } from '../engine/analyze';
import { compromiseTagger } from '../core/nlp';
import { finalizeReport } from '../checks/index';
import {
  createBudget,
  createRegistryClient,
  storageAreaCache,
  verifyImports,
  type Cache,
} from '../verify/index';
import { needsLookup } from '../verify/imports';
import { endpointsOf, type Settings } from '../shared/settings';

/** Why: where registry answers are kept between worker restarts (storage.local, with per-entry expiry). */
export const CACHE_PREFIX = 'claimlens.cache.';

/** Why: the endpoints the cached answers came from; other endpoints clear them (storage.local, beside the cache). */
const CACHE_ENDPOINTS = 'claimlens.cache-endpoints';

/** Why: one deadline for all the registry lookups of a page in the extension. */
export const EXTENSION_DEADLINE_MS = 10_000;

let cache: Cache | null = null;

function registryCache(): Cache {
  cache ??= storageAreaCache(browser.storage.local, CACHE_PREFIX);
  return cache;
}

/** Why: the offline report, fast and complete except for registry statuses (imports stay "unknown"). */
export function analyzeOffline(article: Article): Report {
  return analyzeArticle(article, { tagger: compromiseTagger });
}

/** Why: online checks have work to do only when some import is third-party and still unknown. */
export function wantsOnline(report: Report, settings: Settings): boolean {
  return settings.online && report.imports.some(needsLookup);
}

/**
 * Why: turns "unknown" imports into exists/missing through deps.dev and PyPI; a registry that is down or slow
 * leaves them "unknown" (never "missing"), and the checks run again on the new statuses.
 */
export async function verifyOnline(
  report: Report,
  settings: Settings,
  signal?: AbortSignal,
): Promise<Report> {
  await clearCacheIfEndpointsChanged(settings);
  const budget = createBudget({ deadlineMs: EXTENSION_DEADLINE_MS, signal });
  const client = createRegistryClient({
    fetch: (input, init) => fetch(input, init),
    depsdevUrl: settings.depsdevUrl,
    pypiUrl: settings.pypiUrl,
    npmUrl: settings.npmUrl,
    cache: registryCache(),
    breaker: budget.breaker,
  });
  try {
    const imports = await verifyImports(report.imports, client, budget.signal);
    return finalizeReport({ ...report, imports, meta: { ...report.meta, online: true } });
  } finally {
    budget.done();
  }
}

/**
 * Why: what one set of endpoints said must not be shown for another (a test mirror's "not found" for the public
 * registry's package). Cache keys name their endpoints too; this also drops the old answers when the endpoints
 * change (called on every settings change and before every verification, as the worker may have slept).
 */
export async function clearCacheIfEndpointsChanged(settings: Settings): Promise<boolean> {
  const now = endpointsOf(settings);
  const before = (await browser.storage.local.get(CACHE_ENDPOINTS))[CACHE_ENDPOINTS];
  if (before === now) return false;
  if (before !== undefined) await clearRegistryCache();
  await browser.storage.local.set({ [CACHE_ENDPOINTS]: now });
  return before !== undefined;
}

/** Why: the options page's "Clear cache": forgets every registry answer, returns how many there were. */
export async function clearRegistryCache(): Promise<number> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(CACHE_PREFIX));
  if (keys.length > 0) await browser.storage.local.remove(keys);
  return keys.length;
}

/** Why: "Check selected text": a selection becomes a small article, one paragraph per paragraph of text. */
export function selectionArticle(text: string, title: string, url: string | null): Article {
  const paragraphs = text
    .slice(0, 200_000)
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  return {
    title,
    url,
    file: null,
    blocks: paragraphs.map((p) => ({ kind: 'paragraph', text: p, links: [] })),
  };
}
