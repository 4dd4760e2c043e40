// Registry lookups against real 127.0.0.1 servers: 429 backoff, concurrency and shared lookups, the cache,
// cancellation, and input and configuration. What each system answers is in registry.test.ts.
import { describe, expect, test } from 'vitest';
import type { Registry } from '../core/report';
import { closedPortUrl, recorded } from '../../tests/helpers/http-server';
import {
  NOT_FOUND,
  NPM_404,
  PYPI_404,
  PYPI_OK,
  paths,
  realFetch,
  registryServers,
} from '../../tests/helpers/registry-servers';
import { createRegistryClient } from './registry';
import { memoryCache, type Cache, type CacheEntry } from './cache';

const { serve, setup } = registryServers();

describe('429 backoff', () => {
  const PATH = '/v3/systems/NPM/packages/left-pad';
  const OK = recorded('depsdev/npm-left-pad.json');

  test('429 then 200 exists after one retry', async () => {
    const { d, client } = await setup({ [PATH]: [{ status: 429, headers: { 'retry-after': '0' } }, OK] });
    expect((await client.lookup('npm', 'left-pad')).status).toBe('exists');
    expect(d.requests).toHaveLength(2);
  });

  test('honours Retry-After in seconds', async () => {
    const { d, client } = await setup({ [PATH]: [{ status: 429, headers: { 'retry-after': '1' } }, OK] });
    const started = Date.now();
    expect((await client.lookup('npm', 'left-pad')).status).toBe('exists');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(d.requests).toHaveLength(2);
  });

  test('without Retry-After, backs off exponentially from retryDelayMs', async () => {
    const { d, client } = await setup(
      { [PATH]: [{ status: 429 }, { status: 429 }, OK] },
      {},
      { retryDelayMs: 150 },
    );
    const started = Date.now();
    expect((await client.lookup('npm', 'left-pad')).status).toBe('exists');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150 + 300 - 20);
    expect(d.requests).toHaveLength(3);
  });

  test('retries: 0 gives up at the first 429', async () => {
    const { d, client } = await setup({ [PATH]: [{ status: 429 }, OK] }, {}, { retries: 0 });
    expect((await client.lookup('npm', 'left-pad')).status).toBe('unknown');
    expect(d.requests).toHaveLength(1);
  });
});

describe('concurrency and de-duplication', () => {
  const names = Array.from({ length: 10 }, (_, i) => `pkg-${i}`);
  const slowRoutes = Object.fromEntries(
    names.map((n) => [
      `/v3/systems/NPM/packages/${n}`,
      { ...recorded('depsdev/npm-left-pad.json'), delayMs: 80 },
    ]),
  );

  test.each([
    [undefined, 4],
    [1, 1],
    [3, 3],
  ])('concurrency %s keeps at most %i requests open', async (concurrency, max) => {
    const { d, client } = await setup(slowRoutes, {}, { concurrency });
    const results = await Promise.all(names.map((n) => client.lookup('npm', n)));
    expect(results.every((r) => r.status === 'exists')).toBe(true);
    expect(d.requests).toHaveLength(names.length);
    expect(d.maxInFlight).toBe(max);
  });

  test('the bound spans deps.dev and PyPI requests together', async () => {
    const pyNames = names.map((n) => `py-${n}`);
    // One server plays both services, so its in-flight count is the client's total.
    const both = await serve({
      ...Object.fromEntries(
        pyNames.map((n) => [`/v3/systems/PYPI/packages/${n}`, { ...NOT_FOUND, delayMs: 60 }]),
      ),
      ...Object.fromEntries(pyNames.map((n) => [`/pypi/${n}/json`, { ...PYPI_OK, delayMs: 60 }])),
    });
    const client = createRegistryClient({
      fetch: realFetch,
      depsdevUrl: both.url,
      pypiUrl: both.url,
      concurrency: 2,
    });
    const results = await Promise.all(pyNames.map((n) => client.lookup('pypi', n)));
    expect(results.every((r) => r.status === 'exists')).toBe(true);
    expect(both.requests).toHaveLength(2 * pyNames.length);
    expect(both.maxInFlight).toBe(2);
  });

  test('identical lookups in flight share one request', async () => {
    const { d, client } = await setup(slowRoutes);
    const results = await Promise.all(Array.from({ length: 5 }, () => client.lookup('npm', 'pkg-0')));
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('exists'));
    expect(d.requests).toHaveLength(1);
  });
});

