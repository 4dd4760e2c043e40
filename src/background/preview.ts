// The first answer for a view on a long page: the summary and the top problems, sent the moment the analysis ends.
// The whole report follows once the page's highlights are on their way; on a 1 MB article it is several MB that take
// the popup a while to receive and lay out, and the reader's first screen needs only this part.
import type { Report } from '../core/report';
import { topProblems } from '../core/top-problems';
import type { TabState } from '../shared/tab-state';

/** Why: below this many claims and links the whole report is quick to send and show: no preview is sent. */
export const PREVIEW_ITEMS = 500;

/**
 * Why: a ready state whose report holds only what the first screen shows: the summary (counts of the whole
 * report), the items of the top problems with every finding about them, and the tables (their titles). `top` lists
 * the problems' refs in order, so the view lists exactly what the whole report's top problems would be.
 */
export function previewOf(state: TabState): TabState {
  const report = state.report;
  if (!report) return state;
  const top = topProblems(report).map((f) => f.ref);
  const refs = new Set(top);
  for (const f of report.findings) if (refs.has(f.ref)) for (const r of f.refs ?? []) refs.add(r);
  const small: Report = {
    ...report,
    claims: report.claims.filter((c) => refs.has(c.id)),
    links: report.links.filter((l) => refs.has(l.id)),
    imports: report.imports.filter((i) => refs.has(i.id)),
    findings: report.findings.filter((f) => refs.has(f.ref)),
  };
  return { ...state, report: small, top };
}
