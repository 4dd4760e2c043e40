import type { Report, Summary } from './report';
import { IMPORT_STATUSES as IMPORTS, LINK_STATUSES as LINKS, SEVERITIES, SUPPORTS } from './vocabulary';

/** Why: every view shows the same at-a-glance counts; every key is present, zero or not. */
export function summarize(report: Pick<Report, 'claims' | 'links' | 'imports' | 'findings'>): Summary {
  return {
    claims: report.claims.length,
    support: count(
      SUPPORTS,
      report.claims.map((c) => c.support),
    ),
    links: count(
      LINKS,
      report.links.map((l) => l.status),
    ),
    imports: count(
      IMPORTS,
      report.imports.map((i) => i.status),
    ),
    findings: count(
      SEVERITIES,
      report.findings.map((f) => f.severity),
    ),
  };
}

function count<K extends string>(keys: readonly K[], values: K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) out[v] += 1;
  return out;
}
