// Check-worthiness: how much a reader needs a source for a claim, and why. The signal tables (signals.ts) say what
// quiets a claim and what gives it weight; this file only combines them.
import type { Severity, Support } from '../report';
import { WORTHS, type Worth } from '../vocabulary';
import type { ClaimContext } from './context';
import { QUIET } from './quiet';
import type { Signal } from './signal';
import { WEIGHT } from './weight';

/** Why: the worth a claim is given, with the reasons a reader is shown (most important first). */
export interface WorthJudgement {
  worth: Worth;
  reasons: string[];
}

const rank = (w: Worth) => WORTHS.indexOf(w);

/**
 * Why: one verdict per claim from two readable tables. The first QUIET row that matches caps the worth (a
 * question, a forecast, a worked example ...); every WEIGHT row that matches adds its reason and the highest
 * worth among them stands. A claim no row weighs is worth nothing: a number by itself asks for no source.
 */
export function judgeWorth(
  c: ClaimContext,
  quiet: readonly Signal[] = QUIET,
  weight = WEIGHT,
): WorthJudgement {
  const cap = quiet.find((s) => s.test(c));
  if (cap?.worth === 'none') return { worth: 'none', reasons: [cap.reason] };
  const weighed = weight.filter((s) => s.test(c)).sort((a, b) => rank(a.worth) - rank(b.worth));
  if (weighed.length === 0)
    return { worth: 'none', reasons: [cap?.reason ?? 'nothing marks it as a claim to check'] };
  let worth = weighed[0]!.worth;
  const reasons = [...new Set(weighed.map((s) => s.reason))];
  if (cap) {
    worth = rank(cap.worth) > rank(worth) ? cap.worth : worth;
    reasons.push(cap.reason);
  }
  return { worth, reasons };
}

/**
 * Why: severity comes from worth and support together: an unsupported claim is as severe as it is worth; a claim
 * that names a source a reader cannot follow is one step less; a linked claim, or one worth nothing, is no finding.
 */
export function severityFor(worth: Worth, support: Support): Severity | null {
  if (worth === 'none' || support === 'linked') return null;
  if (support === 'unsupported') return worth;
  return worth === 'high' ? 'medium' : 'low';
}
