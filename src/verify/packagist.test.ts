// PHP imports on Packagist: `GET {base}/p2/{vendor}/{package}.json`, against a 127.0.0.1 server replaying recordings.
import { expect, test } from 'vitest';
import { recorded } from '../../tests/helpers/http-server';
import { serverPerTest } from '../../tests/helpers/server-per-test';
import { createRegistryClient } from './registry';
import { isComposerName, packagistPackageUrl, packagistVersions } from './packagist';

const serve = serverPerTest();

test.each([
  ['monolog/monolog', recorded('packagist/monolog-monolog.json'), 'exists'],
  ['acme/not-a-package', recorded('packagist/not-found.json'), 'missing'],
  // A 404 that says nothing (a wrong base URL, a proxy) is not "no such package".
  ['acme/quiet', { status: 404, body: '' }, 'unknown'],
  ['acme/busy', { status: 503 }, 'unknown'],
  ['acme/html', { status: 200, body: '<html>captive portal</html>' }, 'unknown'],
])('%s is %s', async (name, answer, status) => {
  const server = await serve({ [`GET /p2/${name}.json`]: answer });
  const client = createRegistryClient({ fetch: globalThis.fetch, packagistUrl: server.url, retries: 0 });
  expect((await client.lookup('packagist', name)).status).toBe(status);
  expect(server.requests.map((r) => r.url)).toEqual([`/p2/${name}.json`]);
});

test('a name that cannot be a Composer package is unknown, and nothing is asked', async () => {
  const server = await serve({});
  const client = createRegistryClient({ fetch: globalThis.fetch, packagistUrl: server.url });
  expect(await client.lookup('packagist', 'GuzzleHttp')).toMatchObject({ status: 'unknown' });
  expect(server.requests).toEqual([]);
});

test.each([
  ['guzzlehttp/guzzle', true],
  ['symfony/http-foundation', true],
  ['Monolog/Monolog', false],
  ['monolog', false],
  ['a/b/c', false],
])('isComposerName(%s) is %s', (name, ok) => expect(isComposerName(name)).toBe(ok));

test('URLs and versions', () => {
  expect(packagistPackageUrl('https://repo.packagist.org', 'laravel/framework')).toBe(
    'https://repo.packagist.org/p2/laravel/framework.json',
  );
  const body = recorded('packagist/monolog-monolog.json').body;
  expect(packagistVersions(body, 'monolog/monolog')).toEqual([
    { version: '3.7.0', time: '2024-06-28T09:40:51+00:00' },
    { version: '1.0.0', time: '2011-02-28T14:02:42+00:00' },
  ]);
  expect(packagistVersions({}, 'x/y')).toEqual([]);
});
