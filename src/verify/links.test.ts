// Link health against real 127.0.0.1 servers.
import { describe, expect, test } from 'vitest';
import type { LinkRef, LinkStatus } from '../core/report';
import { closedPortUrl, type Route, type TestServer } from '../../tests/helpers/http-server';
import { serverPerTest } from '../../tests/helpers/server-per-test';
import { checkLinks, isPrivateHost } from './links';
import type { FetchLike } from './http';

const serve = serverPerTest();

const fetch: FetchLike = globalThis.fetch;
const quote = { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 };
const link = (href: string | null, status: LinkStatus = 'unchecked', id = 'l1'): LinkRef => ({
  id,
  text: 'source',
  href,
  status,
  block: 0,
  quote,
});
const methods = (s: TestServer): string[] => s.requests.map((r) => `${r.method} ${r.url}`);

describe('HEAD, then GET when HEAD is refused', () => {
  test.each<[string, Route | undefined, Route | undefined, LinkStatus, RegExp, string[]]>([
    ['HEAD 200', { status: 200 }, undefined, 'ok', /HTTP 200/, ['HEAD']],
    ['HEAD 204', { status: 204 }, undefined, 'ok', /HTTP 204/, ['HEAD']],
    ['HEAD 405, GET 200', { status: 405 }, { status: 200, body: 'page' }, 'ok', /HTTP 200/, ['HEAD', 'GET']],
    ['HEAD 403, GET 200', { status: 403 }, { status: 200, body: 'page' }, 'ok', /HTTP 200/, ['HEAD', 'GET']],
    ['HEAD 501, GET 200', { status: 501 }, { status: 200, body: 'page' }, 'ok', /HTTP 200/, ['HEAD', 'GET']],
    [
      'HEAD 404, GET 200 (a server that mishandles HEAD)',
      { status: 404 },
      { status: 200 },
      'ok',
      /200/,
      ['HEAD', 'GET'],
    ],
    ['HEAD 404, GET 404', { status: 404 }, { status: 404 }, 'broken', /HTTP 404/, ['HEAD', 'GET']],
    ['HEAD 410, GET 410', { status: 410 }, { status: 410 }, 'broken', /HTTP 410/, ['HEAD', 'GET']],
    ['HEAD 403, GET 403', { status: 403 }, { status: 403 }, 'unknown', /HTTP 403/, ['HEAD', 'GET']],
    [
      'HEAD 405, GET 500',
      { status: 405 },
      { status: 500 },
      'unknown',
      /server error \(HTTP 500\)/,
      ['HEAD', 'GET'],
    ],
    ['HEAD 500', { status: 500 }, undefined, 'unknown', /server error \(HTTP 500\)/, ['HEAD']],
    ['HEAD 503', { status: 503 }, undefined, 'unknown', /HTTP 503/, ['HEAD']],
    [
      'HEAD 429',
      { status: 429, headers: { 'retry-after': '5' } },
      undefined,
      'unknown',
      /rate-limited/,
      ['HEAD'],
    ],
    ['HEAD never answers', { hang: true }, undefined, 'unknown', /timed out after 150 ms/, ['HEAD']],
    ['HEAD 405, GET never answers', { status: 405 }, { hang: true }, 'unknown', /timed out/, ['HEAD', 'GET']],
  ])('%s', async (_, head, get, status, reason, sent) => {
    const routes: Record<string, Route> = {};
    if (head) routes['HEAD /page'] = head;
    if (get) routes['GET /page'] = get;
    const s = await serve(routes);
    const [out] = await checkLinks([link(`${s.url}/page`)], {
      fetch,
      timeoutMs: 150,
      allowPrivateHosts: true,
    });
    expect(out?.status).toBe(status);
    expect(out?.reason).toMatch(reason);
    expect(methods(s)).toEqual(sent.map((m) => `${m} /page`));
  });

  test('redirects are followed; the final answer decides', async () => {
    const s = await serve({
      '/old': { status: 301, headers: { location: '/new' } },
      '/gone': { status: 302, headers: { location: '/missing' } },
      '/new': { status: 200 },
      '/missing': { status: 404 },
    });
    const out = await checkLinks(
      [link(`${s.url}/old`, 'unchecked', 'a'), link(`${s.url}/gone`, 'unchecked', 'b')],
      {
        fetch,
        allowPrivateHosts: true,
      },
    );
    expect(out.map((l) => l.status)).toEqual(['ok', 'broken']);
  });

  test('connection refused is unknown', async () => {
    const [out] = await checkLinks([link(`${await closedPortUrl()}/x`)], { fetch, allowPrivateHosts: true });
    expect(out?.status).toBe('unknown');
    expect(out?.reason).toMatch(/could not connect: .*ECONNREFUSED/);
  });
});

