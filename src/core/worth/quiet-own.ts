// QUIET, third band: the author's own work (the size of a sample, the team, settings, the test machine, the
// project's code and prices). Each row has a case in tests/unit/worth-signals.test.ts.
import {
  ADOPTION_VAGUE,
  HARDWARE,
  HARDWARE_COUNT,
  HEADCOUNT,
  LONG_UNITS,
  NARRATIVE_TIME,
  OUTCOME_SUBJECT,
  PARAMETER_AFTER,
  PARAMETER_BEFORE,
  THRESHOLD_CROSSED,
  MECHANISM_STEP,
  PERFORMANCE,
  PRICE_UNIT,
  PRICING_WORDS,
  SAMPLE_SIZE,
  SPEC_UNIT,
  FUNDING_REVENUE,
  NOT_A_PRICE,
  COMPARE_OTHERS,
  COST_ESTIMATE,
} from './patterns';
import {
  around,
  countedNoun,
  last,
  namesCompetitor,
  numeric,
  thirdPartyPrice,
  type Signal,
  isDuration,
} from './signal';
import {
  WE_OUR,
  LOAD_COUNT,
  TEAM_AIM_BEFORE,
  RANKS_OTHERS,
  TEAM_GROWN_BEFORE,
  TEAM_MEMBERS,
  TEAM_AFTER,
  LOAD_USERS,
  LOAD_TEST,
  SIMULATED_LOAD,
  TEAM_OF,
  FRACTION,
  OF_TEAM,
  RANGE_TO,
  EXPERIMENT_WITH,
  MADE_UP_DATA,
  MADE_UP_WORD,
  NAMES_AFTER,
  ASPIRATION_BEFORE,
  CODE_POPULATION,
  OWN_SHARE,
  FRAMING_BEFORE,
  FAMILIAR_AFTER,
  PEOPLE,
  CONDITION_OR_TERM_BEFORE,
  DEFAULT_MARK,
  ON_OWN_MACHINE,
  NAMED_RIVAL,
  TEST_ACTION,
  FIGURE_LIST_END,
  METHOD_LABEL,
  REPEAT_AFTER,
  REPEAT_BEFORE,
  REPEATS_DONE,
  ABOUT_HEADING,
  COMPANY_THINGS,
  ENSURE_WITHIN,
} from './quiet-words';
import type { ClaimContext } from './context';
import { ownArtifact } from './quiet-predicates';

// "... in this setup", "in our test cluster": the sentence describes the test itself.
const IN_THIS_SETUP =
  /\bin\s+(?:this|our|the)\s+(?:test\s+)?(?:setup|set-up|cluster|environment|testbed|test\s+bed|experiment)\b/i;
const TAKES_MEASUREMENT = /\b(?:measur\w*|readings?|record(?:ed|ing)?|sampl(?:ed|ing)|benchmark\w*)\b/i;
// "I booted the system, waited 5 minutes for ...": the author's wait, a step of the method.
const WAITED =
  /\b(?:I|we)\s+(?:(?:then|first|just|always)\s+)?(?:waited|wait|let\s+(?:it|them|the\s+\w+)\s+(?:run|sit|idle|settle|warm\s+up))\s+(?:for\s+)?(?:about\s+|around\s+|another\s+)?$|,\s*waited\s+(?:for\s+)?$/i;

// "we've grown from 2 to 12 full-time engineers": the range's two figures count the team, however it is employed.
// "54TB of storage provisioned today, at a cost of $4320 per month", "this is around $1800 per month in additional
// costs", "we pay $900 a month": the author's own bill, told; a reader asks for no source for it.
const OWN_BILL =
  /(?:\bat\s+a\s+(?:total\s+|monthly\s+|yearly\s+|combined\s+)?cost\s+of|\bcosts?\s+us|\bwe\s+(?:are\s+|were\s+|currently\s+)?(?:pay|paying|paid|spend|spending|spent)|\bour\s+(?:[\w-]+\s+){0,2}(?:bill|costs?|spend)\s+(?:is|was|were|are|came\s+to|comes\s+to)|\b(?:this|that|which)\s+(?:is|was|comes\s+to|came\s+to|adds\s+up\s+to))\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|over\s+|just\s+(?:over|under)\s+|~\s*)?$/i;
