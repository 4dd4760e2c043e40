// The one place verification code touches the network: a single request with a deadline, classified into an
// outcome that callers switch on. `fetch` is injected, so the engine runs in Node, the extension and tests alike.
import { readBody, type ReadBody } from './read-body';
import type { HostBreaker } from './budget';

/** Why: the subset of WHATWG fetch we use; `globalThis.fetch` fits it, and tests or hosts can wrap it. */
export type FetchLike = (
  url: string,
  init?: {
    method?: string;
    signal?: AbortSignal;
    headers?: Record<string, string>;
    redirect?: 'follow' | 'manual';
  },
) => Promise<{
  status: number;
  ok: boolean;
  /** The URL after redirects (WHATWG fetch sets it; fakes may not). */
  url?: string;
  body?: ReadableStream<Uint8Array> | null;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
  /** The raw bytes (a gzipped sitemap); WHATWG fetch and the CLI's guarded fetch have it, fakes may not. */
  arrayBuffer?(): Promise<ArrayBuffer>;
}>;

/** Why: every way a request can end, so "no answer" can never be mistaken for "not found". */
export type HttpOutcome =
  | {
      kind: 'response';
      status: number;
      headers: { get(name: string): string | null };
      body: string;
      /** Where the request ended after redirects (the requested URL when there were none). */
      url: string;
      /** The body was cut at `maxBodyBytes`. */
      truncated?: boolean;
      /** The body's bytes, when `binary` was asked for. */
      bytes?: Uint8Array;
    }
  | { kind: 'timeout'; ms: number }
  | { kind: 'aborted' }
  | { kind: 'network'; message: string };

/** Why: the knobs of one request; the body is read only when the caller needs it (link checks do not). */
export interface RequestOptions {
  method?: 'GET' | 'HEAD';
  timeoutMs: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  readBody?: boolean;
  /** Read at most this many bytes of the body (the rest is not downloaded); default: all of it. */
  maxBodyBytes?: number;
  /** Keep the body's bytes (a PDF) rather than decoding it as text. */
  binary?: boolean;
  /** Per-host circuit breaker: a host that timed out too often is not asked again (a `network` outcome at once). */
  breaker?: HostBreaker;
}

/** Why: one request under a deadline that covers headers and body; never throws. */
export async function request(fetch: FetchLike, url: string, opts: RequestOptions): Promise<HttpOutcome> {
  const { signal, timeoutMs } = opts;
  if (signal?.aborted) return { kind: 'aborted' };
  const refused = opts.breaker?.refuses(url);
  if (refused) return { kind: 'network', message: refused };
  const ended = opts.breaker?.started(url);
  const deadline = AbortSignal.timeout(timeoutMs);
  // Aborted when we are done: releases an unread body (HEAD/GET link checks) and its connection.
  const done = new AbortController();
  const stop = AbortSignal.any(signal ? [deadline, signal, done.signal] : [deadline, done.signal]);
  // A fetch that ignores its signal must still not outlive the deadline, so race it against the signal.
  const stopped = new Promise<never>((_, reject) =>
    stop.addEventListener('abort', () => reject(stop.reason), { once: true }),
  );
  stopped.catch(() => undefined);
  try {
    const res = await Promise.race([
      fetch(url, { method: opts.method ?? 'GET', signal: stop, headers: opts.headers, redirect: 'follow' }),
      stopped,
    ]);
    const read: ReadBody = opts.readBody
      ? await Promise.race([readBody(res, opts.maxBodyBytes, opts.binary), stopped])
      : { text: '', truncated: false };
    const { text: body, truncated, bytes } = read;
    const at = res.url || url;
    opts.breaker?.answered(url);
    return { kind: 'response', status: res.status, headers: res.headers, body, url: at, truncated, bytes };
  } catch (err) {
    if (deadline.aborted) {
      opts.breaker?.timedOut(url);
      return { kind: 'timeout', ms: timeoutMs };
    }
    if (signal?.aborted) return { kind: 'aborted' };
    return { kind: 'network', message: describeError(err) };
  } finally {
    ended?.();
    done.abort();
  }
}

/** Why: Node's fetch says only "fetch failed"; the cause's code (ECONNREFUSED, ENOTFOUND) is what a reader needs. */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: unknown }).cause;
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause
      ? String((cause as { code: unknown }).code)
      : '';
  if (code) return `${err.message} (${code})`;
  // undici says why in the cause's message ("redirect count exceeded") when there is no code.
  return cause instanceof Error && cause.message ? `${err.message} (${cause.message})` : err.message;
}

/** Why: 429 answers say when to come back, in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // An HTTP date names its month ("Wed, 21 Oct 2015 07:28:00 GMT"); without this, Date.parse('-1') is a year.
  const at = /[a-z]{3}/i.test(v) ? Date.parse(v) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Why: backoff waits must end the moment the caller gives up; resolves false when aborted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Why: bodies from the network are untrusted text; JSON or undefined, never a throw. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
