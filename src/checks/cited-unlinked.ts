import type { Check } from './types';
import { severityFor } from '../core/worth/judge';

/** Why: "(Koomey et al., 2016)" looks like evidence, but a reader cannot follow it. */
export const citedUnlinked: Check = {
  id: 'cited-unlinked',
  description: 'A claim cites a source that cannot be followed (no link, DOI or resolvable reference).',
  run: (report) =>
    report.claims.flatMap((c) => {
      // Table cells are judged a table at a time (unsupported-table).
      const cited = c.support === 'cited-unlinked' && c.table === undefined;
      const severity = cited ? severityFor(c.worth, c.support) : null;
      if (!severity) return [];
      const cites = c.evidence.map((e) => e.text).join('; ');
      return [
        { severity, message: `"${c.text}" cites ${cites || 'a source'} but gives no link to it.`, ref: c.id },
      ];
    }),
};
