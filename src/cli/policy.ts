// What a team chose to see: the config's rules, minimums and allowlists, with per-path overrides, applied to one
// file's findings after the checks ran. Findings are filtered or re-graded; claims, links and imports are untouched.
import picomatch from 'picomatch';
import type { ClaimKind, Report, Severity } from '../core/report';
import { summarize } from '../core/summary';
import { severityRank } from '../core/vocabulary';
import type { Config, RuleSetting, Worth } from './config/schema';
import { findingWorth, meetsWorth } from './worth';

/** Why: the settings in force for one file once the overrides that match it are merged in. */
export interface Policy {
  rules: Partial<Record<string, RuleSetting>>;
  minSeverity: Severity | null;
  minWorth: Worth | null;
  skipKinds: ReadonlySet<ClaimKind>;
  sources: readonly string[];
}

/** Why: `overrides` entries match paths relative to the config file; later entries win. */
export function policyFor(config: Config, relPath: string | null): Policy {
  const policy = {
    rules: { ...config.rules },
    minSeverity: config.minSeverity ?? null,
    minWorth: config.minWorth ?? null,
    skipKinds: new Set(config.skipKinds ?? []),
    sources: config.allow?.sources ?? [],
  };
  if (relPath === null) return policy;
  for (const o of config.overrides ?? []) {
    if (!picomatch(o.files, { dot: true })(relPath)) continue;
    Object.assign(policy.rules, o.rules);
    policy.minSeverity = o.minSeverity ?? policy.minSeverity;
    policy.minWorth = o.minWorth ?? policy.minWorth;
    for (const k of o.skipKinds ?? []) policy.skipKinds.add(k);
  }
  return policy;
}

/** Why: the report as the team wants it reported; the summary's finding counts follow. */
export function applyPolicy(report: Report, policy: Policy): Report {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const sources = policy.sources.map((s) => s.toLowerCase());
  const findings = report.findings.flatMap((f) => {
    const setting = policy.rules[f.rule];
    if (setting === 'off') return [];
    const graded = setting ? { ...f, severity: setting } : f;
    if (policy.minSeverity && severityRank(graded.severity) > severityRank(policy.minSeverity)) return [];
    if (policy.minWorth && !meetsWorth(findingWorth(report, graded), policy.minWorth)) return [];
    const claim = claims.get(f.ref);
    if (claim && policy.skipKinds.has(claim.kind)) return [];
    // A source the team knows needs no link: "(Gartner, 2024)" is fine in their house.
    if (
      claim &&
      f.rule === 'cited-unlinked' &&
      sources.length &&
      claim.evidence.some((e) => sources.some((s) => e.text.toLowerCase().includes(s)))
    )
      return [];
    return [graded];
  });
  return { ...report, findings, summary: summarize({ ...report, findings }) };
}
