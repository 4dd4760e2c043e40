// `npm test`: lint and type checks first, then the unit and fixture tests, then the browser tests. Every stage runs
// even when an earlier one failed, so one red unit test cannot hide the end-to-end results; the exit code is
// non-zero when any stage failed.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Why: the stages of `npm test`, in order: [name, npm script]. */
export const STAGES = [
  ['lint', 'lint'],
  ['typecheck', 'typecheck'],
  ['unit', 'test:unit'],
  ['e2e', 'test:e2e'],
];

// npm sets npm_execpath for the scripts it runs; outside npm, `npm` on the PATH.
function npmRun(script) {
  const npm = process.env.npm_execpath;
  return npm
    ? [process.execPath, [npm, 'run', script]]
    : [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', script]];
}

/**
 * Why: runs every stage ([name, command, args]) whatever the earlier ones did; prints one line per stage and
 * returns the exit code (the first failure's, else 0).
 */
export function runStages(stages, log = console.log) {
  const results = stages.map(([name, command, args]) => {
    log(`\n== ${name}`);
    const run = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    return [name, run.status ?? 1];
  });
  log(
    `\n== ${results.map(([name, code]) => `${name}: ${code === 0 ? 'ok' : `failed (${code})`}`).join(', ')}`,
  );
  return results.find(([, code]) => code !== 0)?.[1] ?? 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exit(runStages(STAGES.map(([name, script]) => [name, ...npmRun(script)])));
}
