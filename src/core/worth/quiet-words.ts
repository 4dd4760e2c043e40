// The words the QUIET rows (quiet.ts) read: one pattern per reason a careful reader lets a claim go, each with the
// sentence it was written for.
import { twinned } from '../ascii-twin';

// The author speaking ("we grew to 71 people", "our team").
export const WE_OUR = /\b(?:we|our)\b/i;
// ... or addressing the reader with the author ("us").
export const WE_OUR_US = /\b(?:we|our|us)\b/i;
/** Why: the author speaking of their own work: "we", "our", "us", "I", "my" ("US" and "i.e." are not). */
export const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b/;

// "If you're tired of bills that grow faster than your revenue": a condition put to the reader, up to the claim.
export const READER_CONDITION = /^\W*(?:if|when|whenever)\s+(?:you|your)\b[^,;:]*$/i;
// "..., see if it is faster than your laptop": a test the reader is told to run on what is compared.
export const READER_TEST = /\b(?:see|check|verify|test|confirm)\s+(?:if|that|whether)\s+[^,;:.!?]*$/i;
// "Instead, you can be 10x better in one, very specific way": advice on what the reader could be, not a result.
export const READER_COULD = /\byou\s+(?:can|could|might|should|need\s+to|have\s+to|must|will|'ll)\s+be\s+$/i;

// "Remix removes the pain by providing ... the best DX": the sentence's named subject hands out what is ranked.
export const SUBJECT_PROVIDES =
  /^\W*(\p{Lu}[\p{L}\p{N}.-]*)\s+[^.;:!?]*?\b(?:provid|offer|deliver|bring|giv)(?:e|es|ing|s)?\b[^.;:!?]*$/u;

// A title's capitalised words that name nothing ("The", "How", "With").
export const FUNCTION_WORD =
  /^(?:the|a|an|this|that|these|those|it|its|our|their|your|my|we|you|they|and|but|so|then|with|for|how|why|what|when|where|in|on|to|of)$/;

// "Upgrading takes most projects less than an hour": what other people's work sees, not the author's benchmark.
export const MOST_OF_THEM =
  /\b(?:most|many|nearly\s+all|almost\s+all|the\s+majority\s+of)\s+(?:\w+\s+)?(?:users|customers|projects|teams|companies|organi[sz]ations|developers|apps|applications|sites|codebases)\b/i;

/** Why: "requests were sent from 200 concurrent users, using the siege benchmarking tool": the test's load. */
export const LOAD_USERS =
  /^\s*(?:concurrent|parallel|simultaneous|virtual|simulated)\s+(?:users|clients|sessions)\b/i;
/** Why: users a load tool sent, named with it: "requests were sent from ... using the siege benchmarking tool". */
export const LOAD_TEST =
  /\b(?:sent|generated|simulated|issued|fired)\b[^.;!?]*\b(?:siege|wrk2?|k6|jmeter|gatling|locust|vegeta|ab|benchmark(?:ing)?\s+tool|load[- ]?test(?:ing)?\s+tool)\b/i;
/** Why: a load a simulation added, not people who came: "a Gatling simulation that ramped up adding new users". */
export const SIMULATED_LOAD =
  /\b(?:simulation|simulated|load\s+test|gatling|locust|k6|jmeter)\b[^.;!?]*\b(?:ramp(?:ed|ing|s)?\s+up|add(?:ed|ing)?\s+(?:new\s+)?users)\b/i;
// "across 4 A100 GPUs, 16 clients": the load a benchmark puts on the machine, not customers.
export const LOAD_COUNT =
  /^\s*(?:concurrent\s+|parallel\s+|simultaneous\s+)?(?:clients|connections|workers|streams)\b/i;

// "Half of the team is on the core": a part of the author's team (FRACTION the claim, OF_TEAM after it).
export const FRACTION = /^(?:half|a\s+(?:third|quarter)|two[- ]thirds|three[- ]quarters)$/i;
export const RANGE_TO = /^\s*to\s+[\d,.]+\s*/i;
export const OF_TEAM = /^\s*of\s+(?:the|our|my)\s+(?:[\w-]+\s+)?team\b/i;

// "A team of 3 data scientists can deploy ...": who does the work, counted.
export const TEAM_OF =
  /\b(?:a|one|our|their|the|his|her|small|tiny|lean)\s+team\s+of\s+(?:just\s+|only\s+)?$/i;

// "For example, SwiftNIO saw ...": a named someone and what they saw or did, after "for example".
export const REPORTED_INSTANCE =
  /\b(?:[Ff]or\s+(?:example|instance)|e\.g\.),?\s+\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*)?\s+(?:saw|reports|reported|measured|achieved|cut|reduced|improved|got|grew|gained|dropped|observed|recorded|found|halved|doubled)\b/u;

// "... systems like vLLM", "tools such as Datadog": the superlative before it describes named rivals.
export const NAMED_RIVALS_AFTER = /^\s*(?:[\w-]+\s+){0,2}(?:like|such\s+as)\s+[\p{Ll}\d]*\p{Lu}/u;
// "faster than a static site", "more secure than rolling your own": a selling point, even against no rival.
export const SELLING_POINT =
  /\b(?:faster|slower|quicker|cheaper|better|worse|smaller|lighter|safer|easier|simpler|more\s+(?:efficient|reliable|secure|scalable|accurate|performant|affordable|robust|stable|productive))\b/i;
