import type { Check } from './types';
import { severityFor } from '../core/worth/judge';

const NUMERIC = new Set(['percentage', 'number', 'money', 'multiplier', 'duration', 'range']);

/** Why: the core of ClaimLens: a figure worth checking that nothing in its sentence, row or list item backs. */
export const unsupportedNumber: Check = {
  id: 'unsupported-number',
  description: 'A number, percentage, amount or metric worth checking, with no source nearby.',
  run: (report) =>
    report.claims.flatMap((c) => {
      // Table cells are judged a table at a time (unsupported-table).
      const severity =
        c.table === undefined && NUMERIC.has(c.kind) && c.support === 'unsupported'
          ? severityFor(c.worth, c.support)
          : null;
      if (!severity) return [];
      return [{ severity, message: `"${c.text}" has no source: ${c.worthReasons[0]}.`, ref: c.id }];
    }),
};
