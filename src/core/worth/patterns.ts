// The word patterns the worth signals read. Each is linear (no nested quantifiers) and case-insensitive.

/** Why: "we aim to hit $100M", "our goal is 1,000 customers": a goal or forecast is not a result. */
export const FIRST_PERSON_AIM =
  /\b(?:we|i|our\s+(?:team|company|goal|target|aim|plan|ambition|mission))\s*(?:'re|are|am|will|'ll)?\s*(?:aim|aiming|plan|planning|planned|hope|hoping|intend|want|target|targeting|expect|expected|expecting|predicted|forecast|on\s+track|looking)\b|\b(?:our|the)\s+(?:goal|target|aim|ambition|north\s+star)\s+(?:is|for)\b|\bby\s+(?:the\s+end\s+of\s+)?(?:next\s+year|20\d\d)\b[^.]*\b(?:we|our)\b|\bwe\s+will\b|\bnext\s+(?:year|quarter)\b[^.]*\bwe\b|\bset\s+(?:an?|the|themselves\s+an?)\s+(?:\w+\s+)?(?:goal|target)\b/i;
/** Why: a worked example or a hypothetical sets up numbers the reader is not asked to believe. */
export const EXAMPLE =
  /\b(?:for\s+(?:example|instance)|say\s+(?:you|we|your)|let['’]?s\s+say|for\s+the\s+sake\s+of\s+(?:argument|example)|nothing\s+(?:stops|prevents|keeps)\s+(?:us|you|anyone)\s+from|if\s+say\b|suppose|imagine|picture\s+this|(?<!\beven\s)assum(?:e|ing)|assumptions?(?=\s*:)|consider\s+(?:a|an|the\s+case)|in\s+this\s+example|as\s+an\s+example|(?:an|one|another)\s+example\s+(?:of\s+\S+\s+)?(?:would|could|might)\s+be|hypothetical(?:ly)?|(?<!\beven\s)if\s+(?:you|we|your|a|an|each|it)\b|when\s+(?:you|it|the\s+\w+)\b|for\s+a\s+(?:\w+[- ]?){0,3}(?:company|team|site|app|project|workload|cluster|customer|table)\s+(?:with|of\s+\d[\d,]*\s+\w+))\b/i;
/** Why: "Do I still get 1 million free events?" asserts nothing. */
export const QUESTION_END = /\?\s*["'”’)]*\s*$/;
/** Why: "we're not getting a 40x speedup" denies the figure. */
export const NEGATED =
  /(?:\b(?:not|never|no\s+longer|without)|n['’]t)\b(?:\s+\S+){0,3}(?:\s+(?:an?|the))?\s*$/i;
/** Why: "not just the fastest, but ...", "Not surprisingly, most developers ...", "no doubt": negations that assert. */
export const STILL_ASSERTS =
  /(?:\bnot|n['’]t)\s+(?:just|only|merely|simply)\s+(?:\S+\s+)?$|\bnot\s+surprising(?:ly)?\b|\bno\s+(?:doubt|wonder)\b|\bwithout\s+(?:a\s+)?doubt\b/i;
/** Why: "We think this is better": an opinion owned as one. */
export const OPINION =
  /\b(?:we|i)\s+(?:(?:really|strongly|honestly|still)\s+)?(?:think|believe|feel|suspect|guess|reckon|would\s+argue)\b|\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:pretty|fairly|quite|reasonably)\s+(?:sure|confident|certain)\b|\bin\s+(?:my|our)\s+(?:opinion|view|humble\s+opinion)\b|\barguably\b|\bIMO\b/i;
/** Why: figures of speech ("death by a thousand cuts", "one in a million", "a needle in a million haystacks"). */
export const IDIOM =
  /\b(?:the\s+best\s+and\s+(?:the\s+)?worst|heads\s+are\s+better\s+than\s+one|death\s+by\s+a\s+thousand|a\s+(?:thousand|million|hundred)\s+(?:cuts|times|ways|reasons|things|miles|questions|pieces|haystacks)|one\s+in\s+a\s+million|(?<![\d.])(?:99(?:\.9+)?|\.0*1|0\.0*1)\s?%\s+of\s+the\s+time(?:,|\s+(?:I|you|we)\b)|second\s+90\s?%|\d+-pound\s+gorilla|hundred\s+percent\s+sure|(?:100%|a\s+hundred\s+percent)\s+(?:sure|certain|funded|open[- ]source|free|of\s+the\s+time|committed|dedicated|focused|convinced|confident|behind|on\s+board|honest|shared|aligned|agreed?|supportive|transparent|serious|[a-z]+-(?:driven|based|focused|oriented|native|first|owned|funded|written|built|made|powered))|at\s+100%|(?:a|the)\s+(?:million|billion)[- ]dollar\s+question|half\s+the\s+battle|half[- ](?:right|wrong|baked|true)|more\s+likely\s+than\s+not|(?:two|three|four|five)fold\s+(?:purpose|goal|aim|mission|reason|benefit|approach|problem|challenge|question)|(?:simply|safely|just)\s+ignore|sooner\s+(?:rather\s+)?than\s+later|later\s+(?:rather\s+)?than\s+sooner|(?:better|more)\s+than\s+(?:a\s+thousand\s+)?words|-than-ever\b|\b10x\s+(?:experience|developers?|engineers?|teams?|mindset|culture|dx)\b|at\s+the\s+forefront\s+of\s+(?:making\s+sure|ensuring))/i;
/** Why: "a timeout of 30 s", "defaults to 10", "up to 5 users", "alerts at 80%": settings and limits, not results. */
export const PARAMETER_BEFORE =
  /\b(?:set(?:s|ting)?\s+(?:it\s+|this\s+|the\s+\S+\s+)?to|configured?\s+(?:to|with|as)|defaults?\s+(?:to|of|is)|default|limit(?:ed)?\s+(?:to|of|is)|limit|maximum(?:\s+\S+){0,3}\s+of|max(?:imum)?|minimum(?:\s+\S+){0,3}\s+of|min(?:imum)?|at\s+most|capped\s+at|timeout(?:\s+of)?|cooldown(?:\s+of)?|threshold(?:\s+of)?|interval(?:\s+of)?|window(?:\s+of)?|(?:batch|block|chunk|page|buffer|heap|cache|window|file|segment|row\s+group|value|key)\s+size(?:\s+of)?|in\s+(?:micro-?)?batch(?:es)?\s+of|learning\s+rate(?:\s+of)?|mtu(?:\s+(?:is|of))?(?:\s+(?:typically|usually|normally))?|epochs?|retention(?:\s+of)?|quota(?:\s+of)?|ttl(?:\s+of)?|port|length\s+of|capacity\s+of|stores?\s+(?:at\s+most|up\s+to)|supports?\s+up\s+to|allows?\s+up\s+to|(?:for|during|in|over)\s+the\s+(?:first|last|final|remaining)|(?:when|once|until)\s+(?:it|the\s+\w+)\s+(?:is|reaches|hits|gets)|(?:alerts?|alerting|notifications?|warnings?|notif(?:y|ies))\s+(?:\w+\s+){0,2}?at|(?:multiples?|powers?)\s+of|(?:blocks?|pages?|chunks?|segments?|buffers?|packets?|frames?)\s*\(\s*(?:usually|typically|normally|by\s+default|default)?)\s*(?:a\s+|an\s+)?$/i;
/**
 * Why: "each time the fill factor goes above 1.5": the threshold of a rule, inside its condition (not "Once we
 * shipped it, latency falls below 40 ms", a result after the condition).
 */
export const THRESHOLD_CROSSED =
  /\b(?:each\s+time|every\s+time|whenever|when|once|if|until)\s+[^.;!?,]{0,90}?\b(?:goes|rises|climbs|grows|falls|drops|gets)\s+(?:above|below|over|under|beyond|past)\s*$/i;
/** Why: "Anything above 40% is considered PMF, 60% is great": a scale's thresholds, defined, not results. */
export const THRESHOLD_DEFINED =
  /\b(?:anything|everything|any\s+(?:score|value|result|rate|figure))\s+(?:above|over|below|under|(?:more|less|greater|lower|higher)\s+than)\s+[~≈]?\d[\d.,]*\s?%?\s+(?:or\s+(?:more|higher|above|less|lower|below)\s+)?(?:(?:is|are)\s+(?:considered|deemed|classed|classified|seen\s+as|regarded\s+as|treated\s+as)|counts?\s+as|qualifies\s+as)\b/i;
/** Why: "an initial size of 8KB, doubling it on every subsequent read": how a mechanism grows, not growth data. */
export const MECHANISM_STEP =
  /^\s+(?:it|them|this|that|the\s+\w+)\b[^.;]{0,40}?\b(?:on|at|with|after|for)\s+(?:every|each)\b/i;
/** Why: "a 60-second cooldown", "1024 entries", "70% full". */
export const PARAMETER_AFTER =
  /^\s*(?:-|\s)?(?:second|minute|hour|day|ms|s)?\s*(?:cooldown|timeout|window|interval|limit|cap|retention|threshold|ttl|grace\s+period|trial|free\s+tier|max(?:imum)?|default|budget|quota|epochs?|tokens?\s+(?:limit|window|context)|context\s+window|characters?|entries|slots|buckets|partitions|shards|replicas|replication(?:\s+factor)?(?=\s*(?:was|is|were|and|with|[,.;)]|$))|threads|workers|retries|full|capacity|load\s+factor)\b/i;
/** Why: the machine a test ran on. */
export const HARDWARE =
  /\b(?:v?CPUs?|cores?|threads|GPUs?|TPUs?|RAM|memory|SSDs?|HDDs?|NVMe|disks?|drives?|instances?|machines?|laptops?|servers?|VMs?|nodes?|hosts?|workstation|MacBook|M[1-4]\s+(?:Pro|Max)|Xeon|EPYC|Ryzen|A100|H100|MI\d{3}X?|RTX|hardware|bandwidth|Gbps|SATA|PCIe|motherboard|board)\b/i;
/** Why: units that describe hardware rather than a result. */
export const SPEC_UNIT = /^(?:KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB|GHz|MHz|W|kW|Gbps|Mbps|Tbps)$/;
/**
 * Why: "40 cores", "8 GPUs", "8x NVIDIA H100", "2x Intel Xeon Platinum 8470", "4x A100 nodes", "4x Seagate
 * IronWolf 4TB drives", "6-8 SATA ports", "a 16x expansion slot" right after the number.
 */
export const HARDWARE_COUNT =
  /^\s*(?:-?\s*)?(?:v?CPUs?|cores?|threads|GPUs?|TPUs?|nodes?|vCPUs?|H\/T|hyper-?threads?|HDDs|SSDs|NVMes|NVMe\s+(?:drives|SSDs)|drives|disks|DIMMs|NICs|(?:NVIDIA\s+|AMD\s+)?(?:[ABHL]\d{2,3}|GB\d{3}|MI\d{3}X?|RTX\s?\d{4})|(?:Intel\s+)?Xeon|(?:AMD\s+)?(?:EPYC|Ryzen)|(?:AWS\s+)?Graviton\d?|(?:[\w-]+\s+){0,3}?\d+\s?[TG]B\s+(?:drives|disks|HDDs|SSDs)|(?:SATA|USB|M\.2|PCIe)\s+(?:ports?|slots?|cards?|lanes?|drives|disks|connectors?)|(?:sized\s+)?(?:expansion\s+)?slots?|ports|lanes)\b/i;
/** Why: "we spent 3 months", "two years ago": the author's story, not a measurement. */
export const NARRATIVE_TIME =
  /\b(?:we|i|our\s+team|the\s+team|they)\s+(?:\S+\s+){0,3}(?:spent|took|worked|had|have\s+been|'ve\s+been|were|started|built|wrote|waited|ran|iterated|invested)\b|\b(?:ago|since|over\s+the\s+(?:past|last)|for\s+the\s+(?:past|last)|in\s+the\s+(?:past|last|first)|after|within\s+(?:the\s+)?(?:first|last))\b/i;
/** Why: durations of a day or more are rarely a performance result. */
export const LONG_UNITS = new Set(['day', 'week', 'month', 'year']);
/** Why: "Most teams complete migration in 1-2 weeks": a duration about customers is an outcome claim. */
export const OUTCOME_SUBJECT =
  /\b(?:most|many|all|typical|average|the\s+average)\s+(?:teams|customers|users|companies|organi[sz]ations|people|developers|projects)\b|\bcustomers?\s+(?:see|get|go|complete|finish|reach|recoup|achieve)\b|\btakes?\s+most\s+\w+/i;
/** Why: "$49 / month", "$0.10/GB": a price per unit. */
export const PRICE_UNIT =
  /\/\s*(?:mo|month|yr|year|user|seat|host|gb|tb|node|request|1k|10k|million|monitor|hour|min|event)|\bper\s+(?:month|year|user|seat|host|gb|node|request|monitor|hour|event)s?\b|\/\w+\/(?:mo|month)|\ban?\s+(?:month|year|seat|user)\b/i;
/** Why: the vocabulary of a price list. */
export const PRICING_WORDS =
  /\b(?:pric(?:e|es|ing)|plans?|tiers?|billing|billed|subscription|costs?\s+(?:just|only)?|per\s+(?:seat|user|month)|free\s+(?:tier|plan)|pro\s+plan|enterprise\s+plan|starter|list\s+price|charges?)\b/i;
/** Why: money raised, revenue and valuation are claims about the company. */
export const FUNDING_REVENUE =
  /\b(?:raised|raise|funding|series\s+[a-e]\b|seed\s+round|valuation|valued|revenue|ARR|MRR|sales|market\s+cap|profit|bookings|run[- ]rate|investment|(?<!\b(?:we|I)\s+(?:[\w-]+\s+and\s+)?)invested)\b/i;
/** Why: money that is no price, whatever it is counted by: raised, earned, lost ("the industry loses $2B a year"). */
export const NOT_A_PRICE = new RegExp(
  String.raw`${FUNDING_REVENUE.source}|\b(?:los(?:e|es|t|ing)|losses|damages|stolen|wasted)\b`,
  'i',
);
/**
 * Why: the scope of a statistic about the market or the world ("of all users that have logged in since January" is a
 * service's own users).
 */
export const MARKET =
  /\b(?:market|industry(?!\s+(?:benchmark|average|standard|norm|median|peers))|global(?:ly)?(?![-‐])(?!\s+[\w-]+\s+(?:variables?|state|config(?:uration)?|objects?|functions?|flags?|scope|namespaces?|locks?|cache|index(?:es)?|queues?|maps?|registry|settings?|ids?|counters?|arrays?|dictionar(?:y|ies)|pools?|buffers?|heaps?)\b)(?!\s+(?:community|contributors|team|teams|offices?|workforce|infrastructure|network|footprint|presence|edge|CDN|regions?|points?\s+of\s+presence|data\s+cent(?:er|re)s?|deployment|rollout|availability|config(?:uration)?|settings?|variables?|state|install(?:ation)?|query|queries|time|latency|locks?|index(?:es)?|memory|cache|counters?|clock|optimum|minimum|maximum|scope|namespaces?|objects?|functions?|flags?|ids?|order(?:ing)?|dictionar(?:y|ies)|(?:hash\s+)?tables?|arrays?|maps?|heaps?|buffers?|pools?|queues?|mutex(?:es)?|registry|metadata|steps?|batch(?:es)?|views?))|worldwide|(?<![-‐/]|(?:real|today['’]s|modern|hello,?)\s)world(?:'s)?(?![-‐])(?!\s+(?:section|page|category|tab|news|cup|series|tour|edition|map|bank))|of\s+all\s+(?:teams|companies|developers|people|users|organi[sz]ations|businesses|enterprises|respondents|websites|sites)(?!\s+(?:that|who)\s+(?:have\s+|had\s+)?(?:logged|signed|registered|enrolled|published|subscribed|upgraded|installed)\b)|the\s+majority(?!\s+of\s+(?:the\s+|its\s+|their\s+)?(?:cycles|time|cases|code|work|data|requests|queries|CPU|memory|runtime|execution|instructions|rows|traffic|calls|bytes|pages|files|tests|page))|most\s+(?:teams|companies|developers|organi[sz]ations|people|enterprises|users|businesses)|(?:developers|companies|organi[sz]ations|enterprises|businesses|consumers|people|teams)\s+(?:use|say|report|spend|waste|lose|have|are|will)|population|(?<!\bsame\s)internet|emissions|economy|GDP)\b/i;
/** Why: words that make a figure a result: faster, reduced, saved, improved. */
export const PERFORMANCE =
  /\b(?:faster|slower|quicker|speed(?:s|ed)?\s*up|speedup|reduc\w*|improv\w*|increas\w*|decreas\w*|cut(?:s|ting)?|sav(?:e|es|ed|ing|ings)|less|fewer|lower|higher|more|boost\w*|gain\w*|drop\w*|fell|fall(?:s|ing)?\s+(?:by|to)|shr[ai]nk\w*|latency|throughput|efficien\w*|accura\w*|down\s+to|from\s+\S+\s+to|improvement|better|cheaper|smaller|bigger|larger|outperform\w*|beat\w*|return|ROI)\b/i;
/** Why: where a short duration is a timing result. */
export const PERFORMANCE_TIME =
  /\b(?:latency|load(?:ing)?\s+times?|build\s+times?|boot|startup|start-?up|cold\s+starts?|response|render\w*|HMR|page\s+loads?|queries?|query\s+times?|round[- ]trip|p\d\d|TTFB|LCP|FCP|INP|time\s+to\s+\w+|took|takes|runs?\s+in|finish\w*\s+in|complet\w*\s+in|down\s+(?:to|from)|from\s+\S+\s+(?:to|down)|reduc\w*|cut|fell|dropped|decreased)\b/i;
/** Why: what an adoption figure counts. */
export const ADOPTION_NOUN =
  /^\s*(?:(?:new|active|paying|happy|daily|weekly|monthly|unique|registered|connected|enterprise|production|open-source|full-time|Fortune\s+500)\s+)*(?:\p{Lu}[\p{L}\p{N}.-]*\s+)?(?:users|customers|clients|companies|businesses|organi[sz]ations|enterprises|teams|developers|engineers|downloads|installs|stars|members|subscribers|sites|websites|apps|applications|deployments|projects|repositories|patients|hospitals|partners|brands|countries|employees|contributors)\b|^\s*(?:connected|active|registered|live)\s+(?:\p{Lu}[\p{L}\p{N}.-]*\s+)?(?:workspaces|installations|tenants|instances|servers|communities)\b/iu;
/** Why: "downloaded over 600,000 times a week", "used by 300 companies": adoption told by a verb. */
export const ADOPTION_VERB =
  /\b(?:(?:is|are|was|were|been|being|gets?|got)\s+(?:\w+\s+)?(?:downloaded|installed|used|deployed|run|starred|trusted|adopted|chosen)\s+(?:by\s+)?|(?:downloaded|installed|used|deployed|run|starred|trusted|adopted|chosen)\s+by\s+)(?:over|more\s+than|nearly|about|almost|some)?\s*$/i;
/** Why: first-party usage volume ("40 million routed shipments in a month"). */
export const USAGE_NOUN =
  /^\s*(?:[\p{L}-]+\s+)?(?:shipments|orders|transactions|requests|queries|events|messages|calls|jobs|builds|deploys|tasks|runs|workflows|sessions|visits|page\s?views|bookings|payments|emails|pull\s+requests|commits|reviews|checks|scans|records)\b/iu;
/** Why: words of growth. */
export const GROWTH =
  /\b(?:grew|grow(?:s|ing|th)?|up|rose|risen|jump\w*|climb\w*|doubl\w*|tripl\w*|increas\w*|surg\w*|expand\w*|scal\w*)\b/i;
/** Why: a comparison with others ("than Redis", "vs", "competitors"); "more than 40%" compares with nothing. */
export const COMPARE_OTHERS =
  /\bthan\s+(?!(?:an?\s+)?[\d$€£¥~]|(?:(?:initially|originally)\s+)?(?:expected|anticipated|predicted|forecast|planned)\b|(?:one|two|three|four|five|ten|twice|thrice|double|triple|a\s+(?:few|dozen|hundred|thousand|million))\b|(?:a\s+)?(?:half|third|quarter|fifth|tenth)\s+of\s+(?:our|its|the\s+(?:original|initial|starting|previous|old|baseline))\b|(?:a\s+)?(?:half|third|quarter)\s+(?:of\s+)?the\s+(?:[\w-]+\s+)?(?:size|time|memory|storage|space|footprint)\b(?=\s*(?:[.,;:!?)–—]|$|\s-\s|\s+(?:and|but|while|which|for|in)\b))|(?:it|they|we)\s+(?:was|were|did)\b|before\b|in\s+(?:[a-z][\w-]*\s+)?v?\d|(?:in\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?:previous|prior|older|earlier|last|old|original|existing|stock|vanilla|unpatched|unmodified)\b|(?:the\s+)?(?:[\w-]+\s+){1,3}in\s+our\s+(?:previous|prior|old|older|earlier|last|existing|current)|(?:the\s+|our\s+|this\s+|that\s+)(?!(?:other|official|reference|competing|upstream|standard|popular)\b)(?:[\w:.+-]+\s+){1,3}(?:version|variant|code\s+path)s?\b)|\b(?:(?:vs|versus)(?!\.?\s+(?:just\s+)?(?:(?:about|around|roughly|over|under|above|below|nearly|almost)\s+)?[\d$€£~](?![^,;.]{0,30}\b(?:for|with|on|from|at)\s))|compared\s+(?:to|with)(?!\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:(?:[\w-]+\s+){0,3}(?:mechanism|mode|method|implementation|strategy|algorithm)s?\b|(?:previous|prior|old|older|earlier|original|former)\b))|unlike|competitors?|alternatives?|incumbents?|(?:other|rival|legacy|traditional|competing)\s+(?:tools|vendors|platforms|solutions|databases|frameworks|providers|products|agents|collectors|scanners))\b/i;
/**
 * Why: research as what someone does ("the arguments for doing robotic research in simulation", "after much research
 * and prototyping, we amped up the specs"), not a source.
 */
export const RESEARCH_ACTIVITY =
  /\b(?:do|does|doing|did|done|conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out)\s+(?:[\w-]+\s+){0,2}research\b|\b(?:after|with|through)\s+(?:much|some|a\s+lot\s+of|lots\s+of|extensive|careful|(?:months|years|weeks)\s+of)\s+research\b|\bas\s+an?\s+(?:experiment|trial)\b|\b(?:experiments?|tests?|rounds|runs|trials)\s+(?:[\w`-]+\s+){0,4}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:conducted|performed|carried\s+out)\b|\bunder\s+the\s+same\s+(?:test\s+)?conditions\b|\bresearch\s*(?:\+|&|and)\s*(?:code|coding|development|design|writing)\b/i;
/**
 * Why: a figure that reports what research found ("used by startups and research institutes" names users, and "a
 * research prototype" a thing: no finding; "a research lab found" is one).
 */
export const RESEARCH =
  /\b(?<!\b(?:our|my)\s+(?:\w+\s+)?)(?:stud(?:y|ies)|research(?<!\b(?:used|adopted|trusted|deployed)\s+by\b[^.;]{0,80}?research)(?!\s+prototypes?\b)|paper|survey(?!\s+(?:tools?|apps?|software|platforms?|displays?|builders?|forms?|widgets?|products?|companies|vendors?|market|space|templates?|SDKs?|editors?|creators?|solutions?|providers?|startups?)\b)|experiment|(?:clinical|randomi[sz]ed|controlled|double-blind)\s+trials?|(?<=\b(?:an?|the|this)\s+)trial(?=\s+(?:of|on|with|across)\b)|trials?(?=\s+(?:found|finds|shows?|showed|revealed|suggests?)\b)|(?<=\b(?:an?|their|this|that|recent|new|independent)\s+)analysis|analysis(?=\s+(?:by|from|found|finds|shows?|showed|revealed|suggests?)\b)|researchers|scientists|findings?|evidence|(?:has|have)\s+been\s+shown)\b/i;
/**
 * Why: the people a share is a share of ("user-identifier", "user agent" name things in the data, not people; "we
 * switched to the new backend" or "adopting regalloc2" is the author's own change, "switched from Datadog" is a
 * customer's).
 */
export const CUSTOMER_WORDS =
  /\b(?:customers?|(?<!\b(?:per|each|every|concurrent|simulated|parallel|test|load|benchmark|single|multi|multiple|dummy|fake|mock|synthetic)[\s-]+|\b(?:ran|run|re-ran|running)\s+(?:the\s+same\s+|the\s+|a\s+|my\s+)?)clients?(?!\s+(?:each|all|concurrently|in\s+parallel|connect\w*|attach\w*|send\w*|issu\w*|subscrib\w*|replay\w*|request\w*|fleet|connections?|threads?|machines?|nodes?|VMs?|instances?|side|librar\w+|code|SDKs?|tests?|benchmarks?|runs?|workloads?)\b)|users?(?![-‐]\w|\s+(?:ids?|identifiers?|agents?|names?|interfaces?|input|space|land|mode|experiences?)\b)|teams|companies|enterprises|partners|adoption|adopters?|deploy(?!ment\b)\w*|in\s+production|rely|trust\w*|choose|chose|(?:switch|migrat)\w*\s+(?:away\s+)?from)\b/i;
/** Why: a superlative names a leader only when it says so or is about a product or a company. */
export const LEADERSHIP =
  /\b(?:lead(?:er|ers|ing)|pioneer|forefront|new\s+(?:industry\s+)?standard|the\s+bar|#1|no\.\s?1|number[- ]one|best[- ]in[- ]class|world[- ]class|state[- ]of[- ]the[- ]art|unmatched|unparalleled|unrivall?ed|unbeatable|unsurpassed|peerless|of\s+choice|beyond\s+any|like\s+no\s+other|unlike\s+any|only|first|without|most\s+popular|fastest-growing|top\s+(?:quartile|decile|tier|percentile|\d)|solves?\s+(?:all|every)|top[- ](?:rated|ranked)|award[- ]winning)\b/i;
/** Why: the things a leadership claim is about. */
export const PRODUCT_WORDS =
  /\b(?:platform|provider|vendor|company|companies|solution|tool|database|store|engine|service|product|framework|library|system|software|API|SDK|cloud|model|network|chip|device|startup|marketplace|editor|browser|runtime|compiler|agent|collector|scanner|option|choice|analytics|release[- ]notes\s+tool|app|application)s?\b/i;
/** Why: "the simplest form", "the biggest release since": superlatives about things that are not market positions. */
export const GENERIC_SUPERLATIVE =
  /^the\s+(?:best|most|least|greatest|biggest|largest|simplest|easiest|clearest|plainest|lowest|highest|coldest|hottest|fastest|slowest|smallest|longest|shortest)\s+(?:\S+\s+)?(?:way|ways|approach|approaches|reason|reasons|part|parts|thing|things|practice|practices|values?|question|questions|pattern|patterns|signal|signals|UX|DX|experience|fit|place|time|case|cases|example|examples|results?|amount|form|forms|release|update|version|surprise|change|changes|month|day|year|week|of|one|ones|settings?|step|steps|win|risk|cost|costs|problem|problems|issue|issues|obstacles?|challenges?|hurdles?|blockers?|bottlenecks?|headaches?|lesson|lessons|mistake|mistakes|features|improvements|additions|highlights|milestones|important|common|popular|basic|fundamental|elementary|obvious|straightforward|interesting|difficult|useful|glamorous|consequential)\b/i;
/** Why: vague figures about people (or "6.7 million active servers") are adoption claims; "billions of logs" is not. */
export const ADOPTION_VAGUE =
  /\b(?:users|people|customers|downloads|developers|scientists|researchers|companies|businesses|installs|devices|visitors|teams|organi[sz]ations)\b|\b(?:active|paying|registered)\s+(?:servers|communities|accounts|workspaces|subscriptions|guilds)\b/i;
/**
 * Why: "We asked 30 teams", "a survey of 412 engineers", "our testing was a subset of 10 million records": the size of
 * a sample is method, not a claim.
 */
export const SAMPLE_SIZE =
  /\b(?:we\s+(?:asked|surveyed|interviewed|polled|talked\s+to|spoke\s+(?:to|with))|survey(?:ed)?\s+of|(?:survey|poll|questionnaire)\s+(?:out\s+)?to(?:\s+(?:the|our|all))?|(?:sample|subset)\s+of|n\s*=|(?:split|A\/B|AB|randomi[sz]ed)[- ]?test(?:ed|ing)?\s+(?:(?:[^.;:]|vs\.){1,60}?\s+)?(?:across|on|with|over|among)(?:\s+[\d,.]+\s+\p{L}+(?:,\s+(?:in|on|over|across)\s+[\d,.]+\s+\p{L}+)*,\s+(?:in|on|over|across))?|(?:trust|ran|run|running)\s+our\s+(?:A\/B|AB|split)\s+tests?\s+(?:at\s+a\s+[\w-]+\s+level\s*:\s*)?across)\s*(?:\w+\s+)?$/iu;
/** Why: "We grew from 38 to 71 people": the author's own headcount. */
export const HEADCOUNT =
  /^\s*(?:(?:dedicated|in-house|senior|experienced|software|support|sales|platform)\s+)?(?:people|employees|staff|engineers|hires|team\s+members)\b/i;
/** Why: "Both numbers come from our pipeline database": the next sentence says where the figures come from. */
export const PROVENANCE =
  /\b(?:(?:both|all|these|the|those)\s+(?:numbers|figures|values|results|measurements|data)\s+(?:come|comes|came|are|were)\s+(?:from|taken|measured|read|queried|computed)|(?:measured|queried|computed)\s+(?:as|from|by|with|using|over|on|the\s+same\s+way)|(?:we|I)\s+(?:measured|computed|queried|counted|calculated)\s+(?:this|these|them|it)|from\s+our\s+(?:own\s+)?(?:database|logs|telemetry|billing|dashboards?|monitoring|metrics))\b/i;
/** Why: "Team includes 10 million events a month": what a plan includes is a product term. */
export const PLAN_TERMS =
  /\b(?:includes?|included|keeps?|allowance|quota|plan|tier|free\s+(?:tier|plan)|starter|per\s+month\s+on|(?:up\s+to|at\s+most)\s+[\d,.]+\s+\w+\s+(?:a|per)\s+(?:month|day|year))\b/i;
/** Why: a usage count is first-party data when the platform or the author did it ("we processed", "routed"). */
export const FIRST_PARTY_USAGE =
  /\b(?:we|our|the\s+platform|customers)\b|\b(?:processed|handled|served|routed|delivered|shipped|executed|ingested|dispatched|triggered)\b/i;
/** Why: "Thanks to the 30 beta teams": an acknowledgement, not a claim. */
// The figure inside the thanks ("Thanks to the 30 beta teams", "Thank you, 10,000 stargazers"), not in the clause it
// leads into: "Thanks to Parquet, ParadeDB compacts data 5x more" says what Parquet made possible.
export const THANKS =
  /\b(?:(?:thanks?\s+to|grateful\s+to|shout-?out\s+to)\b[^,;:.!?]*|thank\s+you\b[^;:.!?]*)$/i;
/** Why: "Same workload on OneUptime: ~$200-500/month": an estimate of what a workload costs, not a price list. */
export const COST_ESTIMATE =
  /\b(?:workload|estimate[sd]?|estimated|would\s+(?:cost|be|pay)|total(?:s|ling)?|in\s+total|same\s+(?:setup|usage|volume)|savings?|save[sd]?|bill)\b/i;
/** Why: a timing is a headline result when it reports a change ("cut from 9s to 0.1s", "2x faster"). */
export const IMPROVEMENT =
  /\b(?:faster|slower|quicker|improv\w*|reduc\w*|cut|fell|dropped|decreas\w*|down\s+(?:to|from)|from\s+\S+(?:\s+\S+)?\s+(?:to|down\s+to)|speed(?:s|ed)?\s*up|speedup|than)\b/i;
/**
 * Why: "14% higher than that of a tenant with 16 GB", "100x less than the in-memory throughput": another setup, no
 * rival; "thousands of times more powerful than the ones that brought man to the moon": history, no rival.
 */
export const SAME_MEASURE =
  /^\s*(?:(?:more|less)\s+[a-z]+\s+|[a-z]+er\s+)?than\s+(?:(?:that|those)\s+of\s+(?:a|an|the)\s+[a-z][\w-]*\b|the\s+(?:[a-z][\w-]*\s+){0,5}(?:throughput|latency|bandwidth|speed|performance)\b|(?:the\s+ones|those|the\s+[a-z]+s)\s+(?:that|which)\s+(?:brought|took|put|ran|powered|flew|landed|won|sent)\b)/;
/**
 * Why: "Over 2 million developers use Quillpad", "the world's favorite database with millions of deployments": how
 * widely a product is used or runs ("Millions of installations of Log4j worldwide remain unpatched" is the world's).
 */
export function adoptionCount(text: string, before: string): boolean {
  return (
    ADOPTION_VAGUE.test(text) ||
    (/\b(?:deployments|installations)\b/i.test(text) &&
      /\b(?:with|has|have|had|reached|surpassed|crossed)\s+(?:over\s+|more\s+than\s+)?$/i.test(before))
  );
}

/** Why: "Turso is around 60ms for 5 serial queries globally": a handful of operations is a test's load, no world count. */
export function testLoad(kind: string, value: number | undefined, noun: string): boolean {
  return (
    kind === 'number' &&
    value !== undefined &&
    value < 100 &&
    /^\s*(?:(?:serial|parallel|sequential|concurrent|consecutive)\s+)?(?:queries|requests|operations|calls|iterations|round[- ]trips|reads|writes)\b/i.test(
      noun,
    )
  );
}
