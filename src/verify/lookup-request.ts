// One GET to a lookup service (Crossref, doi.org, arXiv, deps.dev's extras), with the run's deadline and signal, and
// a short Retry-After waited out once. What the status code means is the caller's business; silence is never an
// answer ("failed" becomes `unknown`).
import { request, retryAfterMs, sleep } from './http';
import type { VerifyContext } from './verifier';

/** Why: a service answered (any status), or it did not, with why in words. */
export type Fetched =
  | { kind: 'answered'; status: number; body: string; headers: { get(name: string): string | null } }
  | { kind: 'failed'; reason: string };

const MAX_WAIT_MS = 10_000;

/** Why: every lookup verifier asks its service the same careful way. */
export async function fetchText(
  ctx: Pick<VerifyContext, 'fetch' | 'signal' | 'config' | 'now' | 'limit'>,
  url: string,
  label: string,
  accept = 'application/json',
): Promise<Fetched> {
  for (let attempt = 0; ; attempt++) {
    const o = await ctx
      .limit(
        () =>
          request(ctx.fetch, url, {
            timeoutMs: ctx.config.timeoutMs,
            signal: ctx.signal,
            readBody: true,
            maxBodyBytes: 2_000_000,
            headers: { accept },
          }),
        ctx.signal,
      )
      .catch(() => ({ kind: 'aborted' }) as const);
    if (o.kind === 'timeout') return { kind: 'failed', reason: `${label} timed out after ${o.ms} ms` };
    if (o.kind === 'aborted') return { kind: 'failed', reason: 'lookup cancelled' };
    if (o.kind === 'network') return { kind: 'failed', reason: `could not reach ${label}: ${o.message}` };
    if (o.status !== 429 && o.status !== 503)
      return { kind: 'answered', status: o.status, body: o.body, headers: o.headers };
    const wait = retryAfterMs(o.headers.get('retry-after'), ctx.now());
    if (attempt >= 1 || wait === undefined || wait > MAX_WAIT_MS)
      return {
        kind: 'failed',
        reason: `${label} is ${o.status === 429 ? 'rate-limiting lookups' : 'unavailable'} (HTTP ${o.status})`,
      };
    if (!(await sleep(wait, ctx.signal))) return { kind: 'failed', reason: 'lookup cancelled' };
  }
}
