// The ordered list of checks. Order is the order findings appear in (most check-worthy kinds first).
import type { Finding, Report } from '../core/report';
import type { Check } from './types';
import { summarize } from '../core/summary';
import { foldRepeats } from '../core/repeats';
import { unsupportedNumber } from './unsupported-number';
import { unsupportedTable } from './unsupported-table';
import { citedUnlinked } from './cited-unlinked';
import { unsupportedSuperlative } from './unsupported-superlative';
import { weaselAttribution } from './weasel-attribution';
import { unsupportedGeneralization } from './unsupported-generalization';
import { unnamedCustomer } from './unnamed-customer';
import { contradictoryMetric } from './contradictory-metric';
import { arithmeticMismatch } from './arithmetic-mismatch';
import { placeholderLink } from './placeholder-link';
import { missingLink } from './missing-link';
import { brokenLink } from './broken-link';
import { nonexistentImport } from './nonexistent-import';
import { citedWorkNotFound } from './cited-work-not-found';
import { sourceNotStated } from './source-not-stated';
import { riskyPackage } from './risky-package';

/** Why: one list says which checks run, in what order. */
export const CHECKS: readonly Check[] = [
  unsupportedNumber,
  unsupportedTable,
  citedUnlinked,
  unsupportedSuperlative,
  weaselAttribution,
  unsupportedGeneralization,
  unnamedCustomer,
  contradictoryMetric,
  arithmeticMismatch,
  placeholderLink,
  missingLink,
  brokenLink,
  nonexistentImport,
  citedWorkNotFound,
  sourceNotStated,
  riskyPackage,
];

// A claim that one finding explains needs no vaguer one: "LCP improved by 80% from 4.5 seconds to 2.5 seconds" is
// worked out from the article's own numbers, wrongly, which says more than that it (and the timings it was folded
// with) has no source.
const EXPLAINS: Readonly<Record<string, readonly string[]>> = {
  'arithmetic-mismatch': ['unsupported-number'],
};

// Findings are derived data, numbered in list order; run after every change of statuses. A problem said again
// (the same figure, the same placeholder) is one finding whose refs list every place.
function runChecks(report: Report, checks: readonly Check[]): Finding[] {
  const drafts = checks.flatMap((check) => check.run(report).map((d) => ({ rule: check.id, ...d })));
  const explained = new Set<string>();
  for (const d of drafts) for (const rule of EXPLAINS[d.rule] ?? []) explained.add(`${rule}|${d.ref}`);
  const folded = foldRepeats(drafts, report);
  const kept =
    explained.size === 0
      ? folded
      : folded.filter((d) => !(d.refs ?? [d.ref]).some((ref) => explained.has(`${d.rule}|${ref}`)));
  return kept.map((d, k) => ({ id: `f${k + 1}`, ...d }));
}

/** Why: after verification changes statuses, findings and counts are derived again from the same data. */
export function finalizeReport(report: Report, checks: readonly Check[] = CHECKS): Report {
  const findings = runChecks(report, checks);
  return { ...report, findings, summary: summarize({ ...report, findings }) };
}

export type { Check, FindingDraft } from './types';
