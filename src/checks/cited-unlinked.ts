import type { Check } from './types';

/** Why: "(Koomey et al., 2016)" looks like evidence, but a reader cannot follow it. */
export const citedUnlinked: Check = {
  id: 'cited-unlinked',
  description: 'A claim cites a source that cannot be followed (no link, DOI or resolvable reference).',
  run: (report) =>
    report.claims
      .filter((c) => c.support === 'cited-unlinked')
      .map((c) => {
        const cites = c.evidence.map((e) => e.text).join('; ');
        return {
          severity: 'medium' as const,
          message: `"${c.text}" cites ${cites || 'a source'} but gives no link to it.`,
          ref: c.id,
        };
      }),
};
