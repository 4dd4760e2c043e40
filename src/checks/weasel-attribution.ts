import type { Check } from './types';
import { severityFor } from '../core/worth/judge';

/** Why: "studies show" borrows authority from a source it never names. */
export const weaselAttribution: Check = {
  id: 'weasel-attribution',
  description: 'An appeal to unnamed authority ("studies show", "experts agree") with no source.',
  run: (report) =>
    report.claims.flatMap((c) => {
      // Cited-unlinked ones are reported by cited-unlinked.
      const severity =
        c.kind === 'weasel' && c.support === 'unsupported' ? severityFor(c.worth, c.support) : null;
      if (!severity) return [];
      return [
        { severity, message: `"${c.text}" names no study or expert that a reader can check.`, ref: c.id },
      ];
    }),
};
