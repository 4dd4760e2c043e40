// A budget for the online work on one report: one deadline for all of it, and a circuit breaker per host, so a
// registry or a site that never answers costs a few timeouts, not one per import or link.

/** Why: the abort reason when the deadline passes; what was not answered by then says so in its reason. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
  constructor(readonly ms: number) {
    super(`no answer before the ${formatSeconds(ms)} deadline for online checks`);
  }
}

/** Why: "15 s", "1.5 s", "250 ms" in reasons and progress lines. */
export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** Why: the reason an item is `unknown` when its check was stopped (the deadline, or the caller gave up). */
export function stoppedReason(signal: AbortSignal | undefined, fallback: string): string {
  const reason: unknown = signal?.reason;
  return reason instanceof DeadlineError ? reason.message : fallback;
}

/**
 * Why: after `threshold` timeouts from one host, every further request to it is answered at once as "not asked"
 * (the rest of its imports or links become `unknown` without waiting). Requests still waiting on a host that has
 * already timed out count against it too: they started together and will most likely time out together, and
 * otherwise each freed slot would start one more doomed request. A host that has never answered is not asked again
 * after its first timeout. Keyed by host:port.
 */
export class HostBreaker {
  private readonly timeouts = new Map<string, number>();
  private readonly waiting = new Map<string, number>();
  private readonly answering = new Set<string>();

  constructor(readonly threshold = 3) {}

  /** The host a URL is counted under, or null for a URL that cannot be parsed. */
  static hostOf(url: string): string | null {
    try {
      return new URL(url).host;
    } catch {
      return null;
    }
  }

  /** Why the request is not made, or null when it may be. */
  refuses(url: string): string | null {
    const host = HostBreaker.hostOf(url);
    if (host === null) return null;
    const t = this.timeouts.get(host) ?? 0;
    const w = this.waiting.get(host) ?? 0;
    if (t >= this.threshold) return `not asked: ${host} did not answer ${t} requests in time`;
    // A host that timed out before it ever answered is most likely down: the requests queued behind it (a page
    // fetcher asks one URL per host at a time) would each wait out a timeout of their own.
    if (t > 0 && !this.answering.has(host)) return `not asked: ${host} has not answered (${t} timed out)`;
    if (t > 0 && t + w >= this.threshold)
      return `not asked: ${host} did not answer in time (${t} timed out, ${w} still waiting)`;
    return null;
  }

  /** Counts a request as waiting on its host; call the returned function when it has ended. */
  started(url: string): () => void {
    return this.count(this.waiting, url);
  }

  private count(map: Map<string, number>, url: string): () => void {
    const host = HostBreaker.hostOf(url);
    if (host === null) return () => undefined;
    map.set(host, (map.get(host) ?? 0) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      map.set(host, (map.get(host) ?? 1) - 1);
    };
  }

  /** Notes that the URL's host answered (any HTTP status): its queued requests are asked even after a timeout. */
  answered(url: string): void {
    const host = HostBreaker.hostOf(url);
    if (host !== null) this.answering.add(host);
  }

  /** Counts a timeout against the URL's host. */
  timedOut(url: string): void {
    const host = HostBreaker.hostOf(url);
    if (host !== null) this.timeouts.set(host, (this.timeouts.get(host) ?? 0) + 1);
  }
}

/** Why: what one verification run shares: the signal that ends it at the deadline, and the breaker. */
export interface Budget {
  signal: AbortSignal;
  breaker: HostBreaker;
  deadlineMs: number;
  /** Epoch ms at which the deadline passes. */
  endsAt: number;
  /** Stops the deadline timer (call when the work ended early). */
  done(): void;
}

/** Why: one deadline for the whole verification of a report, and the caller's own signal on top. */
export function createBudget(
  opts: { deadlineMs: number; signal?: AbortSignal; breakAfter?: number; now?: () => number } = {
    deadlineMs: 15_000,
  },
): Budget {
  const deadlineMs = Number.isFinite(opts.deadlineMs) && opts.deadlineMs > 0 ? opts.deadlineMs : 15_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineError(deadlineMs)), deadlineMs);
  const onAbort = (): void => controller.abort(opts.signal?.reason);
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    breaker: new HostBreaker(opts.breakAfter ?? 3),
    deadlineMs,
    endsAt: (opts.now ?? Date.now)() + deadlineMs,
    done() {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    },
  };
}
