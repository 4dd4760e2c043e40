import type { Check } from './types';
import { severityFor } from '../core/worth/judge';

/** Why: "most teams ...", "the majority of the world's infrastructure": a statistic in words still needs a source. */
export const unsupportedGeneralization: Check = {
  id: 'unsupported-generalization',
  description: 'A sweeping claim about the market, the world or "most teams", with no source.',
  run: (report) =>
    report.claims.flatMap((c) => {
      const severity =
        c.kind === 'generalization' && c.support === 'unsupported' ? severityFor(c.worth, c.support) : null;
      if (!severity) return [];
      return [{ severity, message: `"${c.text}" is a sweeping claim with no source.`, ref: c.id }];
    }),
};
