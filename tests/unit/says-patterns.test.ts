// `says` (src/core/worth/context.ts) keeps one slot per pattern object for the life of the process: a regex literal
// written inside a row's test is a new object on every call, and would add a slot each time.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const DIR = new URL('../../src/core/worth/', import.meta.url);

test('every pattern passed to says is a module-level constant, never a literal made per call', () => {
  const offenders = readdirSync(DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) =>
      readFileSync(new URL(f, DIR), 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${f}:${i + 1}`, line }))
        .filter(({ line }) => /\bsays\(\s*(?:\/|new\s+RegExp)/.test(line)),
    )
    .map((o) => o.where);
  expect(offenders).toEqual([]);
});