// "the number of organizations grew far more slowly than task volume did": two measured quantities compared.
export const GROWTH_VERB =
  /\b(?:gr[eo]w(?:s|n|ing)?|increas\w*|declin\w*|rose|rising|fell|falling|compound\w*|shr[ai]nk\w*)\b/i;
// ("Some SSDs are more efficient than others": an acronym is a kind of thing too; a capitalised name is not.)
export const SOME_THAN_OTHERS =
  /\b[Ss]ome\b(?:\s+(?!\p{Lu}\p{Ll})[\w-]+){0,7}?\s+(?:[\w-]+er|better|worse|more\s+[\w-]+)\s+than\s+others\b/u;

// "reduced memory use up to 50% (see Figure 2)", "as Figure 3 shows", "Figure 3 and 4 show": a figure the author
// shows says it.
export const FIGURE_REF =
  /\bas\s+(?:we|you)\s+can\s+see\b[^.;]{0,30}?\b(?:chart|graph|figure|plot|diagram|screenshot)s?\b|\b(?:the|this|our)\s+(?:image|diagram|chart|graph|picture|illustration|screenshot)\s+(?:above\s+|below\s+)?(?:illustrates|shows|depicts)\b|\b(?:see|in|shows?|shown\s+in|per)\s+[*_]*(?:figures?|figs?\.)\s*\d+|\(\s*[*_]*(?:figures?|figs?\.)\s*\d+|\b(?:figures?|figs?\.)\s*\d+[a-z]?(?:\s*(?:,|and|&)\s*\d+[a-z]?)*[*_]*\s+(?:shows?|illustrates?|plots?|compares?|depicts?)\b|\b(?:from|in|on)\s+the\s+(?:above|previous)\s+(?:chart|graph|figure|plot|diagram)\b/i;

// "requires more power than completing it slowly", "more expensive than the execution of an operation": a
// comparison with a thing in lower case that is no rival (not "other tools", "the competition", "most databases").
export const GENERIC_THAN =
  /\bthan\s+(?!(?:(?:the|a|an|any|all|most|many|its|their)\s+)*(?:others?|competition|competitors?|alternatives?|rivals?|incumbents?|traditional|legacy|existing|conventional|competing|similar|comparable|leading|popular|typical|standard|off-the-shelf|every|anything|anyone|ever|before|even|humans?|people|experts?|manual(?:ly)?|by\s+hand|proprietary|closed[- ]source|commercial)\b)(?:(?:the|a|an)\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)*(?=\s*(?:[.,;:!?)|—–]|$|\s+(?:of|in|on|for|when|if|it|them|is|are|was|were|ever|did)\b))/u;

// "(1.36 rps vs. 0.67 rps)", "7 seconds vs. 14 seconds": measured figures set side by side.
export const VS_FIGURES = /\d[\d.,]*\s*(?:[%x×]|[\p{L}/]+)?\s+(?:vs\.?|versus)\s+[\d.,]*\d/iu;

// "We experiment with three MoE configs (3.4B with 0.6B activated, ...)": what the experiment was run on.
export const EXPERIMENT_WITH =
  /\bwe\s+(?:experiment(?:ed)?|train(?:ed)?|pre-?train(?:ed)?|fine-?tun(?:e|ed)|evaluated?|test(?:ed)?|benchmark(?:ed)?)\s+(?:\w+\s+){0,3}?(?:with|on|using|across)\b(?=(?:[^.;:]|\.(?=\d))*$)/i;

// "The script was written to scroll ... in 50% of the visits", "in 30% of the visits, the script would click": what the
// author's own test script was made to do.
export const SCRIPT_DOES =
  /\b(?:the|our|my)\s+(?:test\s+)?(?:script|bot|simulation|load\s+generator)\s+(?:was\s+(?:written|set\s+up|configured|made)\s+to|would)\b/i;
// "generate a dummy dataset of 5 million product records", "Insert 5 million rows of dummy data": test data the
// writer makes up for the demonstration.
export const MADE_UP_DATA =
  /\b(?:dummy|synthetic|fake|mock|random(?:ly\s+generated)?|generated)\s+(?:data(?:sets?)?|records|rows|entries|documents|users|events|items|products|vectors|embeddings|files)\b|\b(?:generate|insert|seed|populate)\s+(?:\w+\s+){0,3}?(?:with\s+)?$/i;

// The words MADE_UP_DATA needs, asked of the sentence once (most sentences have none).
export const MADE_UP_WORD = /\b(?:dummy|synthetic|fake|mock|random|generated?|insert|seed|populate)/i;

// "from startups to large enterprises, including Huawei, Leroy Merlin, Tencent": two or more names right after.
export const NAMES_AFTER =
  /^[^.;]{0,80}?\b(?:including|such\s+as|like|e\.g\.,?)\s+\p{Lu}[\p{L}\p{N}&.'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'-]*)?\s*(?:,|and)\s*\p{Lu}/u;
