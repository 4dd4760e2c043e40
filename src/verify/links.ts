// Link health: does an article's link lead anywhere? HEAD first (cheap), GET when HEAD is refused.
// Only a clear 404/410 is "broken"; silence, rate limits and server errors are "unknown".

import type { LinkRef, LinkStatus } from '../core/report';
import { request, type FetchLike, type HttpOutcome } from './http';
import { createLimiter } from './limit';

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
}

/** Why: the verdict on one URL. */
export interface LinkHealth {
  status: Extract<LinkStatus, 'ok' | 'broken' | 'unknown'>;
  reason: string;
}

/** Why: an article's links must not reach into the reader's own network (routers, intranet, dev servers). */
export function isPrivateHost(hostname: string): boolean {
  const h = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.internal'))
    return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (h.includes(':')) {
    if (h === '::' || h === '::1') return true;
    if (/^f[cd]/.test(h) || /^fe[89ab]/.test(h)) return true; // unique-local, link-local
    const mapped = /^::ffff:(.+)$/.exec(h);
    if (mapped) return mapped[1]!.includes('.') ? isPrivateHost(mapped[1]!) : true;
  }
  return false;
}

// The one place a status code becomes a link verdict.
function classifyLink(o: HttpOutcome): LinkHealth {
  switch (o.kind) {
    case 'timeout':
      return { status: 'unknown', reason: `timed out after ${o.ms} ms` };
    case 'aborted':
      return { status: 'unknown', reason: 'check cancelled' };
    case 'network':
      return { status: 'unknown', reason: `could not connect: ${o.message}` };
  }
  const s = o.status;
  if (s >= 200 && s < 400) return { status: 'ok', reason: `HTTP ${s}` };
  if (s === 404 || s === 410) return { status: 'broken', reason: `HTTP ${s}` };
  if (s === 429) return { status: 'unknown', reason: 'rate-limited (HTTP 429)' };
  if (s >= 500) return { status: 'unknown', reason: `server error (HTTP ${s})` };
  return { status: 'unknown', reason: `HTTP ${s}` };
}

const checkUrl = async (url: string, opts: LinkCheckOptions, timeoutMs: number): Promise<LinkHealth> => {
  const base = { timeoutMs, signal: opts.signal };
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
  const cancelled: LinkHealth = { status: 'unknown', reason: 'check cancelled' };

  return Promise.all(
    links.map(async (link): Promise<LinkRef> => {
      if (link.status !== 'unchecked') return { ...link };
      const url = checkable(link.href, opts.allowPrivateHosts === true);
      if (url === null) return { ...link };
      if (url === 'private') return { ...link, reason: 'not checked: private or local address' };
      let verdict = verdicts.get(url.href);
      if (!verdict) {
        verdict = limit(() => checkUrl(url.href, opts, timeoutMs), opts.signal).catch(() => cancelled);
        verdicts.set(url.href, verdict);
      }
      const { status, reason } = await verdict;
      return { ...link, status, reason };
    }),
  );
}
