// Online verification of reports for the CLI and the Node API: the verifiers of src/verify/verifiers/ (imports,
// package risk, cited works, link health, "does the source say it"), run by the same runner the extension uses,
// each report under one budget (a deadline for all its online work, a circuit breaker per host). A run of many
// reports shares one cache, so each distinct package or work is asked about once.
import { setMaxListeners } from 'node:events';
import type { ImportRef, LinkRef, Report } from '../core/report';
import { finalizeReport } from '../checks/index';
import { matchSource } from '../engine/source-match';
import type { OnlineCheckId } from '../shared/settings';
import { memoryCache, type Cache, type FetchLike } from '../verify/index';
import { DEFAULT_DEADLINE_MS, runVerifiers } from '../verify/run';
import { nodePageText } from './page-text';
import { createSafeFetch } from './safe-fetch';

/** Why: the default deadline for all the online work on one report in the CLI and the Node API. */
export { DEFAULT_DEADLINE_MS };

/** Why: every endpoint is configurable and fetch is injected, so tests run against 127.0.0.1. */
export interface VerifyOptions {
  /** For the registries (endpoints the user chose). Default globalThis.fetch. */
  fetch?: FetchLike;
  /** For the article's links (URLs a page chose): default the guarded fetch (node/safe-fetch.ts). */
  linkFetch?: FetchLike;
  depsdevUrl?: string;
  pypiUrl?: string;
  npmUrl?: string;
  packagistUrl?: string;
  crossrefUrl?: string;
  doiUrl?: string;
  arxivUrl?: string;
  /** Crossref's contact address (CLAIMLENS_MAILTO). */
  mailto?: string;
  timeoutMs?: number;
  /** One deadline for the whole verification (default 15 000 ms): what is unanswered then is `unknown`. */
  deadlineMs?: number;
  /** Timeouts from one host before the rest of its requests are `unknown` at once (default 3). */
  breakAfter?: number;
  cache?: Cache;
  /** Request the article's own links (link health and "does the source say it"), default true. */
  links?: boolean;
  /** Turn single checks off (or on); every check is on by default in Node. */
  checks?: Partial<Record<OnlineCheckId, boolean>>;
  /** Article links to localhost and private networks may be requested (tests against 127.0.0.1 only). */
  allowPrivateHosts?: boolean;
  now?: () => number;
  signal?: AbortSignal;
  /** A reason to leave this import unasked (a private package); null to look it up. */
  skipImport?: (ref: ImportRef) => string | null;
  /** A reason to leave this link unchecked (an internal host); null to check it. */
  skipLink?: (ref: LinkRef) => string | null;
  /** Called as lookups and link checks finish: how many are done of how many, and ms left before the deadline. */
  onProgress?: (done: number, total: number, msLeft: number) => void;
}

// How many reports of a run are verified at once.
const REPORTS_AT_ONCE = 8;

/** Why: online statuses change findings, so the report is finalized again. */
export async function verifyReport(report: Report, opts: VerifyOptions = {}): Promise<Report> {
  const [verified] = await verifyReports([report], opts);
  return verified!;
}

/**
 * Why: a whole run's reports verified together through one cache and one set of shared lookups, so 500 files
 * that import `requests` ask about it once. Imports and links the caller skips (private packages, internal hosts) are never
 * sent and keep the reason why.
 */
