// Registry lookups against real 127.0.0.1 servers replaying recorded deps.dev and PyPI answers: what each system
// answers, and that no clear answer is "unknown", never "missing". Retries, sharing, the cache, cancellation and
// configuration are in registry-traffic.test.ts.
import { describe, expect, test } from 'vitest';
import type { Registry } from '../core/report';
import { closedPortUrl, recorded, type Route } from '../../tests/helpers/http-server';
import {
  NOT_FOUND,
  NPM_404,
  PYPI_404,
  PYPI_OK,
  paths,
  realFetch,
  registryServers,
} from '../../tests/helpers/registry-servers';
import { createRegistryClient, normalizePypiName } from './registry';
import type { FetchLike } from './http';

const { setup } = registryServers();
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