// "Our initial mission was to build", "Kestra strives to be", "Our goal is simple - To be the best platform", "aims
// to be", "near term focus is to deliver", "T-Mobile's mission to build": what the author is trying for.
export const ASPIRATION_BEFORE =
  /\bhelp(?:s|ing)?\s+(?:[\w-]+\s+){0,4}?(?:to\s+)?(?:create|build|ship|deliver|make|develop|design|run)\s+(?:their\s+|your\s+|the\s+)?$|\b(?:strives?|striving|aims?|aiming|aspires?|aspiring|(?:mission|goal|vision|ambition|focus)(?:\s+(?:was|is|has\s+been)(?:\s+(?:simple|clear))?(?:\s*[-–—:])?)?|(?:want|wants|hope|hopes)|trying|tries)\s+to\s+(?:be|build|become|create|make|offer|provide|deliver)\s+(?:\w+\s+){0,2}$|\b(?:strives?|striving|aims?|aiming|aspires?|wants?|hopes?|tries|trying)\s+(?:also\s+)?to\s+$/i;

// "the focus shifted into putting together a world-class team": a team the author sets out to build.
export const TEAM_AIM_BEFORE =
  /\b(?:build(?:ing)?|assembl(?:e|ing)|put(?:ting)?\s+together|hir(?:e|ing)|recruit(?:ing)?|grow(?:ing)?)\s+(?:a|an|our)\s+$/i;
/** Why: the superlative names a team ("a world-class team"), not a product. */
export const TEAM_AFTER = /^\s+(?:[\w-]+\s+)?(?:team|talent|staff|workforce|engineering\s+org\w*)\b/i;
// A section of goals: "Next Month Goals", "Goals for 2027", "Our plans for next year", "What's next", "Next steps".
export const GOALS_HEADING =
  /^\W*(?:(?:our|my)\s+)?(?:(?:next|this|the\s+coming|coming|upcoming)\s+(?:\w+\s+)?(?:month|quarter|year|week|release)['’]?s?\s+)?(?:goals?|roadmap|objectives?|targets?)(?:\s+for\s+(?:next|the\s+(?:next|coming)|20\d\d|q[1-4])\b[^.]*)?\W*$|^\W*(?:what['’]?s\s+next|next\s+steps)\W*$/i;
/** Why: a result told in a section of goals ("Last year we grew revenue 300%") is still a result. */
export const PAST_RESULT =
  /\b(?:grew|reached|achieved|hit|saw|increased|decreased|reduced|cut|doubled|tripled|was|were|had|did|last\s+(?:year|month|quarter))\b/i;
// A team the author grew: "We also added 3 members to the team", "we hired 12 engineers", "welcomed two new people".
/** Why: the verb right before the number: "added", "hired", "welcomed". */
export const TEAM_GROWN_BEFORE =
  /\b(?:added|hired|welcomed|onboarded|brought\s+on|recruited)\s+(?:\w+\s+)?$/i;
/** Why: what the number counts when a team grew: members, people, engineers. */
export const TEAM_MEMBERS =
  /^\s*(?:new\s+)?(?:members?|people|persons|engineers|employees|developers|designers|folks|hires|teammates|staff)\b/i;
// "in theory \"twice as fast\"", "the 2x we would theoretically expect": what theory predicts, not a measurement.
/** Why: "in theory \"twice as fast\"": the hedge right before the figure. */
export const IN_THEORY_BEFORE =
  /\b(?:in\s+theory|theoretical(?:ly)?|on\s+paper|in\s+principle)\W+(?:\w+\W+){0,2}$/i;
/** Why: the figure is what is expected: "the 2x we would theoretically expect", "a 2x speedup in theory". */
export const IN_THEORY_AFTER =
  /^\s*(?:(?:we|you|one)\s+(?:would|should|might|could)\s+(?:\w+\s+)?expect|theoretically|in\s+theory|on\s+paper)\b/i;
// "the Pareto principle: 80% of the results for 20% of the effort", "the 80/20 rule": a saying, not a measurement.
export const PARETO =
  /\bpareto\b|\b80\s*\/\s*20\b|\b80\s*%\s+of\s+(?:the\s+)?\w+\s+(?:for|with|from|comes?\s+from)\s+(?:only\s+)?(?:the\s+)?20\s*%/i;

// "The vast majority of tests used the legacy syntax", "a good number of tests": parts of the code base counted.
export const CODE_POPULATION =
  /^(?:the\s+)?(?:vast\s+)?(?:majority|most|many|a\s+good\s+number|a\s+(?:large|small)\s+number|half)\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|these\s+|those\s+|existing\s+)?(?:\w+\s+)?(?:tests|test\s+cases|files|functions|call\s?sites|callers|passes|modules|commits|lines|branches|queries\s+in|benchmarks\s+in|crates|packages\s+in)\b/i;

// "the vast majority of our build time", "uses the majority of the layout time" (a profile's reading), "A large percentage of that was our Docker images": a share of the speaker's
// own time or work, or of what was just said, not of the world ("most of our competitors" still is a claim).
export const OWN_SHARE =
  /^(?:the\s+)?(?:vast\s+)?(?:majority|a\s+(?:large|significant|good|huge|small)\s+(?:fraction|percentage|share|portion|part|chunk))\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:time|runtime|(?:cpu|CPU)\s+time|cycles|allocations?)\b|^(?:the\s+)?(?:vast\s+)?(?:majority|bulk|most|a\s+(?:large|significant|good|huge)\s+(?:percentage|share|portion|part|chunk))\s+of\s+(?:(?:that|this)\b|(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:time|effort|budget|spend|work|days?|weeks?|compute|cpu|memory|traffic|bill|costs?)\b)/i;

