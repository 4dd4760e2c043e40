// Claims made in words, with no number: sweeping statements about the market, vague customer claims, exclusivity
// and comparisons with unnamed rivals. A careful reader questions these as much as a figure; the lexicons in
// claim-words.ts catch the classic superlatives and weasels, these catch the rest. Each pattern is linear.

const NOUN = String.raw`[\p{L}][\p{L}\p{N}'’-]*`;
const GROUP = String.raw`(?:teams|companies|developers|engineers|organi[sz]ations|enterprises|businesses|people|users|customers|practitioners|vendors|startups|projects|apps|applications|websites|sites|databases|stores|systems|services|products|tools|(?:production|modern|real[- ]world)\s+${NOUN})`;

// Who or what a share counts when it is a statistic: people, organisations, their projects and their use.
const PEOPLE_OR_USE = String.raw`(?:all\s+)?(?:[\p{L}-]+\s+){0,2}(?:teams|companies|developers|engineers|organi[sz]ations|enterprises|businesses|people|users|customers|practitioners|respondents|vendors|startups|projects|apps|applications|websites|sites|sessions|requests|conversations|queries|workloads|deployments|installs|downloads|market|world|industry|time|budget|revenue|traffic)`;

// Words that end a noun phrase: "matter most for services" is not "most ... services".
const FUNCTION_WORD = String.raw`(?:for|of|in|on|at|to|by|with|from|our|your|their|its|my|the|a|an|is|are|was|were|and|or|but|that|which)`;

