// QUIET, third band: the author's own work (the size of a sample, the team, what it chose; settings, the test
// machine, the project's code and prices follow in quiet-own-settings.ts). Each row has a case in
// tests/unit/worth-signals.test.ts.
import {
  HEADCOUNT,
  PERFORMANCE,
  SAMPLE_SIZE,
  FUNDING_REVENUE,
  COMPARE_OTHERS,
  ADOPTION_VERB,
} from './patterns';
import { countedNoun, last, namesCompetitor, numeric, type Signal } from './signal';
import {
  WE_OUR,
  TEAM_AIM_BEFORE,
  TEAM_GROWN_BEFORE,
  TEAM_MEMBERS,
  TEAM_AFTER,
  RANGE_TO,
  EXPERIMENT_WITH,
  SCRIPT_DOES,
  MADE_UP_DATA,
  MADE_UP_WORD,
  NAMES_AFTER,
  ASPIRATION_BEFORE,
  REPEAT_AFTER,
  REPEAT_BEFORE,
  REPEATS_DONE,
  ABOUT_HEADING,
  COMPANY_THINGS,
  ENSURE_WITHIN,
} from './quiet-words';
import type { ClaimContext } from './context';

// "we've grown from 2 to 12 full-time engineers": the range's two figures count the team, however it is employed.
function grownTo(c: ClaimContext): string {
  const counted = countedNoun(c);
  const ranged = RANGE_TO.test(counted) || /\bfrom\s+[\d,.]+\s+to\s+$/i.test(c.before);
  return ranged ? counted.replace(RANGE_TO, '').replace(/^\s*(?:full|part)[- ]time\s+/i, '') : counted;
}

// "186 people responded", "We received 186 responses": how many answered a survey is its size.
const ANSWERED_AFTER =
  /^\s*(?:have\s+|had\s+)?(?:responded|answered|took\s+part|participated|replied|completed\s+(?:the|our)\s+(?:survey|poll|questionnaire))\b/i;
const ANSWERS = /^(?:responses|respond[ae]nts|participants|submissions|survey\s+responses)\b/i;

// A paragraph of survey results: it speaks of the respondents, the votes or the poll itself.
const SURVEYED =
  /\b(?:respond[ae]nts?|participants?|responded|voters?|voted|votes|surveyed|polled|the\s+(?:poll|survey|questionnaire))\b/i;

// What no answer to a survey measures: the product's speed, cost or uptime, a change it made, the company's money.
const NOT_A_SHARE =
  /\b(?:faster|slower|quicker|cheaper|latency|throughput|speed\s*ups?|uptime|revenue|ARR|funding|raised|costs?|per\s+dollar|cut|cuts|reduc\w*|improv\w*|sav(?:e|es|ed|ing|ings)|boost\w*|fewer|less\s+(?:time|memory|money|cpu|ram))\b/i;
// What a poll's answers rank: the popular choice, the favourite.
const POPULAR =
  /\b(?:popular|favou?rite|of\s+choice|most\s+(?:frequently\s+|commonly\s+|widely\s+|often\s+)?(?:used|common|chosen|preferred|desired|wanted|loved|admired))\b/i;

// Whether a claim reports the author's own survey: a share, a "most" in words, a popular choice or a count of its
// respondents, in a survey post or a paragraph about the survey; never a comparison with others or a product result.
function ownSurveyResult(c: ClaimContext): boolean {
  if (c.facts.ownSurvey === 'none') return false;
  if (
    c.facts.ownSurvey === 'paragraphs' &&
    // (Or right under a picture: "For the third year running, Rust is the most frequently used language" under the
    // chart of the question's answers.)
    !(
      SURVEYED.test(c.blockText) ||
      SURVEYED.test(c.heading) ||
      SURVEYED.test(c.intro) ||
      c.figureBeside === 'above'
    )
  )
    return false;
  const fits =
    c.kind === 'percentage' ||
    c.kind === 'generalization' ||
    (c.kind === 'superlative' && POPULAR.test(c.text)) ||
    (c.kind === 'number' && SURVEYED.test(c.sentence)) ||
    // A cell of a survey post's table: the count or share of one answer.
    (c.facts.ownSurvey === 'post' && c.table !== null && (c.kind === 'number' || c.kind === 'range')) ||
    // "more than twice that of the United Kingdom" (its respondents); "3x more traffic than Kafka" is a product's.
    (c.kind === 'multiplier' && !c.says(COMPARE_OTHERS));
  // (The products a poll asks about are named in its answers: a name here is no rival.)
  if (!fits) return false;
  // (A cell's row is an answer's words, "General performance improvements": what respondents chose, no result.)
  if (c.facts.ownSurvey === 'post' && c.table !== null) return true;
  // (Nor the reasons they gave, in brackets after each: "justified by need of faster scheduler (8.37%)".)
  const said =
    c.facts.ownSurvey === 'post' && /^\s*(?:\p{L}+\s*)?\)/u.test(c.after) ? c.before.slice(-60) : null;
  if (said !== null && !FUNDING_REVENUE.test(said)) return true;
  return !c.says(NOT_A_SHARE) && !c.says(FUNDING_REVENUE) && !/\bon\s+the\s+market\b/i.test(c.after);
}