// "To achieve 99.9% availability, we deployed ...", "The system should be 99.99% available", "our goal of sub 10
// second builds", "That was my goal: reduce rows scanned to <10 and CPU time to <10ms", "the architecture was
// designed to support global scale and millions of events per second": a target or a requirement the sentence sets,
// not a figure it reports (c.before: the sentence up to the figure).
export const TARGET_BEFORE =
  /(?<!\b(?:build|compile|compilation|deploy|deployment)\s)\b(?:goal|target|aim|objective)s?\s*:[^.;!?,]*$|\b(?:my|our)\s+goal\s+(?:was|is)\s+to\s+(?:(?!\b(?:and|but)\s+(?:we|I|it)\b)[^.;!?,]){0,80}$|\bwas\s+designed\s+to\s+(?:support|handle|scale\s+to|serve|sustain)\s+(?:[\w-]+\s+){0,4}(?:and\s+)?$|\b(?:our|the|an?|their|its|[a-z][\w-]*['’]s)\s+(?:[\w-]+\s+)?(?:target|goal|aim|objective)\s+(?:of|is|was)\s+(?:to\s+(?:be|reach|hit|stay|keep|get)\s+(?:at\s+)?)?(?:(?:sub|under|below|less\s+than|at\s+least|over|above|more\s+than)[\s-]*)?$|^\W*(?:in\s+order\s+)?to\s+(?:achieve|reach|hit|meet|guarantee|ensure|maintain|support)\s+(?:an?\s+|the\s+)?$|\b(?:should|must|needs?\s+to|has\s+to|have\s+to)\s+(?:be|have|reach|stay|remain|handle|support)\s+(?:at\s+least\s+|above\s+|below\s+|under\s+|over\s+|as\s+(?:close\s+to\s+)?|close\s+to\s+)?$/i;

// "Like most logging applications, we ...", "For most databases, the cursor is ...": a kind of software named in
// passing to frame a technical point, not a statistic about it.
// "Most people who use Matrix will be familiar with the pain of ...": the scene set for the reader, no statistic.
export const FAMILIAR_AFTER =
  /^[^.;:]{0,60}?\b(?:will\s+be|are|is)\s+(?:already\s+|all\s+too\s+)?familiar\s+with\b/i;
export const FRAMING_BEFORE = /\b(?:like|for|as\s+with|as\s+in|as\s+is\s+true\s+for)\s+$/i;
// ... but "the right default for most teams" counts people: that is a statistic.
export const PEOPLE =
  /\b(?:teams|companies|developers|engineers|organi[sz]ations|enterprises|businesses|people|users|customers|practitioners|startups|vendors)\b/i;
// "Every doubling of the cluster size cuts costs by 30%", "Formula: (a - b) / b * 100%": a condition or a factor of a
// formula, not a figure reported.
// "from 5 (default) to 1 second": a setting's default named in the sentence.
export const DEFAULT_MARK = /\(\s*(?:the\s+)?default\s*\)/i;
// "send traffic for 10 minutes", "ran the load test for an hour": a test run, for so long.
export const TEST_ACTION =
  /\b(?:traffic|load|requests|send|sent|sending|benchmark\w*|experiment\w*|test(?:s|ed|ing)?|warm(?:ed|ing)?\s*-?up|soak\w*)\b/i;
// "According to a study by Forrester, ...", "As of September 2021, the average salary ...": a fact from outside the
// example, even in the section that works one through.
export const SOURCED_FACT =
  /\b(?:according\s+to|stud(?:y|ies)|surveys?|reports?|research|as\s+of\s+(?:\w+\s+)?\d{4}|in\s+(?:19|20)\d\d)\b/i;
export const CONDITION_OR_TERM_BEFORE = /(?:\b(?:every|each|for\s+every|with\s+each|per)\s+|[*×÷]\s*)$/i;

// "Improvements of 20% or so are typical": a figure said of cases in general, beyond the runs measured.
export const TYPICAL =
  /\b(?:are|is)\s+typical\b|\btypical\s+(?:improvements?|speed-?ups?|gains?|savings?|results?|wins?)\b/i;

// Where the claim's own clause ends after it.
export const CLAUSE_END = /[;:.!?]|,\s+(?:but|and|while|whereas|with)\b|\s[-–—]\s/;

// "40% smaller (2.1 MB, down from 3.5 MB)": a ratio with the two figures it comes from right after it.
export const BASIS_AFTER =
  /^\s*\([^()]*?\d[^()]*?\b(?:down\s+from|up\s+from|from|to|vs\.?|versus)\b[^()]*?\d[^()]*\)|^\s*\([^()]*?\d[^()]*?(?:→|->)[^()]*?\d[^()]*\)/i;

// "3 nodes × $0.10", "20 multiplied with 2.5x": a figure multiplied out in the sentence (not a mixture-of-experts
// model: "Mixtral 8x22B").
export const ARITHMETIC = twinned(
  /(?!\d+\s?[x×]\s?\d+(?:\.\d+)?B\b)\d\s*(?:[\p{L}/-]+\s*){0,2}(?:[×x*]|(?:multiplied|divided)\s+(?:by|with))\s*\$?\d/u,
);

// "LMSYS was able to cut the number of GPUs by 50%", "reduced their cloud bill": an outcome in someone's operations.
export const RESOURCE_CUT =
  /\b(?:cut|cuts|reduced?|lowered|slashed|halved)\s+(?:the\s+number\s+of\s+(?:GPUs|machines|servers|nodes|instances|hosts)|(?:their|its|our|the)\s+(?:[\w-]+\s+)?(?:costs?|bills?|spend(?:ing)?))\b/i;

// "more accurate than using the IP address", "faster than writing the SQL by hand": two ways of doing a thing.
// ("faster than waiting for a cold boot": any verb in -ing, not the adjectives that name rivals or things.)
export const METHOD_AFTER_THAN =
  /\bthan\s+(?:by\s+)?(?:using|relying\s+on|looking\s+up|(?!(?:existing|leading|competing|remaining|following|preceding|corresponding|surrounding|anything|everything|nothing|something|thing|string|spring|king|ring|ping|ceiling|bing|beijing|wing|morning|evening|ceiling)\b)[a-z]{2,}ing)\b/i;
// "pages were dirtied faster than the kernel could flush them", "one layout is much faster than the other": two rates or
// two parts of the explanation set against each other, no product and no rival.
export const MECHANISM_THAN =
  /\bthan\s+(?!(?:most|many|other|others|any|all|competing|existing|traditional|legacy|even)\b)(?![^.;]{0,40}\b(?:humans?|people|experts?|person)\b)(?:(?:the|a|an|its|their|our)\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,4}?\s+(?:can|could|would|will|is\s+able\s+to|are\s+able\s+to|manages?\s+to)\s+\p{Ll}|\bthan\s+the\s+other(?:\s+one)?(?=\s*(?:[.,;:!?)]|$))/u;

// "Scale to support millions of users", "built to serve billions of requests".
export const CAPACITY =
  /\b(?:support|supports|supporting|serve|serves|serving|handle|handles|handling|scale\s+to|scales\s+to|built\s+for|designed\s+for|ready\s+for)\s+(?:up\s+to\s+)?$/i;

// "Alerts at 50%, 75%, and ": the figures before this one in a list, so each item is read after the list's lead-in.
export const FIGURE_LIST_END = /[\d.,%\s]*(?:\b(?:and|or)\s+)?$/;

// "pick the best tools for their needs": best for the reader's own case, not a rank among rivals.
export const FOR_OWN_NEEDS =
  /^\s*for\s+(?:your|their|his|her|its|our|my|each|every\s+one['’]s)\s+(?:own\s+|specific\s+|particular\s+|unique\s+)?(?:needs?|use[- ]cases?|situation|requirements?|workloads?|budget|goals?|context|constraints)\b/i;

// "a platform ready for Fortune 500 companies": who it is meant for, not who uses it ("serves" stays a claim).
export const BUILT_FOR =
  /\b(?:built|designed|made|ready|tailored|aimed)\s+(?:for|at)\s+(?:the\s+needs\s+of\s+)?$/i;

// "Query: 11 queries ...", "Environment: 3 machines": a labelled line of a benchmark's method.
export const METHOD_LABEL =
  /^\s*(?:quer(?:y|ies)|datasets?|data(?:\s+size)?|environment|hardware|setup|test\s+(?:setup|environment|machine|bed)|workload|benchmark(?:ing)?\s+tool|machines?|instances?)\s*(?:\([^)]*\))?\s*:/i;

// "More important than the control plane, however, is the data plane": what matters more, an opinion.
export const IMPORTANCE = /^(?:more|less)\s+(?:important|interesting|relevant|pressing|urgent)\s+than\b/i;

// "network storage is usually slower than local disks": a hedge of habit right before the comparative.
export const RULE_OF_THUMB =
  /\b(?:usually|typically|generally|normally|often|basically(?:\s+never)?|tends?\s+to\s+be|in\s+general)\s+(?:\S+\s+)?$/i;

// "each query was run 5 times", "averaged over 10 runs": how often a measurement was repeated ("downloaded 600,000
// times" names no test verb, so it stays an adoption figure).
export const REPEAT_AFTER = /^\s*(?:times|runs|iterations|trials|repetitions|rounds)\b/i;
// ... and the test verb before the count.
export const REPEAT_BEFORE =
  /\b(?:run|ran|re-?run|repeated|executed|measured|timed|benchmarked|averaged\s+over|median\s+of|best\s+of|mean\s+of)\s+(?:\w+\s+){0,3}$/i;

// "the simplest index Milvus supports", "the best runtime for this specific query": ranked within one product or case.
export const SCOPED_RANK =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:that|which)\s+)?(?:\p{Lu}[\p{L}\p{N}.-]*|we|it)\s+(?:supports?|offers?|provides?|ships?|exposes?|has|have|had|(?:can|could)\s+(?:use|pick|choose|find|get))\b|^\s*(?:[\p{L}-]+\s+){0,2}?for\s+(?:this|that|the|our|your)\s+(?:(?:specific|particular|exact)\s+)?(?:query|workload|use[- ]case|case|pattern|dataset|scenario|setup|job|task)\b|^\s*(?:[\p{L}-]+\s+){0,3}?(?:in|of)\s+this\s+(?:distro|distribution|project|codebase|code\s+base|design|implementation|migration|port|release|refactor|rewrite|work|effort|pipeline|stack|setup|series|post|article)\b/u;

