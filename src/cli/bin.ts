// Process entry: wires runCli to the real process. Kept apart so tests import runCli without side effects.
import { runCli } from './main';

// The worker threads' entry sits beside this file: src/cli/worker.ts, or dist-node/worker.js once built.
const here = import.meta.url;
const workerEntry = new URL(here.endsWith('.ts') ? './worker.ts' : './worker.js', here);

runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  columns: process.stdout.columns,
  workerEntry,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`claimlens: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
