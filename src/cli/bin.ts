// Process entry: wires runCli to the real process. Kept apart so tests import runCli without side effects. The same
// file is the worker threads' entry (one file to ship): in a worker it serves analysis jobs instead.
import { isMainThread } from 'node:worker_threads';
import { runCli } from './main';

if (!isMainThread) void import('./worker').then((w) => w.serveJobs());
else
  runCli({
    argv: process.argv.slice(2),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns,
    workerEntry: new URL(import.meta.url),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`claimlens: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
