// A breakdown is one claim: "50% inactive, 30% medium usage, and 20% power users" splits one whole into shares that
// add up to it. A reader asks once where the split comes from, not three times.
import type { Claim } from './report';

// Between two shares of one breakdown: a short label and a comma or "and" ("inactive, ", " medium usage, and ",
// " are startups shipping a single product, "). The first share's suffix and the next one's prefix (32 characters
// each) hold it.
const MAX_GAP = 64;
const GAP = /^[^.;:!?()\d]*$/;
// ... not a change or a comparison: "went from 60% to 40%", "35% versus 65%".
const NOT_A_SPLIT = /\b(?:to|from|vs|versus|than|compared|against)\b|→|->/i;
// A share is a bare percentage ("50% inactive"): "50% faster, 30% cheaper and 20% smaller" are three results.
const BARE_SHARE = /^[~≈]?\d[\d.,]*\s?%$/;

/**
 * Why: the breakdowns among `claims` (in reading order), each keyed by its first share's id: bare percentages in
 * one sentence, each a short label after the last (no change or comparison between them), that add up to 100%.
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
    if (c.kind === 'percentage' && c.table === undefined && c.max === undefined && BARE_SHARE.test(c.text))
      run.push(c);
    else close();
  }
  close();
  return groups;
}

function nextShare(a: Claim, b: Claim): boolean {
  if (b.kind !== 'percentage' || a.block !== b.block) return false;
  const gap = b.quote.start - a.quote.end;
  if (gap <= 0 || gap > MAX_GAP || gap > a.quote.suffix.length + b.quote.prefix.length) return false;
  const between =
    a.quote.suffix.slice(0, gap) +
    b.quote.prefix.slice(b.quote.prefix.length - Math.max(0, gap - a.quote.suffix.length));
  return GAP.test(between) && !NOT_A_SPLIT.test(between);
}
