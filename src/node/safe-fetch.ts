// The CLI's fetch for URLs that come from an article (link checks) or from the user (the article itself): host names
// are resolved and every address must be public (verify/address.ts), the connection goes to the addresses that were
// checked (no second DNS answer can swap in 127.0.0.1), redirects are followed by hand with the same check at every
// hop, and bodies are capped while they stream. Node only.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { addressRange, isPrivateHost } from '../verify/address';
import type { FetchLike } from '../verify/http';

/** Why: host name -> every address it resolves to; injected so tests can make a name resolve to 127.0.0.1. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

/** Why: the knobs; every one has a safe default, and private hosts are refused unless a test names one. */
export interface SafeFetchOptions {
  /** Exact host:port authorities (as in the URL, e.g. "127.0.0.1:4000") that may be private: test servers only. */
  allowPrivate?: readonly string[];
  /** Largest body read, default 20 MB: refused on Content-Length, aborted once passed while streaming. */
  maxBytes?: number;
  /** Most redirects followed, default 5. */
  maxRedirects?: number;
  resolve?: Resolver;
}

/** Why: a refusal of the guard, worded for a report reason or a one-line CLI error. */
export class FetchRefused extends Error {
  override name = 'FetchRefused';
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const systemResolve: Resolver = (hostname) =>
  new Promise((ok, fail) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? fail(err) : ok(addresses))),
  );

const defaultPort = (u: URL): string => u.port || (u.protocol === 'https:' ? '443' : '80');

/** Why: the addresses a URL may be fetched from, or a FetchRefused saying why it may not. */
export async function checkedAddresses(
  url: URL,
  opts: Pick<SafeFetchOptions, 'allowPrivate' | 'resolve'> = {},
): Promise<LookupAddress[] | 'allowed'> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefused(`refused: ${url.protocol} URLs are not fetched`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (opts.allowPrivate?.includes(`${url.hostname}:${defaultPort(url)}`)) {
    // A test server: no range check, but a test's own resolver (a name for 127.0.0.1) is still used.
    if (addressRange(host) !== null || !opts.resolve) return 'allowed';
    return opts.resolve(host);
  }
  if (isPrivateHost(host)) throw new FetchRefused(`refused: ${host} is a private or local address`);
  const literal = addressRange(host);
  if (literal !== null) return [{ address: host, family: host.includes(':') ? 6 : 4 }];
  let addresses: LookupAddress[];
  try {
    addresses = await (opts.resolve ?? systemResolve)(host);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new Error(`cannot resolve ${host}${code ? ` (${code})` : ''}`);
  }
  if (addresses.length === 0) throw new Error(`cannot resolve ${host}`);
  for (const a of addresses) {
    const range = addressRange(a.address);
    if (range !== 'unicast')
      throw new FetchRefused(`refused: ${host} resolves to ${a.address}, a ${range ?? 'invalid'} address`);
  }
  return addresses;
}

/** Why: the injected `fetch` of the CLI: same shape as WHATWG fetch's subset, with the guard on every hop. */
export function createSafeFetch(opts: SafeFetchOptions = {}): FetchLike {
  const maxBytes = opts.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  return async (input, init = {}) => {
    let url = new URL(input);
    let method = init.method ?? 'GET';
    const seen = new Set<string>([url.href]);
    for (let hop = 0; ; hop++) {
      const res = await once(url, method, init.headers, init.signal, await checkedAddresses(url, opts));
      const location = res.headers.location;
      if (!REDIRECTS.has(res.statusCode ?? 0) || !location || init.redirect === 'manual')
        return response(res, maxBytes, url);
      res.destroy();
      const next = new URL(location, url);
      next.hash = '';
      if (seen.has(next.href)) throw new Error(`redirect loop: ${url.href} leads back to ${next.href}`);
      if (hop + 1 > maxRedirects) throw new Error(`too many redirects (more than ${maxRedirects})`);
      seen.add(next.href);
      if (res.statusCode === 303 && method !== 'HEAD') method = 'GET';
      url = next;
    }
  };
}

// One request to addresses already checked: the socket's own lookup answers with them, never asking DNS again.
function once(
  url: URL,
  method: string,
  headers: Record<string, string> | undefined,
  signal: AbortSignal | undefined,
  addresses: LookupAddress[] | 'allowed',
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const pinned =
      addresses === 'allowed'
        ? undefined
        : (_host: string, o: { all?: boolean }, cb: (...args: unknown[]) => void): void => {
            if (o?.all) cb(null, addresses);
            else cb(null, addresses[0]!.address, addresses[0]!.family);
          };
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method,
      headers: { 'user-agent': 'claimlens', ...headers },
      lookup: pinned as never,
      signal,
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

// The fetch-shaped answer; the body is read only when asked, and only up to maxBytes. `body` is the raw stream, for
// readers that cap it themselves (verify/read-body.ts); `text` and `arrayBuffer` stop at maxBytes.
function response(res: IncomingMessage, maxBytes: number, url: URL) {
  const status = res.statusCode ?? 0;
  const tooLarge = () =>
    new FetchRefused(`${url.href} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  const bytes = (): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const declared = Number(res.headers['content-length']);
      if (declared > maxBytes) {
        res.destroy();
        return reject(tooLarge());
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          res.destroy();
          reject(tooLarge());
        } else chunks.push(chunk);
      });
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
      res.on('close', () => reject(new Error('the answer broke off')));
    });
  const text = async (): Promise<string> => (await bytes()).toString('utf8');
  return {
    status,
    ok: status >= 200 && status < 300,
    url: url.href,
    headers: {
      get(name: string): string | null {
        const v = res.headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
      },
    },
    get body(): ReadableStream<Uint8Array> {
      return Readable.toWeb(res) as ReadableStream<Uint8Array>;
    },
    text,
    arrayBuffer: async (): Promise<ArrayBuffer> => {
      const b = await bytes();
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    },
    json: async (): Promise<unknown> => JSON.parse(await text()) as unknown,
  };
}
