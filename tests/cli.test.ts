// The `claimlens` CLI end to end: in-process for speed, plus one real spawn of bin/claimlens.js. Its files live in
// one temporary folder, removed at the end. (The seed and sample articles: article-flaws.test.ts.)
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli/main';
import { startFakeRegistry, type FakeRegistry } from './helpers/fake-registry';
import { startServer, closedPortUrl, type TestServer } from './helpers/http-server';
import { validateReport } from './helpers/schema';
import { parseHtml } from '../src/adapters/linkedom';
import type { Report } from '../src/core/report';

const tmp = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
let registry: FakeRegistry;
let pages: TestServer;

beforeAll(async () => {
  registry = await startFakeRegistry();
  pages = await startServer({
    '/post.html': {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<article><h1>Launch</h1><p>Our cache cuts latency by 35% for every tenant we host.</p></article>',
    },
    '/image.png': { headers: { 'content-type': 'image/png' }, body: 'PNG' },
    '/gone': { status: 404, body: 'nope' },
    '/moved': { status: 302, headers: { location: 'http://127.0.0.1:1/post.html' } },
  });
});
afterAll(async () => {
  await registry.close();
  await pages.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli({
    argv: [
      ...argv,
      '--depsdev-url',
      registry.url,
      '--pypi-url',
      registry.url,
      '--npm-url',
      registry.url,
      '--no-cache',
    ],
    env: {},
    allowPrivate: [new URL(pages.url).host],
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

function file(name: string, body: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, body);
  return p;
}

describe('the registry cache', () => {
  test('a run writes what the registries said; a second run reads it instead of asking again', async () => {
    const env = { XDG_CACHE_HOME: join(tmp, 'cache-home') };
    const post = file(
      'cached.md',
      '# Cached\n\nOur loader reads any table you give it.\n\n```python\nimport numpy\nimport madeuppkgzz\n```\n',
    );
    const run = async () => {
      const asked = registry.requests.length;
      const code = await runCli({
        argv: [
          'check',
          post,
          '--format',
          'json',
          '--no-links',
          '--depsdev-url',
          registry.url,
          '--pypi-url',
          registry.url,
          '--npm-url',
          registry.url,
        ],
        env,
        stdout: () => undefined,
        stderr: () => undefined,
        isTTY: false,
      });
      return { code, asked: registry.requests.slice(asked) };
    };
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.asked.some((r) => r.includes('numpy'))).toBe(true);
    expect(first.asked.some((r) => r.includes('madeuppkgzz'))).toBe(true);
    const saved = JSON.parse(
      readFileSync(join(env.XDG_CACHE_HOME, 'claimlens', 'registry-cache.json'), 'utf8'),
    );
    // Keyed by the endpoints that answered, and the file says which endpoints it belongs to.
    const at = `${registry.url}|${registry.url}`;
    expect(Object.keys(saved.entries)).toEqual(
      expect.arrayContaining([`pkg:pypi:numpy@${at}`, `pkg:pypi:madeuppkgzz@${at}`]),
    );
    // deps.dev, PyPI, the npm registry and Packagist (left at its public default here).
    expect(saved.scope).toBe(`${registry.url} ${registry.url} ${registry.url} https://repo.packagist.org`);
    const second = await run();
    expect(second.code).toBe(0);
    // numpy comes from the cache; a cached "missing" is asked again (both oracles) before it is shown.
    expect(second.asked.some((r) => r.includes('numpy'))).toBe(false);
    expect(second.asked).toEqual(['/v3/systems/PYPI/packages/madeuppkgzz', '/pypi/madeuppkgzz/json']);
  });
});

describe('exit codes', () => {
  test('0 when it ran; the text report by default', async () => {
    const r = await cli(
      'check',
      file('ok.md', '# Notes\n\nWe rewrote the parser last spring and it reads better now.\n'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ClaimLens · Notes/);
  });
  test.each([
    ['high', 1],
    ['medium', 1],
  ] as const)('--fail-on %s with a high finding → %i', async (level, code) => {
    const r = await cli(
      'check',
      file('bad.md', '# Launch\n\nOur engine is 12x faster and cuts costs by 40% for every customer.\n'),
      '--fail-on',
      level,
    );
    expect(r.code).toBe(code);
  });
  test('--fail-on high with only low findings → 0', async () => {
    const r = await cli(
      'check',
      file('low.md', '# Scale\n\nMillions of users rely on tools like ours every single day.\n'),
      '--fail-on',
      'high',
    );
    expect(r.code).toBe(0);
  });
  test.each([
    [['check', join(tmp, 'nope.md')], /cannot read .*nope\.md: no such file/],
    [['check', 'NOARTICLES'], /no articles \(\.md \.markdown \.mdx \.html \.htm\) in /],
    [['check', 'BINARY'], /not a text file/],
    [['check', 'EMPTY'], /not an article/],
    [['check'], /missing input/],
    [['lint', 'x.md'], /unknown command/],
    [['check', 'x.md', '--format', 'pdf'], /--format must be one of/],
    [['check', 'x.md', '--fail-on', 'critical'], /--fail-on must be/],
  ])('2 for bad input: %j', async (argv, message) => {
    const args = argv.map((a) =>
      a === 'BINARY'
        ? file('x.bin', Buffer.from([0, 1, 2, 0]))
        : a === 'EMPTY'
          ? file('empty.md', '')
          : a === 'NOARTICLES'
            ? (mkdirSync(join(tmp, 'no-articles'), { recursive: true }), join(tmp, 'no-articles'))
            : a,
    );
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

test('-o into a folder that does not exist fails at once, before any work', async () => {
  const asked = registry.requests.length;
  const r = await cli(
    'check',
    file('out.md', '# Post\n\nWe cut costs by 40% for every customer.\n\n```python\nimport numpy\n```\n'),
    '-o',
    join(tmp, 'no-such-folder', 'report.json'),
  );
  expect([r.code, r.stderr]).toEqual([
    2,
    expect.stringMatching(/^claimlens: cannot write .*report\.json: no folder .*no-such-folder\n$/),
  ]);
  expect(registry.requests.length).toBe(asked);
});

test('on a terminal, the online checks show their progress on stderr (one line, cleared at the end)', async () => {
  let stderr = '';
  const code = await runCli({
    argv: [
      'check',
      file(
        'progress.md',
        '# Post\n\nOur loader reads any table you give it.\n\n```python\nimport numpy\nimport madeuppkgzz\n```\n',
      ),
      '--no-links',
      '--no-cache',
      '--depsdev-url',
      registry.url,
      '--pypi-url',
      registry.url,
      '--npm-url',
      registry.url,
    ],
    env: {},
    stdout: () => undefined,
    stderr: (s) => (stderr += s),
    isTTY: true,
    stderrIsTTY: true,
  });
  expect(code).toBe(0);
  // oxlint-disable-next-line no-control-regex -- the terminal's escape sequence is the point
  const first = /^\r\x1b\[Kclaimlens: checking online 1\/2 \(imports and links\), at most 1\d s left/;
  expect(stderr).toMatch(first);
  expect(stderr).toContain('checking online 2/2');
  expect(stderr.endsWith('\r\x1b[K')).toBe(true);
});

describe('URLs', () => {
  test('an HTML page', async () => {
    const r = await cli('check', `${pages.url}/post.html`, '--format', 'json', '--offline');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.source.url).toBe(`${pages.url}/post.html`);
    expect(report.claims.map((c) => c.text)).toContain('35%');
  });
  test.each([
    ['/gone', /HTTP 404/],
    ['/image.png', /image\/png, not an article/],
  ])('%s → exit 2', async (path, message) => {
    const r = await cli('check', `${pages.url}${path}`, '--offline');
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(message)]);
  });
  test('an unreachable URL → exit 2', async () => {
    const closed = await closedPortUrl();
    let stderr = '';
    const code = await runCli({
      argv: ['check', `${closed}/post.html`, '--offline'],
      env: {},
      stdout: () => undefined,
      stderr: (s) => (stderr += s),
      isTTY: false,
      allowPrivate: [new URL(closed).host],
    });
    expect([code, stderr]).toEqual([2, expect.stringMatching(/unreachable\n$/)]);
  });
  test('a local URL the user named is fetched (a preview server); a redirect into another private address is refused', async () => {
    const run = async (path: string) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli({
        argv: ['check', `${pages.url}${path}`, '--offline', '--format', 'json'],
        env: {},
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        isTTY: false,
      });
      return { code, stdout, stderr };
    };
    const named = await run('/post.html');
    expect(named.code).toBe(0);
    expect((JSON.parse(named.stdout) as Report).source.url).toBe(`${pages.url}/post.html`);
    const moved = await run('/moved');
    expect([moved.code, moved.stderr]).toEqual([
      2,
      `claimlens: cannot fetch ${pages.url}/moved: refused: 127.0.0.1 is a private or local address\n`,
    ]);
  });
});

test('sniffs Markdown with front matter in a .txt file, and writes --output', async () => {
  const out = join(tmp, 'report.json');
  const r = await cli(
    'check',
    file('post.txt', '---\ntitle: "Sniffed"\n---\n\nWe cut build times by 30% this quarter.\n'),
    '--format',
    'json',
    '-o',
    out,
    '--offline',
  );
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('');
  expect(JSON.parse(readFileSync(out, 'utf8')).source.title).toBe('Sniffed');
});

test('the installed bin runs (npx claimlens)', async () => {
  const bin = new URL('../bin/claimlens.js', import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(process.execPath, [bin, '--version']);
  expect(stdout.trim()).toMatch(/^claimlens \d+\.\d+\.\d+$/);
  const err = await promisify(execFile)(process.execPath, [bin, 'check', join(tmp, 'missing.md')]).catch(
    (e) => e,
  );
  expect(err.code).toBe(2);
  expect(err.stderr).toMatch(/no such file/);
});

describe('--format', () => {
  const post = () =>
    file(
      'formats.md',
      '# Formats\n\nOur index answers 95% of queries in under 20 ms (Okafor et al., 2021).\n',
    );
  test.each([
    ['md', (out: string) => expect(out).toMatch(/^# ClaimLens report: Formats/)],
    [
      'csv',
      (out: string) =>
        expect(out.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
          'id,kind,text,sentence,value,unit,context,worth,worth_reasons,support,evidence,severity,findings,cited_works,source_check',
        ),
    ],
    [
      'html',
      (out: string) =>
        expect(out).toMatch(/^<!doctype html>[\s\S]*<title>ClaimLens report: Formats<\/title>/),
    ],
    ['json', (out: string) => expect(validateReport(JSON.parse(out))).toEqual([])],
    [
      'annotation',
      (out: string) => {
        const doc = JSON.parse(out);
        expect(doc.type).toBe('AnnotationCollection');
        // A Markdown file's own text is not what ClaimLens's blocks hold: no position can be given, only the quote.
        const selectors = doc.first.items[0].target.selector.map((s: { type: string }) => s.type);
        expect(selectors).toEqual(['TextQuoteSelector']);
      },
    ],
  ] as const)('%s', async (format, check) => {
    const r = await cli('check', post(), '--format', format, '--offline');
    expect(r.code).toBe(0);
    check(r.stdout);
  });
});

test('--format annotation on HTML: each TextPositionSelector indexes the text of the page body', async () => {
  const html = `<html><head><title>Launch</title></head><body>
    <nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>
    <article><h1>Launch</h1>
      <p>Our cache cuts   latency
         by <b>35%</b> for every tenant (Okafor et al., 2021).</p>
      <p>Cold starts fell 12x after the rewrite, and builds are 30% faster.</p>
    </article></body></html>`;
  const r = await cli('check', file('post.html', html), '--format', 'annotation', '--offline');
  expect(r.code).toBe(0);
  const items = JSON.parse(r.stdout).first.items as { target: { selector: Record<string, unknown>[] } }[];
  const text = parseHtml(html).body.textContent ?? '';
  expect(items.length).toBeGreaterThanOrEqual(3);
  for (const { target } of items) {
    const [quote, position] = target.selector as [
      { exact: string },
      { type: string; start: number; end: number },
    ];
    expect(position.type).toBe('TextPositionSelector');
    expect(text.slice(position.start, position.end).replace(/\s+/g, ' ')).toBe(quote.exact);
  }
});
