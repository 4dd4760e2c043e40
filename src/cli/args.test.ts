import { describe, expect, test } from 'vitest';
import { parseCliArgs, UsageError, type CheckArgs } from './args';
import { resolveSettings } from './settings';

const parse = (argv: string[], env: Record<string, string | undefined> = {}) =>
  parseCliArgs(['check', 'post.md', ...argv], env, false) as CheckArgs;

describe('registry endpoints: flag, then environment variable (the config and the default come after)', () => {
  test.each<[string, string[], Record<string, string>, Pick<CheckArgs, 'depsdevUrl' | 'pypiUrl'>]>([
    ['neither: left to the config or the default', [], {}, { depsdevUrl: null, pypiUrl: null }],
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
      { depsdevUrl: 'http://mirror.test/deps', pypiUrl: null },
    ],
    ['a blank variable is unset', [], { CLAIMLENS_PYPI_URL: '  ' }, { depsdevUrl: null, pypiUrl: null }],
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

test.each<[string, Record<string, string>, object, Partial<ReturnType<typeof resolveSettings>>]>([
  [
    'defaults',
    {},
    {},
    {
      depsdevUrl: 'https://api.deps.dev',
      pypiUrl: 'https://pypi.org',
      npmUrl: 'https://registry.npmjs.org',
      timeoutMs: 4000,
      fetchTimeoutMs: 10_000,
      deadlineMs: 15_000,
    },
  ],
  [
    'a timeout governs every request, the page fetch too',
    {},
    { verify: { timeoutMs: 700, deadlineMs: 2500 } },
    { timeoutMs: 700, fetchTimeoutMs: 700, deadlineMs: 2500 },
  ],
  [
    'the config over the defaults',
    {},
    { verify: { depsdevUrl: 'https://deps.corp.test/', timeoutMs: 900, offline: true }, failOn: 'low' },
    { depsdevUrl: 'https://deps.corp.test', timeoutMs: 900, offline: true, failOn: 'low' },
  ],
  [
    'the environment over the config',
    { CLAIMLENS_DEPSDEV_URL: 'http://127.0.0.1:9' },
    { verify: { depsdevUrl: 'https://deps.corp.test' } },
    { depsdevUrl: 'http://127.0.0.1:9' },
  ],
])('settings: %s', (_name, env, config, expected) => {
  expect(resolveSettings(parse([], env), config)).toMatchObject(expected);
});

test('settings: flags over the config', () => {
  const args = parse(['--fail-on', 'high', '--timeout', '50', '--no-links', '--jobs', '3']);
  const config = { failOn: 'low', jobs: 1, verify: { timeoutMs: 900, links: true } } as const;
  expect(resolveSettings(args, config)).toMatchObject({
    failOn: 'high',
    timeoutMs: 50,
    links: false,
    jobs: 3,
  });
});

test('many inputs and sitemaps; --update-baseline writes the default baseline unless told where', () => {
  const args = parseCliArgs(
    ['check', 'a.md', 'docs/', "'**/*.mdx'", '--sitemap', 'https://x.test/sitemap.xml', '--update-baseline'],
    {},
    false,
  ) as CheckArgs;
  expect([args.inputs, args.sitemaps, args.baseline]).toEqual([
    ['a.md', 'docs/', "'**/*.mdx'"],
    ['https://x.test/sitemap.xml'],
    'claimlens-baseline.json',
  ]);
});

test.each([['text'], ['md'], ['json'], ['csv'], ['html'], ['annotation'], ['sarif'], ['github'], ['junit']])(
  '--format %s',
  (format) => {
    expect(parse(['--format', format]).format).toBe(format);
  },
);

test('an unknown --format names the valid ones', () => {
  expect(() => parse(['--format', 'pdf'])).toThrow(
    '--format must be one of text, md, html, csv, json, annotation, sarif, github, junit',
  );
});

test('the lookup endpoints come from the environment; a bad one is a usage error', () => {
  expect(
    parse([], { CLAIMLENS_CROSSREF_URL: 'http://127.0.0.1:9/', CLAIMLENS_MAILTO: 'me@example.org' }).lookups,
  ).toMatchObject({ crossrefUrl: 'http://127.0.0.1:9', mailto: 'me@example.org', doiUrl: 'https://doi.org' });
  expect(() => parse([], { CLAIMLENS_ARXIV_URL: 'arxiv' })).toThrow(UsageError);
  expect(() => parse([], { CLAIMLENS_MAILTO: 'not an address' })).toThrow(/CLAIMLENS_MAILTO/);
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

test('--deadline and --timeout: given, or null so the config or the default decides', () => {
  expect(parse([])).toMatchObject({ deadlineMs: null, timeoutMs: null });
  expect(parse(['--deadline', '2500', '--timeout', '700'])).toMatchObject({
    deadlineMs: 2500,
    timeoutMs: 700,
  });
  expect(() => parse(['--deadline', '0'])).toThrow('--deadline must be a positive number of ms');
});

test('the npm registry: flag, then CLAIMLENS_NPM_URL, else null (the config or the public default)', () => {
  expect(parse([]).npmUrl).toBeNull();
  expect(parse([], { CLAIMLENS_NPM_URL: 'http://127.0.0.1:7/' }).npmUrl).toBe('http://127.0.0.1:7');
  expect(parse(['--npm-url', 'https://npm.example.org/r'], { CLAIMLENS_NPM_URL: 'x' }).npmUrl).toBe(
    'https://npm.example.org/r',
  );
});
