import type { Check } from './types';

/** Why: "explore our GitHub repository" with no link is a promise the page does not keep. */
export const missingLink: Check = {
  id: 'missing-link',
  description: 'Text that points the reader somewhere ("see our documentation") with no link.',
  run: (report) =>
    report.links
      .filter((l) => l.status === 'missing')
      .map((l) => ({
        severity: 'low' as const,
        message: `"${l.text}" promises a destination but links nowhere.`,
        ref: l.id,
      })),
};