describe('cache', () => {
  const PATH = '/v3/systems/NPM/packages/left-pad';
  const HOUR = 3600_000;
  const DAY = 24 * HOUR;

  function clock() {
    let t = 1_000_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  }

  test('exists lives 7 days', async () => {
    const c = clock();
    const { d, client } = await setup({ [PATH]: recorded('depsdev/npm-left-pad.json') }, {}, { now: c.now });
    const first = await client.lookup('npm', 'left-pad');
    expect(await client.lookup('npm', 'left-pad')).toEqual(first); // cache hit
    c.advance(7 * DAY - 1);
    await client.lookup('npm', 'left-pad');
    expect(d.requests).toHaveLength(1); // still fresh
    c.advance(2);
    expect(await client.lookup('npm', 'left-pad')).toEqual(first);
    expect(d.requests).toHaveLength(2); // expired: asked again
  });

  test('a cached missing is asked again before it is shown, and not shown when no answer comes', async () => {
    const c = clock();
    const { d, n, client } = await setup(
      { [PATH]: [NOT_FOUND, NOT_FOUND, { hang: true }] },
      {},
      { now: c.now, timeoutMs: 150 },
      { '/left-pad': NPM_404 },
    );
    expect((await client.lookup('npm', 'left-pad')).status).toBe('missing');
    expect((await client.lookup('npm', 'left-pad')).status).toBe('missing'); // asked again, confirmed
    expect(d.requests).toHaveLength(2);
    expect(n.requests).toHaveLength(2);
    const third = await client.lookup('npm', 'left-pad'); // asked again, deps.dev silent: not missing
    expect(third).toEqual({
      status: 'unknown',
      reason: expect.stringMatching(
        /timed out.*\(earlier: neither deps.dev nor the npm registry .*; not confirmed now\)$/,
      ),
    });
  });

  test('missing is kept 10 minutes by default, under a key naming both endpoints', async () => {
    const c = clock();
    const written: [string, CacheEntry][] = [];
    const cache: Cache = { get: async () => undefined, set: async (k, e) => void written.push([k, e]) };
    const { d, n, client } = await setup(
      { [PATH]: NOT_FOUND },
      {},
      { now: c.now, cache },
      { '/left-pad': NPM_404 },
    );
    await client.lookup('npm', 'left-pad');
    expect(written).toEqual([
      [
        `pkg:npm:left-pad@${d.url}|${n.url}`,
        { value: expect.objectContaining({ status: 'missing' }), expires: c.now() + 10 * 60_000 },
      ],
    ]);
  });

  test('custom TTLs', async () => {
    const c = clock();
    const { d, client } = await setup(
      { [PATH]: recorded('depsdev/npm-left-pad.json') },
      {},
      { now: c.now, ttl: { exists: 10, missing: 5 } },
    );
    await client.lookup('npm', 'left-pad');
    c.advance(11);
    await client.lookup('npm', 'left-pad');
    expect(d.requests).toHaveLength(2);
  });

  test('unknown is never cached', async () => {
    const { d, client } = await setup({ [PATH]: [{ status: 500 }, recorded('depsdev/npm-left-pad.json')] });
    expect((await client.lookup('npm', 'left-pad')).status).toBe('unknown');
    expect((await client.lookup('npm', 'left-pad')).status).toBe('exists');
    expect(d.requests).toHaveLength(2);
  });

  test('a shared cache serves a second client of the same endpoints without any request', async () => {
    const d = await serve({ [PATH]: recorded('depsdev/npm-left-pad.json') });
    const cache = memoryCache();
    const a = createRegistryClient({ fetch: realFetch, depsdevUrl: d.url, cache });
    const b = createRegistryClient({ fetch: realFetch, depsdevUrl: d.url, cache });
    expect((await a.lookup('npm', 'left-pad')).status).toBe('exists');
    expect((await b.lookup('npm', 'left-pad')).status).toBe('exists');
    expect(d.requests).toHaveLength(1);
  });

  // Issue 10: after one run against an endpoint that said "not found", a run with the default endpoints and no
  // network reported requests, numpy and react as missing (HIGH).
  test.each<[Registry, string, string, string]>([
    ['pypi', 'requests', '/v3/systems/PYPI/packages/requests', 'depsdev/pypi-requests.json'],
    ['pypi', 'numpy', '/v3/systems/PYPI/packages/numpy', 'depsdev/pypi-requests.json'],
    ['npm', 'react', '/v3/systems/NPM/packages/react', 'depsdev/npm-left-pad.json'],
  ])(
    'endpoint-keyed cache: "not found" from one endpoint is never missing for another (%s %s)',
    async (registry, name, path, found) => {
      const cache = memoryCache();
      const wrong = await setup(
        { [path]: NOT_FOUND },
        { [`/pypi/${name}/json`]: PYPI_404 },
        { cache },
        { [`/${name}`]: NPM_404 },
      );
      expect((await wrong.client.lookup(registry, name)).status).toBe('missing');
      // Other endpoints, unreachable: unknown (nothing read from the old endpoint's answer).
      const down = await closedPortUrl();
      const other = createRegistryClient({
        fetch: realFetch,
        depsdevUrl: down,
        pypiUrl: down,
        npmUrl: down,
        cache,
      });
      expect(await other.lookup(registry, name)).toEqual({
        status: 'unknown',
        reason: expect.stringMatching(/could not reach deps.dev/),
      });
      // Other endpoints that know the package: exists.
      const right = await setup({ [path]: recorded(found) }, {}, { cache });
      expect((await right.client.lookup(registry, name)).status).toBe('exists');
      expect(wrong.d.requests).toHaveLength(1);
    },
  );

  test.each<[string, Cache]>([
    [
      'a cache that throws',
      {
        get: () => Promise.reject(new Error('disk gone')),
        set: () => Promise.reject(new Error('disk gone')),
      },
    ],
    [
      'a cache that returns junk',
      {
        get: async () => ({ value: { status: 'missing' }, expires: Number.NaN }) as never,
        set: async () => undefined,
      },
    ],
  ])('%s does not break lookups', async (_, cache) => {
    const { d, client } = await setup({ [PATH]: recorded('depsdev/npm-left-pad.json') }, {}, { cache });
    expect((await client.lookup('npm', 'left-pad')).status).toBe('exists');
    expect(d.requests).toHaveLength(1);
  });
});

