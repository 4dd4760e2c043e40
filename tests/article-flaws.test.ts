// Every kind of flaw ClaimLens exists for, end to end through the CLI, on two articles: the seed it was conceived
// from (../shared/seed, beside the repository and not in it) and the project's own sample, samples/sample-post.md,
// which carries the same kinds of flaw. A clone without ../shared skips the seed, says why, and still runs the sample.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli/main';
import type { Report } from '../src/core/report';
import { startFakeRegistry, type FakeRegistry } from './helpers/fake-registry';
import { validateReport } from './helpers/schema';

/** What one article must show: each line is a flaw kind the seed has. */
interface Flaws {
  /** An author-year citation without a link: the claim it backs is cited but unlinked. */
  citedUnlinked: [claim: string, evidence: RegExp];
  /** Percentages with nothing behind them. */
  unsupported: string[];
  /** A table of "real production metrics" with no source: [row, value]. */
  tableMetrics: [row: string, value: string][];
  /** A leadership claim. */
  leadership: string;
  /** How many "(link)" placeholders stand where links should be. */
  placeholders: number;
  /** A Python import no registry has. */
  missingImport: string;
  /** Years, dates and numbers in code: never claims. */
  notClaims: string[];
}

const ARTICLES: [name: string, file: string, flaws: Flaws][] = [
  [
    'the seed article (../shared/seed)',
    fileURLToPath(new URL('../../shared/seed/000_98e3e7e15e15d878.txt', import.meta.url)),
    {
      citedUnlinked: ['1%', /Koomey et al\., 2016/],
      unsupported: ['40%', '25%'],
      tableMetrics: [
        ['API Uptime', '99.7%'],
        ['Processing Latency', '<50ms'],
        ['Containers Running', '60'],
      ],
      leadership: 'a leader in healthcare AI',
      placeholders: 2,
      missingImport: 'liam_core',
      notClaims: ['2016', '2026', '64', '85.5', '92.3', '120.0', '.2f'],
    },
  ],
  [
    'the sample article (samples/sample-post.md)',
    fileURLToPath(new URL('../samples/sample-post.md', import.meta.url)),
    {
      citedUnlinked: ['up to 9%', /Albrecht et al\., 2022/],
      unsupported: ['42%', '31%'],
      tableMetrics: [
        ['Grid Uptime', '99.999%'],
        ['Dispatch Latency', '<50ms'],
        ['Substations Connected', '1,284'],
      ],
      leadership: 'the world leader in AI-driven grid balancing',
      placeholders: 2,
      missingImport: 'veridane_fluxcore',
      notClaims: ['2022', '2026', '5000', '200', '48'],
    },
  ],
];

let registry: FakeRegistry;
beforeAll(async () => {
  registry = await startFakeRegistry();
});
afterAll(async () => {
  await registry?.close();
});

for (const [name, file, flaws] of ARTICLES) {
  const present = existsSync(file);
  if (!present)
    console.log(`Skipping ${name}: ${file} does not exist (a clone without ../shared beside it).`);

  describe.skipIf(!present)(name, () => {
    let report: Report;
    beforeAll(async () => {
      let stdout = '';
      let stderr = '';
      const code = await runCli({
        argv: ['check', file, '--format', 'json', '--no-links', '--no-cache'].concat([
          '--depsdev-url',
          registry.url,
          '--pypi-url',
          registry.url,
          '--npm-url',
          registry.url,
        ]),
        env: {},
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        isTTY: false,
      });
      expect([code, stderr]).toEqual([0, '']);
      report = JSON.parse(stdout) as Report;
    });
    const claim = (text: string) => report.claims.find((c) => c.text === text || c.text.includes(text));

    test('validates against the schema', () => expect(validateReport(report)).toEqual([]));
    test(`${flaws.citedUnlinked[0]} is cited but unlinked, with its author-year citation as evidence`, () => {
      const c = claim(flaws.citedUnlinked[0]);
      expect(c).toMatchObject({ support: 'cited-unlinked' });
      expect(c!.evidence.map((e) => e.text).join()).toMatch(flaws.citedUnlinked[1]);
    });
    test.each(flaws.unsupported)('%s is unsupported', (text) =>
      expect(claim(text)?.support).toBe('unsupported'),
    );
    test.each(flaws.tableMetrics)(
      'table metric %s: %s is unsupported, with its row as context',
      (row, value) => {
        const c = report.claims.find((x) => x.context?.startsWith(row));
        expect(c).toMatchObject({ text: value, support: 'unsupported' });
      },
    );
    test(`"${flaws.leadership}" is an unsupported superlative`, () => {
      expect(claim(flaws.leadership)).toMatchObject({ kind: 'superlative', support: 'unsupported' });
    });
    test(`${flaws.placeholders} "(link)" placeholders`, () => {
      expect(report.links.filter((l) => l.text === '(link)' && l.status === 'placeholder')).toHaveLength(
        flaws.placeholders,
      );
    });
    test(`${flaws.missingImport} is missing; the registries were asked`, () => {
      expect(report.imports.find((i) => i.module === flaws.missingImport)).toMatchObject({
        status: 'missing',
        registry: 'pypi',
      });
      expect(registry.requests.some((r) => r.includes(flaws.missingImport.split('_')[0]!))).toBe(true);
    });
    test('no year, date or code number is a claim', () => {
      const texts = report.claims.map((c) => c.text);
      for (const bad of flaws.notClaims) expect(texts).not.toContain(bad);
    });
  });
}
