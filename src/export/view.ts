// What every human-facing export reads from a Report (checked at the export front door, index.ts), and the small
// helpers they share: severity order, dates, safe links, clipping.

import type { Claim, Finding, ImportRef, LinkRef, Report, Severity } from '../core/report';
import { SEVERITIES } from '../core/vocabulary';
import { emptyVerdict } from '../core/empty-verdict';
import { topProblems } from '../core/top-problems';

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
  /** What a reader should see first (core/top-problems), worst first. */
  top: Finding[];
  /** When nothing was flagged, what that means ("No check-worthy claims", "Every claim stands on a source"). */
  quiet: { title: string; detail: string };
}

/** Why: one place builds the lookups every export walks (findings by the claim, link or import they are about). */
export function viewOf(report: Report): ReportView {
  const byRef = new Map<string, Finding[]>();
  for (const f of report.findings) byRef.set(f.ref, [...(byRef.get(f.ref) ?? []), f]);
  return {
    title: report.source.title,
    url: report.source.url,
    file: report.source.file,
    version: report.meta.version,
    checkedAt: report.meta.checkedAt,
    online: report.meta.online,
    claims: report.claims,
    links: report.links,
    imports: report.imports,
    findings: report.findings,
    byRef,
    top: topProblems(report),
    quiet: emptyVerdict(report),
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
  // A control or bidirectional control inside a URL is refused, not stripped: stripping "evil.com\0.example.org"
  // would make a link to another host. Such an href is shown as text.
  return (
    typeof href === 'string' &&
    /^(https?:\/\/|mailto:)[^\s]/i.test(href.trim()) &&
    href.length <= 4096 &&
    // oxlint-disable-next-line no-control-regex -- matching control characters is the point
    !/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(href)
  );
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

/** Why: findings grouped high, medium, low, each group in report order. */
export function findingsBySeverity(view: ReportView): { severity: Severity; findings: Finding[] }[] {
  return SEVERITIES.map((severity) => ({
    severity,
    findings: view.findings.filter((f) => f.severity === severity),
  }));
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