describe('cancellation', () => {
  const PATH = '/v3/systems/NPM/packages/left-pad';

  test('aborting the caller signal ends a pending lookup at once as unknown', async () => {
    const { client } = await setup({ [PATH]: { hang: true } }, {}, { timeoutMs: 10_000 });
    const ctrl = new AbortController();
    const started = Date.now();
    const pending = client.lookup('npm', 'left-pad', ctrl.signal);
    setTimeout(() => ctrl.abort(), 50);
    expect(await pending).toEqual({ status: 'unknown', reason: 'lookup cancelled' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('an already aborted signal sends nothing', async () => {
    const { d, client } = await setup({ [PATH]: recorded('depsdev/npm-left-pad.json') });
    expect((await client.lookup('npm', 'left-pad', AbortSignal.abort())).status).toBe('unknown');
    expect(d.requests).toHaveLength(0);
  });

  test('lookups still queued behind the concurrency bound are cancelled too, and never sent', async () => {
    const routes = Object.fromEntries(
      ['a', 'b', 'c'].map((n) => [`/v3/systems/NPM/packages/${n}`, { hang: true }]),
    );
    const { d, client } = await setup(routes, {}, { concurrency: 1, timeoutMs: 10_000 });
    const ctrl = new AbortController();
    const pending = ['a', 'b', 'c'].map((n) => client.lookup('npm', n, ctrl.signal));
    await new Promise((r) => setTimeout(r, 50));
    ctrl.abort();
    const results = await Promise.all(pending);
    expect(results.map((r) => r.reason)).toEqual(Array(3).fill('lookup cancelled'));
    expect(paths(d)).toEqual(['/v3/systems/NPM/packages/a']);
  });

  test('one caller giving up does not cancel another caller of the same lookup', async () => {
    const { client } = await setup({ [PATH]: { ...recorded('depsdev/npm-left-pad.json'), delayMs: 100 } });
    const ctrl = new AbortController();
    const quitter = client.lookup('npm', 'left-pad', ctrl.signal);
    const stayer = client.lookup('npm', 'left-pad', new AbortController().signal);
    ctrl.abort();
    expect((await quitter).status).toBe('unknown');
    expect((await stayer).status).toBe('exists');
  });
});

describe('input and configuration', () => {
  test.each<[string, Registry, string, RegExp]>([
    ['empty name', 'npm', '', /empty package name/],
    ['blank name', 'pypi', '   ', /empty package name/],
    ['huge name', 'npm', 'a'.repeat(100_000), /longer than/],
    ['unknown registry', 'pip' as Registry, 'requests', /no registry lookup/],
    // deps.dev knows NuGet, but no import language produces it, so it is not a registry of the report.
    ['a deps.dev system no language produces', 'nuget' as Registry, 'Newtonsoft.Json', /no registry lookup/],
    ['prototype key as registry', 'constructor' as Registry, 'x', /no registry lookup/],
  ])('%s is unknown without a request', async (_, registry, name, reason) => {
    const { d, client } = await setup({});
    const result = await client.lookup(registry, name);
    expect(result.status).toBe('unknown');
    expect(result.reason).toMatch(reason);
    expect(d.requests).toHaveLength(0);
  });

  test('base URLs tolerate trailing slashes and keep a path prefix', async () => {
    const d = await serve({
      '/mirror/v3/systems/NPM/packages/left-pad': recorded('depsdev/npm-left-pad.json'),
    });
    const client = createRegistryClient({ fetch: realFetch, depsdevUrl: `${d.url}/mirror//` });
    expect((await client.lookup('npm', 'left-pad')).status).toBe('exists');
  });

  test.each(['not a url', 'ftp://example.org', 'https://api.deps.dev/?q=1'])(
    'bad base URL %s throws',
    (url) => {
      expect(() => createRegistryClient({ fetch: realFetch, depsdevUrl: url })).toThrow(/URL/);
    },
  );
});