/**
 * Why: "the largest model that fits on your GPU", "the biggest batch you can fit in memory": a size a limit sets (a
 * size word only: "the fastest database you can run on one node" ranks databases; so does "the largest model that
 * runs on a single H100", with no modal and no reader).
 */
export const SIZE_LIMIT_RANK =
  /^the\s+(?:largest|biggest|longest|widest|maximum)\b[^]*?(?:(?:that|which|it)\s+(?:(?:will|can|could|would)\s+(?:still\s+)?(?:fit|run)|fits)|you(?:\s+(?:will|can|could|would))?\s+(?:fit|run)|we\s+(?:can|could)\s+(?:fit|run))\s+(?:on|in|into|within)\b/iu;

// "the most popular release-notes tool": a rank by adoption.
export const POPULARITY = /\b(?:popular|widely[- ]used|used|adopted|downloaded|starred|loved|trusted)\b/i;

// "... on the market", "in its class", "on GitHub": a position among rivals.
export const RANKED_AMONG_RIVALS =
  /^\s*(?:\S+\s+){0,3}?(?:on\s+(?:GitHub|npm|PyPI|crates\.io|Docker\s+Hub)\b|on\s+the\s+market|in\s+(?:the|its)\s+(?:world|industry|market|class|category)|available|there\s+(?:is|are)\b|ever\s+(?:built|made)|ever\b(?<!\b(?:will|would|could|can|might|may)\s+ever)(?<!\b(?:we|I|you|they)(?:\s+have|\s+had|['’]ve|['’]d)\s+ever)(?!\s+(?:since|before|after|seen|had|been)\b)(?!\s+(?:for\s+(?:us|me|our)|in\s+our|here)\b)|of\s+all\s+time\b|on\s+the\s+planet\b)/i;

