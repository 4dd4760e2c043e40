// Politeness for whole-site runs: at most `perHost` requests open at once to one host, and at least `delayMs`
// between the starts of two requests to it. Different hosts do not wait for each other.
import { createLimiter, type Limiter } from '../../verify/limit';

/** Why: a sitemap of 500 pages must not hit a team's own site with 500 requests at once. */
export type HostLimiter = <T>(url: string, task: () => Promise<T>) => Promise<T>;

/** Why: the CLI's defaults: two at a time per host, a tenth of a second apart. */
export const POLITENESS = { perHost: 2, delayMs: 100 } as const;

/** Why: one limiter for the run, shared by sitemap fetches and the pages they list. */
export function createHostLimiter(
  opts: { perHost?: number; delayMs?: number } = {},
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => number = Date.now,
): HostLimiter {
  const perHost = opts.perHost ?? POLITENESS.perHost;
  const delayMs = opts.delayMs ?? POLITENESS.delayMs;
  const hosts = new Map<string, { limit: Limiter; next: number }>();
  return (url, task) => {
    const host = new URL(url).host.toLowerCase();
    let h = hosts.get(host);
    if (!h) hosts.set(host, (h = { limit: createLimiter(perHost), next: 0 }));
    const state = h;
    return state.limit(async () => {
      // Reserve the next start time before waiting, so requests queued together are spaced, not bunched.
      const at = Math.max(now(), state.next);
      state.next = at + delayMs;
      const wait = at - now();
      if (wait > 0) await sleep(wait);
      return task();
    });
  };
}