/** Why: "most teams ...", "the majority of ...", "almost every production key-value store ...": statistics in words. */
export const GENERALIZATION_PATTERNS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:(?<!\b(?:your|our|their|my|its|the)\s+(?:(?:two|three|four|five|few|\d[\d,.]*[kKmM]?\+?)\s+)?)most|the\s+(?:vast\s+)?majority\s+of|(?:almost|nearly|virtually)\s+(?:all|every)|(?:all|many)\s+(?:of\s+)?(?:the\s+)?(?:major|leading|top))\s+(?:(?:of\s+)?(?:the\s+)?(?:world['’]?s|today['’]?s)\s+)?(?:(?!${FUNCTION_WORD}\b)${NOUN}\s+){0,2}?${GROUP}\b`,
    'giu',
  ),
  // (Not "committed to the majority of peers", a quorum, nor "the majority of the CPU", a profile's reading.)
  /\bthe\s+(?:vast\s+)?majority\s+of\s+(?!(?:the\s+)?(?:peers|nodes|replicas|servers|voters|votes|members|shards|partitions|CPU|cores|memory|RAM|heap|bytes|time|runtime|cycles|instructions|samples|allocations)\b)(?:the\s+)?(?:world['’]?s\s+)?[\p{L}-]+/giu,
  /\b(?:is|are)\s+(?:exploding|skyrocketing|booming|surging)\b/giu,
  // "a meaningful share", "a good number of", "a significant portion": a statistic with the number left out
  // ("a large number of keys", "of dependencies": a count in a technical sentence, not a share of people or use;
  // "a large chunk size": a setting)
  new RegExp(
    String.raw`\ba\s+(?:meaningful|significant|substantial|large|good|growing|sizable|huge)\s+(?:share|number|portion|percentage|fraction|chunk(?=\s+of\b)|proportion)\b(?!\s+of\s+(?!(?:the\s+|our\s+|their\s+|its\s+)?(?:${PEOPLE_OR_USE})\b))`,
    'giu',
  ),
  // "usage climbing steadily", "demand is growing rapidly": a trend with no figures
  /\b(?:usage|adoption|demand|revenue|growth|interest|traffic|sign-?ups)\s+(?:is\s+|has\s+been\s+|keeps\s+)?(?:climbing|growing|rising|increasing|accelerating|soaring)\s+(?:steadily|fast|rapidly|quickly|sharply|every\s+\w+|each\s+\w+)/giu,
  // "responsible for most of the tail latency", "accounts for the bulk of"
  /\b(?:(?:is|are)\s+)?(?:responsible\s+for|accounts?\s+for|causes?|drives?)\s+(?:most|the\s+majority|the\s+bulk|nearly\s+all|almost\s+all)\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?/giu,
  // "the simplicity commonly found in data processing workloads", "a common pain-point in the ecosystem"
  // ("Optional is commonly used in two situations:": the uses of a thing the post explains, no statistic.)
  /\b(?:commonly|typically|usually|often)\s+(?:found|seen|used|observed)\s+in\s+(?!(?:[\p{L}-]+\s+){0,3}(?:situations|scenarios|cases|contexts|circumstances)\b)(?:[\p{L}-]+\s+){0,3}[\p{L}-]+/giu,
  /\ba\s+common\s+(?:pain[- ]?points?|problems?|complaints?|mistakes?|frustrations?|bottlenecks?)\b/giu,
  // "Most CI energy is wasted on ...", "most bugs are caused by ..."
  /\bmost\s+(?:[\p{L}-]+\s+){1,2}(?:is|are)\s+(?:wasted|spent|lost|caused|driven|written|generated|used)\b/giu,
  /\b(?:a\s+)?growing\s+(?:movement|number|share|wave|trend)\s+of\b/giu,
  /\b(?:is|are)\s+gaining\s+(?:serious\s+|real\s+|huge\s+)?(?:momentum|traction|ground)\b/giu,
  /\b(?:is|are)\s+winning\s+(?:in\s+)?(?:every|all|the)\b/giu,
  // "numerous companies are leveraging X in production", "a lot of teams pay more for monitoring than for compute":
  // adoption or a habit of the market, counted in words.
  new RegExp(
    String.raw`\b(?:numerous|countless|a\s+(?:lot|ton|host)\s+of|lots\s+of|plenty\s+of|many)\s+(?:(?!${FUNCTION_WORD}\b)${NOUN}\s+)?${GROUP}\s+(?:are\s+|have\s+been\s+|now\s+|already\s+|still\s+)?(?:leverag(?:e|es|ing)|us(?:e|ing)|adopt(?:ed|ing)?|rel(?:y|ying)\s+on|deploy(?:ed|ing)?|pay(?:ing)?|spend(?:ing)?|switch(?:ed|ing)?|migrat(?:e|ed|ing)|choos(?:e|ing))\b`,
    'giu',
  ),
  /\b(?:increasingly|overwhelmingly)\s+(?:target|choose|adopt|use|prefer|rely|tune|turn|pick|move|switch|favou?r)\w*\b/giu,
];

const SIZED_CUSTOMERS = String.raw`(?:government\s+agencies|large\s+enterprises|leading\s+(?:security|engineering|data|platform|product)\s+teams)`;

/** Why: "Fortune 500 companies", "a major medical device manufacturer": customers named by size, never by name. */
export const CUSTOMER_PATTERNS: RegExp[] = [
  /\b(?:\w+\s+of\s+(?:them|which|our\s+customers)\s+are\s+)?Fortune\s+(?:500|100|50|1000|Global\s+500)(?:\s+(?:companies|customers|firms|enterprises|brands|clients))?\b/gu,
  // Organisations only: not "one of the biggest sources of confusion", "many of the top industry trends", "one of the
  // biggest practical blockers" (things, not customers).
  /\b(?:one|two|three|four|five|several|some|many)\s+of\s+the\s+(?:(?:five|ten|twenty|\d{1,3})\s+)?(?:largest|biggest|top|leading)\s+(?=(?:[\p{L}-]+\s+){0,2}(?:banks|retailers|companies|firms|enterprises|corporations|brands|manufacturers|carriers|insurers|airlines|hospitals|providers|telcos|operators|universities|organi[sz]ations|institutions|players|vendors|platforms|marketplaces|publishers|fintechs|startups|customers|clients|agencies|automakers|exchanges|networks|websites|sites|apps|services|labs|studios|e-?tailers|chains|groups|conglomerates|governments|utilities|pharma|broadcasters|logistics|shippers|teams)\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,2}/giu,
  /\ban?\s+(?:major|leading|large|global|top|well-known|household-name)\s+(?:[\p{L}-]+\s+){0,2}?(?:manufacturer|bank|retailer|carrier|insurer|airline|hospital|provider|company|brand|bank|automaker|telco|university|government)\b/giu,
  // Customers when they use or are served ("from startups to large enterprises, use Kestra", "trusted by government
  // agencies"), not a market described ("For these companies (especially large enterprises that spend billions ...)").
  new RegExp(
    String.raw`(?<=\b(?:by|including|includes?|like|such\s+as|among|to|at|serves?|serving|helps?|helping|powers?|powering|protects?|protecting|secures?|securing|supports?|customers|clients)\s{1,3}(?:[\p{L}-]+\s{1,3}){0,2}?)${SIZED_CUSTOMERS}\b|\b${SIZED_CUSTOMERS}(?=[^.;!?]{0,80}?\b(?:use|uses|using|trust|trusts|rely|relies|choose|chooses|chose|run|runs|adopt|adopted|deploy|deployed|depend|depends)\b)`,
    'giu',
  ),
];

/** Why: exclusivity and "of choice" claims: leadership without a superlative word. */
export const EXCLUSIVITY_PATTERNS: RegExp[] = [
  // Said of something ("has become the platform of choice"), not "open the IDE of choice" (the reader's pick).
  new RegExp(
    String.raw`(?<=\b(?:is|are|was|were|be|been|become|became|becoming|remains?|remained|as)\s+)the\s+(?:${NOUN}\s+){1,2}of\s+choice\b`,
    'giu',
  ),
  /\b(?:far\s+)?beyond\s+(?:any|all)\s+(?:other\s+|comparable\s+|competing\s+|existing\s+)*[\p{L}-]+/giu,
  /\b(?:like\s+no|unlike\s+any)\s+other\b/giu,
  /\bcan\s+only\s+be\s+(?:done|achieved|built)(?:\s+at\s+scale)?\s+(?:with|using|on|by)\s+[\p{L}\p{N}.-]+/giu,
  /\bcould\s+(?:not|n't)\s+have\s+(?:been\s+)?(?:done|built|achieved|possible|shipped)\s+without\s+[\p{L}\p{N}.-]+/giu,
  /\bsolves?\s+(?:all|every)\s+(?:(?:the|of\s+the)\s+)?(?:potential\s+|remaining\s+|known\s+)?(?:problems?|issues?|challenges?)\b/giu,
  /\b(?:in\s+)?the\s+top\s+(?:quartile|decile|tier|percentile|\d{1,2}%?)\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}/giu,
  /\bthe\s+(?:first|only)\s+(?:major|true|real|open[- ]source|commercial)\s+[\p{L}-]+\s+to\s+(?!be\b)[\p{L}]+/giu,
  // "GN is the first technique to achieve comparable error rates" (not advice: "the first tool to try is ...").
  // (Products and vendors the superlative words already catch: "Hexa is the first vendor to sign the pledge".)
  /(?<=\b(?:is|was|are|were|became|becomes)\s+)the\s+(?:first|only)\s+(?:technique|method|approach|algorithm|architecture|paper|study)\s+to\s+(?!(?:be|try|use|install|learn|consider|check|read|run)\b)[\p{L}]+/giu,
  // "No one has ever invented a scalable, framework-based solution for incremental builds": no one else did it.
  /\b(?:no\s+one|nobody|no\s+other\s+(?:company|vendor|tool|product|platform|team))\s+(?:else\s+)?has\s+(?:ever\s+)?(?:invented|built|created|shipped|solved|done|achieved|managed|made)\b/giu,
];

/** Why: comparisons with rivals that carry no figure ("better performance than ...", "a fraction of the cost"). */
export const RIVAL_PATTERNS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:better|faster|cheaper|lower|higher|greater|smaller)\s+(?:${NOUN}\s+){1,2}than\s+(?:any\s+|all\s+|most\s+|other\s+|the\s+|traditional\s+|legacy\s+)*${NOUN}`,
    'giu',
  ),
  /\b(?:significantly|dramatically|substantially|considerably|vastly)\s+(?:faster|cheaper|better|more\s+(?:accurate|efficient|reliable|secure|scalable)|smaller|lighter|quicker)\b/giu,
  /\b(?:well|far|way|significantly)\s+(?:above|below|ahead\s+of|beyond)\s+(?:the\s+)?(?:industry|market|sector)(?:'s)?\s+(?:average|benchmark|norm|median|standard)\b/giu,
  /\ba\s+fraction\s+of\s+the\s+(?:cost|price|time|memory)\b/giu,
  /\b(?:most|all|many)\s+of\s+(?:our|their|its)\s+(?:competitors|rivals|alternatives)\b[^.;]{0,40}/giu,
  /\b(?:our|the)\s+competitors\s+(?:are|were|can't|cannot|don't|do\s+not)\b[^.;]{0,40}/giu,
  /\bat\s+no\s+(?:additional|extra)\s+(?:cost|charge|overhead)\b/giu,
  // "They prefer their proprietary agents because it increases lock-in": a motive pinned on a rival
  /\b(?:they|competitors?|vendors?|incumbents?)\s+(?:prefer|want|push|force|keep)\s+[^.;]{0,60}?\bbecause\b[^.;]{0,40}/giu,
  /\b(?:greatly|vastly|dramatically|massively|radically)\s+(?:improv|increas|reduc|boost|cut|simplif|speed)\w*(?:\s+[\p{L}-]+){0,3}/giu,
  /\bnowhere\s+(?:close|near)\s+(?:to\s+)?as\s+[\p{L}-]+/giu,
];
