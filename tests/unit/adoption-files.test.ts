// The files a team adopts ClaimLens with (action.yml, .pre-commit-hooks.yaml) are held to the CLI they call: every
// input they use is declared, every flag they pass is one the CLI takes, and the action's check step, run as a bash
// script the way the runner runs it, writes valid SARIF and the exit code from the built command.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseCliArgs } from '../../src/cli/args';
import { validateSarif } from '../helpers/sarif';

const ROOT = new URL('../../', import.meta.url).pathname;
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'claimlens-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('action.yml: a composite action whose expressions name declared inputs only', () => {
  expect(action.runs.using).toBe('composite');
  const used = [...readFileSync(join(ROOT, 'action.yml'), 'utf8').matchAll(/inputs\.([\w-]+)/g)].map(
    (m) => m[1],
  );
  expect(used.filter((name) => !(name! in action.inputs))).toEqual([]);
  expect(action.runs.steps.map((s: { uses?: string }) => s.uses).filter(Boolean)).toEqual([
    'actions/setup-node@v4',
    'github/codeql-action/upload-sarif@v3',
  ]);
});

test('.pre-commit-hooks.yaml: the hook runs `claimlens check` with flags the CLI takes, on article files', () => {
  const [hook] = hooks;
  const [bin, ...argv] = hook.entry.split(' ');
  expect(bin).toBe('claimlens');
  expect(parseCliArgs([...argv, 'post.md'], {}, false)).toMatchObject({ inputs: ['post.md'], offline: true });
  const files = new RegExp(hook.files);
  expect(['a.md', 'b.markdown', 'c.mdx', 'd.html', 'e.htm'].every((f) => files.test(f))).toBe(true);
  expect(files.test('f.txt')).toBe(false);
});

test.skipIf(!existsSync(join(ROOT, 'dist-node/cli.js')))(
  "action.yml's check step, as the runner runs it: SARIF written, exit code in the step's outputs",
  async () => {
    const step = action.runs.steps.find((s: { id?: string }) => s.id === 'check');
    writeFileSync(
      join(tmp, 'post.md'),
      '# Launch\n\nOur cache cuts latency by 35% for every tenant we host.\n',
    );
    const output = join(tmp, 'github-output');
    writeFileSync(output, '');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: tmp,
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_OUTPUT: output,
      CLAIMLENS_PATHS: 'post.md *.md', // a glob, unexpanded by the shell (set -f), expanded by ClaimLens
      CLAIMLENS_SITEMAP: '',
      CLAIMLENS_FAIL_ON: 'high',
      CLAIMLENS_ARGS: '--offline',
      CLAIMLENS_SARIF: 'claimlens.sarif',
    };
    // The runner's own command line for `shell: bash`.
    await promisify(execFile)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: tmp,
      env,
    });
    expect(readFileSync(output, 'utf8')).toBe('exit-code=1\n');
    const sarif = JSON.parse(readFileSync(join(tmp, 'claimlens.sarif'), 'utf8'));
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(1);
  },
);