describe('which links are checked', () => {
  test.each<[string, LinkRef]>([
    ['a placeholder', link('#', 'placeholder')],
    ['a missing link', link(null, 'missing')],
    ['an already ok link', link('https://example.org/', 'ok')],
    ['mailto:', link('mailto:team@example.org')],
    ['javascript:', link('javascript:void(0)')],
    ['a relative href', link('/docs/setup')],
    ['garbage', link('ht!tp:// not a url')],
    ['an empty href', link('')],
    ['a null href', link(null)],
  ])('%s is returned unchanged, with no request', async (_, input) => {
    let calls = 0;
    const counting: FetchLike = (url, init) => {
      calls++;
      return fetch(url, init);
    };
    const [out] = await checkLinks([input], { fetch: counting });
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
    expect(calls).toBe(0);
  });

  test.each(['http://localhost:9/x', 'http://127.0.0.1:9/x', 'http://192.168.1.1/admin', 'http://[::1]:9/'])(
    'private address %s is left unchecked unless allowed',
    async (href) => {
      let calls = 0;
      const counting: FetchLike = (url, init) => {
        calls++;
        return fetch(url, init);
      };
      const [out] = await checkLinks([link(href)], { fetch: counting });
      expect(out?.status).toBe('unchecked');
      expect(out?.reason).toMatch(/private or local/);
      expect(calls).toBe(0);
    },
  );

  test.each<[string, boolean]>([
    ['localhost', true],
    ['api.localhost', true],
    ['printer.local', true],
    ['db.internal', true],
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.0.10', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['[::1]', true],
    ['[fd00::1]', true],
    ['[fe80::1]', true],
    ['[::ffff:127.0.0.1]', true],
    ['[2606:4700::1111]', false],
    ['8.8.8.8', false],
    ['example.org', false],
    ['localhost.example.org', false],
  ])('isPrivateHost(%s) = %s', (host, expected) => {
    expect(isPrivateHost(host)).toBe(expected);
  });

  test('the input array and its objects are not mutated', async () => {
    const s = await serve({ '/a': { status: 404 } });
    const input = [link(`${s.url}/a`), link('#', 'placeholder', 'l2')];
    const snapshot = structuredClone(input);
    const out = await checkLinks(input, { fetch, allowPrivateHosts: true });
    expect(input).toEqual(snapshot);
    expect(out.map((l) => l.status)).toEqual(['broken', 'placeholder']);
    expect(out.map((l) => l.id)).toEqual(['l1', 'l2']);
  });
});

describe('load and cancellation', () => {
  test('one URL (fragments aside) is checked once however often it is linked', async () => {
    const s = await serve({ '/doc': { status: 200 } });
    const links = ['', '#intro', '#usage'].map((frag, i) =>
      link(`${s.url}/doc${frag}`, 'unchecked', `l${i}`),
    );
    const out = await checkLinks(links, { fetch, allowPrivateHosts: true });
    expect(out.map((l) => l.status)).toEqual(['ok', 'ok', 'ok']);
    expect(methods(s)).toEqual(['HEAD /doc']);
  });

  test.each([
    [undefined, 4],
    [2, 2],
  ])('concurrency %s keeps at most %i checks open', async (concurrency, max) => {
    const routes = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [`/p${i}`, { status: 200, delayMs: 60 }]),
    );
    const s = await serve(routes);
    const links = Object.keys(routes).map((p, i) => link(`${s.url}${p}`, 'unchecked', `l${i}`));
    const out = await checkLinks(links, { fetch, concurrency, allowPrivateHosts: true });
    expect(out.every((l) => l.status === 'ok')).toBe(true);
    expect(s.maxInFlight).toBe(max);
  });

  test('aborting cancels open and queued checks as unknown', async () => {
    const routes = Object.fromEntries(['/a', '/b', '/c'].map((p) => [p, { hang: true }]));
    const s = await serve(routes);
    const ctrl = new AbortController();
    const pending = checkLinks(
      Object.keys(routes).map((p, i) => link(`${s.url}${p}`, 'unchecked', `l${i}`)),
      { fetch, concurrency: 1, timeoutMs: 10_000, signal: ctrl.signal, allowPrivateHosts: true },
    );
    setTimeout(() => ctrl.abort(), 50);
    const started = Date.now();
    const out = await pending;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(out.map((l) => [l.status, l.reason])).toEqual(Array(3).fill(['unknown', 'check cancelled']));
    expect(s.requests).toHaveLength(1);
  });

  test('an empty list makes no requests', async () => {
    expect(await checkLinks([], { fetch })).toEqual([]);
  });
});
