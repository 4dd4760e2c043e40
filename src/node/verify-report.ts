// Online verification of a report for the CLI and the Node API: the verifiers of src/verify/verifiers/ (imports,
// package risk, cited works, link health, "does the source say it"), run by the same runner the extension uses.
import { setMaxListeners } from 'node:events';
import type { Report } from '../core/report';
import { finalizeReport } from '../checks/index';
import { matchSource } from '../engine/source-match';
import type { OnlineCheckId } from '../shared/settings';
import type { Cache, FetchLike } from '../verify/index';
import { runVerifiers } from '../verify/run';
import { nodePageText } from './page-text';

/** Why: every endpoint is configurable and fetch is injected, so tests run against 127.0.0.1. */
export interface VerifyOptions {
  fetch?: FetchLike;
  depsdevUrl?: string;
  pypiUrl?: string;
  packagistUrl?: string;
  crossrefUrl?: string;
  doiUrl?: string;
  arxivUrl?: string;
  /** Crossref's contact address (CLAIMLENS_MAILTO). */
  mailto?: string;
  timeoutMs?: number;
  cache?: Cache;
  /** Request the article's own links (link health and "does the source say it"), default true. */
  links?: boolean;
  /** Turn single checks off (or on); every check is on by default in Node. */
  checks?: Partial<Record<OnlineCheckId, boolean>>;
  /** Article links to localhost and private networks are requested too (tests). */
  allowPrivateHosts?: boolean;
  /** The whole run's deadline, default 60 s. */
  deadlineMs?: number;
  now?: () => number;
  signal?: AbortSignal;
}

/** Why: online statuses (exists/missing, ok/broken, found/not-found, stated/not-stated) change findings, so the
 *  report is finalized again. */
export async function verifyReport(report: Report, opts: VerifyOptions = {}): Promise<Report> {
  const links = opts.links !== false;
  const verified = await runVerifiers(report, {
    fetch: opts.fetch ?? (globalThis.fetch as unknown as FetchLike),
    config: {
      checks: { links, 'source-mentions': links, ...opts.checks } as Record<OnlineCheckId, boolean>,
      depsdevUrl: opts.depsdevUrl,
      pypiUrl: opts.pypiUrl,
      packagistUrl: opts.packagistUrl,
      crossrefUrl: opts.crossrefUrl,
      doiUrl: opts.doiUrl,
      arxivUrl: opts.arxivUrl,
      mailto: opts.mailto,
      timeoutMs: opts.timeoutMs,
      allowPrivateHosts: opts.allowPrivateHosts,
    },
    cache: opts.cache,
    signal: opts.signal,
    deadlineMs: opts.deadlineMs,
    now: opts.now,
    tools: { pageText: nodePageText, matchSource },
    // Every request of the run listens to one signal; Node warns past 10 listeners unless told otherwise.
    prepareSignal: (signal) => setMaxListeners(0, signal),
  });
  return finalizeReport(verified);
}
