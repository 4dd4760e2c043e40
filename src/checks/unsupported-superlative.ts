import type { Check } from './types';

/** Why: "a leader in X", "the fastest", "outperforms Y" are claims too, and usually the least backed. */
export const unsupportedSuperlative: Check = {
  id: 'unsupported-superlative',
  description: 'A leadership, superlative or comparative claim with no source.',
  run: (report) =>
    report.claims
      .filter((c) => (c.kind === 'superlative' || c.kind === 'comparative') && c.support === 'unsupported')
      .map((c) => ({
        severity: 'medium' as const,
        message: `${c.kind === 'comparative' ? 'Comparison' : 'Leadership claim'} "${c.text}" has no source.`,
        ref: c.id,
      })),
};
