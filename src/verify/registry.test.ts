// Registry lookups against real 127.0.0.1 servers replaying recorded deps.dev and PyPI answers.
import { describe, expect, test } from 'vitest';
import type { Registry } from '../core/report';
import { closedPortUrl, recorded, type Route, type TestServer } from '../../tests/helpers/http-server';
import { serverPerTest } from '../../tests/helpers/server-per-test';
import { createRegistryClient, normalizePypiName, type RegistryOptions } from './registry';
import type { FetchLike } from './http';
import { memoryCache, type Cache, type CacheEntry } from './cache';

const serve = serverPerTest();

const realFetch: FetchLike = globalThis.fetch;
const paths = (s: TestServer): string[] => s.requests.map((r) => r.url);

/** deps.dev, PyPI and npm on separate servers, so each request log shows exactly what that service was asked. */
async function setup(
  depsdev: Record<string, Route>,
  pypi: Record<string, Route> = {},
  opts: Partial<RegistryOptions> = {},
  npm: Record<string, Route> = {},
) {
  const d = await serve(depsdev);
  const p = await serve(pypi);
  const n = await serve(npm);
  const client = createRegistryClient({
    fetch: realFetch,
    depsdevUrl: d.url,
    pypiUrl: p.url,
    npmUrl: n.url,
    retryDelayMs: 10,
    ...opts,
  });
  return { d, p, n, client };
}

const NPM_404 = { status: 404, body: { error: 'Not found' } };

const NOT_FOUND = recorded('depsdev/not-found.json');
const PYPI_OK = recorded('pypi/requests.json');
const PYPI_404 = recorded('pypi/not-found.json');

describe('exists and missing, per system', () => {
  test.each<[Registry, string, string, string]>([
    ['npm', 'left-pad', '/v3/systems/NPM/packages/left-pad', 'depsdev/npm-left-pad.json'],
    ['npm', '@types/node', '/v3/systems/NPM/packages/%40types%2Fnode', 'depsdev/npm-types-node.json'],
    ['pypi', 'requests', '/v3/systems/PYPI/packages/requests', 'depsdev/pypi-requests.json'],
    [
      'go',
      'github.com/gorilla/mux',
      '/v3/systems/GO/packages/github.com%2Fgorilla%2Fmux',
      'depsdev/go-gorilla-mux.json',
    ],
    [
      'maven',
      'com.google.guava:guava',
      '/v3/systems/MAVEN/packages/com.google.guava%3Aguava',
      'depsdev/maven-guava.json',
    ],
    ['cargo', 'serde', '/v3/systems/CARGO/packages/serde', 'depsdev/cargo-serde.json'],
    ['rubygems', 'rails', '/v3/systems/RUBYGEMS/packages/rails', 'depsdev/rubygems-rails.json'],
  ])('%s %s exists (asks %s)', async (registry, name, path, file) => {
    const { d, p, client } = await setup({ [`GET ${path}`]: recorded(file) });
    const result = await client.lookup(registry, name);
    expect(result.status).toBe('exists');
    expect(result.reason).toContain(name);
    expect(paths(d)).toEqual([path]);
    expect(p.requests).toHaveLength(0); // a deps.dev hit needs no second opinion
  });

  test.each<[Registry, string, string]>([
    ['go', 'github.com/liam-ai/agentkit/v2', '/v3/systems/GO/packages/github.com%2Fliam-ai%2Fagentkit%2Fv2'],
    ['maven', 'ai.liam:liam-core', '/v3/systems/MAVEN/packages/ai.liam%3Aliam-core'],
    ['cargo', 'liam_core', '/v3/systems/CARGO/packages/liam_core'],
    ['rubygems', 'liam-core', '/v3/systems/RUBYGEMS/packages/liam-core'],
  ])('%s %s is missing on a deps.dev 404', async (registry, name, path) => {
    const { d, p, client } = await setup({ [path]: NOT_FOUND });
    const result = await client.lookup(registry, name);
    expect(result).toEqual({ status: 'missing', reason: expect.stringContaining(name) });
    expect(paths(d)).toEqual([path]);
    expect(p.requests).toHaveLength(0); // only PyPI and npm have a second oracle
  });
});

