// A tolerant reading of a Report for the human-facing exports: a report loaded from disk may be broken
// or from a newer version, and an export must still come out (missing lists read as empty, never a throw).

import type {
  Claim,
  Evidence,
  Finding,
  ImportRef,
  LinkRef,
  Report,
  Severity,
  TextQuote,
} from '../core/report';
import { SEVERITIES } from './labels';

/** Why: every export needs the same facts about the report, already checked for shape. */
export interface ReportView {
  title: string;
  url: string | null;
  file: string | null;
  version: string;
  checkedAt: string;
  online: boolean;
  claims: Claim[];
  links: LinkRef[];
  imports: ImportRef[];
  findings: Finding[];
  /** Findings by the id they refer to (claim, link or import). */
  byRef: Map<string, Finding[]>;
}

/** Why: page text can be anything, including a non-string in a broken report. */
export function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
    : [];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function int(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 0;
}

function quoteOf(value: unknown): TextQuote {
  const q = record(value);
  return {
    exact: str(q.exact),
    prefix: str(q.prefix),
    suffix: str(q.suffix),
    start: int(q.start),
    end: int(q.end),
  };
}

function evidenceOf(value: unknown): Evidence[] {
  return list(value).map((e) => {
    const out = { ...e, kind: str(e.kind), text: str(e.text) } as Evidence;
    if (e.href !== undefined) out.href = str(e.href);
    return out;
  });
}

function nullableStr(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Why: one place turns an untrusted Report into lists every export can walk without checks. */
export function viewOf(report: Report): ReportView {
  const r = record(report);
  const source = record(r.source);
  const meta = record(r.meta);
  const claims = list(r.claims).map(
    (c) =>
      ({
        ...c,
        id: str(c.id),
        kind: str(c.kind),
        text: str(c.text),
        sentence: str(c.sentence),
        support: str(c.support),
        evidence: evidenceOf(c.evidence),
        block: int(c.block),
        quote: quoteOf(c.quote),
      }) as Claim,
  );
  const links = list(r.links).map(
    (l) =>
      ({
        ...l,
        id: str(l.id),
        text: str(l.text),
        href: nullableStr(l.href),
        status: str(l.status),
        block: int(l.block),
        quote: quoteOf(l.quote),
      }) as LinkRef,
  );
  const imports = list(r.imports).map(
    (i) =>
      ({
        ...i,
        id: str(i.id),
        language: str(i.language),
        module: str(i.module),
        package: nullableStr(i.package),
        registry: nullableStr(i.registry),
        status: str(i.status),
        line: int(i.line),
        block: int(i.block),
      }) as ImportRef,
  );
  const findings = list(r.findings).map(
    (f) =>
      ({
        ...f,
        id: str(f.id),
        rule: str(f.rule),
        severity: str(f.severity),
        message: str(f.message),
        ref: str(f.ref),
      }) as Finding,
  );
  const byRef = new Map<string, Finding[]>();
  for (const f of findings) byRef.set(f.ref, [...(byRef.get(f.ref) ?? []), f]);
  return {
    title: str(source.title),
    url: nullableStr(source.url),
    file: nullableStr(source.file),
    version: str(meta.version),
    checkedAt: str(meta.checkedAt),
    online: meta.online === true,
    claims,
    links,
    imports,
    findings,
    byRef,
  };
}

/** Why: a claim's severity in a table is the worst finding about it. */
export function highestSeverity(findings: readonly Finding[]): Severity | null {
  for (const s of SEVERITIES) if (findings.some((f) => f.severity === s)) return s;
  return null;
}

/** Why: a reader wants "2026-11-27 10:15 UTC", not an ISO string; a broken date is shown as written. */
export function formatCheckedAt(iso: string): string {
  const d = new Date(iso);
  if (iso === '' || Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} UTC`;
}

/** Why: only web and mail links are rendered clickable; `javascript:` and the like stay text. */
export function isSafeHref(href: string | null | undefined): href is string {
  return typeof href === 'string' && /^(https?:\/\/|mailto:)[^\s]/i.test(href.trim()) && href.length <= 4096;
}

/** Why: a sentence in a table cell or a title must not run for pages; long page text is cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  // Do not split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/** Why: findings grouped high, medium, low in report order; a severity the contract does not know is kept, last. */
export function findingsBySeverity(
  view: ReportView,
): { severity: Severity | 'other'; findings: Finding[] }[] {
  const groups: { severity: Severity | 'other'; findings: Finding[] }[] = SEVERITIES.map((severity) => ({
    severity,
    findings: view.findings.filter((f) => f.severity === severity),
  }));
  const other = view.findings.filter((f) => !SEVERITIES.includes(f.severity));
  if (other.length > 0) groups.push({ severity: 'other', findings: other });
  return groups;
}

/** Why: a finding names a claim, a link or an import by id; the export shows the thing itself. */
export type Target =
  | { type: 'claim'; claim: Claim }
  | { type: 'link'; link: LinkRef }
  | { type: 'import'; imp: ImportRef }
  | { type: 'none' };

/** Why: resolves finding refs once per export rather than searching the lists per finding. */
export function targetIndex(view: ReportView): (ref: string) => Target {
  const map = new Map<string, Target>();
  for (const imp of view.imports) if (!map.has(imp.id)) map.set(imp.id, { type: 'import', imp });
  for (const link of view.links) if (!map.has(link.id)) map.set(link.id, { type: 'link', link });
  for (const claim of view.claims) map.set(claim.id, { type: 'claim', claim });
  return (ref) => map.get(ref) ?? { type: 'none' };
}
