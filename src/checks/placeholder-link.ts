import type { Check } from './types';
import { DRAFT_REASON } from '../core/links';

/** Why: readers cannot follow "(link)"; vendors ship drafts with it. */
export const placeholderLink: Check = {
  id: 'placeholder-link',
  description:
    'A link that goes nowhere ("(link)", href="#", javascript:, example.com, localhost), or draft text left in (TODO, TK).',
  run: (report) =>
    report.links
      .filter((l) => l.status === 'placeholder')
      .map((l) => ({
        severity: 'medium' as const,
        message:
          l.reason === DRAFT_REASON
            ? `Draft left in: "${l.text}" was meant to be replaced before publishing.`
            : l.reason
              ? `Placeholder link: ${l.reason}.`
              : `Placeholder link "${l.text}" goes nowhere.`,
        ref: l.id,
      })),
};
