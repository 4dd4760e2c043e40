import type { Check } from './types';

// A soft 404 ("Page not found" served with 200) is as dead as a 404; a deep link that now lands on the home page
// has lost its target, though the site may have moved it: a lower severity.
const SEVERITY = { broken: 'medium', 'soft-404': 'medium', 'moved-to-home': 'low' } as const;
const WHAT = {
  broken: 'is broken',
  'soft-404': 'leads to a "not found" page',
  'moved-to-home': 'now redirects to the site’s home page',
};

/** Why: a source that 404s supports nothing; only known after an online link check. */
export const brokenLink: Check = {
  id: 'broken-link',
  description:
    'A link whose target answered 404 or 410, shows a "not found" page, or redirects to the home page (online checks), or whose Markdown is written wrong and shows as text.',
  run: (report) =>
    report.links.flatMap((l) =>
      l.status === 'broken' || l.status === 'soft-404' || l.status === 'moved-to-home'
        ? [
            {
              severity: SEVERITY[l.status],
              message: `Link "${l.text}" ${WHAT[l.status]}${l.reason ? ` (${l.reason})` : ''}.`,
              ref: l.id,
            },
          ]
        : [],
    ),
};
