// QUIET, third band, continued (quiet-own.ts has its first rows): the author's own settings, test machine, code and
// prices. Each row has a case in tests/unit/worth-signals.test.ts.
import type { ClaimContext } from './context';
import {
  ADOPTION_VAGUE,
  HARDWARE,
  HARDWARE_COUNT,
  LONG_UNITS,
  NARRATIVE_TIME,
  OUTCOME_SUBJECT,
  PARAMETER_AFTER,
  THRESHOLD_DEFINED,
  PARAMETER_BEFORE,
  THRESHOLD_CROSSED,
  MECHANISM_STEP,
  PERFORMANCE,
  PRICE_UNIT,
  PRICING_WORDS,
  SPEC_UNIT,
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
  LOAD_COUNT,
  LOAD_USERS,
  LOAD_TEST,
  SIMULATED_LOAD,
  TEAM_OF,
  FRACTION,
  OF_TEAM,
  CODE_POPULATION,
  OWN_SHARE,
  FRAMING_BEFORE,
  FAMILIAR_AFTER,
  PEOPLE,
  CONDITION_OR_TERM_BEFORE,
  DEFAULT_MARK,
  TEST_ACTION,
  FIGURE_LIST_END,
  METHOD_LABEL,
} from './quiet-words';
import { ownArtifact } from './quiet-predicates';
import { MACHINE } from './method-cues';

// "On my 10 core computer", "on our 64-core build server": the machine the author timed it on.
// ("On an A100 GPU, the expression f16.sum can sum one billion floats in 2.1ms": the one chip it was timed on.)
// ("On a 64-core (AMD EPYC 7513) machine, the Python version takes 1312 seconds": a machine given by its spec, not "on
// a typical 8-core server"; "on all 64 cores of this machine": the one named before.)
const ANY_OF_A_KIND = /\b(?:typical|average|standard|any|most|modern|commodity|regular)\b/i;
const ON_OWN_MACHINE =
  /\b(?:on|with|using)\s+(?:my|our)\s+(?:[\w-]+\s+){0,3}(?:computer|machine|laptop|desktop|workstation|server|box|MacBook(?:\s+\w+)?|PC|dev\s+box)\b|^\W*on\s+an?\s+(?!(?:typical|standard|average|regular|normal)\b)(?=[^,.;]{0,40}\d)(?:[\w-]+\s+|\([^()]{1,40}\)\s+){1,4}(?:computer|machine|laptop|desktop|workstation|server|box)\b|\b(?:on|of)\s+(?:all\s+\d+\s+cores\s+of\s+)?this\s+(?:machine|server|laptop|computer|box|workstation)\b|^\W*on\s+(?:an?|one|a\s+single)\s+(?:NVIDIA\s+|AMD\s+|Apple\s+)?(?:[ABHLV]\d{2,3}|RTX\s?\d{4}|M[1-4](?:\s+(?:Pro|Max|Ultra))?|Ryzen\s+\w+|Xeon\s+\w+|EPYC\s+\w+|Raspberry\s+Pi(?:\s*\d)?)\b/i;
// A timing set against everyone else: "the fastest of any inference engine", "a new record".
const RANKS_OTHERS = /\b(?:fastest|quickest|record|best|any\s+other|every\s+other|of\s+any|leading)\b/i;
// "faster than Prettier", "vs. Biome", "compared to esbuild": a rival set beside the figure ("than that" is none).
const NAMED_RIVAL = /\b(?:vs\.?|versus|compared\s+(?:to|with)|than\s+[\p{Ll}\d]*\p{Lu})/u;
// "... in this setup", "in our test cluster": the sentence describes the test itself.
const IN_THIS_SETUP =
  /\bin\s+(?:this|our|the)\s+(?:test\s+)?(?:setup|set-up|cluster|environment|testbed|test\s+bed|experiment)\b/i;
const TAKES_MEASUREMENT = /\b(?:measur\w*|readings?|record(?:ed|ing)?|sampl(?:ed|ing)|benchmark\w*)\b/i;
// "I booted the system, waited 5 minutes for ...": the author's wait, a step of the method.
const WAITED =
  /\b(?:I|we)\s+(?:(?:then|first|just|always)\s+)?(?:waited|wait|let\s+(?:it|them|the\s+\w+)\s+(?:run|sit|idle|settle|warm\s+up))\s+(?:for\s+)?(?:about\s+|around\s+|another\s+)?$|,\s*waited\s+(?:for\s+)?$/i;

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

// "Of these hosts, we found 2491 implants", "According to Shodan, ...": a result, wherever it is told.
const FOUND =
  /\b(?:found|finds?|show(?:s|ed|n)?|observed|saw|see|measured|detected|identified|discovered|according\s+to|reported|exposed)\b/i;

// The threshold a scale defines, the claim inside it (not "..., and Superhuman scored 58%" after it).
function thresholdAt(c: ClaimContext): boolean {
  const lead = last(c.before, 40);
  const m = THRESHOLD_DEFINED.exec(lead + c.text + c.after.slice(0, 60));
  return m !== null && m.index <= lead.length && m.index + m[0].length >= lead.length + c.text.length;
}

/** Why: the author's own settings, shares, machine, load, bills and prices. */
export const QUIET_OWN_SETTINGS: readonly Signal[] = [
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
        // "In group-query attention (with a 4x ratio), ...": the ratio a scheme is set up with.
        (c.kind === 'multiplier' &&
          /\(\s*with\s+an?\s+$/i.test(last(c.before, 12)) &&
          /^\s+ratio\b/i.test(c.after)) ||
        // "lower the pool timeout from 5 (default) to 1 second": settings changed.
        c.says(DEFAULT_MARK) ||
        // "Anything above 40% is considered PMF, 60% is great": the threshold, and the next step of its scale.
        thresholdAt(c) ||
        (c.says(THRESHOLD_DEFINED) && /^\s+is\b/.test(c.after)) ||
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
      // "48 application services and 144 application pods in this setup": what the test runs; "Uniform random 100M
      // customers between IDs ..." under "## Methodology": the test's data.
      (c.kind === 'number' &&
        ((c.inMethodSection && c.facts.methodDisclosed && !c.says(FOUND)) ||
          (c.says(IN_THIS_SETUP) && !ADOPTION_VAGUE.test(countedNoun(c))))) ||
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
    // ("This build takes over 4 hours (250 min) on a 3.3GHz i7 Macbook Pro": a machine named by its spec anywhere in
    // the sentence, not a typical one, and no rival beside it.)
    test: (c) =>
      isDuration(c) &&
      (((c.says(ON_OWN_MACHINE) || c.timingsStated) && !c.says(NAMED_RIVAL) && !c.says(RANKS_OTHERS)) ||
        (numeric(c) &&
          !c.vague &&
          MACHINE.test(c.sentence) &&
          !ANY_OF_A_KIND.test(c.sentence) &&
          !COMPARE_OTHERS.test(around(c)) &&
          !namesCompetitor(c))),
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
