// Requests to the article's own link targets (link health, "does the source say it"): the one gate they pass. Each
// URL is admitted once (http(s), not a private address unless allowed, permitted by the host, under the per-run cap),
// asked at most once per method per run, one request at a time per host, with Retry-After honoured while the host's
// slot is held, and bodies capped. Everything goes through request() in http.ts.
import { stoppedReason, type HostBreaker } from './budget';
import { request, retryAfterMs, sleep, type FetchLike, type HttpOutcome } from './http';
import { createLimiter, type Limiter } from './limit';
import { isPrivateHost } from './address';

/** Why: a request's end, or why it was never made; "skipped" and "failed" both mean "we cannot tell". */
export type PageAnswer =
  | Extract<HttpOutcome, { kind: 'response' }>
  | { kind: 'failed'; reason: string }
  | { kind: 'skipped'; reason: string };

/** Why: the knobs of one run's page requests. */
export interface PageFetchOptions {
  fetch: FetchLike;
  signal: AbortSignal;
  timeoutMs: number;
  /** Distinct URLs admitted per run; later ones are skipped. */
  maxPages: number;
  /** Most bytes of a page body read (default 5 MB); GET answers keep the bytes too (a source may be a PDF). */
  maxBodyBytes?: number;
  allowPrivateHosts: boolean;
  /** The extension's host-permission gate; the CLI may ask any host. */
  canFetch?(url: URL): Promise<boolean>;
  /** Most requests open at once across hosts: the run's shared limiter, or a new one of 4. */
  limit?: Limiter;
  /** A Retry-After longer than this is not waited for, default 10 s. */
  maxRetryDelayMs?: number;
  now?(): number;
  /** The run's per-host circuit breaker: a site that timed out too often is not asked again. */
  breaker?: HostBreaker;
}

/** Why: the verifiers' one way to an article URL. */
export interface PageFetcher {
  /** Why a URL will not be requested, or null when it may be. */
  admit(url: string): Promise<string | null>;
  head(url: string): Promise<PageAnswer>;
  get(url: string): Promise<PageAnswer>;
  /** A URL on a host the run has already admitted (the soft-404 probe); not counted against the cap. */
  probe(url: string): Promise<PageAnswer>;
}

const RETRIED = new Set([429, 503]);

/** Why: one fetcher per run; its memo and queues die with the run. */
export function createPageFetcher(opts: PageFetchOptions): PageFetcher {
  const hosts = new Map<string, Limiter>();
  const global = opts.limit ?? createLimiter(4);
  const decisions = new Map<string, Promise<string | null>>();
  const answers = new Map<string, Promise<PageAnswer>>();
  let count = 0;
  const now = opts.now ?? Date.now;
  const maxWait = opts.maxRetryDelayMs ?? 10_000;

  const admit = (raw: string): Promise<string | null> => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return Promise.resolve('not a URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.resolve('not a web address');
    url.hash = '';
    const known = decisions.get(url.href);
    if (known) return known;
    const decided = (async (): Promise<string | null> => {
      if (!opts.allowPrivateHosts && isPrivateHost(url.hostname))
        return 'not checked: private or local address';
      if (opts.canFetch && !(await opts.canFetch(url).catch(() => false)))
        return `not checked: no permission to reach ${url.host}`;
      if (count >= opts.maxPages)
        return `not checked: the per-run limit of ${opts.maxPages} pages was reached`;
      count++;
      return null;
    })();
    decisions.set(url.href, decided);
    return decided;
  };

  // One request, in its host's queue; a 429/503 with a short Retry-After is waited out holding the slot.
  const send = (url: string, method: 'HEAD' | 'GET', cap: number): Promise<PageAnswer> => {
    const host = new URL(url).host;
    let queue = hosts.get(host);
    if (!queue) hosts.set(host, (queue = createLimiter(1)));
    const once = () =>
      request(opts.fetch, url, {
        method,
        timeoutMs: opts.timeoutMs,
        signal: opts.signal,
        readBody: method === 'GET',
        maxBodyBytes: cap,
        binary: method === 'GET',
        breaker: opts.breaker,
      });
    const task = async (): Promise<PageAnswer> => {
      for (let attempt = 0; ; attempt++) {
        const o = await global(once, opts.signal);
        if (o.kind === 'timeout') return { kind: 'failed', reason: `timed out after ${o.ms} ms` };
        if (o.kind === 'aborted')
          return { kind: 'failed', reason: stoppedReason(opts.signal, 'check cancelled') };
        if (o.kind === 'network') return { kind: 'failed', reason: networkReason(o.message) };
        if (!RETRIED.has(o.status) || attempt >= 1) return o;
        const wait = retryAfterMs(o.headers.get('retry-after'), now());
        if (wait === undefined || wait > maxWait) return o;
        if (!(await sleep(wait, opts.signal)))
          return { kind: 'failed', reason: stoppedReason(opts.signal, 'check cancelled') };
      }
    };
    return queue(task, opts.signal).catch(
      () => ({ kind: 'failed', reason: stoppedReason(opts.signal, 'check cancelled') }) as const,
    );
  };

  const memo = (key: string, run: () => Promise<PageAnswer>): Promise<PageAnswer> => {
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = run()));
    return answer;
  };

  const admitted = async (url: string, method: 'HEAD' | 'GET'): Promise<PageAnswer> => {
    const refused = await admit(url);
    if (refused) return { kind: 'skipped', reason: refused };
    const href = new URL(url);
    href.hash = '';
    return memo(`${method} ${href.href}`, () => send(href.href, method, opts.maxBodyBytes ?? 5_000_000));
  };

  return {
    admit,
    head: (url) => admitted(url, 'HEAD'),
    get: (url) => admitted(url, 'GET'),
    probe: (url) => memo(`PROBE ${url}`, () => send(url, 'GET', 200_000)),
  };
}

// The guard's and the breaker's own words ("refused: ...", "redirect loop: ...", "not asked: ...") say it all;
// anything else is a connection that failed.
function networkReason(message: string): string {
  return /^(?:refused|not asked|redirect loop|too many redirects|cannot resolve)\b/.test(message)
    ? message
    : `could not connect: ${message}`;
}
