// Every input of issue 10's "What was seen" that the CLI reads, as a named case: refused ones exit 2 with one line,
// accepted ones give a valid report of bounded size that says which caps it reached. (Their time and memory limits,
// 5 s and 1 GB, are asserted by `npm run bench`, not here.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/main';
import { analyzeArticle } from '../../src/engine/analyze';
import { articleFromMarkdown } from '../../src/node/index';
import { LIMITS } from '../../src/core/limits';
import type { Report } from '../../src/core/report';
import { validateReport } from '../helpers/schema';
import { CLI_INPUTS, longParagraph } from './inputs';

const tmp = mkdtempSync(join(tmpdir(), 'claimlens-hardening-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function check(
  file: string,
): Promise<{ code: number; stderr: string; report: Report | null; bytes: number }> {
  const out = join(tmp, `${file}.json`);
  let stderr = '';
  const code = await runCli({
    argv: ['check', join(tmp, file), '--offline', '--format', 'json', '-o', out],
    env: {},
    stdout: () => undefined,
    stderr: (s) => (stderr += s),
    isTTY: false,
  });
  const text = code === 2 ? '' : readFileSync(out, 'utf8');
  return { code, stderr, report: text ? (JSON.parse(text) as Report) : null, bytes: text.length };
}

describe.each(CLI_INPUTS.map((c) => [c.name, c] as const))('CLI: %s', (_name, input) => {
  test(input.refused ? 'is refused with one line, exit 2' : 'gives a valid, bounded report', async () => {
    const made = input.make();
    writeFileSync(join(tmp, input.file), made);
    const r = await check(input.file);
    if (input.refused) {
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(input.refused);
      return;
    }
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(validateReport(r.report)).toEqual([]);
    // Linear: was 506 MB for 2,000 links (87 kB) and an out-of-memory abort for 10,000.
    expect(r.bytes).toBeLessThan(60 * made.length);
    expect(r.report!.claims.every((c) => c.sentence.length <= LIMITS.sentenceChars)).toBe(true);
    expect(r.report!.claims.every((c) => c.evidence.length <= LIMITS.evidencePerClaim)).toBe(true);
  });
});

describe('the engine holds its caps even on input the prose gate would refuse', () => {
  test.each([
    ['"1 " x 100000', '1 '.repeat(100_000)],
    ['"40% " x 50000', '40% '.repeat(50_000)],
  ])('%s', (_name, text) => {
    const report = analyzeArticle(articleFromMarkdown(text));
    expect(validateReport(report)).toEqual([]);
    expect(report.claims).toHaveLength(LIMITS.claimsPerBlock);
    expect(report.meta.limits).toEqual({ claimsPerBlock: LIMITS.claimsPerBlock });
    expect(report.meta.notes?.[0]).toMatch(
      /^Kept the first 500 claims of each block: \d[\d,]* more in 1 block/,
    );
    expect(JSON.stringify(report).length).toBeLessThan(1_000_000);
  });
});

describe("the extension's paragraphs: one report message stays small", () => {
  test.each([
    ['20 KB paragraph', 20_000],
    ['80 KB paragraph', 80_000],
  ])('%s', (_name, size) => {
    const report = analyzeArticle(articleFromMarkdown(longParagraph(size)));
    expect(validateReport(report)).toEqual([]);
    // Was over 64 MiB at 20 kB ("Message exceeded maximum allowed size").
    expect(JSON.stringify(report).length).toBeLessThan(40 * size);
  });
});
