import type { Claim } from '../core/report';
import type { Check } from './types';
import { severityFor } from '../core/worth/judge';

/** Why: "a leader in X", "the fastest", "outperforms Y" are claims too, and usually the least backed. */
export const unsupportedSuperlative: Check = {
  id: 'unsupported-superlative',
  description: 'A leadership, superlative or comparative claim with no source.',
  run: (report) => {
    // "most projects now type check faster than in v1.18": the comparison is what the sweeping claim says, and the
    // sweeping claim is the finding (one claim, one finding).
    const sweeping = report.claims.filter(
      (g) => g.kind === 'generalization' && g.support === 'unsupported' && g.worth !== 'none',
    );
    const saidBySweeping = (c: Claim) =>
      c.kind === 'comparative' &&
      sweeping.some(
        (g) =>
          g.block === c.block &&
          g.sentence === c.sentence &&
          g.quote.end <= c.quote.start &&
          c.quote.start - g.quote.end <= 40,
      );
    return report.claims.flatMap((c) => {
      const wording = c.kind === 'superlative' || c.kind === 'comparative';
      const severity = wording && c.support === 'unsupported' ? severityFor(c.worth, c.support) : null;
      if (!severity || saidBySweeping(c)) return [];
      const what = c.kind === 'comparative' ? 'Comparison' : 'Leadership claim';
      return [{ severity, message: `${what} "${c.text}" has no source.`, ref: c.id }];
    });
  },
};
