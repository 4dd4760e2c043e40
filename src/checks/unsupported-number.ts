import type { Claim, Severity } from '../core/report';
import type { Check } from './types';

const NUMERIC = new Set(['percentage', 'number', 'money', 'multiplier', 'duration', 'range']);
// Hedges that make a figure softer than a precise metric; "up to" and "<" still promise a bound, so they stay high.
const SOFT_HEDGES = /^(about|around|roughly|approximately|nearly|almost|over|more than|some|close to|~)$/i;

// Check-worthiness: a precise metric with no source is high; "millions of users" is low.
function numberSeverity(claim: Claim): Severity {
  if (claim.vague) return 'low';
  if (claim.hedge && SOFT_HEDGES.test(claim.hedge)) return 'medium';
  return 'high';
}

/** Why: the core of ClaimLens: a figure that nothing in its sentence, row or list item backs. */
export const unsupportedNumber: Check = {
  id: 'unsupported-number',
  description: 'A number, percentage, amount or metric with no source nearby.',
  run: (report) =>
    report.claims
      .filter((c) => NUMERIC.has(c.kind) && c.support === 'unsupported')
      .map((c) => ({
        severity: numberSeverity(c),
        message: c.context
          ? `Table metric "${c.context}: ${c.text}" has no source.`
          : `"${c.text}" has no source in its sentence or the next.`,
        ref: c.id,
      })),
};
