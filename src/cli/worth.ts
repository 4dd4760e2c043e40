// Minimum worth to report. Claims are getting a `worth` (high | medium | low | none) and a finding's severity will
// be derived from it; until a report carries it, a finding's worth is read from its severity. This file is the one
// hook: when claims carry `worth`, findingWorth reads it and nothing else in the CLI changes.
import type { Finding, Report } from '../core/report';
import { WORTHS, type Worth } from './config/schema';

const RANK: Record<Worth, number> = { high: 3, medium: 2, low: 1, none: 0 };

function isWorth(x: unknown): x is Worth {
  return typeof x === 'string' && (WORTHS as readonly string[]).includes(x);
}

/** Why: the worth of the claim a finding is about; links, imports and claims without `worth` use the severity. */
export function findingWorth(report: Report, finding: Finding): Worth {
  const claim = report.claims.find((c) => c.id === finding.ref) as { worth?: unknown } | undefined;
  return isWorth(claim?.worth) ? claim.worth : finding.severity;
}

/** Why: `minWorth: medium` keeps high and medium. */
export function meetsWorth(worth: Worth, min: Worth): boolean {
  return RANK[worth] >= RANK[min];
}