// What a thing is made for: "intended to be used by", "designed for", "meant for".
const MADE_FOR_BEFORE =
  /\b(?:intended|designed|meant|built|made)\s+(?:to\s+be\s+(?:used|consumed|read|run)\s+by|for)\s+$/i;

const CHOSE_AS =
  /\b(?:chose|chosen|choose|choosing|decided?\s+on|deciding\s+on|picked|selected|settled\s+on|went\s+with)\b[^.;!?]{0,60}\bas\s+$/i;

// "WordPress powers 800 million websites", "npm hosts 2 million packages": adoption, however many the author scanned.
const ADOPTED =
  /\b(?:powers?|powering|hosts?|hosting|used\s+by|uses?|using|runs?\s+on|rel(?:y|ies)\s+on|depends?\s+on|adopted)\b/i;

// A Q&A post's answer ("**A:** It's big. We've got over 2,000 applications using Terraform ..."): the interviewee
// speaks of their own organisation.
const ANSWER = /^\W*A\s?:\s/;
const ANSWER_CLAIMS =
  /\b(?:customers?|clients?|users?|devices|save[sd]?|saving|cut|faster|slower|cheaper|reduc\w*|improv\w*|increas\w*)\b/i;

// The author's launch numbers under their stats heading ("## The results: stats": "- 108 new projects started",
// "HN launch caused almost 2x spike in traffic ..., we actually had the most users ever"): their own analytics.
const STATS_HEADING = /\b(?:results?|stats|statistics|numbers|metrics|analytics|traction)\b/i;
const OWN_USAGE =
  /\b(?:users?|projects?|stars|sign-?ups?|visitors?|visits|traffic|usage|downloads|installs?|page\s?views|sessions|subscribers|waitlist)\b/i;
// (A count as read off the log, "108", "83"; a round or hedged one, "100K users a day", "over 10,000", boasts.)
const readOff = (c: ClaimContext): boolean =>
  c.value !== undefined && !c.hedge && !c.vague && (c.value < 10 || c.value % 10 !== 0);
// A name before the figure, past its sentence's first word, not a month, a day or the post's own names.
const NAMED_OTHER =
  /\s(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(\p{Lu}[\p{L}\p{N}-]+)/gu;
const namesAnother = (c: ClaimContext): boolean =>
  [...c.before.replace(/^\W*\S+/, '').matchAll(NAMED_OTHER)].some(
    (m) => !c.facts.ownNames.has(m[1]!.toLowerCase()),
  );
const ownLaunchStat = (c: ClaimContext): boolean =>
  ((c.kind === 'number' && readOff(c)) ||
    c.kind === 'multiplier' ||
    (c.kind === 'superlative' &&
      /^\s+ever\b(?![^.;]*\bof\s+any\b)/.test(c.after) &&
      /\bwe\s+(?:\w+\s+)?(?:had|saw|got|reached|hit)\s+$/i.test(c.before))) &&
  // (No one else's: "Initech saw 3x more active users" is a customer's outcome.)
  !namesAnother(c) &&
  STATS_HEADING.test(c.heading) &&
  OWN_USAGE.test(`${c.text} ${c.after.slice(0, 40)}`) &&
  WE_OUR.test(`${c.blockText} ${c.intro}`) &&
  !COMPARE_OTHERS.test(c.sentence) &&
  !/\bcustomers?\b/i.test(c.sentence);

// "we spent over a third of our time abroad", "only one out of four team members was familiar with it": a share of the
// author's own time or team.
const OWN_TEAM_SHARE =
  /^\s*(?:of\s+)?(?:(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:time|team|engineers|developers|staff|employees|people|colleagues)|team\s+members)\b/i;

// "Wildlife Studios ... has more than 700 employees": the size of a company, not people who use something ("used by
// 10,000 employees at Acme" still counts adoption).
const HEADCOUNT_NOUN = /^\s*(?:full-time\s+)?(?:employees|staff|people\s+on\s+staff|workers)\b/i;
const HAS_BEFORE =
  /\b(?:has|have|had|employs|employing|employed)\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+)?$/i;

// "As our platform matured, we updated our adoption metrics ... Below, we highlight key wins from 2022" over a table: the
// author's own numbers, set out as theirs (not "our results against Acme": a comparison is a claim of its own).
const OWN_METRICS_LEAD =
  /\b(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:metrics|KPIs|key\s+wins|usage\s+(?:numbers|figures|data)|adoption\s+(?:numbers|figures|data))\b/i;
// ("Here are our benchmark metrics for Quill 2.0:" over a column per product: results set against others.)
const BENCHMARK_LEAD = /\b(?:benchmark|performance|latency|throughput|faster|slower|compar)/i;
const ownMetricsTable = (c: ClaimContext): boolean =>
  c.table !== null &&
  numeric(c) &&
  OWN_METRICS_LEAD.test(c.intro) &&
  !BENCHMARK_LEAD.test(c.intro) &&
  !COMPARE_OTHERS.test(`${c.intro} ${c.sentence}`) &&
  !namesCompetitor(c);

