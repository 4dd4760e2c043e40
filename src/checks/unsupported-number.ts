import type { Claim, Severity } from '../core/report';
import { breakdowns } from '../core/breakdowns';
import { severityRank } from '../core/vocabulary';
import type { Check, FindingDraft } from './types';
import { severityFor } from '../core/worth/judge';
import { FIGURE_KINDS } from '../core/vocabulary';

// What joins a before and an after: "went from >2hrs to ~6 minutes", "3 minutes down to 30 seconds".
const TO = /^\s*(?:,\s*)?(?:(?:down|up)\s+)?(?:to|→|->)\s*$/i;

/**
 * Why: the figures this check flags, each with its severity (read once): unsupported, worth a source, outside
 * tables (unsupported-table judges a table at a time). weasel-attribution reads them too.
 */
export function flaggedFigures(claims: readonly Claim[]): { c: Claim; severity: Severity }[] {
  const out: { c: Claim; severity: Severity }[] = [];
  for (const c of claims)
    if (c.table === undefined && FIGURE_KINDS.has(c.kind) && c.support === 'unsupported') {
      const severity = severityFor(c.worth, c.support);
      if (severity) out.push({ c, severity });
    }
  return out;
}

/** Why: the core of ClaimLens: a figure worth checking that nothing in its sentence, row or list item backs. */
export const unsupportedNumber: Check = {
  id: 'unsupported-number',
  description: 'A number, percentage, amount or metric worth checking, with no source nearby.',
  run: (report) => {
    const out: FindingDraft[] = [];
    // The last finding made, with the list it covers (its texts, and its first claim's reason), if it is one.
    let last: { claim: Claim; finding: FindingDraft; texts?: string[]; reason?: string } | null = null;
    // The same figure said twice in one sentence ("... into the statement "X is 10-15% faster", or even "X is
    // 10-15% faster ..."") is one claim: one finding over both.
    const said = new Map<string, { finding: FindingDraft; sentence: string }>();
    const flagged = flaggedFigures(report.claims);
    // "50% inactive, 30% medium usage, and 20% power users": one finding over the breakdown.
    const shareOf = new Map<string, FindingDraft>();
    const groups = breakdowns(flagged.map((f) => f.c));
    for (const { c, severity } of flagged) {
      const share = shareOf.get(c.id);
      if (share) {
        join(share, c, severity);
        continue;
      }
      const group = groups.get(c.id);
      if (group) {
        const texts = group.map((g) => g.text);
        const finding: FindingDraft = {
          severity,
          message: `"${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}" has no source: ${c.worthReasons[0]}.`,
          ref: c.id,
        };
        for (const g of group.slice(1)) shareOf.set(g.id, finding);
        out.push(finding);
        last = null;
        continue;
      }
      // "connects 168 million loyalty members, 50 thousand B2B partners, ...": one list of counts, one finding.
      if (last && listedAfter(last.claim, c)) {
        const texts: string[] = [...(last.texts ?? [last.claim.text]), c.text];
        const reason: string | undefined = last.reason ?? last.claim.worthReasons[0];
        last.finding.message = `"${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}" have no source: ${reason}.`;
        join(last.finding, c, severity);
        last = { claim: c, finding: last.finding, texts, reason };
        continue;
      }
      // "from more than 3 minutes down to 30 seconds" is one claim, a before and an after: one finding.
      if (last && !last.texts && joinsAfter(last.claim, c)) {
        last.finding.message = `"${last.claim.text} to ${c.text}" has no source: ${last.claim.worthReasons[0]}.`;
        if (severityRank(severity) < severityRank(last.finding.severity)) last.finding.severity = severity;
        last = null;
        continue;
      }
      const key = `${c.block}\u0000${c.text}`;
      const earlier = said.get(key);
      if (earlier && sameSentence(earlier.sentence, c)) {
        join(earlier.finding, c, severity);
        last = null;
        continue;
      }
      const finding: FindingDraft = {
        severity,
        message: `"${c.text}" has no source: ${c.worthReasons[0]}.`,
        ref: c.id,
      };
      said.set(key, { finding, sentence: c.sentence });
      out.push(finding);
      last = { claim: c, finding };
    }
    return out;
  },
};

// Adds `c` to a finding that already speaks for it; the gravest severity stands.
function join(finding: FindingDraft, c: Claim, severity: Severity): void {
  finding.refs = [...(finding.refs ?? [finding.ref]), c.id];
  if (severityRank(severity) < severityRank(finding.severity)) finding.severity = severity;
}

// Between two counts of one list: a short label, then a comma or "and" (" B2B partners, "); no change or comparison.
const LIST_GAP = /^[^.;:!?()\d]{0,24}(?:,|\band\b)[^.;:!?()\d]{0,8}$/;
const NOT_A_LIST = /\b(?:to|from|vs|versus|than|compared|against|of|per|out)\b|→|->/i;

// Whether `b`, a count, follows the count `a` in one list ("168 million loyalty members, 50 thousand B2B partners").
function listedAfter(a: Claim, b: Claim): boolean {
  if (a.kind !== 'number' || b.kind !== 'number' || a.block !== b.block) return false;
  const gap = b.quote.start - a.quote.end;
  if (gap <= 0 || gap > a.quote.suffix.length) return false;
  const between = a.quote.suffix.slice(0, gap);
  return LIST_GAP.test(between) && !NOT_A_LIST.test(between);
}

// Whether `b` comes right after `a` in the same block, joined by "to" ("down to", "→").
function joinsAfter(a: Claim, b: Claim): boolean {
  if (a.block !== b.block || !a.quote || !b.quote) return false;
  const gap = b.quote.start - a.quote.end;
  return gap > 0 && gap <= 12 && TO.test(a.quote.suffix.slice(0, gap));
}

// Whether `c` (in the block of the claim whose sentence is `sentence`, with the same text) is in that sentence: the
// sentence holds its text twice, the second time with `c`'s own words before it. (A long sentence reaches a claim as
// a window around it, so the two claims' sentences need not be equal strings.)
function sameSentence(sentence: string, c: Claim): boolean {
  const first = sentence.indexOf(c.text);
  if (first < 0 || sentence.indexOf(c.text, first + 1) < 0) return false;
  return sentence.includes(c.quote.prefix.slice(-12) + c.quote.exact);
}
