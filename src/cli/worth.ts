// Minimum worth to report: a finding is as worthy as the claim it is about; links and imports carry no worth, so
// their finding's severity stands in for it.
import type { Finding, Report } from '../core/report';
import { WORTHS, type Worth } from '../core/vocabulary';

const rank = (w: Worth): number => WORTHS.length - WORTHS.indexOf(w);

/** Why: the worth of the claim a finding is about; links and imports use the finding's severity. */
export function findingWorth(report: Report, finding: Finding): Worth {
  return report.claims.find((c) => c.id === finding.ref)?.worth ?? finding.severity;
}

/** Why: `minWorth: medium` keeps high and medium. */
export function meetsWorth(worth: Worth, min: Worth): boolean {
  return rank(worth) >= rank(min);
}