// "better than expected", "surpass expectations", "easier than ever", "the former is slower than the latter":
// measured against hopes, the past or the other half of the author's own comparison, not against a rival.
// "low expectations before launch, but the result undercut those by less than half": measured against a hope.
// The figure is the margin, right after the verb's "by"; the sentence must speak of expectations (EXPECTATIONS).
export const AGAINST_EXPECTATIONS = /\b(?:undercut|exceeded|beat|surpassed|missed)\s+(?:\w+\s+){0,2}?by\s+$/i;
/** Why: the word a result against the author's own hopes needs in its sentence. */
export const EXPECTATIONS = /\bexpectations?\b/i;
export const THAN_OWN_YARDSTICK =
  /\bthan\s+(?:our|my)\s+(?:own\s+)?(?:(?:estimated|expected|predicted|calculated|napkin|theoretical)\s+)?~?\d|^(?:meet|exceed|surpass)\w*\s+(?:(?:all|our|your|their)\s+)?expectations\b|\bthan\s+(?:(?:we|i|anyone|most\s+people)\s+(?:had\s+)?(?:expected|anticipated|thought|hoped|planned|imagined|feared)|(?:(?:initially|originally|first|previously)\s+)?(?:expected|anticipated|planned|estimated|projected)|hoped|(?:it|they)\s+used\s+to(?:\s+be)?|ever(?:\s+before)?|before|usual|necessary|needed|required|intended|the\s+(?:latter|former)|the\s+previous\s+one|(?:that|this)(?!\s+\w+\s+(?:of|from|by)\b)(?=\s*[.,;:!?)]|\s+(?:and|but|so|because)\b)|(?:at|with|under|on)\s+(?:the\s+)?[~≈]?\d[\d,.]*\s*\w*)\b/i;

// "20% usage discount", "15% off annual plans", "a discount of 10%": a term of the author's own price list.
export const DISCOUNT_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}(?:discount|off)\b/iu;
// ... or "a discount of 10%".
export const DISCOUNT_BEFORE = /\bdiscount\s+(?:of\s+)?(?:up\s+to\s+)?$/i;

// "The CPU overhead may increase 6-15%", "tradeoffs, such as an increase in precompilation time by 10%-50%": a
// cost the author discloses against their own interest ...
export const COST_NOUN =
  /\b(?:trade-?offs?|overhead|downsides?|drawbacks?|limitations?|caveats?|penalty|regress(?:ion|ions|ed|es)?)\b/i;
// ... that grows ("may increase", "extra", "slower") ...
export const COST_GROWS =
  /\b(?:increase[sd]?|increasing|grows?|higher|more|adds?|added|extra|additional|slower|longer)\b/i;

// ... unless the figure is the benefit ("cuts the overhead by 40%", "only 2% overhead").
export const COST_IS_BENEFIT =
  /\b(?:reduc\w*|cut\w*|lower\w*|eliminat\w*|remov\w*|sav(?:e|es|ed|ing)|decreas\w*|shrink\w*|halv\w*|improv\w*|less|fewer|smaller|minimi[sz]\w*|avoid\w*|only|just|minimal|negligible|low|under|below|barely|mere(?:ly)?|tiny)\b/i;

// "the package size by nearly 75%", "170 contributors ... over 5000 pull requests": facts of the project's own code
// and repository that anyone can look up.
export const OWN_ARTIFACT =
  /\b(?:(?:package|bundle|install|binary|download|image|build|output)\s+sizes?|(?:number\s+of\s+)?dependencies|lines\s+of\s+code)\b/i;
// ... what a count of the repository counts ("over 5000 pull requests", "130 merged pull requests", "5300 Stars and
// 200 Forks on GitHub": one click on the repository shows it).
export const REPOSITORY_COUNT =
  /^\s*(?:merged\s+)?(?:pull\s+requests|PRs|issues|commits|contributors|releases|versions)\b/i;
