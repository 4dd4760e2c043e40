// Online verification of a report: registries for imports, HEAD/GET for links. Used by the CLI and the Node API.
import type { Report } from '../core/report';
import { finalizeReport } from '../checks/index';
import { checkLinks, createRegistryClient, verifyImports, type Cache, type FetchLike } from '../verify/index';

/** Why: every endpoint is configurable and fetch is injected, so tests run against 127.0.0.1. */
export interface VerifyOptions {
  fetch?: FetchLike;
  depsdevUrl?: string;
  pypiUrl?: string;
  timeoutMs?: number;
  cache?: Cache;
  /** Check link health too (default true). */
  links?: boolean;
  signal?: AbortSignal;
}

/** Why: online statuses (exists/missing, ok/broken) change findings, so the report is finalized again. */
export async function verifyReport(report: Report, opts: VerifyOptions = {}): Promise<Report> {
  const fetch = opts.fetch ?? (globalThis.fetch as unknown as FetchLike);
  const client = createRegistryClient({
    fetch,
    depsdevUrl: opts.depsdevUrl,
    pypiUrl: opts.pypiUrl,
    timeoutMs: opts.timeoutMs,
    cache: opts.cache,
  });
  const [imports, links] = await Promise.all([
    verifyImports(report.imports, client, opts.signal),
    opts.links === false
      ? report.links
      : checkLinks(report.links, { fetch, timeoutMs: opts.timeoutMs, signal: opts.signal }),
  ]);
  return finalizeReport({ ...report, imports, links, meta: { ...report.meta, online: true } });
}
