// `npm run bench:files`: the built CLI (bin/claimlens.js, as installed) on 500 generated articles, as a docs team
// runs it in CI. Offline: wall time over three runs and the worker threads used. Online against the stand-in
// registry on 127.0.0.1: how many requests for how many imports of how many distinct packages.
// Targets: 500 files offline < 5 s, one worker thread per core, each busy; one deps.dev request per distinct package.
// Add --strict to exit 1 when a target is missed; --files N to change the count.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startFakeRegistry } from '../tests/helpers/fake-registry';
import { generateArticle, writeArticles } from '../tests/helpers/generate-articles';

const run = promisify(execFile);
const BIN = new URL('../bin/claimlens.js', import.meta.url).pathname;
const flag = process.argv.indexOf('--files');
const COUNT = flag > 0 ? Number(process.argv[flag + 1]) : 500;
const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));

async function claimlens(args: string[]): Promise<{ ms: number; stderr: string }> {
  const started = performance.now();
  const { stderr } = await run(process.execPath, [BIN, 'check', ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  }).catch((e: { stderr?: string; code?: number }) => {
    // Exit 1 (findings reached a threshold) is a finished run; anything else is not.
    if (e.code === 1) return { stderr: e.stderr ?? '' };
    throw e;
  });
  return { ms: performance.now() - started, stderr };
}

try {
  writeArticles(join(dir, 'posts'), COUNT);
  const cores = availableParallelism();
  const offline = [];
  for (let i = 0; i < 3; i++)
    offline.push(
      await claimlens(['posts', '--offline', '--verbose', '--format', 'sarif', '-o', 'out.sarif']),
    );
  const times = offline.map((r) => r.ms).sort((a, b) => a - b);
  const median = times[1]!;
  const verbose = /on (\d+) worker threads; files per thread: ([\d, ]+); cpu ([\d.]+) s$/m.exec(
    offline[1]!.stderr,
  );
  const cpuSeconds = Number(verbose?.[3] ?? NaN);
  const workers = Number(verbose?.[1] ?? 0);
  const perThread = (verbose?.[2] ?? '').split(', ').map(Number);

  const registry = await startFakeRegistry();
  let requests: string[];
  try {
    await claimlens(
      ['posts', '--format', 'json', '-o', 'out.json', '--no-links', '--no-cache'].concat([
        '--depsdev-url',
        registry.url,
        '--pypi-url',
        registry.url,
        '--npm-url',
        registry.url,
      ]),
    );
    requests = registry.requests;
  } finally {
    await registry.close();
  }
  const imports = Array.from({ length: COUNT }, (_, i) => [
    ...generateArticle(i).matchAll(/^import (\w+)$/gm),
  ])
    .flat()
    .map((m) => m[1]!);
  const distinct = new Set(imports);
  const depsdev = requests.filter((p) => p.startsWith('/v3/'));
  const pypi = requests.filter((p) => p.startsWith('/pypi/'));

  console.log(
    `ClaimLens many-files benchmark (Node ${process.version}, ${cores} cores, load ${loadavg()[0]!.toFixed(1)})\n`,
  );
  console.log(
    `offline, ${COUNT} files:  ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')} (median ${(median / 1000).toFixed(2)} s)`,
  );
  console.log(`worker threads:      ${workers} (files per thread: ${perThread.join(', ')})`);
  console.log(
    `cpu time:            ${cpuSeconds.toFixed(2)} s over all threads (${(cpuSeconds / cores).toFixed(2)} s per core: the wall time on an idle machine is about this plus start-up)`,
  );
  console.log(
    `online, stand-in registry: ${imports.length} imports of ${distinct.size} distinct packages -> ${depsdev.length} deps.dev requests, ${pypi.length} PyPI requests (for packages deps.dev did not know)`,
  );

  const targets: [string, boolean][] = [
    [`${COUNT} files offline in < 5 s (median ${(median / 1000).toFixed(2)} s)`, median < 5000],
    [
      `one worker thread per core, each busy (${workers} of ${cores})`,
      workers === Math.min(cores, COUNT) && perThread.every((n) => n > 0),
    ],
    [
      `one deps.dev request per distinct package (${depsdev.length} for ${distinct.size})`,
      depsdev.length === distinct.size && new Set(depsdev).size === depsdev.length,
    ],
  ];
  console.log('\nTargets:');
  for (const [what, ok] of targets) console.log(`  ${ok ? 'PASS' : 'MISS'}  ${what}`);
  if (process.argv.includes('--strict') && targets.some(([, ok]) => !ok)) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
