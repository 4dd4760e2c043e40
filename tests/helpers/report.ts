// Builds small, valid Reports for unit tests of checks and views: name only what the test is about.
import type { Claim, ImportRef, LinkRef, Report } from '../../src/core/report';
import { summarize } from '../../src/core/summary';

/** Why: a claim with sensible defaults; the quote is derived from the text. */
export function claim(over: Partial<Claim> & Pick<Claim, 'text'>): Claim {
  const sentence = over.sentence ?? `We measured ${over.text} in production.`;
  const start = Math.max(0, sentence.indexOf(over.text));
  return {
    id: 'c1',
    kind: 'percentage',
    sentence,
    worth: 'high',
    worthReasons: ['a performance or benchmark result'],
    support: 'unsupported',
    evidence: [],
    block: 0,
    quote: {
      exact: over.text,
      prefix: sentence.slice(0, start),
      suffix: sentence.slice(start + over.text.length),
      start,
      end: start + over.text.length,
    },
    ...over,
  };
}

/** Why: as claim(), for links. */
export function link(over: Partial<LinkRef> & Pick<LinkRef, 'text'>): LinkRef {
  return {
    id: 'l1',
    href: 'https://example.org/',
    status: 'unchecked',
    block: 0,
    quote: { exact: over.text, prefix: '', suffix: '', start: 0, end: over.text.length },
    ...over,
  };
}

/** Why: as claim(), for imports. */
export function imp(over: Partial<ImportRef> & Pick<ImportRef, 'module'>): ImportRef {
  return {
    id: 'i1',
    language: 'python',
    package: over.module,
    registry: 'pypi',
    status: 'unknown',
    line: 1,
    block: 0,
    ...over,
  };
}

/** Why: a whole report around the parts a test names; ids are renumbered so they stay unique. */
export function report(
  parts: { claims?: Claim[]; tables?: Report['tables']; links?: LinkRef[]; imports?: ImportRef[] } = {},
): Report {
  const claims = (parts.claims ?? []).map((c, i) => ({ ...c, id: `c${i + 1}` }));
  const links = (parts.links ?? []).map((l, i) => ({ ...l, id: `l${i + 1}` }));
  const imports = (parts.imports ?? []).map((m, i) => ({ ...m, id: `i${i + 1}` }));
  return {
    schemaVersion: 1,
    source: { title: 'Test article', url: null, file: 'test.md' },
    meta: { tool: 'claimlens', version: '0.0.0', checkedAt: '2026-01-01T00:00:00.000Z', online: false },
    claims,
    tables: parts.tables ?? [],
    links,
    imports,
    findings: [],
    summary: summarize({ claims, links, imports, findings: [] }),
  };
}
