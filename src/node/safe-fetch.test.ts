// The CLI's guarded fetch against real 127.0.0.1 servers: private addresses are refused by literal, by what a name
// resolves to and at every redirect hop (the test server is reachable only through the test's own opt-in), redirect
// loops are named, and bodies are capped while they stream.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../../tests/helpers/http-server';
import { finalizeReport } from '../checks/index';
import type { LinkRef } from '../core/report';
import { report } from '../../tests/helpers/report';
import { verifyReport } from './verify-report';
import { FetchRefused, createSafeFetch, type Resolver } from './safe-fetch';

let site: TestServer;
let internal: TestServer;
let stream: Server;
let streamUrl = '';

beforeAll(async () => {
  internal = await startServer({ '/admin': { status: 418, body: 'internal secret' } });
  site = await startServer({
    '/ok': { body: 'fine', headers: { 'content-type': 'text/plain' } },
    '/to-internal': () => ({ status: 302, headers: { location: `${internal.url}/admin` } }),
    '/to-name': () => ({
      status: 302,
      headers: { location: `http://intranet.example:${port(internal)}/admin` },
    }),
    '/hop': { status: 301, headers: { location: '/ok' } },
    '/loop-a': { status: 302, headers: { location: '/loop-b' } },
    '/loop-b': { status: 302, headers: { location: '/loop-a' } },
    '/chain': (req) => {
      const n = Number(new URL(req.url, 'http://x').searchParams.get('n') ?? 0);
      return { status: 302, headers: { location: `/chain?n=${n + 1}` } };
    },
    '/huge': { headers: { 'content-length': String(50 * 1024 * 1024) }, stall: true, body: 'x' },
  });
  // Streams 64 kB chunks as fast as the socket takes them, forever.
  stream = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = (): void => {
      while (res.write(chunk));
      res.once('drain', pump);
    };
    pump();
    res.on('close', () => res.removeAllListeners('drain'));
  });
  await new Promise<void>((ok) => stream.listen(0, '127.0.0.1', ok));
  streamUrl = `http://127.0.0.1:${(stream.address() as AddressInfo).port}/stream`;
});
afterAll(async () => {
  await site.close();
  await internal.close();
  stream.closeAllConnections();
  await new Promise((ok) => stream.close(ok));
});

const port = (s: TestServer): string => new URL(s.url).port;
// A resolver that says what a hostile DNS would: these names point into the reader's own machine.
const resolve: Resolver = async (host) =>
  host === 'intranet.example'
    ? [{ address: '127.0.0.1', family: 4 }]
    : host === 'mixed.example'
      ? [
          { address: '93.184.216.34', family: 4 },
          { address: '::1', family: 6 },
        ]
      : Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
const guarded = () => createSafeFetch({ allowPrivate: [new URL(site.url).host], resolve });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as Error,
  );

describe('private and special addresses are refused before any request', () => {
  test.each([
    ['http://127.0.0.1:9/', /127\.0\.0\.1 is a private or local address/],
    ['http://[::1]:9/', /::1 is a private/],
    ['http://[64:ff9b::7f00:1]/', /64:ff9b::7f00:1 is a private/],
    ['http://[2002:7f00:1::]/', /2002:7f00:1:: is a private/],
    ['http://224.0.0.1/', /224\.0\.0\.1 is a private/],
    ['http://198.18.0.1/', /198\.18\.0\.1 is a private/],
    ['http://169.254.169.254/latest/meta-data', /169\.254\.169\.254 is a private/],
    ['http://[::ffff:127.0.0.1]/', /is a private/],
    ['http://0x7f.1/', /127\.0\.0\.1 is a private/],
    ['http://localhost:9/', /localhost is a private/],
    ['file:///etc/passwd', /file: URLs are not fetched/],
  ])('%s', async (url, reason) => {
    const e = await failure(guarded()(url));
    expect(e).toBeInstanceOf(FetchRefused);
    expect(e?.message).toMatch(reason);
  });

  test('a host name that resolves to 127.0.0.1 is refused, and the server never sees a request', async () => {
    const asked = internal.requests.length;
    const e = await failure(guarded()(`http://intranet.example:${port(internal)}/admin`));
    expect(e?.message).toBe('refused: intranet.example resolves to 127.0.0.1, a loopback address');
    expect(internal.requests.length).toBe(asked);
  });

  test('one private address among public ones is enough to refuse', async () => {
    expect((await failure(guarded()('http://mixed.example/')))?.message).toMatch(
      /resolves to ::1, a loopback/,
    );
  });

  test('without the opt-in, the test server itself is refused', async () => {
    const e = await failure(createSafeFetch()(`${site.url}/ok`));
    expect(e?.message).toMatch(/127\.0\.0\.1 is a private/);
  });
});

