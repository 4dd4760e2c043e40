// Link health: does an article's link lead anywhere? HEAD first (cheap), GET when HEAD is refused.
// Only a clear 404/410 is "broken"; silence, rate limits and server errors are "unknown".

import type { LinkRef, LinkStatus } from '../core/report';
import { request, type FetchLike, type HttpOutcome } from './http';
import { createLimiter } from './limit';
import { isPrivateHost } from './address';
import { stoppedReason, type HostBreaker } from './budget';

/** Why: link checks share the registry client's knobs but not its state; each call is independent. */
export interface LinkCheckOptions {
  fetch: FetchLike;
  /** Deadline per request, default 5000 ms. */
  timeoutMs?: number;
  /** Most requests open at once, default 4. */
  concurrency?: number;
  signal?: AbortSignal;
  /**
   * Default false: links to localhost, private networks and .local/.internal names are left `unchecked`, so an
   * article cannot make the reader's browser probe their own network. Tests against 127.0.0.1 set it.
   */
  allowPrivateHosts?: boolean;
  /** Per-host circuit breaker: after its threshold of timeouts, a host's remaining links are `unknown` at once. */
  breaker?: HostBreaker;
  /** Called once per distinct URL when its verdict is in (progress on a terminal). */
  onChecked?: () => void;
}

/** Why: the verdict on one URL. */
export interface LinkHealth {
  status: Extract<LinkStatus, 'ok' | 'broken' | 'unknown'>;
  reason: string;
}

/** Why: kept here for the callers that import it with the link checker. */
export { isPrivateHost } from './address';

// The one place a status code becomes a link verdict.
function classifyLink(o: HttpOutcome): LinkHealth {
  switch (o.kind) {
    case 'timeout':
      return { status: 'unknown', reason: `timed out after ${o.ms} ms` };
    case 'aborted':
      return { status: 'unknown', reason: 'check cancelled' };
    case 'network':
      // The guard's own refusals and redirect problems say what they are; the rest is a failed connection.
      return {
        status: 'unknown',
        reason: /^(?:refused|redirect|not asked|too many redirects)/.test(o.message)
          ? o.message
          : `could not connect: ${o.message}`,
      };
  }
  const s = o.status;
  if (s >= 200 && s < 400) return { status: 'ok', reason: `HTTP ${s}` };
  if (s === 404 || s === 410) return { status: 'broken', reason: `HTTP ${s}` };
  if (s === 429) return { status: 'unknown', reason: 'rate-limited (HTTP 429)' };
  if (s >= 500) return { status: 'unknown', reason: `server error (HTTP ${s})` };
  return { status: 'unknown', reason: `HTTP ${s}` };
}

const checkUrl = async (url: string, opts: LinkCheckOptions, timeoutMs: number): Promise<LinkHealth> => {
  const base = { timeoutMs, signal: opts.signal, breaker: opts.breaker };
  const head = await request(opts.fetch, url, { ...base, method: 'HEAD' });
  // Many servers refuse or mishandle HEAD (405, 403, 501, even 404); GET is the real test of a link.
  if (
    head.kind === 'response' &&
    ((head.status >= 400 && head.status < 500 && head.status !== 429) || head.status === 501)
  ) {
    return classifyLink(await request(opts.fetch, url, { ...base, method: 'GET' }));
  }
  return classifyLink(head);
};

const checkable = (href: string | null, allowPrivate: boolean): URL | 'private' | null => {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!allowPrivate && isPrivateHost(url.hostname)) return 'private';
  url.hash = '';
  return url;
};

/** Why: fills in ok/broken/unknown for `unchecked` http(s) links; new objects, one request set per distinct URL. */
export async function checkLinks(links: LinkRef[], opts: LinkCheckOptions): Promise<LinkRef[]> {
  const timeoutMs = opts.timeoutMs !== undefined && opts.timeoutMs > 0 ? opts.timeoutMs : 5000;
  const limit = createLimiter(opts.concurrency ?? 4);
  const verdicts = new Map<string, Promise<LinkHealth>>();
  const cancelled = (): LinkHealth => ({
    status: 'unknown',
    reason: stoppedReason(opts.signal, 'check cancelled'),
  });

  return Promise.all(
    links.map(async (link): Promise<LinkRef> => {
      if (link.status !== 'unchecked') return { ...link };
      const url = checkable(link.href, opts.allowPrivateHosts === true);
      if (url === null) return { ...link };
      if (url === 'private') return { ...link, reason: 'not checked: private or local address' };
      let verdict = verdicts.get(url.href);
      if (!verdict) {
        verdict = limit(() => checkUrl(url.href, opts, timeoutMs), opts.signal)
          .then((v) => (v.reason === 'check cancelled' ? cancelled() : v))
          .catch(cancelled)
          .finally(() => opts.onChecked?.());
        verdicts.set(url.href, verdict);
      }
      const { status, reason } = await verdict;
      return { ...link, status, reason };
    }),
  );
}
