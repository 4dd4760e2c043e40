// Quoted speech around a figure: a quotation of several sentences that someone is said to have said. Read by the
// 'quoted' row of QUIET_SHOWN (quiet-shown.ts).
import type { ClaimContext } from './context';
import { numeric } from './signal';

// A quotation of several sentences around the claim: '"Historically our builds were slow. We'd have 30- to
// 40-minute build times."', or a figure near its opening quote in a long one ('"Now, about 90% of builds take five
// minutes, which is brilliant," he told us.'). The paragraph's quote marks are paired in order from its start (a '"'
// after a digit is an inch mark, 16"); the pair around the claim spans 40 characters or more (a quoted term,
// '"greater than"', is shorter) and someone is said to have said it, next to one of its ends.
// Figures only: a boast in quotes ('... and we are already the fastest-growing company in our category."', said
// its CEO) is still the company's boast.
/** Why: whether the claim sits inside a long quotation that someone is said to have said (figures only). */
export function quotedAcross(c: ClaimContext): boolean {
  if (!numeric(c)) return false;
  const text = c.blockText;
  const marks = quoteMarks(text);
  if (marks.length < 2) return false;
  const at = text.indexOf(c.sentence);
  if (at < 0) return false;
  const start = at + c.before.length;
  const end = start + c.text.length;
  let open = -1;
  for (const i of marks) {
    const ch = text[i];
    if (open < 0 || ch === '“') {
      if (ch !== '”') open = i;
      continue;
    }
    if (open < start && i >= end)
      return (
        i - open >= 40 &&
        (SAID.test(text.slice(i + 1, i + 60)) || SAID.test(text.slice(Math.max(0, open - 60), open)))
      );
    open = -1;
    if (i >= end) return false;
  }
  return false;
}

// The quote marks of a paragraph (not a '"' after a digit: an inch mark, 16"), found once for all its claims.
let marksOf: { text: string; marks: number[] } = { text: '', marks: [] };
function quoteMarks(text: string): number[] {
  if (marksOf.text !== text) {
    const marks: number[] = [];
    for (const m of text.matchAll(/["“”]/g))
      if (m[0] !== '"' || !/\d/.test(text[m.index - 1] ?? '')) marks.push(m.index);
    marksOf = { text, marks };
  }
  return marksOf.marks;
}
const SAID =
  /\b(?:said|says|say|told|tells|asked|explained|added|adds|wrote|writes|recall(?:s|ed)?|not(?:es|ed)|according\s+to)\b/i;
