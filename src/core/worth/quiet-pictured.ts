// QUIET, eighth band: what the author measured and shows in the section's pictures. Each row has a case in
// tests/unit/worth-signals.test.ts.
import { COMPARE_OTHERS, FUNDING_REVENUE } from './patterns';
import { FIRST_PERSON } from './quiet-words';
import { around, isDuration, namesCompetitor, type Signal } from './signal';
import type { ClaimContext } from './context';
import { forOthers } from './weight';

// "A reload is better especially on load down to 728ms due to those many images my theme used" under the timeline's
// screenshot; "We can see here an increase of server memory consumption (+33%)" under the profiler's: the author's
// own timing or change, in the first person, in a section that shows the measurement. (Not one set against a rival,
// the money or what it did for customers, nor a headline multiple: "1000x faster builds" beside an illustration.)
// "Here the results are almost even, except for ... (+9%)": the section's screenshots, read.
const READS_SHOWN =
  /^\W*here\b|\bas\s+(?:you\s+can\s+)?see\b|\b(?:this|the)\s+(?:screenshots?|charts?|graphs?|timelines?)\s+shows?\b/i;
// (Nor uptime: an availability promise, not a measurement a screenshot shows.)
const UPTIME = /\b(?:uptime|availability|SLA)\b/i;
function shownInSection(c: ClaimContext): boolean {
  if (!c.sectionPictured || !(c.says(FIRST_PERSON) || c.says(READS_SHOWN))) return false;
  const measured =
    isDuration(c) || c.kind === 'percentage' || (c.kind === 'multiplier' && (c.value ?? Infinity) < 10);
  return (
    measured &&
    !(c.value !== undefined && c.facts.titleNumbers.has(c.value)) &&
    !COMPARE_OTHERS.test(around(c)) &&
    !namesCompetitor(c) &&
    !c.says(FUNDING_REVENUE) &&
    !c.says(UPTIME) &&
    !forOthers(c)
  );
}

/** Why: the author's own measurement, shown in its section's screenshots or charts, asks for no other source. */
export const QUIET_PICTURED: readonly Signal[] = [
  {
    id: 'shown-in-section',
    reason: "the author's own measurement, shown in the section's pictures",
    worth: 'none',
    test: shownInSection,
  },
];
