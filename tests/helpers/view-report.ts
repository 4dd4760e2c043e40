// A small hand-made Report for the extension's unit tests (groups, render plan, badge): every kind of item once.
import type { Claim, Finding, ImportRef, LinkRef, Report } from '../../src/core/report';
import { summarize } from '../../src/core/summary';

const quote = (exact: string, start = 0) => ({
  exact,
  prefix: '',
  suffix: '',
  start,
  end: start + exact.length,
});

/** Why: a claim with sensible defaults; tests override what they are about. */
export function claim(id: string, text: string, over: Partial<Claim> = {}): Claim {
  return {
    id,
    kind: 'percentage',
    text,
    sentence: `We saw ${text}.`,
    worth: 'high',
    worthReasons: ['a performance or benchmark result'],
    support: 'unsupported',
    evidence: [],
    block: 0,
    quote: quote(text, 7),
    ...over,
  };
}

/** Why: a link with sensible defaults. */
export function link(id: string, text: string, over: Partial<LinkRef> = {}): LinkRef {
  return { id, text, href: '#', status: 'placeholder', block: 1, quote: quote(text), ...over };
}

/** Why: an import with sensible defaults. */
export function imp(id: string, module: string, over: Partial<ImportRef> = {}): ImportRef {
  return {
    id,
    language: 'python',
    module,
    package: module,
    registry: 'pypi',
    status: 'unknown',
    line: 1,
    block: 2,
    ...over,
  };
}

/** Why: a finding for a ref. */
export function finding(
  id: string,
  ref: string,
  severity: Finding['severity'],
  message = `${ref} flagged`,
): Finding {
  return { id, rule: 'test', severity, message, ref };
}

/** Why: a complete Report from parts, with a consistent summary. */
export function makeReport(
  parts: Partial<Pick<Report, 'claims' | 'tables' | 'links' | 'imports' | 'findings'>>,
): Report {
  const r = { claims: [], tables: [], links: [], imports: [], findings: [], ...parts };
  return {
    schemaVersion: 1,
    source: { title: 'Test', url: 'https://example.org/post', file: null },
    meta: { tool: 'claimlens', version: '0.1.0', checkedAt: '2026-01-01T00:00:00.000Z', online: false },
    ...r,
    summary: summarize(r),
  };
}
