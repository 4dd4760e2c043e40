// The saved-article test cases (tests/fixtures/<slug>/): run one through the whole pipeline and project its report
// onto the fields a reviewer checks in expected.json.
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeHtml, analyzeMarkdown } from '../../src/node/index';
import { verifyReport } from '../../src/node/verify-report';
import type { Report } from '../../src/core/report';
import type { FetchLike } from '../../src/verify/http';
import { startFakeWeb } from './fake-web';

/** Why: where the cases live; CLAIMLENS_FIXTURES_DIR points scripts (and their tests) at another folder. */
export const FIXTURES_DIR = process.env.CLAIMLENS_FIXTURES_DIR
  ? resolve(process.env.CLAIMLENS_FIXTURES_DIR)
  : fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Why: one saved page per case; the folder name is the case name. */
export interface Fixture {
  slug: string;
  dir: string;
  source: string;
  kind: 'html' | 'markdown';
}

/** Why: the test and the scripts walk the same list. */
export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => fixtureAt(join(FIXTURES_DIR, d.name)))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Why: one rule for what makes a folder a case, shared by listFixtures and the add-fixture script. */
export function fixtureAt(dir: string): Fixture {
  const file = ['source.md', 'source.html'].find((f) => existsSync(join(dir, f)));
  if (!file) throw new Error(`fixture ${basename(dir)} has no source.md or source.html`);
  return {
    slug: basename(dir),
    dir,
    source: join(dir, file),
    kind: file.endsWith('.md') ? 'markdown' : 'html',
  };
}

/** Why: the full pipeline as the CLI runs it, with registries on 127.0.0.1 and a fixed clock. */
export async function runFixture(f: Fixture, registryUrl: string): Promise<Report> {
  const text = readFileSync(f.source, 'utf8');
  const opts = {
    file: `${f.slug}/${basename(f.source)}`,
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
  const report = f.kind === 'html' ? analyzeHtml(text, opts) : analyzeMarkdown(text, opts);
  const webFile = join(f.dir, 'web.json');
  const web = await startFakeWeb(existsSync(webFile) ? JSON.parse(readFileSync(webFile, 'utf8')) : {});
  try {
    // Registry lookups go to the stand-in registry; every other URL (the article's links) to the recorded web.
    const fetch: FetchLike = (url, init) =>
      url.startsWith(registryUrl)
        ? (globalThis.fetch(url, init as RequestInit) as never)
        : web.fetch(url, init);
    return await verifyReport(report, {
      fetch,
      linkFetch: fetch,
      depsdevUrl: registryUrl,
      pypiUrl: registryUrl,
      npmUrl: registryUrl,
      timeoutMs: 5000,
    });
  } finally {
    await web.close();
  }
}

/** Why: expected.json holds what a reviewer judges (texts, kinds, verdicts), not offsets that churn. */
export function project(report: Report) {
  const text = (ref: string) =>
    report.claims.find((c) => c.id === ref)?.text ??
    report.links.find((l) => l.id === ref)?.text ??
    report.imports.find((i) => i.id === ref)?.module ??
    ref;
  return {
    title: report.source.title,
    claims: report.claims.map((c) => ({
      text: c.text,
      kind: c.kind,
      support: c.support,
      ...(c.value !== undefined && { value: c.value }),
      ...(c.unit !== undefined && { unit: c.unit }),
      ...(c.hedge !== undefined && { hedge: c.hedge }),
      ...(c.context !== undefined && { context: c.context }),
      ...(c.evidence.length > 0 && { evidence: c.evidence.map((e) => `${e.kind}: ${e.text}`) }),
    })),
    links: report.links.map((l) => ({ text: l.text, href: l.href, status: l.status })),
    imports: report.imports.map((i) => ({
      language: i.language,
      module: i.module,
      package: i.package,
      status: i.status,
    })),
    findings: report.findings.map((f) => ({ rule: f.rule, severity: f.severity, on: text(f.ref) })),
  };
}

/** Why: what expected.json holds. */
export type Expected = ReturnType<typeof project>;

/** Why: update-fixtures and add-fixture write expected.json the same way, for a person to review in the diff. */
export async function writeExpected(f: Fixture, registryUrl: string): Promise<Expected> {
  const expected = project(await runFixture(f, registryUrl));
  writeFileSync(join(f.dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  return expected;
}

/** Why: both scripts say what they wrote in one line a person can scan. */
export function describeExpected(slug: string, e: Expected): string {
  return `${slug}: ${e.claims.length} claims, ${e.links.length} links, ${e.imports.length} imports, ${e.findings.length} findings`;
}
