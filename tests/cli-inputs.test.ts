// Many inputs, as a process over a temporary folder: folders recursed into, .gitignore and the config's ignore
// respected, globs expanded by the tool (passed unexpanded, as a quoted glob reaches it), MDX read as Markdown, and
// a sitemap (index, gzip) served on 127.0.0.1 fetched politely.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../src/core/report';
import { runClaimlens, tempTree, type Tree } from './helpers/cli-process';

const post = (title: string, claim: string) =>
  `# ${title}\n\nOur team rewrote the importer this spring and ${claim} for every customer.\n`;

let tree: Tree;
beforeAll(() => {
  tree = tempTree('inputs', {
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.gitignore': 'build/\n*.draft.md\n',
    '.claimlens.yml': 'ignore:\n  - drafts/**\n',
    'docs/a.md': post('Alpha', 'cut costs by 41%'),
    'docs/b.html': `<article><h1>Beta</h1><p>${post('x', 'made imports 3x faster').split('\n')[2]}</p></article>`,
    'docs/sub/c.mdx': [
      "import Chart from '../chart'",
      '',
      '# Gamma',
      '',
      '<Chart',
      '  caption="a chart with 99% of nothing"',
      '/>',
      '',
      'Our team rewrote the importer this spring and cut memory by 27% for every customer.',
      '',
    ].join('\n'),
    'docs/sub/d.markdown': post('Delta', 'cut errors by 12%'),
    'docs/notes.txt': post('Notes', 'cut time by 5%'),
    'docs/e.draft.md': post('Draft', 'cut bills by 9%'),
    'docs/sub/.gitignore': '!keep.draft.md\n',
    'docs/sub/keep.draft.md': post('Kept', 'cut waits by 8%'),
    'build/out.md': post('Built', 'cut nothing by 1%'),
    'node_modules/pkg/readme.md': post('Vendored', 'cut deps by 2%'),
    'drafts/x.md': post('Ignored', 'cut words by 3%'),
  });
});
afterAll(() => tree.remove());

const files = (stdout: string) => {
  const parsed = JSON.parse(stdout) as Report | Report[];
  return (Array.isArray(parsed) ? parsed : [parsed]).map((r) => r.source.file ?? r.source.url);
};

