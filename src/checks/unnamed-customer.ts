import type { Check } from './types';
import { severityFor } from '../core/worth/judge';

/** Why: "a major medical device manufacturer", "Fortune 500 companies": customers nobody can check. */
export const unnamedCustomer: Check = {
  id: 'unnamed-customer',
  description: 'A customer claim that names no customer and cites no source.',
  run: (report) =>
    report.claims.flatMap((c) => {
      const severity =
        c.kind === 'customer' && c.support === 'unsupported' ? severityFor(c.worth, c.support) : null;
      if (!severity) return [];
      return [{ severity, message: `"${c.text}" names no customer a reader could check.`, ref: c.id }];
    }),
};
