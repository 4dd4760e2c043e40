// What a verifier is: one online check of a report (imports, links, cited works, ...), declaring what it reads, whom
// it asks and which setting turns it on, and returning new statuses as patches by item id. verifiers/index.ts lists
// them in order; run.ts runs them with one set of limits, one deadline, one cache and one cancellation signal.
import type { Claim, ImportRef, LinkRef, Report } from '../core/report';
import type { OnlineCheckId } from '../shared/settings';
import type { Cache } from './cache';
import type { FetchLike } from './http';
import type { Limiter } from './limit';
import type { PageFetcher } from './page-fetch';
import type { RegistryClient } from './registry';

/** Why: every knob a run needs, resolved (endpoints normalised, switches read) before any verifier starts. */
export interface VerifyConfig {
  checks: Record<OnlineCheckId, boolean>;
  depsdevUrl: string;
  pypiUrl: string;
  npmUrl: string;
  packagistUrl: string;
  crossrefUrl: string;
  doiUrl: string;
  arxivUrl: string;
  /** Crossref's contact address; empty sends none. */
  mailto: string;
  /** Deadline per request, ms. */
  timeoutMs: number;
  /** Most distinct article URLs (links and linked sources) requested in one run. */
  maxPages: number;
  /** Article links to localhost and private networks are requested too (tests, the e2e build). */
  allowPrivateHosts: boolean;
}

/** Why: what a page-reading verifier needs from its host: the page's main text, and whether it states a claim. */
export interface VerifyTools {
  /** Main text of an HTML page (the CLI reads it with linkedom; the worker with a light tokenizer). */
  pageText?(html: string, url: string): string;
  /** Does `text` state the claim's number near its key words? Injected: src/engine/source-match.ts. */
  matchSource?(claim: Claim, text: string): SourceMatch;
}

/** Why: the matcher's verdict on a readable page (unverifiable is decided by the verifier, before matching). */
export interface SourceMatch {
  status: 'stated' | 'stated-differently' | 'not-stated';
  snippet?: string;
  found?: string;
  reason: string;
}

/** Why: what every verifier of one run shares: the network, its limits and deadline, the cache, the clock. */
export interface VerifyContext {
  fetch: FetchLike;
  /** Aborts at the run's deadline or when the caller cancels; every request and wait ends with it. */
  signal: AbortSignal;
  config: VerifyConfig;
  cache: Cache;
  now(): number;
  /** The run's cap on open requests, shared by lookups and page requests (the registry client keeps its own). */
  limit: Limiter;
  /** Package lookups, shared so package risk reuses the imports verifier's answers. */
  registry: RegistryClient;
  /** Article pages (links, linked sources): one GET per URL per run, one request at a time per host, capped. */
  pages: PageFetcher;
  /** Waits until `ms` have passed since the last call with this key (arXiv asks for one request per 3 s). */
  pace(key: string, ms: number): Promise<boolean>;
  tools: VerifyTools;
}

/** Why: new statuses, by item id; fields a verifier does not own are never touched. */
export interface VerifierPatch {
  claims?: Record<string, Partial<Claim>>;
  links?: Record<string, Partial<LinkRef>>;
  imports?: Record<string, Partial<ImportRef>>;
}

/** Why: the hosts a verifier asks, for the options page, the README and the request-log tests. */
export interface VerifierHosts {
  /** Configured services (registries, Crossref, doi.org, arXiv). */
  endpoints: string[];
  /** The article's own link targets. */
  articleLinks: boolean;
}

/** Why: one online check in one file; adding a backend is a file, a line in verifiers/index.ts and a test. */
export interface Verifier {
  id: OnlineCheckId;
  description: string;
  /** The report items it reads and patches. */
  items: readonly ('claims' | 'links' | 'imports')[];
  hosts(config: VerifyConfig): VerifierHosts;
  /** Verifiers whose patches it reads (package risk reads the imports verifier's exists/missing). */
  after?: readonly OnlineCheckId[];
  /** Does this report give it anything to do? (The setting is checked by the runner.) */
  wants(report: Report, config: VerifyConfig): boolean;
  run(report: Report, ctx: VerifyContext): Promise<VerifierPatch>;
}
