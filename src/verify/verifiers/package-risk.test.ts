// Package risk against a 127.0.0.1 deps.dev / PyPI / Packagist replaying recorded histories: new, single-version and
// deprecated packages; "did you mean" that offers only names the registry confirms; failures assess nothing.
import { expect, test } from 'vitest';
import type { ImportRef } from '../../core/report';
import { recorded, type Route } from '../../../tests/helpers/http-server';
import { serverPerTest } from '../../../tests/helpers/server-per-test';
import { imp, report } from '../../../tests/helpers/report';
import { runOne } from '../../../tests/helpers/verify-run';
import { assessVersions } from '../package-meta';
import { packageRiskVerifier } from './package-risk';

const serve = serverPerTest();
const NOW = Date.parse('2026-01-01T00:00:00Z');
const v = (version: string, publishedAt: string, extra: Record<string, unknown> = {}) => ({
  versionKey: { system: 'PYPI', name: 'fastjsonx', version },
  publishedAt,
  ...extra,
});
const deps = (versions: unknown[]): Route => ({
  body: { packageKey: { system: 'PYPI', name: 'fastjsonx' }, versions },
});

async function assess(routes: Record<string, Route>, ref: Partial<ImportRef> = {}) {
  const server = await serve(routes);
  const r = report({ imports: [imp({ module: 'fastjsonx', status: 'exists', ...ref })] });
  const out = await runOne(packageRiskVerifier, r, server.url, { now: () => NOW });
  return { got: out.imports[0]!, server };
}

const PATH = 'GET /v3/systems/PYPI/packages/fastjsonx';

test.each<[string, Route, string[] | undefined]>([
  [
    'first published 12 days ago, one version',
    deps([v('0.0.1', '2025-12-20T00:00:00Z')]),
    ['new', 'single-version'],
  ],
  [
    'two recent versions',
    deps([v('0.1', '2025-12-20T00:00:00Z'), v('0.2', '2025-12-28T00:00:00Z')]),
    ['new'],
  ],
  ['one old version', deps([v('1.0', '2015-01-01T00:00:00Z')]), ['single-version']],
  [
    'deprecated',
    deps([
      v('1.0', '2015-01-01T00:00:00Z'),
      v('2.0', '2018-01-01T00:00:00Z', { isDefault: true, isDeprecated: true }),
    ]),
    ['deprecated'],
  ],
  ['an old package with many versions', recorded('depsdev/pypi-requests.json'), []],
  ['deps.dev answers 5xx', { status: 503 }, undefined],
  ['deps.dev times out', { hang: true }, undefined],
  ['deps.dev rate-limits for long', { status: 429, headers: { 'retry-after': '999' } }, undefined],
])('%s', async (_name, route, flags) => {
  const { got } = await assess({ [PATH]: route, 'GET /pypi/fastjsonx/json': { status: 503 } });
  expect(got.risk?.flags).toEqual(flags);
});

test('PyPI answers when deps.dev has not seen a fresh upload', async () => {
  const { got } = await assess({
    [PATH]: recorded('depsdev/not-found.json'),
    'GET /pypi/fastjsonx/json': {
      body: {
        info: { name: 'fastjsonx' },
        releases: { '0.0.1': [{ upload_time_iso_8601: '2025-12-30T10:00:00Z' }] },
      },
    },
  });
  expect(got.risk).toMatchObject({ flags: ['new', 'single-version'], firstPublished: '2025-12-30' });
});

test('Packagist histories, abandoned packages included', async () => {
  const { got } = await assess(
    { 'GET /p2/monolog/monolog.json': recorded('packagist/monolog-monolog.json') },
    { module: 'Monolog\\Logger', package: 'monolog/monolog', registry: 'packagist', language: 'php' },
  );
  expect(got.risk).toMatchObject({ flags: [], versions: 2, firstPublished: '2011-02-28' });
});

test('"did you mean" offers only names the registry confirms exist', async () => {
  const { got, server } = await assess(
    {
      'GET /v3alpha/systems/PYPI/packages/reqeusts:similarlyNamedPackages': {
        body: {
          packages: [
            { packageKey: { system: 'PYPI', name: 'requests' } },
            { packageKey: { system: 'PYPI', name: 'reqeust5' } },
          ],
        },
      },
      'GET /v3/systems/PYPI/packages/requests': recorded('depsdev/pypi-requests.json'),
      'GET /v3/systems/PYPI/packages/reqeust5': recorded('depsdev/not-found.json'),
      'GET /pypi/reqeust5/json': recorded('pypi/not-found.json'),
    },
    { module: 'reqeusts', package: 'reqeusts', status: 'missing' },
  );
  expect(got.suggestions).toEqual(['requests']);
  expect(server.requests.map((r) => r.url)).toContain('/v3/systems/PYPI/packages/reqeust5');
});

test('a missing name with no confirmed neighbour gets no suggestion (liam_core)', async () => {
  const { got } = await assess(
    { 'GET /v3alpha/systems/PYPI/packages/liam-core:similarlyNamedPackages': { status: 500 } },
    { module: 'liam_core', package: 'liam-core', status: 'missing' },
  );
  expect(got.suggestions).toBeUndefined();
});

test.each([
  [[{ published: '2025-12-31T00:00:00Z' }], 'first published 1 day ago, has a single version'],
  [
    [{ published: '2020-01-01T00:00:00Z' }, { published: '2021-01-01T00:00:00Z' }],
    '2 versions, nothing unusual',
  ],
  [[], '0 versions, nothing unusual'],
])('assessVersions(%j) says "%s"', (versions, reason) => {
  expect(assessVersions(versions, NOW).reason).toBe(reason);
});