// "our $100k USD monthly AWS spend": the bill named after the figure.
const BILL_AFTER =
  /^\s*(?:USD\s+)?(?:(?:per\s+month|a\s+month|monthly|annual|yearly)\s+)?(?:[\p{L}-]+\s+)?(?:spend|bills?|costs?|expenses?|invoices?)\b/iu;
// "we generated a sustained load of 10,000 DNS queries per second", "we fired a constant rate of 500 requests": the
// test's input ("we sustained 1M QPS" is its result and stays).
const TEST_LOAD =
  /\b(?:we|I)\s+(?:generated|applied|sent|drove|fired|simulated|pushed|replayed|configured|set)\s+(?:an?\s+|the\s+)?(?:(?:sustained|constant|steady|fixed|peak|synthetic)\s+)?(?:load|traffic|rate|stream)\s+of\s+(?:about\s+|around\s+|roughly\s+|~\s*)?$/i;
const SAVINGS = /\b(?:sav(?:e|es|ed|ing|ings)|cheaper|less\s+than|instead\s+of|reduc\w*|cut)\b/i;

function grownTo(c: ClaimContext): string {
  const counted = countedNoun(c);
  const ranged = RANGE_TO.test(counted) || /\bfrom\s+[\d,.]+\s+to\s+$/i.test(c.before);
  return ranged ? counted.replace(RANGE_TO, '').replace(/^\s*(?:full|part)[- ]time\s+/i, '') : counted;
}

// "186 people responded", "We received 186 responses": how many answered a survey is its size.
const ANSWERED_AFTER =
  /^\s*(?:have\s+|had\s+)?(?:responded|answered|took\s+part|participated|replied|completed\s+(?:the|our)\s+(?:survey|poll|questionnaire))\b/i;
const ANSWERS = /^(?:responses|respondents|participants|submissions|survey\s+responses)\b/i;

// A paragraph of survey results: it speaks of the respondents, the votes or the poll itself.
const SURVEYED =
  /\b(?:respondents?|participants?|responded|voters?|voted|votes|surveyed|polled|the\s+(?:poll|survey|questionnaire))\b/i;

// What no answer to a survey measures: the product's speed, cost or uptime, a change it made, the company's money.
const NOT_A_SHARE =
  /\b(?:faster|slower|quicker|cheaper|latency|throughput|speed\s*ups?|uptime|revenue|ARR|funding|raised|costs?|per\s+dollar|cut|cuts|reduc\w*|improv\w*|sav(?:e|es|ed|ing|ings)|boost\w*|fewer|less\s+(?:time|memory|money|cpu|ram))\b/i;
// What a poll's answers rank: the popular choice, the favourite.
const POPULAR = /\b(?:popular|favou?rite|of\s+choice|most\s+(?:used|common|chosen|preferred))\b/i;

// Whether a claim reports the author's own survey: a share, a "most" in words, a popular choice or a count of its
// respondents, in a survey post or a paragraph about the survey; never a comparison with others or a product result.
function ownSurveyResult(c: ClaimContext): boolean {
  if (c.facts.ownSurvey === 'none') return false;
  if (
    c.facts.ownSurvey === 'paragraphs' &&
    !(SURVEYED.test(c.blockText) || SURVEYED.test(c.heading) || SURVEYED.test(c.intro))
  )
    return false;
  const fits =
    c.kind === 'percentage' ||
    c.kind === 'generalization' ||
    (c.kind === 'superlative' && POPULAR.test(c.text)) ||
    (c.kind === 'number' && SURVEYED.test(c.sentence)) ||
    // "more than twice that of the United Kingdom" (its respondents); "3x more traffic than Kafka" is a product's.
    (c.kind === 'multiplier' && !c.says(COMPARE_OTHERS));
  // (The products a poll asks about are named in its answers: a name here is no rival.)
  return fits && !c.says(NOT_A_SHARE) && !c.says(FUNDING_REVENUE) && !/\bon\s+the\s+market\b/i.test(c.after);
}

