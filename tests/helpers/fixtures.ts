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
import { startFakeScholar } from './fake-scholar';

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

/** Why: the full pipeline as the CLI runs it, with registries, Crossref, doi.org and arXiv on 127.0.0.1 and a fixed
 *  clock (package ages are judged on 2026-01-01). */
export async function runFixture(f: Fixture, registryUrl: string): Promise<Report> {
  const text = readFileSync(f.source, 'utf8');
  const opts = {
    file: `${f.slug}/${basename(f.source)}`,
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
  const report = f.kind === 'html' ? analyzeHtml(text, opts) : analyzeMarkdown(text, opts);
  const webFile = join(f.dir, 'web.json');
  const web = await startFakeWeb(existsSync(webFile) ? JSON.parse(readFileSync(webFile, 'utf8')) : {}, f.dir);
  const scholar = await startFakeScholar();
  try {
    // Lookups go to the stand-in registry and scholar services; every other URL (the article's links) to the
    // recorded web.
    const fetch: FetchLike = (url, init) =>
      url.startsWith(registryUrl) || url.startsWith(scholar.url)
        ? (globalThis.fetch(url, init as RequestInit) as never)
        : web.fetch(url, init);
    return await verifyReport(report, {
      fetch,
      linkFetch: fetch,
      depsdevUrl: registryUrl,
      pypiUrl: registryUrl,
      packagistUrl: registryUrl,
      crossrefUrl: scholar.url,
      doiUrl: scholar.url,
      arxivUrl: scholar.url,
      npmUrl: registryUrl,
      timeoutMs: 5000,
      now: () => Date.parse('2026-01-01T00:00:00Z'),
    });
  } finally {
    await Promise.all([web.close(), scholar.close()]);
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
      // A lookup's verdict joins its evidence when it decided something ("unknown" is left out).
      ...(c.evidence.length > 0 && {
        evidence: c.evidence.map(
          (e) =>
            `${e.kind}: ${e.text}${e.work && e.work.status !== 'unknown' ? ` → ${e.work.status}${e.work.work ? `: ${e.work.work.title}` : ''}` : ''}`,
        ),
      }),
      ...(c.source &&
        c.source.status !== 'unverifiable' && {
          source: `${c.source.status}${c.source.snippet ? `: ${c.source.snippet}` : ''}`,
        }),
    })),
    links: report.links.map((l) => ({
      text: l.text,
      href: l.href,
      status: l.status,
      ...(l.finalUrl && { finalUrl: l.finalUrl }),
    })),
    imports: report.imports.map((i) => ({
      language: i.language,
      module: i.module,
      package: i.package,
      status: i.status,
      ...(i.risk && i.risk.flags.length > 0 && { risk: i.risk.flags }),
      ...(i.suggestions && { suggestions: i.suggestions }),
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
