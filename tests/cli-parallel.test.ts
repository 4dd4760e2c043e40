// Many files at once, as a process: the work is spread over worker threads, and the run asks a stand-in registry
// about each distinct package once however many files import it (private packages never). The timing of 500 files
// is a benchmark (npm run bench:files), not a test: a shared machine makes timed tests flaky.
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../src/core/report';
import { runClaimlens, tempTree, type Tree } from './helpers/cli-process';
import { startFakeRegistry, type FakeRegistry } from './helpers/fake-registry';
import { generateArticle, GENERATED_PACKAGES, writeArticles } from './helpers/generate-articles';

let tree: Tree;
let registry: FakeRegistry;
beforeAll(async () => {
  tree = tempTree('parallel');
  writeArticles(tree.path('posts'), 40);
  registry = await startFakeRegistry();
});
afterAll(async () => {
  tree.remove();
  await registry.close();
});

// "claimlens: 40 file(s) in 1.23 s on 2 worker threads; files per thread: 21, 19; cpu 2.10 s"
function threadsOf(stderr: string): { workers: number; perThread: number[] } {
  const m = /on (\d+) worker threads; files per thread: ([\d, ]+); cpu [\d.]+ s$/m.exec(stderr);
  expect(m, stderr).not.toBeNull();
  return { workers: Number(m![1]), perThread: m![2]!.split(', ').map(Number) };
}

describe('parallel analysis', () => {
  test('--jobs 2: two worker threads, and both analysed files', async () => {
    const r = await runClaimlens(
      ['check', 'posts', '--offline', '--verbose', '--jobs', '2', '--format', 'sarif'],
      {
        cwd: tree.dir,
      },
    );
    expect(r.code).toBe(0);
    const { workers, perThread } = threadsOf(r.stderr);
    expect(workers).toBe(2);
    expect(perThread).toHaveLength(2);
    expect(perThread.every((n) => n > 0)).toBe(true);
    expect(perThread.reduce((a, b) => a + b, 0)).toBe(40);
  });

  test('by default, one worker per core (this machine has ' + availableParallelism() + ')', async () => {
    const r = await runClaimlens(['check', 'posts', '--offline', '--verbose', '--format', 'junit'], {
      cwd: tree.dir,
    });
    expect(r.code).toBe(0);
    expect(threadsOf(r.stderr).workers).toBe(Math.min(availableParallelism(), 40));
  });
});

describe('registry lookups shared across the run', () => {
  const online = (...extra: string[]) =>
    runClaimlens(
      [
        'check',
        'posts',
        '--format',
        'json',
        '--no-links',
        '--no-cache',
        '--depsdev-url',
        registry.url,
        '--pypi-url',
        registry.url,
        '--npm-url',
        registry.url,
        ...extra,
      ],
      {
        cwd: tree.dir,
        // Cited-work lookups go to a closed local port, so they fail fast instead of waiting.
        env: {
          CLAIMLENS_CROSSREF_URL: 'http://127.0.0.1:9',
          CLAIMLENS_DOI_URL: 'http://127.0.0.1:9',
          CLAIMLENS_ARXIV_URL: 'http://127.0.0.1:9',
        },
      },
    );
  const imported = new Set(
    Array.from({ length: 40 }, (_, i) =>
      [...generateArticle(i).matchAll(/^import (\w+)$/gm)].map((m) => m[1]!),
    ).flat(),
  );

  test('40 files importing the same few packages: each distinct package is asked about once', async () => {
    const before = registry.requests.length;
    const r = await online();
    expect(r.stderr).toBe('');
    const asked = registry.requests.slice(before);
    const count = (path: string) => asked.filter((p) => p === path).length;
    // Every file imports three packages: far more imports than packages.
    expect(imported.size).toBeGreaterThan(3);
    expect(imported.size).toBeLessThanOrEqual(GENERATED_PACKAGES.length);
    for (const name of imported) expect(count(`/v3/systems/PYPI/packages/${name}`), name).toBe(1);
    // PyPI is the second opinion, asked once, only about what deps.dev did not know.
    const invented = [...imported].filter((n) => !['numpy', 'pandas', 'requests', 'httpx'].includes(n));
    for (const name of invented) expect(count(`/pypi/${name}/json`), name).toBe(1);
    // Nothing is asked twice (package risk may add a lookup of a suggested name, once).
    expect(new Set(asked).size).toBe(asked.length);
    const reports = JSON.parse(r.stdout) as Report[];
    const missing = new Set(
      reports.flatMap((x) => x.imports.filter((i) => i.status === 'missing').map((i) => i.module)),
    );
    expect([...missing].sort()).toEqual(invented.sort());
  });

  test('a private package in allow.packages is never sent to the registry, nor reported', async () => {
    tree.write({ '.claimlens.yml': 'allow:\n  packages: [acme*, vectorstorm]\n' });
    const before = registry.requests.length;
    const r = await online();
    tree.write({ '.claimlens.yml': '' });
    const asked = registry.requests.slice(before);
    expect(asked.some((p) => /acmeflux|vectorstorm/.test(p))).toBe(false);
    const reports = JSON.parse(r.stdout) as Report[];
    const about = reports.flatMap((x) =>
      x.findings
        .filter((f) => f.rule === 'nonexistent-import')
        .map((f) => x.imports.find((i) => i.id === f.ref)?.module),
    );
    expect(about.length).toBeGreaterThan(0);
    expect(about.every((m) => m === 'quantaloop')).toBe(true);
    const kept = reports.flatMap((x) => x.imports).find((i) => i.module === 'acmeflux');
    expect(kept).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/private package/) });
  });
});
