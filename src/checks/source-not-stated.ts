import type { Claim, Severity } from '../core/report';
import type { Check } from './types';

const SOFT_HEDGES = /^(about|around|roughly|approximately|nearly|almost|over|more than|some|close to|~)$/i;

// One step below what the same claim would get with no source at all (unsupported-number): a link that does not
// say it is a weaker problem than no link, and still worth a look.
function severity(c: Claim): Severity {
  return c.vague || (c.hedge && SOFT_HEDGES.test(c.hedge)) ? 'low' : 'medium';
}

/** Why: a link is only evidence if the page says what the claim says; read from the linked page (online only). */
export const sourceNotStated: Check = {
  id: 'source-not-stated',
  description:
    'A linked claim whose source does not state its number, or states another (online checks only).',
  run: (report) =>
    report.claims
      .filter((c) => c.source?.status === 'not-stated' || c.source?.status === 'stated-differently')
      .map((c) => {
        const s = c.source!;
        const message =
          s.status === 'stated-differently'
            ? `The linked source says ${s.found ?? 'another number'}, not ${c.text}: “${s.snippet ?? ''}”`
            : `The linked source does not mention ${c.text} (${s.reason}).`;
        return { severity: severity(c), message, ref: c.id };
      }),
};
