// One measurement in a fresh process, so its peak memory (maxRSS) is its own: `analyze` runs the engine on a file
// and serializes the report, `cli` runs the whole `claimlens check` on it (more flags after the file), `baseline`
// only loads the modules.
// Prints one JSON line: { ms, reportBytes, peakMB, code, stderr }.
import { readFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../src/engine/analyze';
import { articleFromMarkdown, withTagger } from '../src/node/index';
import { runCli } from '../src/cli/main';

const [mode = 'baseline', file = '', ...extra] = process.argv.slice(2);
const hostList = process.env.CLAIMLENS_BENCH_HOSTS;
const hosts = hostList ? new Map(hostList.split(',').map((p) => p.split('=') as [string, string])) : null;
const peakMB = (): number => process.resourceUsage().maxRSS / 1024;
const started = performance.now();
let reportBytes = 0;
let code = 0;
let stderr = '';
if (mode === 'analyze') {
  const report = analyzeArticle(articleFromMarkdown(readFileSync(file, 'utf8'), { file }), withTagger({}));
  reportBytes = Buffer.byteLength(JSON.stringify(report));
} else if (mode === 'cli') {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  const out = join(dir, 'report.json');
  try {
    code = await runCli({
      argv: ['check', file, '--format', 'json', '-o', out, '--no-cache', ...extra],
      env: {},
      stdout: () => undefined,
      stderr: (s) => (stderr += s),
      isTTY: false,
      // The benchmark's own local servers (a silent host, an endless stream): named by the parent, never by a user.
      allowPrivate: process.env.CLAIMLENS_BENCH_ALLOW_PRIVATE?.split(',').filter(Boolean),
      // "name=address,...": made-up names for those servers (a link to 127.0.0.1 itself is a placeholder, not checked).
      resolve: hosts ? async (name) => [{ address: hosts.get(name) ?? '0.0.0.0', family: 4 }] : undefined,
    });
    reportBytes = code === 2 ? 0 : statSync(out).size;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ ms, reportBytes, peakMB: peakMB(), code, stderr: stderr.trim() })}\n`,
);
