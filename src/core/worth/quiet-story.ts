// QUIET, with the author's own story: counts from the author's own affairs that no reader asks a source for.
import type { ClaimContext } from './context';
import { countedNoun, type Signal } from './signal';

// "So I posted a job listing ... over 130 applications poured in": applicants to the author's own opening, not
// users of a product ("applications" reads as software elsewhere).
const APPLICANTS = /^(?:job\s+)?(?:applications|applicants|candidates|résumés|resumes|CVs)\b/i;
const HIRING =
  /\b(?:job\s+(?:listing|posting|opening|ad(?:vert)?)|(?:open|posted\s+(?:a|the))\s+(?:role|position)|hiring|we(?:['’]re|\s+are)\s+looking\s+for)\b/i;

const applicantsCounted = (c: ClaimContext): boolean =>
  c.kind === 'number' && APPLICANTS.test(countedNoun(c)) && HIRING.test(c.blockText);

/** Why: the author's own hiring, told as a story, is no adoption figure. */
export const QUIET_STORY: readonly Signal[] = [
  {
    id: 'own-hiring',
    reason: "applicants to the author's own job opening, not users",
    worth: 'none',
    test: applicantsCounted,
  },
];
