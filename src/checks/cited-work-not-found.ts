import type { Check } from './types';

/** Why: a DOI that does not resolve, an arXiv id with no paper, an author with no work that year: a citation that
 *  points at nothing is worse than no citation (online checks only; "unknown" lookups never count). */
export const citedWorkNotFound: Check = {
  id: 'cited-work-not-found',
  description: 'A cited DOI, arXiv id or author-year citation matches no known work (online checks only).',
  run: (report) =>
    report.claims.flatMap((c) =>
      c.evidence
        .filter((e) => e.work?.status === 'not-found')
        .map((e) => ({
          severity: 'high' as const,
          message: `The cited work could not be found: "${e.text}" (${e.work!.reason}).`,
          ref: c.id,
        })),
    ),
};
