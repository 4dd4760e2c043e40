import { describe, expect, test } from 'vitest';
import { parseCliArgs, UsageError, type CheckArgs } from './args';

const parse = (argv: string[], env: Record<string, string | undefined> = {}) =>
  parseCliArgs(['check', 'post.md', ...argv], env, false) as CheckArgs;

describe('registry endpoints: flag, then environment variable, then the public default', () => {
  test.each<[string, string[], Record<string, string>, Pick<CheckArgs, 'depsdevUrl' | 'pypiUrl'>]>([
    ['defaults', [], {}, { depsdevUrl: 'https://api.deps.dev', pypiUrl: 'https://pypi.org' }],
    [
      'environment',
      [],
      { CLAIMLENS_DEPSDEV_URL: 'http://127.0.0.1:9/', CLAIMLENS_PYPI_URL: 'http://127.0.0.1:8' },
      { depsdevUrl: 'http://127.0.0.1:9', pypiUrl: 'http://127.0.0.1:8' },
    ],
    [
      'a flag wins over a broken variable',
      ['--depsdev-url', 'http://mirror.test/deps/'],
      { CLAIMLENS_DEPSDEV_URL: 'not a url' },
      { depsdevUrl: 'http://mirror.test/deps', pypiUrl: 'https://pypi.org' },
    ],
    [
      'a blank variable is unset',
      [],
      { CLAIMLENS_PYPI_URL: '  ' },
      { depsdevUrl: 'https://api.deps.dev', pypiUrl: 'https://pypi.org' },
    ],
  ])('%s', (_name, argv, env, expected) => {
    const { depsdevUrl, pypiUrl } = parse(argv, env);
    expect({ depsdevUrl, pypiUrl }).toEqual(expected);
  });

  test.each<[string[], Record<string, string>, RegExp]>([
    [['--pypi-url', 'ftp://pypi.test'], {}, /--pypi-url must be an http\(s\) URL/],
    [['--depsdev-url', 'deps'], {}, /--depsdev-url is not a valid URL/],
    [[], { CLAIMLENS_DEPSDEV_URL: 'deps' }, /CLAIMLENS_DEPSDEV_URL is not a valid URL/],
  ])('%j %j is a usage error', (argv, env, message) => {
    expect(() => parse(argv, env)).toThrow(UsageError);
    expect(() => parse(argv, env)).toThrow(message);
  });
});

test.each([['text'], ['md'], ['json'], ['csv'], ['html'], ['annotation']])('--format %s', (format) => {
  expect(parse(['--format', format]).format).toBe(format);
});

test('an unknown --format names the valid ones', () => {
  expect(() => parse(['--format', 'pdf'])).toThrow(
    '--format must be one of text, md, html, csv, json, annotation',
  );
});

test('the lookup endpoints come from the environment; a bad one is a usage error', () => {
  expect(
    parse([], { CLAIMLENS_CROSSREF_URL: 'http://127.0.0.1:9/', CLAIMLENS_MAILTO: 'me@example.org' }).lookups,
  ).toMatchObject({ crossrefUrl: 'http://127.0.0.1:9', mailto: 'me@example.org', doiUrl: 'https://doi.org' });
  expect(() => parse([], { CLAIMLENS_ARXIV_URL: 'arxiv' })).toThrow(UsageError);
  expect(() => parse([], { CLAIMLENS_MAILTO: 'not an address' })).toThrow(/CLAIMLENS_MAILTO/);
});
