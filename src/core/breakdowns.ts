// A breakdown is one claim: "50% inactive, 30% medium usage, and 20% power users" splits one whole into shares that
// add up to it. A reader asks once where the split comes from, not three times.
import type { Claim } from './report';

// Between two shares of one breakdown: a short label and a comma or "and" ("inactive, ", " medium usage, and ").
const MAX_GAP = 32; // a quote's suffix holds this much
const GAP = /^[^.;:!?()\d]*$/;

/**
 * Why: the breakdowns among `claims` (in reading order), each keyed by its first share's id: percentages in one
 * sentence, each a short label after the last, that add up to 100%.
 */
export function breakdowns(claims: readonly Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  let run: Claim[] = [];
  const close = (): void => {
    const sum = run.reduce((n, c) => n + (c.value ?? NaN), 0);
    if (run.length >= 2 && Math.abs(sum - 100) <= 1) groups.set(run[0]!.id, run);
    run = [];
  };
  for (const c of claims) {
    const prev = run.at(-1);
    if (prev && !nextShare(prev, c)) close();
    if (c.kind === 'percentage' && c.table === undefined && c.max === undefined) run.push(c);
    else close();
  }
  close();
  return groups;
}

function nextShare(a: Claim, b: Claim): boolean {
  if (b.kind !== 'percentage' || a.block !== b.block || a.sentence !== b.sentence) return false;
  const gap = b.quote.start - a.quote.end;
  return gap > 0 && gap <= MAX_GAP && GAP.test(a.quote.suffix.slice(0, gap));
}
