// The imports verifier against a 127.0.0.1 registry replaying recorded answers: found, not found, 429 with
// Retry-After, 5xx and timeouts; every failure leaves the import unknown, never missing.
import { expect, test } from 'vitest';
import { recorded, type Route } from '../../../tests/helpers/http-server';
import { serverPerTest } from '../../../tests/helpers/server-per-test';
import { imp, report } from '../../../tests/helpers/report';
import { runOne } from '../../../tests/helpers/verify-run';
import { importsVerifier } from './imports';

const serve = serverPerTest();
const PATH = '/v3/systems/NPM/packages/left-pad';
const NPM_NOT_FOUND: Route = { status: 404, body: { error: 'Not found' } };

test.each<[string, Route, string, RegExp]>([
  ['found', recorded('depsdev/npm-left-pad.json'), 'exists', /deps.dev knows/],
  ['not found', recorded('depsdev/not-found.json'), 'missing', /neither deps.dev nor the npm registry/],
  [
    '429 with a short Retry-After, then found',
    [{ status: 429, headers: { 'retry-after': '0' } }, recorded('depsdev/npm-left-pad.json')],
    'exists',
    /deps.dev knows/,
  ],
  ['429 with a long Retry-After', { status: 429, headers: { 'retry-after': '3600' } }, 'unknown', /429/],
  ['5xx', { status: 502 }, 'unknown', /HTTP 502/],
  ['timeout', { hang: true }, 'unknown', /timed out/],
  ['a body that stalls', { stall: true, body: { packageKey: {} } }, 'unknown', /timed out/],
])('%s', async (_name, route, status, reason) => {
  // The npm registry, the second opinion, has never heard of it: deps.dev's answer decides.
  const server = await serve({ [`GET ${PATH}`]: route, 'GET /left-pad': NPM_NOT_FOUND });
  const r = report({ imports: [imp({ module: 'left-pad', language: 'javascript', registry: 'npm' })] });
  const out = await runOne(importsVerifier, r, server.url);
  expect(out.imports[0]).toMatchObject({ status });
  expect(out.imports[0]!.reason).toMatch(reason);
  expect(out.meta.online).toBe(true);
});

test('builtin and local imports are not asked about', async () => {
  const server = await serve({});
  const r = report({ imports: [imp({ module: 'os', package: null, registry: null, status: 'builtin' })] });
  expect(importsVerifier.wants(r, {} as never)).toBe(false);
  const out = await runOne(importsVerifier, r, server.url);
  expect(out.imports[0]!.status).toBe('builtin');
  expect(server.requests).toEqual([]);
});
