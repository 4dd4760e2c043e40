// Runs the CLI as a process from its TypeScript sources (node --import tsx src/cli/bin.ts), in a temporary folder
// of files a test lays out, so each test sees what a user at a shell sees: argv as typed (quoted globs reach the
// tool unexpanded), exit code, stdout, stderr, worker threads and all.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const BIN = new URL('../../src/cli/bin.ts', import.meta.url).pathname;

/** Why: what a test asserts about one run. */
export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Why: one call per run; the registry cache goes to the folder's own cache dir, never the user's. */
export function runClaimlens(
  args: string[],
  opts: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', TSX, BIN, ...args],
      {
        cwd: opts.cwd,
        timeout: opts.timeoutMs ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: opts.cwd,
          XDG_CACHE_HOME: join(opts.cwd, '.cache'),
          NO_COLOR: '1',
          ...opts.env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 99) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Why: a temporary folder laid out from a map of relative paths to contents; `remove` deletes it. */
export interface Tree {
  dir: string;
  path(rel: string): string;
  write(files: Record<string, string | Buffer>): void;
  remove(): void;
}

/** Why: each test file builds its own fixture folder and removes it at the end. */
export function tempTree(prefix: string, files: Record<string, string | Buffer> = {}): Tree {
  const dir = mkdtempSync(join(tmpdir(), `claimlens-${prefix}-`));
  const tree: Tree = {
    dir,
    path: (rel) => join(dir, rel),
    write(more) {
      for (const [rel, body] of Object.entries(more)) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), body);
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  tree.write(files);
  return tree;
}
