// verifyImports: which imports are looked up, and how results land on new objects.
import { expect, test } from 'vitest';
import type { ImportRef, ImportStatus, Registry } from '../core/report';
import { recorded } from '../../tests/helpers/http-server';
import { serverPerTest } from '../../tests/helpers/server-per-test';
import { createRegistryClient, type RegistryClient } from './registry';
import { verifyImports } from './imports';

const serve = serverPerTest();

const ref = (
  id: string,
  module: string,
  pkg: string | null,
  registry: Registry | null,
  status: ImportStatus,
): ImportRef => ({ id, language: 'python', module, package: pkg, registry, status, line: 1, block: 0 });

test.each<[string, ImportRef, ImportStatus, RegExp | undefined, number]>([
  [
    'a third-party import that exists',
    ref('i1', 'requests', 'requests', 'pypi', 'unknown'),
    'exists',
    /deps.dev/,
    1,
  ],
  ['an invented import', ref('i2', 'liam_core', 'liam-core', 'pypi', 'unknown'), 'missing', /neither/, 2],
  ['an npm scope', ref('i3', '@types/node/fs', '@types/node', 'npm', 'unknown'), 'exists', /@types\/node/, 1],
  ['a builtin', ref('i4', 'os', null, null, 'builtin'), 'builtin', undefined, 0],
  ['a local module', ref('i5', './utils', null, null, 'local'), 'local', undefined, 0],
  ['already settled', ref('i6', 'numpy', 'numpy', 'pypi', 'exists'), 'exists', undefined, 0],
  ['unknown with no registry', ref('i7', 'thing', 'thing', null, 'unknown'), 'unknown', undefined, 0],
  ['unknown with no package', ref('i8', 'thing', null, 'pypi', 'unknown'), 'unknown', undefined, 0],
])('%s', async (_, input, status, reason, requests) => {
  const server = await serve({
    '/v3/systems/PYPI/packages/requests': recorded('depsdev/pypi-requests.json'),
    '/v3/systems/PYPI/packages/liam-core': recorded('depsdev/not-found.json'),
    '/pypi/liam-core/json': recorded('pypi/not-found.json'),
    '/v3/systems/NPM/packages/%40types%2Fnode': recorded('depsdev/npm-types-node.json'),
  });
  const client = createRegistryClient({
    fetch: globalThis.fetch,
    depsdevUrl: server.url,
    pypiUrl: server.url,
  });
  const snapshot = structuredClone(input);
  const [out] = await verifyImports([input], client);
  expect(out?.status).toBe(status);
  if (reason) expect(out?.reason).toMatch(reason);
  else expect(out?.reason).toBe(input.reason);
  expect({ ...out, status: input.status, reason: input.reason }).toEqual(input); // only status/reason change
  expect(out).not.toBe(input);
  expect(input).toEqual(snapshot);
  expect(server.requests).toHaveLength(requests);
});

test('keeps order and passes the signal through', async () => {
  const seen: Array<[string, boolean]> = [];
  const client: RegistryClient = {
    async lookup(_registry, name, signal) {
      seen.push([name, signal !== undefined]);
      return { status: name === 'a' ? 'exists' : 'missing', reason: name };
    },
  };
  const out = await verifyImports(
    [
      ref('1', 'a', 'a', 'npm', 'unknown'),
      ref('2', 'os', null, null, 'builtin'),
      ref('3', 'b', 'b', 'npm', 'unknown'),
    ],
    client,
    new AbortController().signal,
  );
  expect(out.map((r) => [r.id, r.status])).toEqual([
    ['1', 'exists'],
    ['2', 'builtin'],
    ['3', 'missing'],
  ]);
  expect(seen).toEqual([
    ['a', true],
    ['b', true],
  ]);
});

test('a client that throws leaves the import unknown with a reason', async () => {
  const client: RegistryClient = { lookup: () => Promise.reject(new Error('boom')) };
  const [out] = await verifyImports([ref('1', 'a', 'a', 'npm', 'unknown')], client);
  expect(out?.status).toBe('unknown');
  expect(out?.reason).toMatch(/boom/);
});