describe('paths, folders and globs', () => {
  test('a folder is searched for articles; .gitignore (every level), node_modules and config ignores skipped', async () => {
    const r = await runClaimlens(['check', '.', '--offline', '--format', 'json'], { cwd: tree.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(files(r.stdout)).toEqual([
      'docs/a.md',
      'docs/b.html',
      'docs/sub/c.mdx',
      'docs/sub/d.markdown',
      'docs/sub/keep.draft.md',
    ]);
  });

  test.each<[string[], string[]]>([
    [['docs/**/*.md'], ['docs/a.md', 'docs/sub/keep.draft.md']],
    [['docs/*'], ['docs/a.md', 'docs/b.html']],
    [['docs/*.txt'], ['docs/notes.txt']],
    [
      ['**/*.{mdx,markdown}', 'docs/a.md'],
      ['docs/sub/c.mdx', 'docs/sub/d.markdown', 'docs/a.md'],
    ],
    [['docs/e.draft.md'], ['docs/e.draft.md']], // a file named outright is checked even if git ignores it
  ])('%j (unexpanded, as a quoted glob arrives) → %j', async (inputs, expected) => {
    const r = await runClaimlens(['check', ...inputs, '--offline', '--format', 'json'], { cwd: tree.dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(files(r.stdout)).toEqual(expected);
  });

  test('a glob that matches nothing is bad input, named', async () => {
    const r = await runClaimlens(['check', 'docs/**/*.rst', '--offline'], { cwd: tree.dir });
    expect([r.code, r.stderr]).toEqual([2, 'claimlens: no files match docs/**/*.rst\n']);
  });

  test('only ignored files named: nothing to check, exit 0 (a pre-commit hook passing a draft must not fail)', async () => {
    const r = await runClaimlens(['check', 'drafts/x.md', '--offline'], { cwd: tree.dir });
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toMatch(/nothing to check: 1 file\(s\) ignored by the config/);
  });

  test('MDX: JSX and imports left out, the prose kept, its line counted in the file', async () => {
    const r = await runClaimlens(['check', 'docs/sub/c.mdx', '--offline', '--format', 'github'], {
      cwd: tree.dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/99%/);
    expect(r.stdout).toMatch(
      /^::error file=docs\/sub\/c\.mdx,line=9,endLine=9,col=61,endColumn=64,title=ClaimLens unsupported-number::"27%25" has no source/m,
    );
  });
});

describe('--sitemap, served on 127.0.0.1', () => {
  // A small site of its own (the shared test server sends text only; a .xml.gz is bytes).
  let site: { url: string; server: Server; paths: string[]; maxInFlight: number };
  const urlset = (base: string, paths: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
      .map((p) => `<url><loc>${base}${p}</loc></url>`)
      .join('')}</urlset>`;
  beforeAll(async () => {
    let inFlight = 0;
    const server = createServer((req, res) => {
      const base = `http://${req.headers.host}`;
      site.paths.push(req.url ?? '');
      site.maxInFlight = Math.max(site.maxInFlight, ++inFlight);
      res.on('close', () => inFlight--);
      const page = /^\/p(\d)$/.exec(req.url ?? '');
      const send = (type: string, body: string | Buffer, delay = 0) =>
        setTimeout(() => res.writeHead(200, { 'content-type': type }).end(body), delay);
      if (page)
        return send(
          'text/html; charset=utf-8',
          `<article><h1>Page ${page[1]}</h1><p>Our team rewrote the importer and cut costs by ${page[1]}0% for all.</p></article>`,
          20,
        );
      if (req.url === '/sitemap.xml')
        return send(
          'application/xml',
          `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/one.xml</loc></sitemap><sitemap><loc>${base}/two.xml.gz</loc></sitemap></sitemapindex>`,
        );
      if (req.url === '/one.xml') return send('application/xml', urlset(base, ['/p1', '/p2', '/p3']));
      if (req.url === '/two.xml.gz')
        return send('application/gzip', gzipSync(urlset(base, ['/p3', '/p4', '/p5'])));
      res.writeHead(404).end('not here');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    site = { url, server, paths: [], maxInFlight: 0 };
    tree.write({
      'site/.claimlens.yml': 'sitemap:\n  perHost: 1\n  delayMs: 30\n',
      'site/sitemap.xml': urlset(url, ['/p2', '/p5']),
    });
  });
  afterAll(() => new Promise<void>((done) => site.server.close(() => done())));

  test('an index with a gzipped child: every page once, one request at a time to the host', async () => {
    const r = await runClaimlens(
      ['check', '--sitemap', `${site.url}/sitemap.xml`, '--offline', '--format', 'json'],
      {
        cwd: tree.path('site'),
      },
    );
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(files(r.stdout)).toEqual([1, 2, 3, 4, 5].map((n) => `${site.url}/p${n}`));
    expect(site.maxInFlight).toBe(1);
    expect(site.paths.filter((p) => /^\/p\d$/.test(p))).toHaveLength(5);
  });

  test('a sitemap file on disk, beside a page named outright (checked once)', async () => {
    const r = await runClaimlens(
      ['check', `${site.url}/p2`, '--sitemap', 'sitemap.xml', '--offline', '--format', 'json'],
      { cwd: tree.path('site') },
    );
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(files(r.stdout)).toEqual([`${site.url}/p2`, `${site.url}/p5`]);
  });

  test('a sitemap that is not there is bad input, named', async () => {
    const r = await runClaimlens(['check', '--sitemap', `${site.url}/missing.xml`, '--offline'], {
      cwd: tree.path('site'),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`claimlens: cannot fetch sitemap ${site.url}/missing.xml: HTTP 404\n`);
  });
});
