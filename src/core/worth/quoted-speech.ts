// Quoted speech around a figure, the last rows of QUIET_SHOWN (quiet-shown.ts): a quotation someone is said to have
// said, and a signed testimonial. Both stay low findings when the page does not say who spoke; a quotation whose
// speaker it names ('"... 40-minute build times," Taylor said') is that person's account, there for the reader to weigh.
import type { ClaimContext } from './context';
import { COMPARE_OTHERS } from './patterns';
import { around, namesCompetitor, numeric, type Signal } from './signal';

/** Why: quoted speech and testimonials, in the order they are tried. */
export const QUIET_QUOTED: readonly Signal[] = [
  {
    // (a founder saying "twice as fast as Elasticsearch" still compares with a rival)
    id: 'quoted-named',
    reason: 'quoted speech, with who said it',
    worth: 'none',
    // (An interview's blockquotes are the interviewee's: "This case study is based on an interview with ...".)
    test: (c) =>
      (quotedSpeaker(c) === 'named' || (c.blockKind === 'blockquote' && c.facts.interviewed)) &&
      !namesCompetitor(c, 'sentence') &&
      !COMPARE_OTHERS.test(around(c)) &&
      !/^\s*(?:as|than)\s+(?:the\s+)?\p{Lu}/u.test(c.after),
  },
  {
    id: 'quoted',
    reason: 'quoted speech',
    worth: 'low',
    test: (c) => quotedSpeaker(c) !== null,
  },
  {
    // "> Using Gatsby has allowed us to increase our page performance by 5-10x. -- Jeff Gnatek, Head of engineering,
    // Butcherbox": a customer's testimonial, signed; their words about their own site.
    id: 'testimonial',
    reason: 'a testimonial, signed by whom it quotes',
    worth: 'low',
    // (a vendor's CEO signing "100x faster than Snowflake" still compares with a rival)
    test: (c) => c.signedQuote && !namesCompetitor(c) && !COMPARE_OTHERS.test(around(c)),
  },
];

// Who is said to have said a quotation, next to its closing mark ('," Taylor said', '," he told us') or before its
// opening one ('Taylor told us, "'): a name or a pronoun standing for one. ("A Fortune 500 retailer" names no one.)
const SAYING = String.raw`(?:said|says|told|tells|explained|explains|added|adds|wrote|writes|recall(?:s|ed)?|not(?:es|ed))`;
const SPEAKER = String.raw`(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|[Hh]e|[Ss]he)`;
const NAMED_AFTER = new RegExp(
  String.raw`^[\s,.!?]*(?:${SPEAKER}\s+${SAYING}\b|${SAYING}\s+\p{Lu}[\p{L}'’-]+)`,
  'u',
);
const NAMED_BEFORE = new RegExp(String.raw`${SPEAKER}\s+${SAYING}(?:\s+(?:us|me))?\s*[,:.]?\s*$`, 'u');
const NO_ONE =
  /^(?:The|A|An|One|Our|This|That|It|They|We|I|Research|Studies|Experts|Analysts|Gartner|Forrester|IDC|McKinsey|Deloitte|Accenture)$/;

/**
 * Why: whether the claim sits inside quoted speech, and whether the page names who said it ('named'), or not
 * ('unnamed'); null outside a quotation.
 */
export function quotedSpeaker(c: ClaimContext): 'named' | 'unnamed' | null {
  // Both quotation rows ask about the same claim, one after the other: the second answer is the first's.
  if (asked?.c !== c) asked = { c, speaker: speakerOf(c) };
  return asked.speaker;
}
let asked: { c: ClaimContext; speaker: 'named' | 'unnamed' | null } | null = null;

function speakerOf(c: ClaimContext): 'named' | 'unnamed' | null {
  const inSentence = /["“][^"”]{15,}$/.exec(c.before);
  const closing = /^[^"”]*["”]/.exec(c.after);
  let before: string;
  let after: string;
  if (inSentence && closing) {
    before = c.before.slice(0, inSentence.index);
    after = c.after.slice(closing[0].length) + ' ' + c.next;
  } else {
    const span = quotedAcross(c);
    if (!span) return null;
    before = c.blockText.slice(Math.max(0, span.open - 60), span.open);
    after = c.blockText.slice(span.close + 1, span.close + 60);
  }
  const said = NAMED_AFTER.exec(after)?.[0] ?? NAMED_BEFORE.exec(before.slice(-60))?.[0];
  if (said === undefined) return 'unnamed';
  // The speaker: the name's words, not the verb's ("said Jane Doe"). A firm, "Research", or the post's own company
  // ("said Jane Doe, Acme's CEO" in a post titled for its Acme) is no one whose account the reader weighs apart.
  const words = said.replace(SAYING_WORDS, ' ').match(/\p{Lu}[\p{L}'’-]*/gu) ?? ['he'];
  const near = new Set(`${said} ${after.slice(0, 60)}`.toLowerCase().match(/[\p{L}\p{N}]+/gu));
  if (words.some((w) => NO_ONE.test(w)) || [...c.facts.ownNames].some((w) => near.has(w))) return 'unnamed';
  return 'named';
}

const SAYING_WORDS = new RegExp(String.raw`\b${SAYING}\b|\b(?:us|me)\b`, 'g');

// A quotation of several sentences around the claim: '"Historically our builds were slow. We'd have 30- to
// 40-minute build times."', or a figure near its opening quote in a long one ('"Now, about 90% of builds take five
// minutes, which is brilliant," he told us.'). The paragraph's quote marks are paired in order from its start (a '"'
// after a digit is an inch mark, 16"); the pair around the claim spans 40 characters or more (a quoted term,
// '"greater than"', is shorter) and someone is said to have said it, next to one of its ends.
// Figures only: a boast in quotes ('... and we are already the fastest-growing company in our category."', said
// its CEO) is still the company's boast.
// The span of that quotation (its marks' offsets in the block), or null.
function quotedAcross(c: ClaimContext): { open: number; close: number } | null {
  if (!numeric(c)) return null;
  const text = c.blockText;
  const marks = quoteMarks(text);
  if (marks.length < 2) return null;
  const at = text.indexOf(c.sentence);
  if (at < 0) return null;
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
      return i - open >= 40 &&
        (SAID.test(text.slice(i + 1, i + 60)) || SAID.test(text.slice(Math.max(0, open - 60), open)))
        ? { open, close: i }
        : null;
    open = -1;
    if (i >= end) return null;
  }
  return null;
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
