import type { Check } from './types';

/** Why: readers cannot follow "(link)"; vendors ship drafts with it. */
export const placeholderLink: Check = {
  id: 'placeholder-link',
  description: 'A link that goes nowhere: "(link)", href="#", javascript:, example.com, localhost.',
  run: (report) =>
    report.links
      .filter((l) => l.status === 'placeholder')
      .map((l) => ({
        severity: 'medium' as const,
        message: l.reason ? `Placeholder link: ${l.reason}.` : `Placeholder link "${l.text}" goes nowhere.`,
        ref: l.id,
      })),
};