const SCORED =
  /\b(?:correct|accura|answer|label|pass|solv|classif|detect|predict|recogni|handl|serv|complet|succe|fail|faster|slower|under|within)/i;
const DATASET_SHARE =
  /^\s*of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:strings|rows|records|values|files|queries|documents|images|samples|tokens|keys|entries|columns|pages)\s+in\s+(?:the\s+|our\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:dataset|data\s?set|benchmark|corpus|workload|test\s+set)\b/i;

/** Why: the author's own work: a survey's or a test's method, the team, its choices and firsts. */
export const QUIET_OWN: readonly Signal[] = [
  {
    id: 'answer-own',
    reason: "the interviewee's answer about their own organisation",
    worth: 'none',
    // (Its own size only: "Our customers typically save 60%", "runs on 4 billion devices" still ask.)
    test: (c) =>
      c.kind === 'number' &&
      ANSWER.test(c.blockText) &&
      c.says(WE_OUR) &&
      !COMPARE_OTHERS.test(c.sentence) &&
      !ANSWER_CLAIMS.test(c.sentence),
  },
  {
    id: 'company-headcount',
    reason: 'the size of a company, not an adoption figure',
    worth: 'none',
    // (Not "trusted by enterprises with over 100,000 employees", "Every Quillbase customer has ...".)
    test: (c) =>
      c.kind === 'number' &&
      HEADCOUNT_NOUN.test(countedNoun(c)) &&
      HAS_BEFORE.test(c.before) &&
      !ADOPTION_VERB.test(c.sentence) &&
      !/\b(?:customers?|clients?|every|each)\b/i.test(last(c.before, 40)),
  },
  {
    id: 'own-team-share',
    reason: "a share of the author's own time or team",
    worth: 'none',
    test: (c) =>
      c.kind === 'percentage' &&
      OWN_TEAM_SHARE.test(c.after) &&
      WE_OUR.test(c.blockText) &&
      // (Not "70% of the platform team members across the industry", "at Initech", nor a survey's.)
      !/\b(?:across|at\s+\p{Lu}|survey|respondents|industry)\b/u.test(c.sentence) &&
      !c.says(COMPARE_OTHERS),
  },
  {
    id: 'own-metrics-table',
    reason: "a figure of the author's own metrics table, set out as theirs",
    worth: 'none',
    test: ownMetricsTable,
  },
  {
    id: 'own-launch-stats',
    reason: "the author's own usage numbers, in the section that reports them",
    worth: 'none',
    test: ownLaunchStat,
  },
  {
    id: 'sample-size',
    reason: 'the size of a survey or a sample: method, not a claim',
    worth: 'none',
    test: (c) =>
      numeric(c) &&
      (SAMPLE_SIZE.test(c.before) ||
        (c.facts.corpusNouns().has(/^\s*([\p{L}]+)/u.exec(countedNoun(c))?.[1]?.toLowerCase() ?? '') &&
          !c.says(ADOPTED)) ||
        (c.kind === 'number' && (ANSWERED_AFTER.test(c.after) || ANSWERS.test(countedNoun(c))))),
  },
  {
    // "(less than 1% of the strings in the ClickBench dataset)": what the data the post runs on holds.
    id: 'dataset-share',
    reason: 'a share of the dataset the post measures on, not a result',
    worth: 'none',
    // (Not a share the system gets right: "labels 98% of the images in the test set correctly", "answers 95% of the
    // queries in the benchmark in under 10 ms".)
    test: (c) => c.kind === 'percentage' && DATASET_SHARE.test(c.after) && !SCORED.test(c.sentence),
  },
  {
    id: 'own-survey',
    reason: "a result of the author's own survey, whose method the post gives",
    worth: 'none',
    test: ownSurveyResult,
  },
  {
    // "If you want to try the queries for yourself, all of them are available in [this gist]", then tables of their
    // results and prose read off them ("almost 1 in 10 files", "96% of files have fewer than 1,000 lines"): every
    // figure of such a post is one of its queries'.
    id: 'own-analysis',
    reason: "a result of the author's own analysis, whose queries the post links",
    worth: 'none',
    // (Not what it sets against others, money or adoption: "3x faster than Postgres", "used by 10,000 teams".)
    test: (c) =>
      c.facts.analysisLinked &&
      numeric(c) &&
      !c.says(COMPARE_OTHERS) &&
      !c.says(FUNDING_REVENUE) &&
      !ADOPTION_VERB.test(c.before),
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
    // (Not "Our tool is used by 10,000 employees at Initech": people who use it.)
    test: (c) =>
      c.kind === 'number' && HEADCOUNT.test(grownTo(c)) && c.says(WE_OUR) && !ADOPTION_VERB.test(c.before),
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
      if (c.says(SCRIPT_DOES)) return true;
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
      (/\b(?:its|our|my|their)\s+(?:[\w-]+,?\s+){0,2}$/i.test(c.before) ||
        // "We were chosen to take part in the first-ever batch of the GitHub Accelerator": a program's first round.
        /^\s*(?:batch|cohort|edition|round|class|intake|season|wave)\s+of\b/i.test(c.after)),
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
];