// ... and its stars on GitHub, in a list of the project's own numbers or said by "we" ("it has gained 23,500 GitHub
// stars" in a section about a rival is the rival's).
export const STAR_COUNT = /^\s*GitHub\s+(?:stars|forks)\b|^\s*(?:stars|forks)\b(?=[^.;]*\bon\s+GitHub\b)/i;

// "Most apps ... should be compatible with Svelte 4": advice or a hedged expectation, not a statistic.
export const MODAL_AFTER =
  /^[^.;:!?,]*?\b(?:should|may|might|could|seem(?:s|ed)?\s+to|appear(?:s|ed)?\s+to)\b/i;

// "X *feels* less yucky than Y": an impression owned as one.
export const IMPRESSION_BEFORE = /\b(?:feels?|felt|seems?|seemed|looks?|looked)\s+(?:\S+\s+)?$/i;

// "probably the best on this list": hedged praise.
export const SOMEDAY = /\b(?:in\s+the\s+future|eventually|one\s+day|someday|down\s+the\s+road)\b/i;
export const TOLD_TO = /\b(?:told|asked|expected|supposed|pushed|encouraged|urged)\s+to\b/i;
export const HEDGED = /\b(?:probably|perhaps|maybe|possibly)\b/i;
// "I liked that the UX was vastly superior to CloudWatch": a taste the writer owns.
export const LIKED_THAT =
  /\b(?:i|we)\s+(?:really\s+|always\s+)?(?:liked|loved|like|love|prefer|preferred|enjoy|enjoyed|appreciate[ds]?)\s+(?:that|how)\b/i;
// "it should be generally acceptable to the majority of the users": what ought to hold, a design goal.
export const OUGHT_BEFORE = /\b(?:should|must|ought\s+to|needs?\s+to)\b/i;
// "7% is a significant number": a size in words said of a figure, counting nothing (no "of ..." after it).
export const SIZE_WORDS_ALONE =
  /^(?:an?\s+)?(?:significant|large|huge|big|small|tiny|substantial|sizable|sizeable|considerable|decent|fair)\s+(?:number|amount|portion|share|fraction|percentage|chunk)$/i;
// ... and one right before a figure: "(potentially) 1000s of functions", "perhaps 30%".
export const HEDGE_RIGHT_BEFORE = /\b(?:potentially|possibly|perhaps|maybe|probably)\)?\s*$/i;
// "anywhere as 1 nanosecond to 30 seconds, or who knows, maybe more": a span given as a shrug, not measured.
export const WHO_KNOWS_AFTER = /^[^.;]{0,30}\bor\s+who\s+knows\b/i;
// "could help thousands of developers", "would serve millions": whom a product might reach.
export const MIGHT_REACH =
  /\b(?:could|would|might|may)\s+(?:\w+\s+)?(?:help|serve|reach|benefit|support|power|empower|enable)\s+$/i;

