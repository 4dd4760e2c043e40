// A percentage or multiple that the change it sums up, told in the same sentence, contradicts (core/stated-change.ts
// reads the change; the worth rows let a figure that agrees with it go).
import type { Claim } from '../core/report';
import { statedChange } from '../core/stated-change';
import type { Check, FindingDraft } from './types';

/**
 * Why: "Contributors grew from 121 to 209 (up 172%)": 121 to 209 is up 73%. A figure the article's own numbers
 * contradict is wrong whatever its source (the reader standard: "claims the article's own data contradicts").
 */
export const arithmeticMismatch: Check = {
  id: 'arithmetic-mismatch',
  description:
    'A percentage or multiple that the change it sums up, given in the same sentence, does not match.',
  run(report) {
    const out: FindingDraft[] = [];
    for (const c of report.claims) {
      if (
        c.table !== undefined ||
        c.value === undefined ||
        (c.kind !== 'percentage' && c.kind !== 'multiplier')
      )
        continue;
      const at = offsetInSentence(c);
      if (at < 0) continue;
      const change = statedChange(c.sentence, {
        kind: c.kind,
        value: c.value,
        start: at,
        end: at + c.text.length,
      });
      if (!change || change.agrees) continue;
      const shown = c.kind === 'percentage' ? `${round(change.expected)}%` : `${round(change.expected)}x`;
      out.push({
        severity: 'medium',
        message: `"${c.text}" does not follow from the article's own numbers: ${change.from} to ${change.to} is ${shown}.`,
        ref: c.id,
      });
    }
    return out;
  },
};

// Where the claim starts in its sentence: the occurrence its quote's prefix leads into.
function offsetInSentence(c: Claim): number {
  const lead = c.quote.prefix.slice(-12);
  const k = c.sentence.indexOf(lead + c.text);
  return k >= 0 ? k + lead.length : c.sentence.indexOf(c.text);
}

const round = (x: number): string => (x >= 10 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, ''));
