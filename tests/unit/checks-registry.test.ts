// Every check in src/checks/ is listed in index.ts, has its own test file, and is triggered by a saved fixture.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CHECKS, finalizeReport } from '../../src/checks/index';
import { analyzeMarkdown } from '../../src/node/index';
import { listFixtures } from '../helpers/fixtures';

const DIR = new URL('../../src/checks/', import.meta.url).pathname;
const files = readdirSync(DIR).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'types.ts'].includes(f),
);
const rulesInFixtures = new Set(
  listFixtures().flatMap((f) => {
    const file = join(f.dir, 'expected.json');
    return existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')).findings as { rule: string }[]).map((x) => x.rule)
      : [];
  }),
);

test('check ids are unique and kebab-case', () => {
  const ids = CHECKS.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
});

test.each(files)('%s is listed, tested and has a fixture', async (file) => {
  const mod = (await import(join(DIR, file))) as Record<string, unknown>;
  const exported = Object.values(mod).filter(
    (v): v is (typeof CHECKS)[number] => typeof v === 'object' && v !== null && 'run' in v && 'id' in v,
  );
  expect(exported, `${file} exports one check`).toHaveLength(1);
  const check = exported[0]!;
  expect(file, 'the file is named after its check').toBe(`${check.id}.ts`);
  expect(CHECKS, `${check.id} is listed in src/checks/index.ts`).toContain(check);
  expect(existsSync(join(DIR, `${check.id}.test.ts`)), `${check.id}.test.ts exists`).toBe(true);
  expect(rulesInFixtures.has(check.id), `some fixture's expected.json has a ${check.id} finding`).toBe(true);
});

test('every listed check has its own file', () => {
  expect(CHECKS.map((c) => `${c.id}.ts`).sort()).toEqual([...files].sort());
});

test("a finding's rule is its check's id, stamped by the list", () => {
  const probe = { ...CHECKS[0]!, run: () => [{ severity: 'low' as const, message: 'm', ref: 'c1' }] };
  const [claim] = analyzeMarkdown('We cut costs by 40%.', { nlp: false }).claims;
  const report = finalizeReport({ ...analyzeMarkdown('', { nlp: false }), claims: [claim!] }, [probe]);
  expect(report.findings).toEqual([
    { id: 'f1', rule: CHECKS[0]!.id, severity: 'low', message: 'm', ref: 'c1' },
  ]);
});

test('a figure the article works out wrongly is that finding alone, not also one without a source', () => {
  const r = analyzeMarkdown(
    '# Faster pages\n\nOverall, CLS improved by 250% from 0.25 to 0.09 after we moved the ads.\n',
  );
  const on = r.findings.filter((f) => r.claims.find((c) => c.id === f.ref)?.text === '250%');
  expect(on.map((f) => f.rule)).toEqual(['arithmetic-mismatch']);
  // Another figure in the same place, with no arithmetic to check, still lacks a source.
  const plain = analyzeMarkdown('# Faster pages\n\nOverall, CLS improved by 250% after we moved the ads.\n');
  expect(plain.findings.map((f) => f.rule)).toContain('unsupported-number');
});
