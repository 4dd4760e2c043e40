// `npm pack` makes a package whose `claimlens` command works after a global install into an empty prefix, with
// nothing else on the PATH but node. The package is packed from a copy of the checkout (npm pack runs `prepare`,
// which rebuilds dist-node/, and other test files run the checkout's own dist-node/ meanwhile), installed from the
// npm cache (--offline), and run on a folder of articles, worker threads included.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'claimlens-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// What `npm pack` reads: the manifest, the files it lists, and what `prepare` (the node build) needs.
const PACKED_FROM = ['package.json', 'package-lock.json', 'README.md', 'bin', 'src', 'schema'];
const BUILT_WITH = ['vite.node.config.ts', 'tsconfig.json'];

const npm = (args: string[], cwd: string) =>
  exec('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 32 * 1024 * 1024 });

test('npm pack, npm install -g --prefix <empty> <tarball>, then `claimlens check` works from the prefix', async () => {
  const pkg = join(work, 'pkg');
  mkdirSync(pkg);
  for (const f of [...PACKED_FROM, ...BUILT_WITH]) cpSync(join(ROOT, f), join(pkg, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  const { stdout } = await npm(['pack', '--json', '--pack-destination', work], pkg);
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  const shipped = packed!.files.map((f) => f.path);
  expect(shipped).toEqual(
    expect.arrayContaining(['bin/claimlens.js', 'dist-node/cli.js', 'schema/config.schema.json']),
  );
  expect(shipped.filter((p) => p.endsWith('.test.ts'))).toEqual([]);

  const prefix = join(work, 'prefix');
  const tarball = join(work, packed!.filename);
  // From the npm cache only (--offline), as on a machine with no registry. `npm ci` caches the dependencies'
  // tarballs but not their registry metadata, which a tarball install needs to resolve versions: when that is
  // missing (ENOTCACHED), the cache is used for what it has and the registry asked for the rest.
  const install = (mode: string) => npm(['install', '--global', '--prefix', prefix, tarball, mode], work);
  await install('--offline').catch((e: { stderr?: string }) => {
    if (!/ENOTCACHED/.test(e.stderr ?? '')) throw e;
    return install('--prefer-offline');
  });
  expect(readdirSync(join(prefix, 'bin'))).toEqual(['claimlens']);

  const articles = join(work, 'articles');
  for (const n of [1, 2, 3]) {
    mkdirSync(articles, { recursive: true });
    writeFileSync(
      join(articles, `post-${n}.md`),
      `# Launch notes\n\nOur cache cuts latency by 3${n}% for every tenant we host.\n\n\`\`\`python\nimport numpy\n\`\`\`\n`,
    );
  }
  // Nothing but node on the PATH: the installed command must not lean on the checkout or its node_modules.
  const env = { PATH: dirname(process.execPath), HOME: work, NO_COLOR: '1' };
  const bin = join(prefix, 'bin', 'claimlens');
  const version = await exec(bin, ['--version'], { env, cwd: articles });
  expect(version.stdout.trim()).toMatch(/^claimlens \d+\.\d+\.\d+$/);
  const one = await exec(bin, ['check', 'post-1.md', '--offline'], { env, cwd: articles });
  expect(one.stdout).toMatch(/^ClaimLens · Launch notes\n/);
  expect(one.stdout).toMatch(/"31%" has no source/);
  const many = await exec(bin, ['check', '.', '--offline', '--verbose', '--jobs', '2', '--format', 'sarif'], {
    env,
    cwd: articles,
  });
  expect(JSON.parse(many.stdout).runs[0].results).toHaveLength(3);
  expect(many.stderr).toMatch(/3 file\(s\) in [\d.]+ s on 2 worker threads/);
}, 300_000);
