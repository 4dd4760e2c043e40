// What the page needs to draw a report: per item, where it is (block + quote) and its colour. The full report
// stays in the background; the tooltip asks for one item's details when the reader hovers it. On a 1 MB article
// the report is several MB of JSON, and parsing it in the page would be a long task.
import type { Claim, ImportRef, LinkRef, Report, TextQuote } from '../core/report';
import type { HighlightStatus } from './settings';

/** Why: one thing to locate in the page; `status` null means "locate it (to reveal), but do not colour it". */
export interface PlanItem {
  ref: string;
  status: HighlightStatus | null;
  block: number;
  /** Claims and links have a quote; imports are found by their module on their line. */
  quote?: TextQuote;
  line?: number;
  module?: string;
}

/** Why: what a tooltip shows for one item: the item itself and what the checks said about it. */
export type Detail =
  | { type: 'claim'; claim: Claim; findings: string[] }
  | { type: 'link'; link: LinkRef; findings: string[] }
  | { type: 'import'; imp: ImportRef; findings: string[] };

/** Why: how many plan items one message carries (a few hundred kB at most). */
export const PLAN_ITEMS_PER_MESSAGE = 2000;

/** Why: the first message is small, so the top of the article (where the reader is) is drawn before the rest arrives. */
export const PLAN_ITEMS_FIRST_MESSAGE = 300;

const PROBLEMS: ReadonlySet<string> = new Set([
  'placeholder',
  'missing',
  'broken',
  'soft-404',
  'moved-to-home',
]);

/** Why: the colour of a link: placeholders, missing, broken and dead-in-disguise links (a soft 404, a redirect to the
 *  home page) are problems; the rest are not coloured. */
export function linkStatus(link: LinkRef): HighlightStatus | null {
  return PROBLEMS.has(link.status) ? 'link-problem' : null;
}

/** Why: a made-up package points nowhere, like a placeholder link, and shares its colour. */
export function importStatus(imp: ImportRef): HighlightStatus | null {
  return imp.status === 'missing' ? 'link-problem' : null;
}

/**
 * Why: every claim, link and import of a report as a plan. A claim is coloured when a finding is about it (its own,
 * or its table's); a linked claim only when asked; a figure worth nothing (a price, an example) never, so a
 * well-sourced page is not painted orange.
 */
export function renderPlan(report: Report, showLinked: boolean): PlanItem[] {
  const plan: PlanItem[] = [];
  const flagged = flaggedRefs(report);
  for (const c of report.claims) {
    const status =
      c.support === 'linked' ? (showLinked ? c.support : null) : flagged.has(c.id) ? c.support : null;
    plan.push({ ref: c.id, status, block: c.block, quote: c.quote });
  }
  for (const l of report.links)
    plan.push({ ref: l.id, status: linkStatus(l), block: l.block, quote: l.quote });
  for (const i of report.imports)
    plan.push({ ref: i.id, status: importStatus(i), block: i.block, line: i.line, module: i.module });
  return plan;
}

/** Why: every claim, link or import some finding is about, including each cell a table finding lists. */
export function flaggedRefs(report: Report): Set<string> {
  const out = new Set<string>();
  for (const f of report.findings) {
    out.add(f.ref);
    for (const r of f.refs ?? []) out.add(r);
  }
  return out;
}

/** Why: the tooltip's content for one ref, or null when the report has no such item. */
export function detailOf(report: Report, ref: string): Detail | null {
  const findings = report.findings
    .filter((f) => f.ref === ref || (f.refs ?? []).includes(ref))
    .map((f) => f.message);
  const claim = report.claims.find((c) => c.id === ref);
  if (claim) return { type: 'claim', claim, findings };
  const link = report.links.find((l) => l.id === ref);
  if (link) return { type: 'link', link, findings };
  const imp = report.imports.find((i) => i.id === ref);
  if (imp) return { type: 'import', imp, findings };
  return null;
}