// "LLVM's state-of-the-art optimization passes": praise of someone else's work.
export const OTHERS_POSSESSIVE = /(\p{Lu}[\p{L}\p{N}.+-]*)['’]s\s+$/u;

// "we raised $15M Series A round led by Tiger Global": a round the company announces, which funding databases and
// the press record; worth a low note at most (a valuation or a market size is another matter).
export const OWN_ROUND =
  /\b(?:we|our\s+company|the\s+company)(?:\s+|['’])(?:have\s+|has\s+|ve\s+|just\s+)?(?:raised|closed|secured|received)\b|\braises\b|\bannounc(?:e|es|ed|ing)\s+that\s+[a-z][\w.-]*\s+(?:has|have)\s+(?:just\s+)?(?:raised|closed|secured)\b|\bour\s+(?:\S+\s+)?(?:series\s+[a-e]|seed|pre-seed)\s+(?:funding\s+)?round\b/i;
// ... or, under a round's title, the company that "has raised" it ("announced it has raised a total of $9.3M").
export const HAS_RAISED = /\b(?:has|have)\s+(?:now\s+|just\s+|also\s+)?(?:raised|closed|secured)\b/i;
// ... named as a round ...
export const ROUND_WORDS =
  /\b(?:series\s+[a-e]|seed|pre-seed|round|led\s+by|(?:of|in)\s+(?:new\s+)?funding)\b/i;
// ... unless it is a valuation or a market size.
export const MARKET_SIZE =
  /\b(?:valuation|valued|values\s+(?:[\w-]+\s+){0,3}?at|market\s+(?:size|cap)|TAM)\b/i;

// A figure with its unit: "5MB", "32 KB", "120 ms", "3.5x".
export const SIZED =
  /\d(?:[\d.,]*\d)?\s?(?:[KMGT]i?B|bytes?|ms|µs|ns|s|sec|seconds?|minutes?|hours?|%|x|×)(?![\p{L}])/u;

// "its CPU usage (from /proc/stat) averaged over 90%": the figure's own source, named in passing.
export const READ_FROM = /\(\s*(?:from|via|per)\s+[^()\s][^()]{0,40}\)\s*(?:\S+\s+){0,3}$/i;

// "We are currently working on the following improvements:" over a list: its items are plans, not results.
export const ROADMAP_INTRO =
  /\b(?:we\s+are|we['’]re|we\s+will\s+be)\s+(?:currently\s+|now\s+|also\s+)?(?:working\s+on|planning|exploring|investigating)\b|\b(?:on\s+our|the)\s+roadmap\b|\bcoming\s+(?:soon|next)\b|\bfuture\s+(?:work|plans|releases?)\b/i;

/**
 * Why: "greatly increases the chance of a hit", "dramatically reduces the number of queries": an effect said to be
 * large, with no figure to check and nobody beaten (blind sweeps: none of 19 wanted by a reader).
 */
export const INTENSIFIED_EFFECT =
  /^(?:greatly|vastly|dramatically|massively|radically|significantly|substantially|considerably|drastically|hugely)\s+(?:improv|increas|reduc|boost|cut|simplif|speed|lower|decreas|accelerat|enhanc)/i;
/** Why: a digit anywhere in the sentence (a figure the effect may be measured by). */
export const ANY_DIGIT = /\d/;

/** Why: "N × M is greater than the database's max_connections": variables of a formula, or a setting's name. */
/** Why: a sentence that hands over to a run's output ("Running this shows", "which gives", "the result is"). */
export const RUN_SHOWS =
  /\b(?:running|run|ran|timing|executing)\s+(?:this|it|that|these|the\s+(?:code|script|benchmark|cell|snippet))\b|\b(?:shows?|gives?|yields?|prints?|outputs?)\s*$|\bthe\s+(?:result|output|timing)s?\s+(?:is|are)\b/i;
/** Why: a run's timing printout: "100 loops, best of 3: 9.86 ms per loop", "real 0m1.2s", "took 3.1 s", "12.4 ms". */
export const TIMED_OUTPUT =
  /\b(?:per\s+loop|loops?,\s+best\s+of|real\s+\d|elapsed|wall\s+time|\d+(?:\.\d+)?\s?(?:ns|µs|us|ms|s|sec|seconds)\b)/i;
/** Why: what follows a confidence level ("95% confidence interval", "a 95% probability that the true mean"). */
export const CONFIDENCE_LEVEL =
  /^\s*(?:(?:two|one)-sided\s+)?(?:(?:epistemic|posterior|Bayesian)\s+)?(?:(?:confidence|credible|credibility|prediction)\s+(?:intervals?|levels?|bounds?|bands?|regions?)|CIs?\b|probability\s+that\s+the\s+(?:true|real|population)\b)/i;
export const FORMULA_TERMS = /\b\p{Lu}\s*[×*·]\s*\p{Lu}\b|\b\p{Ll}+(?:_[\p{Ll}\p{N}]+)+\b/u;

/** Why: the writer's own work, or a change it names ("this change", "the patch"): what a linked record measures. */
export const OWN_CHANGE =
  /\b(?:i|we|our|my)\b|\b(?:this|that|these|those|the)\s+(?:changes?|patch(?:es)?|fix(?:es)?|commits?|pull\s+requests?|PRs?|optimi[sz]ations?|rewrites?)\b/i;

/** Why: "to make sure it completes in", "so that each page loads within": a bound something is held to. */
export const ENSURE_WITHIN =
  /\b(?:to\s+(?:make\s+sure|ensure)|so\s+that)\s+(?:it|they|each\s+[\w-]+|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:[\w-]+\s+){0,2}(?:in|within|under|below)\s+$/i;
/** Why: "100 rounds of int16_t vector addition have been conducted": repetitions, then the verb that ran them. */
export const REPEATS_DONE =
  /^[^.;]*?\b(?:have|has|were|was|are|is)\s+(?:been\s+)?(?:conducted|performed|run|executed|repeated)\b/i;
/** Why: "About Admixer", "About us", "About the company": a company's boilerplate section. */
export const ABOUT_HEADING =
  /^\W*(?:[Aa]bout|ABOUT)\s+(?:[Uu]s|US|the\s+[Cc]ompany|(?!(?:The|THE)\b)\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'-]*){0,3})\W*$/u;
/** Why: what boilerplate counts: partners, customers, staff, offices, reach (not "1.2 million requests"). */
export const COMPANY_THINGS =
  /^\W*(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:employees|people|staff|engineers|customers|clients|partners|users|developers|members|organi[sz]ations|companies|businesses|brands|offices|locations|countries|cities|downloads|installs|exits|investments|portfolio\s+companies)\b/i;

/**
 * Why: "Together with Fox-IT, we scanned 264.000 IP addresses. ... we found 2491 implants worldwide": a count the
 * author took of the world by the method the post describes ("worldwide" is where, not a statistic someone else gave).
 */
export const WE_FOUND =
  /\bwe\b[^.;!?]{0,80}?\b(?:found|measured|counted|observed|detected|identified|scanned|discovered)\b/i;
/** Why: someone else's count: "According to Shodan, we found ...", "as the Gartner report shows, we found ...". */
export const OTHERS_COUNT =
  /\baccording\s+to\s+(?!(?:our|my|us|me)\b)|\b(?:report|survey|study|paper|census)\b/i;
/** Why: a count of a product's users, customers or downloads: adoption, not a finding about the world. */
export const THEIR_USERS =
  /^\W*(?:\S+\s+)?(?:users|customers|clients|subscribers|downloads|installs|stars|members|developers)\b/i;
// "for example Megatron-DS reports between 137 and 163 TFLOP/s": another party's figure, in a post that measures its own.
export const OTHERS_REPORT =
  /\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3}\s+(?:reports|reported|claims|claimed)\s+(?:(?:up\s+to|over|about|nearly|almost|around|roughly|between)\s+)?$/u;