describe('npm: a deps.dev "not found" is confirmed with the npm registry', () => {
  const DEPSDEV_PATH = '/v3/systems/NPM/packages/%40liam%2Fcore-utils';
  const NPM_PATH = '/@liam%2Fcore-utils';
  const NPM_OK = { body: { name: '@liam/core-utils', 'dist-tags': { latest: '1.0.0' }, versions: {} } };
  test.each<[string, Route, Route, 'exists' | 'missing' | 'unknown', RegExp]>([
    [
      'both 404',
      NOT_FOUND,
      NPM_404,
      'missing',
      /neither deps.dev nor the npm registry has a package "@liam\/core-utils"/,
    ],
    ['a package too new for deps.dev', NOT_FOUND, NPM_OK, 'exists', /the npm registry has the package/],
    [
      'deps.dev 404, npm silent',
      NOT_FOUND,
      { hang: true },
      'unknown',
      /npm registry could not confirm.*timed out/,
    ],
    [
      'deps.dev 500, npm 404: one answer is not enough',
      { status: 500 },
      NPM_404,
      'unknown',
      /a second answer is needed: deps.dev answered HTTP 500/,
    ],
    [
      'npm 404 that is an HTML page',
      NOT_FOUND,
      { status: 404, body: '<h1>404</h1>' },
      'unknown',
      /404 without/,
    ],
  ])('%s', async (_, depsdev, npm, status, reason) => {
    const { d, n, client } = await setup(
      { [DEPSDEV_PATH]: depsdev },
      {},
      { timeoutMs: 200 },
      { [NPM_PATH]: npm },
    );
    const result = await client.lookup('npm', '@liam/core-utils');
    expect(result).toEqual({ status, reason: expect.stringMatching(reason) });
    expect(paths(d)).toEqual([DEPSDEV_PATH]);
    expect(paths(n)).toEqual([NPM_PATH]);
    expect(n.requests[0]?.headers.accept).toMatch(/application\/vnd\.npm\.install-v1\+json/);
  });
});

describe('PyPI: a deps.dev "not found" is confirmed with the PyPI JSON API', () => {
  const DEPSDEV_PATH = '/v3/systems/PYPI/packages/liam-core';
  const PYPI_PATH = '/pypi/liam-core/json';
  test.each<[string, Route, Route, 'exists' | 'missing' | 'unknown', RegExp, number]>([
    ['deps.dev 404, PyPI 200', NOT_FOUND, PYPI_OK, 'exists', /PyPI has the project/, 1],
    ['both 404', NOT_FOUND, PYPI_404, 'missing', /neither deps.dev nor PyPI/, 1],
    [
      'deps.dev 404, PyPI 500',
      NOT_FOUND,
      { status: 500, body: 'oops' },
      'unknown',
      /PyPI could not confirm.*HTTP 500/,
      1,
    ],
    [
      'deps.dev 404, PyPI 404 with an HTML page',
      NOT_FOUND,
      { status: 404, body: '<h1>nginx</h1>' },
      'unknown',
      /404 without/,
      1,
    ],
    ['deps.dev 404, PyPI silent', NOT_FOUND, { hang: true }, 'unknown', /PyPI timed out after 200 ms/, 1],
    [
      'deps.dev 500, PyPI 200',
      { status: 500 },
      PYPI_OK,
      'exists',
      /PyPI has the project.*deps.dev answered HTTP 500/,
      1,
    ],
    [
      'deps.dev 500, PyPI 404: one answer is not enough',
      { status: 500 },
      PYPI_404,
      'unknown',
      /PyPI has no project.*a second answer is needed: deps.dev answered HTTP 500/,
      1,
    ],
    ['deps.dev 200', recorded('depsdev/pypi-requests.json'), PYPI_404, 'exists', /deps.dev knows/, 0],
  ])('%s', async (_, depsdev, pypi, status, reason, pypiCalls) => {
    const { d, p, client } = await setup(
      { [DEPSDEV_PATH]: depsdev },
      { [PYPI_PATH]: pypi },
      { timeoutMs: 200 },
    );
    const result = await client.lookup('pypi', 'liam-core');
    expect(result.status).toBe(status);
    expect(result.reason).toMatch(reason);
    expect(paths(d)).toEqual([DEPSDEV_PATH]);
    expect(paths(p)).toEqual(Array(pypiCalls).fill(PYPI_PATH));
  });

  test.each([
    ['Scikit_Learn', 'scikit-learn'],
    ['scikit.learn', 'scikit-learn'],
    ['zope.interface', 'zope-interface'],
    ['Flask__SQLAlchemy', 'flask-sqlalchemy'],
    ['a-_.b', 'a-b'],
  ])('PEP 503: %s -> %s', (name, normal) => {
    expect(normalizePypiName(name)).toBe(normal);
  });

  test('queries and caches the PEP 503 name, so spellings of one project share one lookup', async () => {
    const path = '/v3/systems/PYPI/packages/scikit-learn';
    const { d, client } = await setup({ [path]: recorded('depsdev/pypi-scikit-learn.json') });
    expect((await client.lookup('pypi', 'Scikit_Learn')).status).toBe('exists');
    expect((await client.lookup('pypi', 'scikit.learn')).status).toBe('exists');
    expect(paths(d)).toEqual([path]);
  });
});

