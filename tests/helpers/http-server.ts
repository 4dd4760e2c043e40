// A throwaway HTTP server on 127.0.0.1 that replays recorded responses by route, for tests of network code.
//
// Why: network code is tested only against real sockets we control, never the internet. One helper serves every
// suite (registry lookups, link health, CLI, e2e fixture pages) so each test states just its routes.
//
// Usage:
//   const server = await startServer({
//     'GET /v3/systems/NPM/packages/left-pad': recorded('depsdev/npm-left-pad.json'),
//     '/slow': { delayMs: 500, body: 'late' },                 // any method
//     '/flaky': [{ status: 429, headers: { 'retry-after': '0' } }, { status: 200, body: {} }], // one per call, last repeats
//     '/never': { hang: true },                                 // accepts the request, never answers
//     '/trickle': { stall: true, body: { a: 1 } },              // headers and half a body, then nothing
//     '/echo': (req) => ({ body: { saw: req.url } }),            // computed per request
//   });
//   await fetch(`${server.url}/slow`);
//   server.requests;     // every request received, in order: { method, url, headers }
//   server.maxInFlight;  // the most requests that were open at once
//   await server.close();
//
// Routes match `METHOD /raw/path?query` first, then `/raw/path?query`, then `METHOD /raw/path`, then `/raw/path`.
// The path is matched exactly as sent, so percent-encoding is visible (`/packages/%40scope%2Fpkg`). A request that
// matches no route gets 501 with a plain-text explanation: never a 404, which code under test could mistake for a
// real "not found".

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo, Socket } from 'node:net';

/** Why: one canned answer; every field is optional so a test writes only what matters to it. */
export interface RecordedResponse {
  /** HTTP status, default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** A string or bytes are sent as they are; anything else is sent as JSON (with a JSON content-type unless headers
   *  say otherwise). */
  body?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer (the socket stays open until the client gives up or the server closes). */
  hang?: boolean;
  /** Send the status, headers and the first half of the body, then stall forever (a body that never ends). */
  stall?: boolean;
}

/** Why: tests assert what the code under test actually sent (paths, methods, headers). */
export interface RecordedRequest {
  method: string;
  /** Raw request target, percent-encoding preserved: "/v3/systems/NPM/packages/%40scope%2Fpkg". */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Why: a fixed answer, a sequence (one per call, the last repeats), or a function of the request. */
export type Route =
  | RecordedResponse
  | RecordedResponse[]
  | ((req: RecordedRequest) => RecordedResponse | Promise<RecordedResponse>);

/** Why: what a test needs from a running server: where it is, what it saw, how to stop it. */
export interface TestServer {
  /** "http://127.0.0.1:PORT" with no trailing slash. */
  url: string;
  requests: RecordedRequest[];
  /** The largest number of requests that were open at the same moment. */
  readonly maxInFlight: number;
  /** Stops the server, drops open (including hanging) connections, cancels pending delays. */
  close(): Promise<void>;
}

const RECORDINGS = fileURLToPath(new URL('../recordings/', import.meta.url));

/** Why: recordings are JSON files `{ request?, status?, headers?, body? }` under tests/recordings/. */
export function recorded(file: string, extra: Omit<RecordedResponse, 'body'> = {}): RecordedResponse {
  const data = JSON.parse(readFileSync(RECORDINGS + file, 'utf8')) as RecordedResponse & { request?: string };
  const { status, headers, body } = data;
  return { status, headers, body, ...extra };
}

/** Why: starts the server on an ephemeral 127.0.0.1 port; see the file header for routing rules. */
export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const calls = new Map<string, number>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let maxInFlight = 0;

  const pick = async (req: RecordedRequest): Promise<RecordedResponse | undefined> => {
    const path = req.url.split('?')[0] ?? req.url;
    const keys = [`${req.method} ${req.url}`, req.url, `${req.method} ${path}`, path];
    const key = keys.find((k) => k in routes);
    if (key === undefined) return undefined;
    const route = routes[key]!;
    if (typeof route === 'function') return route(req);
    if (!Array.isArray(route)) return route;
    const n = calls.get(key) ?? 0;
    calls.set(key, n + 1);
    return route[Math.min(n, route.length - 1)];
  };

  const answer = (res: ServerResponse, r: RecordedResponse): void => {
    const headers: Record<string, string> = { ...r.headers };
    let payload: string | Uint8Array = '';
    if (typeof r.body === 'string' || r.body instanceof Uint8Array) payload = r.body;
    else if (r.body !== undefined) {
      payload = JSON.stringify(r.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
        headers['content-type'] = 'application/json';
      }
    }
    res.writeHead(r.status ?? 200, headers);
    if (r.stall) res.write(payload.slice(0, Math.floor(payload.length / 2)));
    else res.end(payload);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let open = true;
    const done = (): void => {
      if (open) inFlight--;
      open = false;
    };
    res.on('finish', done);
    res.on('close', done);
    const seen: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: { ...req.headers },
    };
    requests.push(seen);
    req.resume(); // drain any request body
    void (async () => {
      let r: RecordedResponse | undefined;
      try {
        r = await pick(seen);
      } catch (err) {
        r = { status: 500, body: `route threw: ${String(err)}` };
      }
      if (r === undefined) {
        return answer(res, { status: 501, body: `no recorded response for ${seen.method} ${seen.url}` });
      }
      if (r.hang) return;
      if (!r.delayMs) return answer(res, r);
      const t = setTimeout(() => {
        timers.delete(t);
        if (!res.destroyed) answer(res, r);
      }, r.delayMs);
      timers.add(t);
    })();
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

/** Why: "connection refused" tests need a port that was just free; nothing listens there once this resolves. */
export async function closedPortUrl(): Promise<string> {
  const server = await startServer();
  const { url } = server;
  await server.close();
  return url;
}
