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

describe('a typo in a flag gets a suggestion', () => {
  test.each([
    ['--ofline', "Unknown option '--ofline': did you mean --offline?"],
    ['--fail-onn', "Unknown option '--fail-onn': did you mean --fail-on?"],
    ['--deadlin', "Unknown option '--deadlin': did you mean --deadline?"],
    ['--zzzzzzzz', "Unknown option '--zzzzzzzz'"],
  ])('%s', (flag, message) => {
    expect(() => parse([flag])).toThrow(new UsageError(message));
  });
});

test('--deadline and --timeout: the deadline bounds all online work; --timeout also governs the URL fetch', () => {
  expect(parse([])).toMatchObject({ deadlineMs: 15_000, timeoutMs: 4000, fetchTimeoutMs: 10_000 });
  expect(parse(['--deadline', '2500', '--timeout', '700'])).toMatchObject({
    deadlineMs: 2500,
    timeoutMs: 700,
    fetchTimeoutMs: 700,
  });
  expect(() => parse(['--deadline', '0'])).toThrow('--deadline must be a positive number of ms');
});

test('the npm registry: flag, then CLAIMLENS_NPM_URL, then the public default', () => {
  expect(parse([]).npmUrl).toBe('https://registry.npmjs.org');
  expect(parse([], { CLAIMLENS_NPM_URL: 'http://127.0.0.1:7/' }).npmUrl).toBe('http://127.0.0.1:7');
  expect(parse(['--npm-url', 'https://npm.example.org/r'], { CLAIMLENS_NPM_URL: 'x' }).npmUrl).toBe(
    'https://npm.example.org/r',
  );
});
