import type { Check } from './types';

/** Why: a source that 404s supports nothing; only known after an online link check. */
export const brokenLink: Check = {
  id: 'broken-link',
  description: 'A link whose target answered 404 or 410 (online checks only).',
  run: (report) =>
    report.links
      .filter((l) => l.status === 'broken')
      .map((l) => ({
        severity: 'medium' as const,
        message: `Link "${l.text}" is broken${l.reason ? ` (${l.reason})` : ''}.`,
        ref: l.id,
      })),
};
