// QUIET, fourth band, with the author's own story: counts from the author's own affairs that no reader asks a source for.
import type { ClaimContext } from './context';
import { FIRST_PERSON } from './quiet-words';
import { COMPARE_OTHERS } from './patterns';
import { around, countedNoun, last, namesCompetitor, type Signal } from './signal';

// "So I posted a job listing ... over 130 applications poured in": applicants to the author's own opening, not
// users of a product ("applications" reads as software elsewhere).
const APPLICANTS = /^(?:job\s+)?(?:applications|applicants|candidates|résumés|resumes|CVs)\b/i;
const HIRING =
  /\b(?:job\s+(?:listing|posting|opening|ad(?:vert)?)|(?:open|posted\s+(?:a|the))\s+(?:role|position)|hiring|we(?:['’]re|\s+are)\s+looking\s+for)\b/i;

// "with 10 sites to get through", "I didn't have time to completely rebuild 10 sites": the size of the author's own
// task (a review's sample), not how many use something.
const TASK = String.raw`(?:get|go)\s+through|review|audit|test|check|cover|look\s+at|rebuild|migrate|port`;
const TASK_AFTER = new RegExp(String.raw`^\s*(?:[\w-]+\s+)?(?:left\s+)?to\s+(?:${TASK})\b`, 'i');
const TASK_BEFORE = new RegExp(
  String.raw`\b(?:time|need(?:ed)?|had|have)\s+to\s+(?:\w+ly\s+)?(?:${TASK})\s+$`,
  'i',
);

// "It took about 4 hours to set up the pipeline from scratch, but we went through the trouble": how long the author's
// own work took, a story, not a product's setup time ("Setup takes 5 minutes" is the vendor's claim).
const TOOK =
  /(?:\b(?:it|this|that)\s+took\s+(?:me\s+|us\s+)?|\btook\s+(?:me|us)\s+)(?:about|around|roughly|nearly|almost|over|under|just|only|~)?\s*$/i;
const OTHERS = /\b(?:customers?|users?|clients?|developers|anyone|everyone|you)\b/i;
const TO_BUILD =
  /^\s*to\s+(?:set\s+up|setup|build|write|implement|migrate|port|finish|complete|deploy|configure|create|wire\s+up|integrate|get\s+(?:it|this|everything)\s+(?:working|running))\b/i;
const ownEffort = (c: ClaimContext): boolean =>
  c.kind === 'duration' &&
  c.says(FIRST_PERSON) &&
  !c.says(OTHERS) &&
  TOOK.test(last(c.before, 40)) &&
  TO_BUILD.test(c.after);

const ownTask = (c: ClaimContext): boolean =>
  c.kind === 'number' &&
  c.says(FIRST_PERSON) &&
  (TASK_AFTER.test(c.after) || TASK_BEFORE.test(last(c.before, 40)));

const applicantsCounted = (c: ClaimContext): boolean =>
  c.kind === 'number' && APPLICANTS.test(countedNoun(c)) && HIRING.test(c.blockText);

// The sentences about it: the first, and those that go on with "It", "They", "The company" or its name (not the
// post's own subject: a name its title gives).
const GOES_ON = /^\W*(?:it|its|they|their|the\s+(?:company|firm|group|platform|retailer|bank))\b/i;

// Whether a claim is the background a paragraph gives on a company it introduces (introduced.ts).
function aboutIntroduced(c: ClaimContext, name: string): boolean {
  const word = name.split(/[\s.]/)[0]!;
  if (name === '' || c.facts.titleWords.has(word.toLowerCase())) return false;
  return (
    c.blockText.startsWith(c.sentence) ||
    GOES_ON.test(c.sentence) ||
    (word.length >= 2 && new RegExp(`\\b${word.replace(/[^\p{L}\p{N}]/gu, '')}\\b`, 'u').test(c.sentence))
  );
}

/** Why: the author's own hiring, told as a story, is no adoption figure. */
export const QUIET_STORY: readonly Signal[] = [
  {
    id: 'introduced-company',
    reason: 'background on a company the paragraph introduces, its reference page linked',
    worth: 'none',
    test: (c) =>
      (c.kind === 'number' ||
        c.kind === 'percentage' ||
        c.kind === 'superlative' ||
        c.kind === 'generalization') &&
      aboutIntroduced(c, c.introduced) &&
      !namesCompetitor(c) &&
      !COMPARE_OTHERS.test(around(c)),
  },
  {
    id: 'own-hiring',
    reason: "applicants to the author's own job opening, not users",
    worth: 'none',
    test: applicantsCounted,
  },
  {
    id: 'own-effort',
    reason: "how long the author's own work took, told as a story",
    worth: 'none',
    test: ownEffort,
  },
  {
    id: 'own-task',
    reason: "the size of the author's own task, not how many use something",
    worth: 'none',
    test: ownTask,
  },
];
