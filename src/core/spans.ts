// Range queries over spans sorted by start: the citation finder and the link finder ask "what sits in [s, e)?"
// once per match, so on a 1 MB single-block page each query must be a binary search, not a walk.

/** Why: a half-open [start, end) range of a block's text; citations, links and marks all have one. */
export interface Span {
  start: number;
  end: number;
}

// Longest span the range queries expect; longer ones (a 2,000-character link) are missed, never crash.
const MAX_SPAN = 2000;

/**
 * Why: range queries over spans sorted by start keep a 1 MB single-block page linear: binary search to the first
 * span that could reach `s`, then walk forward while spans start before `e`.
 */
export function spansIn<T extends Span>(sorted: T[], s: number, e: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  const from = s - MAX_SPAN;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < e; i++)
    if (sorted[i]!.end > s) out.push(sorted[i]!);
  return out;
}

/** Why: "is anything there?" stops at the first hit, so long sentences full of links stay cheap. */
export function overlaps(sorted: Span[], s: number, e: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  const from = s - MAX_SPAN;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]!.start < e; i++) if (sorted[i]!.end > s) return true;
  return false;
}

/** Why: two start-sorted span lists merged in one pass, so claimed spans stay sorted for the queries above. */
export function mergeSorted(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
