// Online verification of a report: registries for imports, HEAD/GET for links. Used by the CLI and the Node API.
// All of it runs under one budget: a deadline for the whole report and a circuit breaker per host.
import { setMaxListeners } from 'node:events';
import type { Report } from '../core/report';
import { finalizeReport } from '../checks/index';
import {
  checkLinks,
  createBudget,
  createRegistryClient,
  verifyImports,
  type Cache,
  type FetchLike,
  type RegistryClient,
} from '../verify/index';
import { needsLookup } from '../verify/imports';
import { createSafeFetch } from './safe-fetch';

/** Why: the default deadline for all the online work on one report in the CLI and the Node API. */
export const DEFAULT_DEADLINE_MS = 15_000;

/** Why: every endpoint is configurable and fetch is injected, so tests run against 127.0.0.1. */
export interface VerifyOptions {
  /** For the registries (endpoints the user chose). Default globalThis.fetch. */
  fetch?: FetchLike;
  /** For the article's links (URLs a page chose): default the guarded fetch (node/safe-fetch.ts). */
  linkFetch?: FetchLike;
  depsdevUrl?: string;
  pypiUrl?: string;
  npmUrl?: string;
  timeoutMs?: number;
  /** One deadline for the whole verification (default 15 000 ms): what is unanswered then is `unknown`. */
  deadlineMs?: number;
  /** Timeouts from one host before the rest of its requests are `unknown` at once (default 3). */
  breakAfter?: number;
  cache?: Cache;
  /** Check link health too (default true). */
  links?: boolean;
  /** Link checks may reach private addresses (tests against 127.0.0.1 only; never on by default). */
  allowPrivateHosts?: boolean;
  signal?: AbortSignal;
  /** Called as lookups and link checks finish: how many are done of how many, and ms left before the deadline. */
  onProgress?: (done: number, total: number, msLeft: number) => void;
}

/** Why: online statuses (exists/missing, ok/broken) change findings, so the report is finalized again. */
export async function verifyReport(report: Report, opts: VerifyOptions = {}): Promise<Report> {
  const fetch = opts.fetch ?? (globalThis.fetch as unknown as FetchLike);
  const budget = createBudget({
    deadlineMs: opts.deadlineMs ?? DEFAULT_DEADLINE_MS,
    signal: opts.signal,
    breakAfter: opts.breakAfter,
  });
  // Every waiting lookup and link listens to the one budget signal: thousands of listeners are expected here.
  setMaxListeners(0, budget.signal);
  const links = opts.links !== false;
  const total =
    new Set(report.imports.filter(needsLookup).map((i) => `${i.registry}:${i.package}`)).size +
    (links ? new Set(report.links.filter((l) => l.status === 'unchecked').map((l) => l.href)).size : 0);
  let done = 0;
  const tick = (): void => {
    done = Math.min(total, done + 1);
    opts.onProgress?.(done, total, Math.max(0, budget.endsAt - Date.now()));
  };
  const inner = createRegistryClient({
    fetch,
    depsdevUrl: opts.depsdevUrl,
    pypiUrl: opts.pypiUrl,
    npmUrl: opts.npmUrl,
    timeoutMs: opts.timeoutMs,
    cache: opts.cache,
    breaker: budget.breaker,
  });
  // Progress counts distinct packages, as the client asks each once.
  const asked = new Set<string>();
  const client: RegistryClient = {
    lookup: (registry, name, signal) =>
      inner.lookup(registry, name, signal).finally(() => {
        const key = `${registry}:${name}`;
        if (asked.has(key)) return;
        asked.add(key);
        tick();
      }),
  };
  try {
    const [imports, checked] = await Promise.all([
      verifyImports(report.imports, client, budget.signal),
      links
        ? checkLinks(report.links, {
            fetch: opts.linkFetch ?? createSafeFetch(),
            timeoutMs: opts.timeoutMs,
            signal: budget.signal,
            breaker: budget.breaker,
            allowPrivateHosts: opts.allowPrivateHosts,
            onChecked: tick,
          })
        : report.links,
    ]);
    return finalizeReport({ ...report, imports, links: checked, meta: { ...report.meta, online: true } });
  } finally {
    budget.done();
  }
}
