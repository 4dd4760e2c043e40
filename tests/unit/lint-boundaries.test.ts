// The layers in .oxlintrc.json hold: a deliberately wrong import in each folder the boundaries cover fails
// `oxlint` with no-restricted-imports, and an allowed one passes. Each probe is a temporary file inside the folder,
// linted by the real binary, and removed even when the test fails.
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OXLINT = join(ROOT, 'node_modules', 'oxlint', 'bin', 'oxlint');
let probes = 0;

// Lints `source` as a file of `folder` (e.g. 'src/ui'); the probe's name is ignored by git (see .gitignore).
async function lintProbe(folder: string, source: string): Promise<{ code: number; output: string }> {
  const file = join(ROOT, folder, `__lint-probe-${process.pid}-${++probes}.ts`);
  writeFileSync(file, source);
  try {
    return await new Promise((resolve) => {
      execFile(
        process.execPath,
        [OXLINT, '--deny-warnings', relative(ROOT, file)],
        { cwd: ROOT, timeout: 60_000 },
        (err, stdout, stderr) =>
          resolve({ code: err ? Number(err.code ?? 1) : 0, output: `${stdout}\n${stderr}` }),
      );
    });
  } finally {
    rmSync(file, { force: true });
  }
}

// [folder, a line importing `x`, whether the layers allow it]. Each probe uses `x`, so only the import can fail.
const CASES: [string, string, boolean][] = [
  ['src/ui', "import { analyzeTab as x } from '../background/tabs';", false],
  ['src/ui', "import { readPage as x } from '../content/read';", false],
  ['src/ui', "import { request as x } from '../verify/http';", false],
  ['src/ui', "import { runCli as x } from '../cli/main';", false],
  ['src/ui', "import { siteOf as x } from '../shared/settings';", true],
  ['src/ui', "import { toMarkdown as x } from '../export/markdown';", true],
  ['src/onboarding', "import { hello as x } from '../background/tabs';", false],
  ['src/onboarding', "import { request as x } from '../verify/http';", false],
  ['src/onboarding', "import { HighlightModeForm as x } from '../ui/HighlightModeForm';", true],
  ['src/privacy', "import { VERIFIERS as x } from '../verify/verifiers/index';", false],
  ['src/privacy', "import { onlineCheckList as x } from '../ui/online-checks';", true],
  ['src/shared', "import { groupReport as x } from '../ui/groups';", false],
  ['src/shared', "import { analyzeTab as x } from '../background/tabs';", false],
  ['src/shared', "import { summarize as x } from '../core/summary';", false],
  ['src/shared', "import type { Report as x } from '../core/report';", true],
  ['src/adapters', "import { siteOf as x } from '../shared/settings';", false],
  ['src/adapters', "import { toJson as x } from '../export/json';", false],
  ['src/adapters', "import x from 'webextension-polyfill';", false],
  ['src/adapters', "import { readFileSync as x } from 'node:fs';", false],
  ['src/adapters', "import { makeQuote as x } from '../core/quote';", true],
  ['src/verify', "import { summarize as x } from '../core/summary';", false],
  ['src/verify', "import { callContent as x } from '../shared/messages';", false],
  ['src/verify', "import x from 'webextension-polyfill';", false],
  ['src/verify', "import { CHECK_HOSTS as x } from '../shared/check-hosts';", true],
  ['src/verify', "import { t as x } from '../shared/i18n';", false],
  ['src/verify', "import { htmlToArticle as x } from '../adapters/html';", false],
  ['src/verify', "import { siteOf as x } from '../shared/settings';", true],
  ['src/verify', "import type { Report as x } from '../core/report';", true],
  ['src/export', "import { finalizeReport as x } from '../checks/index';", false],
  ['src/export', "import { groupReport as x } from '../ui/groups';", false],
  ['src/export', "import { siteOf as x } from '../shared/settings';", false],
  ['src/export', "import { summarize as x } from '../core/summary';", true],
  // The content script stays light: compromise stays out under any of its entry points.
  ['src/content', "import x from 'compromise';", false],
  ['src/content', "import x from 'compromise/two';", false],
  ['src/content', "import { yieldToPage as x } from './schedule';", true],
  ['src/adapters', "import x from 'compromise/two';", false],
];

describe('lint boundaries', () => {
  test.each(CASES)('%s: %s (allowed: %s)', async (folder, line, allowed) => {
    const use = line.startsWith('import type')
      ? 'export type Probe = x;'
      : 'export const probe: unknown = x;';
    const source = `${line}\n${use}\n`;
    const { code, output } = await lintProbe(folder, source);
    if (allowed) {
      expect(output).not.toContain('no-restricted-imports');
      expect(code, output).toBe(0);
    } else {
      expect(code, output).not.toBe(0);
      expect(output).toContain('no-restricted-imports');
      expect(output).toContain(/from '([^']+)'/.exec(line)![1]);
    }
  });
});