describe('no clear answer is unknown, never missing', () => {
  const PATH = '/v3/systems/NPM/packages/left-pad';
  test.each<[string, Route, RegExp, number]>([
    ['a server that never answers', { hang: true }, /deps.dev timed out after 150 ms/, 1],
    [
      'a body that never ends',
      { stall: true, body: { packageKey: { system: 'NPM', name: 'left-pad' } } },
      /timed out/,
      1,
    ],
    ['HTTP 500', { status: 500, body: { code: 13, message: 'internal' } }, /deps.dev answered HTTP 500/, 1],
    ['HTTP 503', { status: 503 }, /HTTP 503/, 1],
    ['HTTP 403', { status: 403, body: 'forbidden' }, /HTTP 403/, 1],
    ['invalid JSON', { body: '<html>captive portal</html>' }, /invalid JSON/, 1],
    ['JSON that is not a package', { body: { hello: 'world' } }, /unexpected answer/, 1],
    ['a 404 that is not a "not found" body', { status: 404, body: '<h1>404</h1>' }, /404 without/, 1],
    ['429 forever', { status: 429, headers: { 'retry-after': '0' } }, /rate-limiting.*429/, 3],
    ['429 asking to wait an hour', { status: 429, headers: { 'retry-after': '3600' } }, /429/, 1],
  ])('%s', async (_, route, reason, calls) => {
    const { d, client } = await setup({ [PATH]: route }, {}, { timeoutMs: 150 });
    const result = await client.lookup('npm', 'left-pad');
    expect(result.status).toBe('unknown');
    expect(result.reason).toMatch(reason);
    expect(d.requests).toHaveLength(calls);
  });

  test('connection refused', async () => {
    const down = await closedPortUrl();
    const client = createRegistryClient({ fetch: realFetch, depsdevUrl: down, npmUrl: down });
    const result = await client.lookup('npm', 'left-pad');
    expect(result.status).toBe('unknown');
    expect(result.reason).toMatch(/could not reach deps.dev: .*ECONNREFUSED/);
  });

  test('PyPI: both services unreachable', async () => {
    const url = await closedPortUrl();
    const client = createRegistryClient({ fetch: realFetch, depsdevUrl: url, pypiUrl: url });
    const result = await client.lookup('pypi', 'requests');
    expect(result.status).toBe('unknown');
    expect(result.reason).toMatch(/could not reach deps.dev.*could not reach PyPI/);
  });

  test('a fetch that ignores its signal still meets the deadline', async () => {
    const { d } = await setup({ [PATH]: { hang: true } });
    const deaf: FetchLike = (url, init) => realFetch(url, { ...init, signal: undefined });
    const client = createRegistryClient({ fetch: deaf, depsdevUrl: d.url, timeoutMs: 100 });
    const started = Date.now();
    expect((await client.lookup('npm', 'left-pad')).reason).toMatch(/timed out after 100 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

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