// What a thing is made for: "intended to be used by", "designed for", "meant for".
const MADE_FOR_BEFORE =
  /\b(?:intended|designed|meant|built|made)\s+(?:to\s+be\s+(?:used|consumed|read|run)\s+by|for)\s+$/i;

const CHOSE_AS =
  /\b(?:chose|chosen|choose|choosing|decided?\s+on|deciding\s+on|picked|selected|settled\s+on|went\s+with)\b[^.;!?]{0,60}\bas\s+$/i;

/** Why: the author's own work: method, team, settings, code, machine, prices. */
export const QUIET_OWN: readonly Signal[] = [
  {
    id: 'sample-size',
    reason: 'the size of a survey or a sample: method, not a claim',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (SAMPLE_SIZE.test(c.before) ||
        (c.kind === 'number' && (ANSWERED_AFTER.test(c.after) || ANSWERS.test(countedNoun(c))))),
  },
  {
    id: 'own-survey',
    reason: "a result of the author's own survey, whose method the post gives",
    worth: 'none',
    test: ownSurveyResult,
  },
  {
    id: 'repetitions',
    reason: 'how many times a test was repeated: method, not a claim',
    worth: 'none',
    test: (c) =>
      c.kind === 'number' &&
      REPEAT_AFTER.test(countedNoun(c)) &&
      (REPEAT_BEFORE.test(last(c.before, 50)) || REPEATS_DONE.test(c.after.slice(0, 80))),
  },
  {
    // "### About Admixer: ... over 100 partners, 3,000+ customers, and 200+ employees": the boilerplate a company
    // closes its posts with, the size it gives of itself.
    id: 'about-section',
    reason: "the company's description of itself, in its About section",
    worth: 'none',
    test: (c) => c.kind === 'number' && ABOUT_HEADING.test(c.heading) && COMPANY_THINGS.test(countedNoun(c)),
  },
  {
    id: 'headcount',
    reason: "the author's own headcount",
    worth: 'none',
    test: (c) => c.kind === 'number' && HEADCOUNT.test(grownTo(c)) && c.says(WE_OUR),
  },
  {
    id: 'experiment-setting',
    reason: 'a setting of the experiment, not its result',
    worth: 'none',
    test: (c) => {
      if (!numeric(c)) return false;
      if (
        c.says(MADE_UP_WORD) &&
        (MADE_UP_DATA.test(last(c.before, 60)) || MADE_UP_DATA.test(c.after.slice(0, 40)))
      )
        return true;
      const m = EXPERIMENT_WITH.exec(c.before);
      return m !== null && !PERFORMANCE.test(c.before.slice(m.index + m[0].length));
    },
  },
  {
    id: 'names-customers',
    reason: 'the sentence names the customers',
    worth: 'none',
    test: (c) => c.kind === 'customer' && NAMES_AFTER.test(c.after),
  },
  {
    id: 'own-team',
    reason: "the author's own team growing, not adoption",
    worth: 'none',
    test: (c) =>
      c.kind === 'number' &&
      TEAM_GROWN_BEFORE.test(last(c.before, 30)) &&
      TEAM_MEMBERS.test(countedNoun(c)) &&
      /\b(?:to|on|into)\s+(?:the|our|my)\s+team\b/i.test(c.after),
  },
  {
    // "decided on Haystack as the framework of choice for the QA system": the pick someone made, not a ranking.
    id: 'their-choice',
    reason: 'what someone chose, not a claim to lead',
    worth: 'none',
    test: (c) => c.kind === 'superlative' && /\bof\s+choice$/i.test(c.text) && CHOSE_AS.test(c.before),
  },
  {
    // "The HHVM team has concluded its first ever open source performance lockdown": the team's own history.
    id: 'own-first',
    reason: "a first in the author's own history, not a claim to lead",
    worth: 'none',
    test: (c) =>
      c.kind === 'superlative' &&
      /^first\b/i.test(c.text) &&
      // ("Our free, first-ever virtual conference": an adjective or two between.)
      /\b(?:its|our|my|their)\s+(?:[\w-]+,?\s+){0,2}$/i.test(c.before),
  },
  {
    id: 'aspiration',
    reason: 'an aim, not a claim that it was reached',
    worth: 'none',
    test: (c) =>
      // "we concluded the best way to dramatically reduce our costs": what a plan is for, not what it did.
      (c.kind === 'comparative' &&
        /\b(?:way|ways|plan|plans|goal|aim|need|needed|want|wanted|how)\s+to\s+$/i.test(
          last(c.before, 30),
        )) ||
      (c.kind === 'superlative' &&
        (ASPIRATION_BEFORE.test(last(c.before, 60)) ||
          (TEAM_AIM_BEFORE.test(last(c.before, 40)) && TEAM_AFTER.test(c.after)))) ||
      // "Ideally, we could set a limit per user which is significantly smaller than ...": a wish (not what follows a
      // "but": "Ideally logs are filtered ... but most people search").
      (/^\W*ideally\b/i.test(c.before) && !/\b(?:but|however|yet|though|although)\b/i.test(c.before)) ||
      // "foundational crates, which are intended to be used by most Rust applications": whom a thing is made for.
      (c.kind === 'generalization' && MADE_FOR_BEFORE.test(last(c.before, 40))) ||
      // "monitoring the page load to make sure it completes in 3 seconds": the bound it is held to.
      (numeric(c) && ENSURE_WITHIN.test(last(c.before, 60))),
  },
  {
    id: 'own-code-share',
    reason: "a share of the project's own code, not of the world",
    worth: 'none',
    test: (c) => c.kind === 'generalization' && CODE_POPULATION.test(c.text + c.after.slice(0, 30)),
  },
  {
    id: 'framing',
    reason: 'a kind of software named in passing to frame a technical point',
    worth: 'none',
    test: (c) =>
      c.kind === 'generalization' &&
      ((FRAMING_BEFORE.test(last(c.before, 20)) && !PEOPLE.test(c.text)) ||
        FAMILIAR_AFTER.test(c.after) ||
        // "The term retention is often found in the context of storage": what a word means.
        /^\W*the\s+(?:term|word|phrase|notion)\b/i.test(c.sentence)),
  },
  {
    id: 'condition-or-term',
    reason: 'a condition or a term of a formula, not a figure reported',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (CONDITION_OR_TERM_BEFORE.test(last(c.before, 20)) ||
        // "you can't get EBC>=0 with ...": an inequality on a variable, not a figure.
        (/^[<>=≤≥]/.test(c.text) && /[\w)\]]$/.test(c.before))),
  },
  {
    id: 'own-share',
    reason: "a share of the speaker's own time or work, not of the world",
    worth: 'none',
    test: (c) => c.kind === 'generalization' && OWN_SHARE.test(c.text + c.after.slice(0, 30)),
  },
  {
    id: 'team-size',
    reason: 'the size of a team, not a result',
    worth: 'none',
    test: (c) =>
      (c.kind === 'number' && TEAM_OF.test(last(c.before, 30))) ||
      (numeric(c) && FRACTION.test(c.text) && OF_TEAM.test(c.after)),
  },
  {
    id: 'parameter',
    reason: 'a setting, limit or parameter, not a result',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (PARAMETER_BEFORE.test(last(c.before, 60)) ||
        PARAMETER_BEFORE.test(last(c.before, 60).replace(FIGURE_LIST_END, '')) ||
        PARAMETER_AFTER.test(c.after) ||
        THRESHOLD_CROSSED.test(
          last(c.before, 120) + (/^(?:above|below|over|under|beyond|past)\b/i.exec(c.text)?.[0] ?? ''),
        ) ||
        (c.kind === 'multiplier' &&
          /^(?:doubl|tripl|halv|quadrupl)/i.test(c.text) &&
          MECHANISM_STEP.test(c.after)) ||
        // "lower the pool timeout from 5 (default) to 1 second": settings changed.
        c.says(DEFAULT_MARK) ||
        // "then send traffic for 10 minutes": how long the test ran.
        (isDuration(c) && /\bfor\s+$/i.test(last(c.before, 10)) && c.says(TEST_ACTION))) &&
      !PERFORMANCE.test(c.text),
  },
  {
    id: 'test-setup',
    reason: 'the test machine or setup',
    worth: 'none',
    test: (c) =>
      (numeric(c) &&
        ((c.says(HARDWARE) &&
          ((c.unit !== undefined && SPEC_UNIT.test(c.unit)) ||
            HARDWARE_COUNT.test(c.after) ||
            LOAD_COUNT.test(countedNoun(c)))) ||
          c.says(METHOD_LABEL) ||
          // "requests were sent from 200 concurrent users, using the siege benchmarking tool": the test's load.
          (LOAD_USERS.test(countedNoun(c)) && c.says(LOAD_TEST)))) ||
      // "a Gatling simulation that ramped up ... to add a growing number of users over 10 minutes".
      (c.kind === 'generalization' && c.says(SIMULATED_LOAD)) ||
      // "48 application services and 144 application pods in this setup": what the test runs.
      (c.kind === 'number' && c.says(IN_THIS_SETUP) && !ADOPTION_VAGUE.test(countedNoun(c))) ||
      // "waited 5 minutes for idle power to level off, and took a measurement": a step of the method.
      // ("I waited 20 minutes for Jenkins to finish, with Acme it's 2" is a timing: no measurement is taken.)
      (isDuration(c) && WAITED.test(last(c.before, 40)) && c.says(TAKES_MEASUREMENT)),
  },
  {
    id: 'own-machine',
    reason: "the author's own timing, on the machine the sentence names",
    worth: 'none',
    // "On my 10 core computer ... goes down from ~7.5s to ~5.5s": measured, and where, in one breath.
    // ("On a single H100, Quillpad serves a token in 20ms, the fastest of any engine": a ranking, no own timing.)
    test: (c) =>
      isDuration(c) &&
      (c.says(ON_OWN_MACHINE) || c.timingsStated) &&
      !c.says(NAMED_RIVAL) &&
      !c.says(RANKS_OTHERS),
  },
  {
    id: 'narrative-time',
    reason: 'how long something took the author, not a measurement',
    worth: 'none',
    test: (c) =>
      isDuration(c) &&
      LONG_UNITS.has(c.unit ?? '') &&
      !c.says(OUTCOME_SUBJECT) &&
      // The claim's own hedge is no result word: "which took more than 7 years" is still the author's story.
      (c.says(NARRATIVE_TIME) || !PERFORMANCE.test(around(c))),
  },
  {
    id: 'own-artifact',
    reason: "a fact of the project's own code or repository",
    worth: 'none',
    test: ownArtifact,
  },
  {
    id: 'test-load',
    reason: 'the load the test put on, not a result',
    worth: 'none',
    test: (c) => numeric(c) && TEST_LOAD.test(last(c.before, 80)),
  },
  {
    id: 'own-bill',
    reason: "what the author's own systems cost them, reported",
    worth: 'none',
    test: (c) =>
      c.kind === 'money' &&
      (OWN_BILL.test(last(c.before, 60)) ||
        (/\bour\s+\$?$/i.test(last(c.before, 8)) && BILL_AFTER.test(c.after))) &&
      !c.says(SAVINGS) &&
      !namesCompetitor(c) &&
      !COMPARE_OTHERS.test(around(c)),
  },
  {
    id: 'own-price',
    reason: "the author's own price or plan",
    worth: 'none',
    test: (c) =>
      c.kind === 'money' &&
      (PRICE_UNIT.test(c.text + c.after.slice(0, 20)) ||
        PRICING_WORDS.test(`${c.sentence} ${c.intro} ${c.heading}`)) &&
      !c.says(NOT_A_PRICE) &&
      !namesCompetitor(c) &&
      !thirdPartyPrice(c) &&
      !COST_ESTIMATE.test(`${c.sentence} ${c.intro}`),
  },
];
