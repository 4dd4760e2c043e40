import type { Claim, Severity } from '../core/report';
import { severityRank } from '../core/vocabulary';
import { severityFor } from '../core/worth/judge';
import type { Check, FindingDraft } from './types';
import { FIGURE_KINDS } from '../core/vocabulary';

const LISTED = 6;

/**
 * Why: a reader judges a table as one unit. One finding per table whose measurements have no source (or only a
 * source that cannot be followed), listing its cells, instead of one finding per cell.
 */
export const unsupportedTable: Check = {
  id: 'unsupported-table',
  description: 'A table of metrics or results whose cells have no source.',
  run(report) {
    const byTable = new Map<number, { claim: Claim; severity: Severity }[]>();
    for (const c of report.claims) {
      // Its metrics: a cell's unsupported wording ("beat ad-hoc multi-rack") is a comparison of its own
      // (unsupported-superlative); one citing a source with no link stays here, where it is reported.
      if (c.table === undefined || c.support === 'linked') continue;
      if (!FIGURE_KINDS.has(c.kind) && c.support === 'unsupported') continue;
      const severity = severityFor(c.worth, c.support);
      if (!severity) continue;
      byTable.set(c.table, [...(byTable.get(c.table) ?? []), { claim: c, severity }]);
    }
    const out: FindingDraft[] = [];
    for (const [n, cells] of byTable) {
      const table = report.tables.find((t) => t.id === `t${n}`);
      const severity = cells.map((x) => x.severity).sort((a, b) => severityRank(a) - severityRank(b))[0]!;
      const claims = cells.map((x) => x.claim);
      const listed = claims
        .slice(0, LISTED)
        .map((c) => (c.context ? `${c.context.split(' / ')[0]}: ${c.text}` : c.text))
        .join(', ');
      const more = claims.length > LISTED ? `, and ${claims.length - LISTED} more` : '';
      const cited = claims.every((c) => c.support === 'cited-unlinked');
      const what = claims.length === 1 ? 'A metric' : `${claims.length} metrics`;
      const where = table?.title ? ` in the table "${table.title}"` : ' in a table';
      out.push({
        severity,
        message: `${what}${where} ${cited ? 'cite a source with no link' : 'have no source'} (${listed}${more}): ${claims[0]!.worthReasons[0]}.`,
        ref: claims[0]!.id,
        refs: claims.map((c) => c.id),
      });
    }
    return out;
  },
};