describe('redirects are followed by hand, checked at every hop', () => {
  test('a redirect within the allowed server is followed', async () => {
    const res = await guarded()(`${site.url}/hop`);
    expect([res.status, await res.text()]).toEqual([200, 'fine']);
  });

  test.each([
    ['into another port of 127.0.0.1', '/to-internal', /127\.0\.0\.1 is a private/],
    ['into a name that resolves to 127.0.0.1', '/to-name', /intranet\.example resolves to 127\.0\.0\.1/],
  ])('a redirect %s is refused; the internal server sees nothing', async (_name, path, reason) => {
    const asked = internal.requests.length;
    expect((await failure(guarded()(`${site.url}${path}`)))?.message).toMatch(reason);
    expect(internal.requests.length).toBe(asked);
  });

  test('a redirect loop is named as one', async () => {
    expect((await failure(guarded()(`${site.url}/loop-a`)))?.message).toMatch(
      /^redirect loop: .*\/loop-b leads back to .*\/loop-a$/,
    );
  });

  test('an endless chain stops after 5 redirects', async () => {
    expect((await failure(guarded()(`${site.url}/chain`)))?.message).toBe('too many redirects (more than 5)');
  });

  test("redirect: 'manual' returns the redirect itself", async () => {
    const res = await guarded()(`${site.url}/hop`, { redirect: 'manual' });
    expect([res.status, res.headers.get('location')]).toEqual([301, '/ok']);
  });
});

describe('bodies are capped', () => {
  test('a declared size over the cap is refused before reading', async () => {
    const res = await guarded()(`${site.url}/huge`);
    expect((await failure(res.text()))?.message).toMatch(/is larger than 20 MB$/);
  });

  test('a body that streams past the cap is cut off as it passes it', async () => {
    const fetch = createSafeFetch({ allowPrivate: [new URL(streamUrl).host], maxBytes: 2 * 1024 * 1024 });
    const before = process.memoryUsage().rss;
    const res = await fetch(streamUrl);
    expect((await failure(res.text()))?.message).toMatch(/is larger than 2 MB$/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe("the link check (the CLI's verifier run) reports what the guard refused", () => {
  const link = (id: number, href: string): LinkRef => ({
    id: `l${id}`,
    text: 'x',
    href,
    status: 'unchecked',
    block: 0,
    quote: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
  });
  test('a name resolving to 127.0.0.1, a redirect into it and a redirect loop', async () => {
    const asked = internal.requests.length;
    const links = [
      link(1, `http://intranet.example:${port(internal)}/admin`),
      link(2, `${site.url}/to-internal`),
      link(3, `${site.url}/loop-a`),
      link(4, `${site.url}/ok`),
    ];
    const { links: out } = await verifyReport(finalizeReport(report({ links })), {
      linkFetch: guarded(),
      allowPrivateHosts: true,
      timeoutMs: 2000,
      checks: { imports: false, 'package-risk': false, 'cited-works': false, 'source-mentions': false },
    });
    expect(out.map((l) => [l.status, l.reason])).toEqual([
      ['unknown', 'refused: intranet.example resolves to 127.0.0.1, a loopback address'],
      ['unknown', 'refused: 127.0.0.1 is a private or local address'],
      ['unknown', expect.stringMatching(/^redirect loop: /)],
      ['ok', 'HTTP 200'],
    ]);
    expect(internal.requests.length).toBe(asked); // the internal status code (418) never reached a report
  });
});
