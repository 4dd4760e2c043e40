// `npm test` (scripts/test-all.mjs) runs every stage even when one fails, and still exits non-zero.
import { describe, expect, test } from 'vitest';
import { STAGES, runStages } from '../../scripts/test-all.mjs';

const node = (code: string): [string, string[]] => [process.execPath, ['-e', code]];

describe('scripts/test-all.mjs', () => {
  test('lint and type checks first, then the unit tests, then the browser tests', () => {
    expect(STAGES.map(([name]) => name)).toEqual(['lint', 'typecheck', 'unit', 'e2e']);
  });

  test('a failed stage does not stop the later ones; the exit code is the first failure', () => {
    const lines: string[] = [];
    const code = runStages(
      [
        ['lint', ...node('process.exit(0)')],
        ['unit', ...node('process.exit(3)')],
        ['e2e', ...node('process.exit(0)')],
        ['last', ...node('process.exit(5)')],
      ],
      (line: string) => lines.push(line),
    );
    expect(code).toBe(3);
    expect(lines.at(-1)).toBe('\n== lint: ok, unit: failed (3), e2e: ok, last: failed (5)');
  });

  test('all stages passing exit 0', () => {
    expect(runStages([['only', ...node('')]], () => undefined)).toBe(0);
  });
});
