import type { Check } from './types';

/** Why: "studies show" borrows authority from a source it never names. */
export const weaselAttribution: Check = {
  id: 'weasel-attribution',
  description: 'An appeal to unnamed authority ("studies show", "experts agree") with no source.',
  run: (report) =>
    report.claims
      .filter((c) => c.kind === 'weasel' && c.support === 'unsupported') // cited-unlinked ones are reported by cited-unlinked
      .map((c) => ({
        severity: 'medium' as const,
        message: `"${c.text}" names no study or expert that a reader can check.`,
        ref: c.id,
      })),
};
