import type { Check } from './types';
import { severityFor } from '../core/worth/judge';

/** Why: "a leader in X", "the fastest", "outperforms Y" are claims too, and usually the least backed. */
export const unsupportedSuperlative: Check = {
  id: 'unsupported-superlative',
  description: 'A leadership, superlative or comparative claim with no source.',
  run: (report) =>
    report.claims.flatMap((c) => {
      const wording = c.kind === 'superlative' || c.kind === 'comparative';
      const severity = wording && c.support === 'unsupported' ? severityFor(c.worth, c.support) : null;
      if (!severity) return [];
      const what = c.kind === 'comparative' ? 'Comparison' : 'Leadership claim';
      return [{ severity, message: `${what} "${c.text}" has no source.`, ref: c.id }];
    }),
};
