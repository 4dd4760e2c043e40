// Article -> Report in the worker (never in the page), then the online checks of src/verify/verifiers/, run by the
// same runner as the CLI's. Page text stays in the browser: what leaves is package names, citation identifiers, and
// (only with the user's "all sites" permission) requests for the article's own links (README, "Privacy").
import browser from 'webextension-polyfill';
import type { Article } from '../core/article';
import type { Report } from '../core/report';
import { analyzeArticle, openingEnd, prepareAnalysis, startAnalysis } from '../engine/analyze';
import { warmUp, type WarmUp } from '../engine/warm-up';
import { afterPendingTasks } from './idle-task';
import { loadCompromiseTagger } from '../core/nlp';
import { finalizeReport } from '../checks/index';
import { matchSource } from '../engine/source-match';
import { storageAreaCache, type Cache } from '../verify/index';
import { activeVerifiers, resolveConfig, runVerifiers } from '../verify/run';
import type { VerifyConfig } from '../verify/verifier';
import { endpointsOf, PAGE_CHECKS, type Settings } from '../shared/settings';
import { mark } from './timing';

// Every module above evaluated (compromise is not among them: loadCompromiseTagger): the speed test's 'worker:engine'.
mark('worker:engine');

/** Why: where registry answers are kept between worker restarts (storage.local, with per-entry expiry). */
export const CACHE_PREFIX = 'claimlens.cache.';

/** Why: the endpoints the cached answers came from; other endpoints clear them (storage.local, beside the cache). */
const CACHE_ENDPOINTS = 'claimlens.cache-endpoints';

/** Why: one deadline for all the online checks of a page in the extension (issue 10: 10 s). */
export const EXTENSION_DEADLINE_MS = 10_000;

let cache: Cache | null = null;

function registryCache(): Cache {
  cache ??= storageAreaCache(browser.storage.local, CACHE_PREFIX);
  return cache;
}

/**
 * Why: the analysis's lexicons and compromise, prepared while the worker waits for a page to read itself (its first
 * analysis); later calls cost nothing. compromise loads in a task of its own, after this one: the request to the page
 * is on its way by then; then the engine warms up (engine/warm-up.ts) until the page's text arrives. A worker woken
 * for anything else (a page saying hello, a view asking for a tab's state) never loads it.
 */
export function prepareOffline(): void {
  prepareAnalysis();
  if (taggerAsked) return;
  taggerAsked = true;
  setTimeout(
    () =>
      void loadCompromiseTagger()
        .catch(() => undefined)
        .then((tagger) => {
          mark('worker:nlp');
          if (analysed) return;
          warming = warmUp({ tagger }, afterPendingTasks);
          void warming.done.then((n) => mark(`worker:warm:${n}`));
        }),
    0,
  );
}
let taggerAsked = false;
let analysed = false;
let warming: WarmUp | null = null;

// A real analysis starts: the warm-up gives way (it stops before its next block).
function startReal(): void {
  analysed = true;
  warming?.stop();
}

/** Why: the offline report, fast and complete except for registry statuses (imports stay "unknown"). */
export async function analyzeOffline(article: Article): Promise<Report> {
  // Without compromise (it could not be loaded) the lexicons still find every claim but a few phrases.
  const tagger = await loadCompromiseTagger().catch(() => undefined);
  startReal();
  return analyzeArticle(article, { tagger });
}

/** Why: blocks judged per task after a long page's opening, so the worker answers messages in between. */
export const STEP_BLOCKS = 300;

/**
 * Why: analyzeOffline for a page the reader waits on: a long page's opening (see openingEnd) is handed to `opening`
 * at once, the rest is judged in tasks of STEP_BLOCKS blocks. Returns null when `stale()` says a newer analysis
 * took over between tasks.
 */
export async function analyzeInSteps(
  article: Article,
  opening: (report: Report, checked: number, total: number) => void,
  stale: () => boolean,
): Promise<Report | null> {
  const tagger = await loadCompromiseTagger().catch(() => undefined);
  startReal();
  const analysis = startAnalysis(article, { tagger });
  const cut = openingEnd(article);
  if (cut === null) {
    analysis.advance(analysis.blocks);
    return analysis.report();
  }
  analysis.advance(cut);
  opening(analysis.report(), cut, analysis.blocks);
  mark('analysis:opening');
  while (analysis.done < analysis.blocks) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stale()) return null;
    analysis.advance(analysis.done + STEP_BLOCKS);
  }
  return analysis.report();
}

// The test build's flag; unit tests import this file without the build's `define`.
const E2E = typeof __CLAIMLENS_E2E__ !== 'undefined' && __CLAIMLENS_E2E__;

/** Why: the permission that lets link health and "does the source say it" request the article's links. */
export const PAGE_ACCESS = { origins: ['<all_urls>'] };

/** Why: the settings as the runner's config; checks that request article links are off without the permission. */
export function verifyConfig(settings: Settings, pageAccess: boolean): Partial<VerifyConfig> {
  const checks = { ...settings.checks };
  for (const id of PAGE_CHECKS) checks[id] = checks[id] && pageAccess;
  return {
    checks,
    depsdevUrl: settings.depsdevUrl,
    pypiUrl: settings.pypiUrl,
    npmUrl: settings.npmUrl,
    packagistUrl: settings.packagistUrl,
    crossrefUrl: settings.crossrefUrl,
    doiUrl: settings.doiUrl,
    arxivUrl: settings.arxivUrl,
    mailto: settings.mailto,
    maxPages: 60,
    // The test build serves its pages from 127.0.0.1; a real browser never asks a private address for an article.
    allowPrivateHosts: E2E,
  };
}

// May this host be asked for an article's link? Only if the user granted it (all sites, or that site).
async function canFetch(url: URL): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${url.protocol}//${url.hostname}/*`] });
}

/** Why: does a page-reading check want to run (switched on) and may it (some host is granted)? */
async function pageAccess(settings: Settings): Promise<boolean> {
  if (!PAGE_CHECKS.some((id) => settings.checks[id])) return false;
  // The e2e build is granted its test host only; a real one needs "all sites", asked in Options or the popup.
  return E2E || browser.permissions.contains(PAGE_ACCESS);
}

/** Why: online checks have work to do only when a switched-on verifier finds something to check in the report. */
export function wantsOnline(report: Report, settings: Settings, access = true): boolean {
  return settings.online && activeVerifiers(report, resolveConfig(verifyConfig(settings, access))).length > 0;
}

/**
 * Why: the online statuses (imports exist, cited works are found, links lead somewhere, sources state the claim);
 * a service that is down or slow leaves its items "unknown" (never an accusation), and the checks run again.
 */
export async function verifyOnline(
  report: Report,
  settings: Settings,
  signal?: AbortSignal,
): Promise<Report> {
  await clearCacheIfEndpointsChanged(settings);
  const verified = await runVerifiers(report, {
    fetch: (input, init) => fetch(input, init),
    config: verifyConfig(settings, await pageAccess(settings)),
    cache: registryCache(),
    signal,
    deadlineMs: EXTENSION_DEADLINE_MS,
    canFetch,
    tools: { matchSource },
  });
  return finalizeReport(verified);
}

/** Why: the popup's note says which checks a report still waits for; the pipeline asks before it publishes. */
export async function wantsOnlineNow(report: Report, settings: Settings): Promise<boolean> {
  return wantsOnline(report, settings, await pageAccess(settings));
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