export async function verifyReports(reports: readonly Report[], opts: VerifyOptions = {}): Promise<Report[]> {
  const fetch = sharedLookups(opts.fetch ?? (globalThis.fetch as unknown as FetchLike), [
    opts.depsdevUrl ?? 'https://api.deps.dev',
    opts.pypiUrl ?? 'https://pypi.org',
    opts.npmUrl ?? 'https://registry.npmjs.org',
    opts.packagistUrl ?? 'https://repo.packagist.org',
    opts.crossrefUrl ?? 'https://api.crossref.org',
    opts.arxivUrl ?? 'https://export.arxiv.org',
  ]);
  const cache = opts.cache ?? memoryCache();
  const links = opts.links !== false;
  const linkFetch = opts.linkFetch ?? createSafeFetch();
  const verifyOne = async (report: Report): Promise<Report> => {
    const skippedImports = new Map<string, string>();
    const skippedLinks = new Map<string, string>();
    for (const i of report.imports) {
      const why = opts.skipImport?.(i) ?? null;
      if (why !== null) skippedImports.set(i.id, why);
    }
    for (const l of report.links) {
      const why = opts.skipLink?.(l) ?? null;
      if (why !== null) skippedLinks.set(l.id, why);
    }
    const asked = {
      ...report,
      imports: report.imports.filter((i) => !skippedImports.has(i.id)),
      links: report.links.filter((l) => !skippedLinks.has(l.id)),
    };
    const verified = await runVerifiers(asked, {
      fetch,
      config: {
        checks: { links, 'source-mentions': links, ...opts.checks } as Record<OnlineCheckId, boolean>,
        depsdevUrl: opts.depsdevUrl,
        pypiUrl: opts.pypiUrl,
        npmUrl: opts.npmUrl,
        packagistUrl: opts.packagistUrl,
        crossrefUrl: opts.crossrefUrl,
        doiUrl: opts.doiUrl,
        arxivUrl: opts.arxivUrl,
        mailto: opts.mailto,
        timeoutMs: opts.timeoutMs,
        allowPrivateHosts: opts.allowPrivateHosts,
      },
      cache,
      signal: opts.signal,
      deadlineMs: opts.deadlineMs,
      breakAfter: opts.breakAfter,
      pageFetch: linkFetch,
      onProgress: opts.onProgress,
      now: opts.now,
      tools: { pageText: nodePageText, matchSource },
      // Every waiting lookup and link listens to the one budget signal: thousands of listeners are expected.
      prepareSignal: (signal) => setMaxListeners(0, signal),
    });
    const importsById = new Map(verified.imports.map((i) => [i.id, i]));
    const linksById = new Map(verified.links.map((l) => [l.id, l]));
    return finalizeReport({
      ...verified,
      imports: report.imports.map((i) => importsById.get(i.id) ?? { ...i, reason: skippedImports.get(i.id) }),
      links: report.links.map((l) => linksById.get(l.id) ?? { ...l, reason: skippedLinks.get(l.id) }),
    });
  };
  // A few reports at a time: their waits overlap, and the shared lookups still ask each URL once.
  const out: Report[] = [];
  let next = 0;
  const worker = async () => {
    while (next < reports.length) {
      const i = next++;
      out[i] = await verifyOne(reports[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(REPORTS_AT_ONCE, reports.length) }, worker));
  return out;
}

// Lookups of one run share one answer per URL: the imports and the package-risk verifiers both read a package's
// deps.dev entry, and many files import the same packages. Only JSON lookup services are shared (their bodies are
// read as text and kept); article pages are fetched as they are, streamed and capped by their readers.
function sharedLookups(fetch: FetchLike, bases: readonly (string | undefined)[]): FetchLike {
  type Answer = Awaited<ReturnType<FetchLike>>;
  const origins = new Set(bases.filter((b): b is string => !!b).map((b) => originOf(b)));
  const seen = new Map<string, Promise<{ answer: Answer; text: string }>>();
  return (url, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method !== 'GET' || !origins.has(originOf(url))) return fetch(url, init);
    let shared = seen.get(url);
    if (!shared) {
      shared = fetch(url, init).then(async (answer) => ({ answer, text: await answer.text() }));
      seen.set(url, shared);
      shared.catch(() => seen.delete(url));
    }
    return shared.then(({ answer, text }) => ({
      status: answer.status,
      ok: answer.ok,
      url: answer.url,
      headers: answer.headers,
      body: null,
      text: async () => text,
      json: async () => JSON.parse(text) as unknown,
    }));
  };
}

function originOf(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)/i.exec(url);
  return m ? m[1]!.toLowerCase() : '';
}
