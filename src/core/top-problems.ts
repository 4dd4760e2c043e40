// What a reader should see first: the few findings that matter most, across every group.
import type { Finding, Report } from './report';
import { severityRank, WORTHS } from './vocabulary';

/** Why: the popup, the terminal and every export open with at most this many findings. */
export const TOP_PROBLEMS = 6;

/**
 * Why: the first screen must show the worst problems of different kinds (the seed's citation, leadership claim,
 * placeholder, missing package and unsourced result beside its table: six rows fit a 400 x 600 popup), not six cells
 * of one table. Findings are ranked by severity, then by the worth of the claim they are about; the first pass takes
 * the best HIGH or MEDIUM finding of each rule, the second fills up in rank order. A LOW finding never takes a place
 * for variety: it shows only when nothing worse is left.
 */
export function topProblems(report: Report, max = TOP_PROBLEMS): Finding[] {
  const worth = new Map(report.claims.map((c) => [c.id, WORTHS.indexOf(c.worth)]));
  const ranked = report.findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        severityRank(a.f.severity) - severityRank(b.f.severity) ||
        (worth.get(a.f.ref) ?? 0) - (worth.get(b.f.ref) ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.f);
  const out: Finding[] = [];
  const rules = new Set<string>();
  for (const f of ranked) {
    if (out.length >= max || f.severity === 'low') break;
    if (rules.has(f.rule)) continue;
    rules.add(f.rule);
    out.push(f);
  }
  for (const f of ranked) {
    if (out.length >= max) break;
    if (!out.includes(f)) out.push(f);
  }
  // Keep the severity order after the rule-diverse pick.
  return out.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
}
