// Every kind of flaw ClaimLens exists for, end to end through the CLI, on two articles: the seed it was conceived
// from (../shared/seed, beside the repository and not in it) and the project's own sample, samples/sample-post.md,
// which carries the same kinds of flaw. A clone without ../shared skips the seed, says why, and still runs the sample.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli/main';
import type { Report } from '../src/core/report';
import { startFakeRegistry, type FakeRegistry } from './helpers/fake-registry';
import { startFakeScholar, type FakeScholar } from './helpers/fake-scholar';
import { validateReport } from './helpers/schema';

/** What one article must show: each line is a flaw kind the seed has. */
interface Flaws {
  /** An author-year citation without a link: the claim it backs is cited but unlinked. */
  citedUnlinked: [claim: string, evidence: RegExp];
  /** Its lookup in the recorded Crossref stand-in: the status, and the words every view and export shows. */
  lookup: [status: string, shown: RegExp];
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
      lookup: ['ambiguous', /Several possible works[^\n]*United States Data Center Energy Usage Report/],
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
      lookup: ['not-found', /Cited work not found \(Crossref lists no work by Albrecht from 2022/],
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
let scholar: FakeScholar;
beforeAll(async () => {
  registry = await startFakeRegistry();
  scholar = await startFakeScholar();
});
afterAll(async () => {
  await registry?.close();
  await scholar?.close();
});

// The CLI on one article in one format, with the registries and Crossref, doi.org and arXiv on 127.0.0.1.
async function check(file: string, format: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({
    argv: ['check', file, '--format', format, '--no-links', '--no-cache'].concat([
      '--depsdev-url',
      registry.url,
      '--pypi-url',
      registry.url,
      '--npm-url',
      registry.url,
    ]),
    env: {
      CLAIMLENS_CROSSREF_URL: scholar.url,
      CLAIMLENS_DOI_URL: scholar.url,
      CLAIMLENS_ARXIV_URL: scholar.url,
      CLAIMLENS_PACKAGIST_URL: registry.url,
    },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
  });
  expect([code, stderr]).toEqual([0, '']);
  return stdout;
}

for (const [name, file, flaws] of ARTICLES) {
  const present = existsSync(file);
  if (!present)
    console.log(`Skipping ${name}: ${file} does not exist (a clone without ../shared beside it).`);

  describe.skipIf(!present)(name, () => {
    let report: Report;
    beforeAll(async () => {
      report = JSON.parse(await check(file, 'json')) as Report;
    });
    const claim = (text: string) => report.claims.find((c) => c.text === text || c.text.includes(text));

    test('validates against the schema', () => expect(validateReport(report)).toEqual([]));
    test(`${flaws.citedUnlinked[0]} is cited but unlinked, with its author-year citation as evidence`, () => {
      const c = claim(flaws.citedUnlinked[0]);
      expect(c).toMatchObject({ support: 'cited-unlinked' });
      expect(c!.evidence.map((e) => e.text).join()).toMatch(flaws.citedUnlinked[1]);
    });
    test(`${flaws.citedUnlinked[1].source.replace(/\\/g, '')} is looked up: ${flaws.lookup[0]}`, () => {
      const ev = claim(flaws.citedUnlinked[0])!.evidence.find((e) => flaws.citedUnlinked[1].test(e.text));
      expect(ev?.work).toMatchObject({ status: flaws.lookup[0], service: 'crossref' });
    });
    test.each(['text', 'md', 'html', 'csv', 'annotation'])(
      'the lookup result is in the %s report',
      async (format) => {
        const out = await check(file, format);
        // The terminal wraps long lines; HTML escapes quotes.
        const plain =
          format === 'html'
            ? out.replace(/&quot;/g, '"').replace(/&#39;/g, "'")
            : format === 'text'
              ? out.replace(/\n {4}(?: {2})?/g, ' ')
              : out;
        expect(plain).toMatch(flaws.citedUnlinked[1]);
        expect(plain).toMatch(flaws.lookup[1]);
      },
    );
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
    test(`${flaws.missingImport} gets no "did you mean" that does not exist`, () => {
      const missing = report.imports.find((i) => i.module === flaws.missingImport)!;
      // Any suggestion must be a package the stand-in registry has; here there is none close enough.
      expect(missing.suggestions).toBeUndefined();
      const finding = report.findings.find((f) => f.ref === missing.id)!;
      expect(finding.message).not.toMatch(/Did you mean/);
    });
    test('no year, date or code number is a claim', () => {
      const texts = report.claims.map((c) => c.text);
      for (const bad of flaws.notClaims) expect(texts).not.toContain(bad);
    });
  });
}
