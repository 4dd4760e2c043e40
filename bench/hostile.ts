// Issue 10's "What was seen", through the whole CLI, each case in a fresh process: every one must finish within 5 s
// and 1 GB (wall time includes starting Node and loading the modules), with a one-line error where it is refused.
// The online cases run against local servers: a registry and a host that never answer, and an endless stream.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_INPUTS } from '../tests/hardening/inputs';
import { measure, type Measured } from './measure';

const LIMIT_MS = 5000;
const LIMIT_MB = 1024;

// A server that accepts every request and never answers, or streams without end.
async function serve(kind: 'silent' | 'stream'): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    if (kind === 'silent') return;
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(256 * 1024, '<p>x</p>');
    const pump = (): void => {
      while (res.write(chunk));
      res.once('drain', pump);
    };
    pump();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const python = (n: number) =>
  `# Imports\n\nOur loader reads any table you give it.\n\n\`\`\`python\n${Array.from({ length: n }, (_, i) => `import pkg_${i}`).join('\n')}\n\`\`\`\n`;
const links = (n: number, base: string) =>
  `# Links\n\nOur sources are many.\n\n${Array.from({ length: n }, (_, i) => `- [source ${i}](${base}/page-${i})`).join('\n')}\n`;

/** Why: runs every case, prints the table, returns one target per case. */
export async function runHostile(): Promise<[string, boolean][]> {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  const silent = await serve('silent');
  const stream = await serve('stream');
  // Links to 127.0.0.1 itself are placeholders (never checked): the silent host gets a name of its own.
  const silentName = `silent.claimlens-bench.net:${new URL(silent.url).port}`;
  const allow = {
    CLAIMLENS_BENCH_ALLOW_PRIVATE: [silentName, new URL(stream.url).host].join(','),
    CLAIMLENS_BENCH_HOSTS: 'silent.claimlens-bench.net=127.0.0.1',
  };
  const registry = ['--depsdev-url', silent.url, '--pypi-url', silent.url, '--npm-url', silent.url];
  const cases: { name: string; args: string[] }[] = [];
  for (const c of CLI_INPUTS) {
    writeFileSync(join(dir, c.file), c.make());
    cases.push({ name: c.name, args: [join(dir, c.file), '--offline'] });
  }
  for (const n of [20, 5000]) {
    writeFileSync(join(dir, `imports-${n}.md`), python(n));
    cases.push({
      name: `${n.toLocaleString('en-US')} imports, a registry that never answers`,
      args: [join(dir, `imports-${n}.md`), '--no-links', ...registry],
    });
  }
  writeFileSync(join(dir, 'links-40.md'), links(40, `http://${silentName}`));
  cases.push({
    name: '40 links to a host that never answers',
    args: [join(dir, 'links-40.md'), ...registry],
  });
  cases.push({ name: 'a URL that streams without end', args: [`${stream.url}/post.html`, '--offline'] });
  const rows: { name: string; m: Measured }[] = [];
  try {
    for (const c of cases) rows.push({ name: c.name, m: await measure(['cli', ...c.args], allow) });
  } finally {
    silent.server.closeAllConnections();
    stream.server.closeAllConnections();
    silent.server.close();
    stream.server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nHostile inputs through the CLI, one process each (limits ${LIMIT_MS / 1000} s and ${LIMIT_MB} MB)\n`,
  );
  console.log(
    'case                                                   run     wall      peak  exit    report   error',
  );
  for (const { name, m } of rows) {
    console.log(
      `${name.padEnd(52)} ${`${(m.ms / 1000).toFixed(2)} s`.padStart(7)} ${`${(m.wallMs / 1000).toFixed(2)} s`.padStart(8)} ${`${m.peakMB.toFixed(0)} MB`.padStart(9)} ${String(m.code).padStart(5)} ${`${(m.reportBytes / 1e3).toFixed(0)} kB`.padStart(9)}   ${m.stderr.split('\n')[0]?.replace(/\/tmp\/\S+\//, '') ?? ''}`,
    );
  }
  return rows.map(({ name, m }) => [
    `${name}: ${(m.ms / 1000).toFixed(2)} s, ${m.peakMB.toFixed(0)} MB${m.code === 2 ? ', one-line error' : ''}`,
    m.ms <= LIMIT_MS && m.peakMB <= LIMIT_MB && m.stderr.trim().split('\n').length <= 1,
  ]);
}
