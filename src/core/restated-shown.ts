// A figure the post showed as its own and says again: "reducing our monthly database hosting costs by over 47%" beside
// the chart of the bill, then, two sections on, "we have trimmed our database costs by more than 47%". The reader
// has seen where it comes from.
import type { Claim } from './report';
import { contentWords, sharesWords } from './relevance';

// Earlier showings of one figure compared per claim: bounded however often a page repeats "50%".
const MAX_CANDIDATES = 20;
// What quieted the first statement: the post's own data, shown or measured (the worth rows' reasons).
const SHOWN = /\b(?:shown|own measurement|own survey|own analysis|read off|reads the results table)\b/;
const FIGURE_KINDS = new Set(['percentage', 'multiplier', 'money', 'duration']);

/** Why: the reason a figure said again is let go, as the reader sees it. */
export const SHOWN_AGAIN = 'the figure the post showed as its own before, said again';

const keyOf = (c: Claim): string | null =>
  c.value === undefined || !FIGURE_KINDS.has(c.kind) || c.table !== undefined
    ? null
    : `${c.kind}\u0000${c.value}\u0000${c.max ?? ''}\u0000${c.unit ?? ''}`;

/**
 * Why: an unsupported figure that repeats one the post showed as its own data earlier (same kind, value and unit, in
 * a sentence about the same thing: a content word in common) asks for no source the first one did not.
 */
export function restatedShown(claims: Claim[]): Claim[] {
  const shown = new Map<string, Claim[]>();
  // Each sentence's words are read once, however many repeats compare with it.
  const wordsOf = new Map<string, Set<string>>();
  const words = (sentence: string): Set<string> => {
    let w = wordsOf.get(sentence);
    if (!w) wordsOf.set(sentence, (w = contentWords(sentence)));
    return w;
  };
  let out: Claim[] | null = null;
  claims.forEach((c, i) => {
    const key = keyOf(c);
    if (key === null) return;
    if (c.worth === 'none') {
      if (!SHOWN.test(c.worthReasons[0] ?? '')) return;
      const list = shown.get(key);
      if (!list) shown.set(key, [c]);
      else if (list.length < MAX_CANDIDATES) list.push(c);
      return;
    }
    if (c.support !== 'unsupported') return;
    const earlier = shown.get(key);
    if (!earlier) return;
    const own = words(c.sentence);
    if (!earlier.some((e) => e.sentence !== c.sentence && sharesWords(own, words(e.sentence), 1))) return;
    out ??= claims.slice();
    out[i] = { ...c, worth: 'none', worthReasons: [SHOWN_AGAIN] };
  });
  return out ?? claims;
}
