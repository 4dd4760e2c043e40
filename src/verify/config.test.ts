// Endpoint configuration from the environment.
import { expect, test } from 'vitest';
import { configFromEnv, lookupEndpointsFromEnv, normalizeBaseUrl } from './config';

const NPM = { npmUrl: 'https://registry.npmjs.org' };

test.each<
  [string, Record<string, string | undefined>, { depsdevUrl: string; pypiUrl: string; npmUrl: string }]
>([
  ['defaults', {}, { depsdevUrl: 'https://api.deps.dev', pypiUrl: 'https://pypi.org', ...NPM }],
  [
    'overrides',
    {
      CLAIMLENS_DEPSDEV_URL: 'http://127.0.0.1:8080',
      CLAIMLENS_PYPI_URL: 'https://mirror.example.org/pypi-api',
      CLAIMLENS_NPM_URL: 'https://npm.example.org/registry/',
    },
    {
      depsdevUrl: 'http://127.0.0.1:8080',
      pypiUrl: 'https://mirror.example.org/pypi-api',
      npmUrl: 'https://npm.example.org/registry',
    },
  ],
  [
    'trailing slashes and spaces',
    { CLAIMLENS_DEPSDEV_URL: ' http://127.0.0.1:8080/ ', CLAIMLENS_PYPI_URL: 'https://pypi.org///' },
    { depsdevUrl: 'http://127.0.0.1:8080', pypiUrl: 'https://pypi.org', ...NPM },
  ],
  [
    'empty values fall back to defaults',
    { CLAIMLENS_DEPSDEV_URL: '', CLAIMLENS_PYPI_URL: '   ', CLAIMLENS_NPM_URL: '' },
    { depsdevUrl: 'https://api.deps.dev', pypiUrl: 'https://pypi.org', ...NPM },
  ],
])('%s', (_, env, expected) => {
  expect(configFromEnv(env)).toEqual(expected);
});

test.each<[Record<string, string>, RegExp]>([
  [{ CLAIMLENS_DEPSDEV_URL: 'api.deps.dev' }, /CLAIMLENS_DEPSDEV_URL is not a valid URL/],
  [{ CLAIMLENS_PYPI_URL: 'file:///etc/passwd' }, /CLAIMLENS_PYPI_URL must be an http\(s\) URL/],
  [{ CLAIMLENS_PYPI_URL: 'https://pypi.org/#x' }, /CLAIMLENS_PYPI_URL must not have a query or fragment/],
  [
    { CLAIMLENS_PYPI_URL: 'https://me:pw@pypi.org' },
    /CLAIMLENS_PYPI_URL must not hold a user name or password/,
  ],
])('bad value %j gives a clear error', (env, message) => {
  expect(() => configFromEnv(env)).toThrow(message);
});

test('normalizeBaseUrl keeps a path prefix', () => {
  expect(normalizeBaseUrl('https://proxy.example.org/deps/', 'x')).toBe('https://proxy.example.org/deps');
});

test('the lookup endpoints default to the public services and follow their variables', () => {
  expect(lookupEndpointsFromEnv({})).toEqual({
    packagistUrl: 'https://repo.packagist.org',
    crossrefUrl: 'https://api.crossref.org',
    doiUrl: 'https://doi.org',
    arxivUrl: 'https://export.arxiv.org',
    mailto: '',
  });
  expect(
    lookupEndpointsFromEnv({
      CLAIMLENS_CROSSREF_URL: 'http://127.0.0.1:1/',
      CLAIMLENS_DOI_URL: 'http://127.0.0.1:2',
      CLAIMLENS_ARXIV_URL: 'http://127.0.0.1:3',
      CLAIMLENS_PACKAGIST_URL: 'http://127.0.0.1:4',
      CLAIMLENS_MAILTO: 'me@example.org',
    }),
  ).toEqual({
    crossrefUrl: 'http://127.0.0.1:1',
    doiUrl: 'http://127.0.0.1:2',
    arxivUrl: 'http://127.0.0.1:3',
    packagistUrl: 'http://127.0.0.1:4',
    mailto: 'me@example.org',
  });
  expect(() => lookupEndpointsFromEnv({ CLAIMLENS_DOI_URL: 'doi.org' })).toThrow(/CLAIMLENS_DOI_URL/);
  expect(() => lookupEndpointsFromEnv({ CLAIMLENS_MAILTO: 'x&rows=9' })).toThrow(/CLAIMLENS_MAILTO/);
});
