// Online verification of reports: registries for imports, HEAD/GET for links. Used by the CLI and the Node API.
import type { ImportRef, LinkRef, Report } from '../core/report';
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
  /** A reason to leave this import unasked (a private package); null to look it up. */
  skipImport?: (ref: ImportRef) => string | null;
  /** A reason to leave this link unchecked (an internal host); null to check it. */
  skipLink?: (ref: LinkRef) => string | null;
}

/** Why: online statuses (exists/missing, ok/broken) change findings, so the report is finalized again. */
export async function verifyReport(report: Report, opts: VerifyOptions = {}): Promise<Report> {
  const [verified] = await verifyReports([report], opts);
  return verified!;
}

/**
 * Why: a whole run's reports verified together: one registry client (one cache, one in-flight lookup per package)
 * and one link pass (one request set per distinct URL), so 500 files that import `requests` ask about it once.
 */
export async function verifyReports(reports: readonly Report[], opts: VerifyOptions = {}): Promise<Report[]> {
  const fetch = opts.fetch ?? (globalThis.fetch as unknown as FetchLike);
  const client = createRegistryClient({
    fetch,
    depsdevUrl: opts.depsdevUrl,
    pypiUrl: opts.pypiUrl,
    timeoutMs: opts.timeoutMs,
    cache: opts.cache,
  });
  const skip = <T extends { status: string }>(ref: T, why: ((r: T) => string | null) | undefined) => {
    const reason = why?.(ref) ?? null;
    return reason === null ? null : { ...ref, reason };
  };
  const imports = reports.flatMap((r) => r.imports);
  const links = reports.flatMap((r) => r.links);
  const askedImports = imports.filter((i) => !skip(i, opts.skipImport));
  const askedLinks = opts.links === false ? [] : links.filter((l) => !skip(l, opts.skipLink));
  const [importAnswers, linkAnswers] = await Promise.all([
    verifyImports(askedImports, client, opts.signal),
    checkLinks(askedLinks, { fetch, timeoutMs: opts.timeoutMs, signal: opts.signal }),
  ]);
  const importDone = new Map(askedImports.map((ref, i) => [ref, importAnswers[i]!]));
  const linkDone = new Map(askedLinks.map((ref, i) => [ref, linkAnswers[i]!]));
  return reports.map((report) =>
    finalizeReport({
      ...report,
      imports: report.imports.map((i) => importDone.get(i) ?? skip(i, opts.skipImport) ?? { ...i }),
      links: report.links.map((l) => linkDone.get(l) ?? skip(l, opts.skipLink) ?? { ...l }),
      meta: { ...report.meta, online: true },
    }),
  );
}
