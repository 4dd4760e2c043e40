// Lexicons for the claim scanner: units, hedges, number words, leadership and weasel phrases.
// Kept apart from the scanner so a reviewer can read (and extend) the vocabulary without reading regex plumbing.

/** Why: one normalised unit per spelling, so "50 ms", "50ms" and "50 milliseconds" compare equal. */
export const DURATION_UNITS: Record<string, string> = {
  ns: 'ns',
  nanosecond: 'ns',
  nanoseconds: 'ns',
  µs: 'us',
  μs: 'us',
  us: 'us',
  microsecond: 'us',
  microseconds: 'us',
  ms: 'ms',
  msec: 'ms',
  msecs: 'ms',
  millisecond: 'ms',
  milliseconds: 'ms',
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
};

/** Why: sizes, rates and energy are metrics too ("10 TB", "400 Gbps"); normalised spelling per unit. */
export const OTHER_UNITS: Record<string, string> = {
  kb: 'KB',
  mb: 'MB',
  gb: 'GB',
  tb: 'TB',
  pb: 'PB',
  eb: 'EB',
  kib: 'KiB',
  mib: 'MiB',
  gib: 'GiB',
  tib: 'TiB',
  kbps: 'kbps',
  mbps: 'Mbps',
  gbps: 'Gbps',
  tbps: 'Tbps',
  hz: 'Hz',
  khz: 'kHz',
  mhz: 'MHz',
  ghz: 'GHz',
  w: 'W',
  kw: 'kW',
  mw: 'MW',
  gw: 'GW',
  wh: 'Wh',
  kwh: 'kWh',
  mwh: 'MWh',
  gwh: 'GWh',
  twh: 'TWh',
  'req/s': 'req/s',
  rps: 'rps',
  qps: 'qps',
  tps: 'tps',
  fps: 'fps',
  kg: 'kg',
  tonnes: 't',
  tons: 't',
  km: 'km',
};

/** Why: currency symbols and codes map to ISO codes so "$", "USD" and "dollars" are one unit. */
export const CURRENCIES: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  jpy: 'JPY',
  yen: 'JPY',
  '₹': 'INR',
  inr: 'INR',
  rupees: 'INR',
  a$: 'AUD',
  aud: 'AUD',
  c$: 'CAD',
  cad: 'CAD',
  chf: 'CHF',
};

/** Why: "2.5 million", "40k", "€3B": the scale word multiplies the number. Lower-case m/b only after a currency. */
export const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
  hundred: 100,
};

/** Why: number words appear in hedged and ratio claims ("one in three", "ten million users"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

/** Why: "a third of", "nearly half": fractions read as percentages. */
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/** Why: a hedge changes what a number asserts ("up to 40%" is a ceiling, not a measurement). */
export const HEDGE_WORDS =
  'up to|as (?:many|much|few|little|low|high|fast) as|more than|less than|fewer than|greater than|' +
  'at least|at most|just (?:over|under)|well (?:over|under|above|below)|nearly|almost|about|around|' +
  'approximately|approx\\.|roughly|close to|in excess of|upwards of|north of|over|under|below|above|' +
  'an estimated|estimated|some|only';

/** Why: words that make "3x"/"40%" a comparison; used to extend the claim span ("3x faster"). */
export const COMPARATIVE_WORDS =
  'faster|slower|quicker|more|less|fewer|better|worse|cheaper|higher|lower|larger|smaller|bigger|' +
  'greater|longer|shorter|lighter|heavier|stronger|safer|smarter|efficient|improvement|increase|' +
  'decrease|reduction|growth|boost|speedup|speed-up|drop|gain|savings?|sooner|earlier';

/**
 * Why: a number right after one of these names a version, a section or a reference, not a quantity
 * ("Python 3.12", "Node 20", "Section 3.2", "Step 2", "p. 12", "ISO 27001").
 */
export const VERSION_WORDS = new Set(
  (
    'v ver version versions release releases edition gen generation series model type tier level class grade ' +
    'step steps section sections chapter chapters part parts phase stage figure fig table tab appendix page pages p pp ' +
    'line lines item items issue issues no nos vol volume eq equation rule article articles lesson week day ' +
    'size sizes suite ste apt room floor bldg building unit fortune port ports pid uid gid exit errno ' +
    'key keys slot slots bucket buckets index row column entry node shard partition id bank banks rank ranks lane ' +
    'lanes socket sockets replica replicas device devices core cores gpu gpus thread threads ' +
    'python node node.js nodejs deno bun java jdk se javascript ecmascript es typescript ts php ruby rails go golang ' +
    'rust swift kotlin scala perl lua elixir dart flutter c# .net net dotnet react vue angular svelte next.js ' +
    'nuxt django flask laravel symfony spring boot express vite webpack babel eslint electron chrome chromium ' +
    'firefox safari edge ios ipados macos windows android ubuntu debian fedora rhel centos alpine linux kernel ' +
    'xcode postgres postgresql mysql redis mongodb kafka spark hadoop elasticsearch kubernetes k8s docker ' +
    'terraform gpt llama claude gemini mistral phi qwen iphone pixel galaxy office microsoft web industry ' +
    'bluetooth usb wi-fi wifi pcie html css html5 oauth http tls ssl unicode iso soc rfc pci cve iec ieee ' +
    'unity unreal engine openapi swagger json-rpc ipv'
  ).split(' '),
);

/** Why: "2000 users" is a count even though 2000 looks like a year. */
export const COUNT_NOUNS =
  'users|customers|clients|companies|businesses|organi[sz]ations|enterprises|teams|developers|engineers|' +
  'employees|people|patients|hospitals|servers|nodes|requests|transactions|downloads|installs|stars|' +
  'members|subscribers|partners|brands|sites|websites|apps|projects|repositories|models|devices|queries|' +
  'countries|cities|regions|offices|languages|integrations|invoices|events|orders|shipments|funds';

// Superlative adjectives the regex path knows without a tagger ("the fastest"); "latest"/"nearest" are
// not claims, so this is a list, not /\w+est/.
const SUPERLATIVES =
  'best|fastest|largest|biggest|greatest|highest|lowest|smallest|cheapest|strongest|safest|quickest|' +
  'easiest|simplest|smartest|leanest|widest|broadest|deepest|longest|shortest|lightest|cleanest|' +
  'greenest|finest|most\\s+(?!of\\b)[\\p{L}-]+|least\\s+(?!of\\b)[\\p{L}-]+';
// "fastest-growing", "longest-running": the compound is one adjective.
const SUPERLATIVE = `(?:${SUPERLATIVES})(?:-\\p{L}+)?`;

// One word of the thing a leadership phrase is about ("healthcare", "AI", "Node.js"). No trailing dot.
const WORD = "[\\p{L}\\p{N}&'’/+-]+(?:\\.[\\p{L}\\p{N}]+)*";
// Words that end a noun phrase: a claim span stops before them.
const STOP =
  '(?:is|are|was|were|be|been|has|have|had|that|which|who|and|or|but|with|for|to|by|since|because|' +
  'when|while|we|our|it|its|as|at|on|of|in|from|than|so|this|these|those|the|a|an|can|could|will|would|' +
  'should|may|might|must|do|does|did|ever|before|after|today|now|yet|still|again|agrees?|says?|said|' +
  'among|across|within|into|over|under|between|through|around|about|like|via|per|against|there|here|' +
  'i|you|he|she|they|them|us|me|your|their|my|his|her|ours|yours|theirs)';
// What "the leading ..." is usually about; lets the span take one modifier ("the leading cloud provider").
const HEAD_NOUNS =
  '(?:providers?|platforms?|vendors?|suppliers?|compan(?:y|ies)|solutions?|makers?|brands?|developers?|' +
  'manufacturers?|tools?|choice|names?|experts?|sources?|firms?|players?)';
// "the leading wildcard", "a leading zero", "the leading slash": what comes first in a string, a line or a list.
const AT_THE_START =
  '(?:wildcards?|zeros?|zeroes|(?:back)?slash(?:es)?|whitespace|spaces?|underscores?|char(?:acter)?s?|digits?|' +
  'bytes?|bits?|dots?|periods?|hyphens?|dash(?:es)?|commas?|tabs?|newlines?|blanks?|comments?|indent\\w*|' +
  'separators?|delimiters?|tokens?|terms?|coefficients?|dimensions?|axis|axes|rows?|columns?|lines?|letters?|' +
  'words?|strings?|prefix(?:es)?|questions?|indicators?|trivia|anchors?|paths?|segments?|frames?|edges?)';
// What a "first"/"only" claim is about when it is a leadership claim.
const PRODUCT_NOUNS =
  '(?:databases?|services?|products?|engines?|apps?|applications?|frameworks?|librar(?:y|ies)|systems?|' +
  'software|APIs?|SDKs?|clouds?|models?|networks?|chips?|devices?|startups?|marketplaces?|editors?|browsers?|' +
  'exchanges?|banks?|suites?|processors?|runtimes?|compilers?|languages?|stores?|registr(?:y|ies))';
const NOUNS = (n: number): string => `(?:\\s+(?!${STOP}\\b)${WORD}){0,${n}}`;
const NOUNS1 = (n: number): string => `(?:\\s+(?!${STOP}\\b)${WORD}){1,${n}}`;

/** Why: leadership and superlative claims a reader would highlight, found without NLP. */
export const SUPERLATIVE_PATTERNS: RegExp[] = [
  new RegExp(
    `\\b(?:an?|the)\\s+(?:(?:global|world|market|industry|recogni[sz]ed|trusted|clear|undisputed|proven|leading)\\s+){0,2}` +
      // "a pioneer and leader in the field of experience management"
      `(?:leader|pioneer)s?(?:\\s+(?:and|&)\\s+(?:leader|pioneer)s?)?\\s+(?:in|of)(?:\\s+the(?=\\s+(?:field|market|space|industry|category|sector|world)\\b))?${NOUNS1(4)}`,
    'giu',
  ),
  new RegExp(
    `\\b(?:the|an?)\\s+(?:(?:world|industry|market|nation)[’']s\\s+)?leading(?!\\s+${AT_THE_START}\\b)(?:(?:\\s+${WORD})?\\s+${HEAD_NOUNS}\\b|${NOUNS1(1)})`,
    'giu',
  ),
  new RegExp(`\\bat\\s+the\\s+(?:fore)?front\\s+of${NOUNS1(4)}`, 'giu'),
  /\b(?:industry|market|world|category|class|sector)[- ]leading\b/giu,
  /\b(?:best[- ]in[- ]class|world[- ]class|best[- ]of[- ]breed|state[- ]of[- ]the[- ]art|first[- ]of[- ]its[- ]kind|first[- ]ever|top[- ]rated|top[- ]ranked|award[- ]winning|second\s+to\s+none)\b/giu,
  /\b(?:unmatched|unparalleled|unrivall?ed|unbeatable|unsurpassed|peerless)\b/giu,
  // "establishes a new standard for AI training performance", "AMD is raising the bar for training".
  new RegExp(
    `\\b(?:sets?|setting|establish(?:es|ed|ing)?|(?:re)?defin(?:e|es|ed|ing))\\s+a\\s+new\\s+(?:industry\\s+)?standard(?:\\s+for${NOUNS1(4)})?`,
    'giu',
  ),
  /\b(?:raises|raising|raised)\s+the\s+bar\b/giu,
  new RegExp(
    `\\b(?:the\\s+)?(?:world|industry|market|nation|country)[’']s\\s+(?:first|only|${SUPERLATIVE})${NOUNS(3)}`,
    'giu',
  ),
  new RegExp(`\\bthe\\s+${SUPERLATIVE}${NOUNS(3)}`, 'giu'),
  // "the top accounts payable solution", not "the top of the page", "the top layers" of a graph or "the top 10".
  new RegExp(
    `\\bthe\\s+top(?!\\s+(?:of|left|right|half|row|rows|bar|menu|level|levels|layer|layers|floor|node|nodes|line|lines|section|corner|edge|panel|pane|k)\\b)(?=\\s+\\p{L})${NOUNS1(3)}`,
    'giu',
  ),
  // "the first platform to ...", not "the first step" or "the only run that failed": a leadership "first" names
  // a product or a company and is followed by "to"/"that".
  new RegExp(
    `\\bthe\\s+(?:first|only)(?:\\s+(?!${STOP}\\b)${WORD}){0,2}?\\s+(?:${HEAD_NOUNS}|${PRODUCT_NOUNS})(?=\\s+(?:to|that|which|with)\\b)`,
    'giu',
  ),
  // "the #1 choice": the article-led form gives the longer span; the bare form catches "ranked #1".
  new RegExp(`\\bthe\\s+#1\\b${NOUNS(4)}`, 'giu'),
  // (The lookbehind sits after "#" so the scan can jump from "#" to "#".)
  /#(?<![\p{L}\p{N}&]#)1\b/gu,
  /\bNo\.\s?1\b|\bnumber[- ](?:one|1)\b/giu,
];

/** Why: comparisons with a well-known comparative word, found without NLP ("faster than Redis"). */
export const COMPARATIVE_PATTERNS: RegExp[] = [
  new RegExp(
    `\\b(?:outperform|outpace|outclass|outrank|outsell|outscore|surpass|beat)(?:s|es|ed|ing)?${NOUNS1(4)}`,
    'giu',
  ),
  new RegExp(
    `\\b(?:(?:more|less)\\s+(?!than\\b)[\\p{L}-]+|faster|slower|quicker|better|cheaper|smarter|safer|stronger|` +
      `lighter|leaner|cleaner|simpler|easier)\\s+than${NOUNS1(3)}|\\b(?:superior|inferior)\\s+to${NOUNS1(3)}`,
    'giu',
  ),
];

/** Why: attributions that sound like evidence but name no source ("studies show", "experts agree"). */
export const WEASEL_PATTERNS: RegExp[] = [
  // (Not "our test data shows": the author's own data, named as theirs; its figures are claims of their own. Nor "This
  // data shows us that:" under the post's own chart, nor "a better handle on it than the data shows".)
  /(?<!\b(?:our|my|this|these|than\s+the)\s+(?:own\s+|test\s+|benchmark\s+|internal\s+)?)\b(?:(?:many|several|numerous|countless|multiple|recent|independent|industry|market|academic|scientific|published|third-party)\s+)?(?:studies|research|surveys|experts|analysts|scientists|researchers|reports|statistics|data|evidence)\s+(?:have\s+|has\s+)?(?:shows?|shown|suggests?|suggested|agrees?|say|says|believe|found|finds|indicates?|indicated|proves?|proven|confirms?|confirmed|estimate|estimates|recommend|expect|expects|predict|predicts)\b|\b(?:(?:many|several|numerous|recent|independent|industry|market)\s+)?(?:studies|surveys|experts|analysts|scientists|researchers|reports)\s+project\b/giu,
  /\bit\s+is\s+(?:widely|well|generally|commonly|universally)\s+(?:known|believed|accepted|recogni[sz]ed|acknowledged|understood|agreed)\b/giu,
  /\bit\s+(?:is|has\s+been)\s+(?:said|shown|proven|claimed|reported|estimated)\b/giu,
  /\b(?:many|most|some)\s+(?:people\s+|experts\s+|developers\s+|analysts\s+)?(?:believe|say|agree|argue|think)\b/giu,
  /\baccording\s+to\s+(?:(?:many|some|most|leading|top|industry|market|recent)\s+){1,2}(?:reports?|experts|analysts|studies|research|sources|surveys|estimates|data)\b/giu,
  // "a recent study", "a recent pilot study": weasel unless a source is named right after ("by MIT", "in Nature").
  /\ban?\s+(?:recent|new|independent|landmark|major|large|pilot|clinical)\s+(?:(?:pilot|clinical|industry|internal)\s+)?(?:study|survey|report|analysis|experiment|trial)\b(?!\s+(?:by|from|of|at|published|in|conducted\s+by)\s+[\p{Lu}\d])/giu,
  /\ban?\s+(?:study|survey|report|analysis)(?=\s+(?:shows?|showed|found|finds|suggests?|suggested|revealed?|reveals|indicates?|indicated|confirmed|demonstrated|proved|concluded)\b)/giu,
  // "what other observability teams have reported", "what many users have found"
  /\b(?:what|as)\s+(?:other|many|most)\s+(?:[\p{L}-]+\s+){0,2}(?:teams|companies|users|engineers|developers|people|customers|vendors)\s+(?:have\s+)?(?:reported|found|said|seen|observed|noticed)\b/giu,
  // "What I read was that 16 million ...", "I also read that they spent $400,000 ...": hearsay behind a figure,
  // with no source ("I read that paper" names what it read; "I heard that the team was hiring" is a story).
  /\b(?:what\s+I\s+(?:read|heard)\s+(?:was|is)\s+that|I(?:['’]ve|\s+have)?\s+(?:also\s+|once\s+)?(?:read|heard)\s+(?:somewhere\s+)?that(?=\s+(?:the|they|he|she|it|we|there|most|many|some|over|more|about|around|only|\d))|I\s+(?:read|heard)\s+somewhere)\b(?=[^.!?]*?(?:\d|[$€£]|\b(?:percent|million|billion|thousand|spent|cost|costs)\b))/giu,
  // "As any security professional will tell you", "ask any DBA": an appeal to a whole trade, nobody named.
  /\b(?:(?:as\s+)?any\s+(?:[\p{L}-]+\s+){0,2}?(?:professionals?|experts?|engineers?|developers?|researchers?|analysts?|scientists?|practitioners?|consultants?|architects?|administrators?|admins?|DBAs?|SREs?|veterans?)\s+(?:will|would|can|could)\s+tell\s+you|ask\s+any\s+(?:[\p{L}-]+\s+){0,2}?(?:professional|expert|engineer|developer|researcher|analyst|scientist|practitioner|consultant|architect|administrator|admin|DBA|SRE|veteran))\b/giu,
  // "with results independently verified": by whom, it does not say ("independently verified by NCC Group" does).
  /\bindependently\s+(?:verified|validated|confirmed|audited|reproduced|benchmarked)\b(?!\s+(?:by|at)\s+(?:the\s+)?[\p{Lu}\d])/giu,
  // "(have|has) been shown to reduce ...": research with nobody named
  /\b(?:have|has)\s+been\s+(?:shown|proven|demonstrated|found)\s+to\b/giu,
];

/** Why: "what published research says about X" describes research; it does not lean on it. Tested on the text before. */
export const INDIRECT_QUESTION_BEFORE = /\b(?:what|whether|how|if)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Why: the cheap test that decides whether a sentence is worth a (slow) tagger call: the tagger only reports
 * "the <superlative>" and "<comparative> than", so a sentence with neither (or only "more than 40%") is skipped.
 */
export const TAGGER_CUE =
  /\bthe\s+(?:most|least|\p{L}{2,}(?:i|[^aeiou\s])est)\b|\bthan\b(?!\s+(?:an?\s+)?[\d$€£¥])/iu;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/**
 * Why: digits that are never quantities: URLs, e-mails, dates, times of day, phone numbers, versions with two
 * dots, footnote markers, decades, "24/7", "4K". Each pattern is linear (no nested quantifiers).
 */
export const NOT_NUMBER_PATTERNS: RegExp[] = [
  /\b(?:https?:\/\/|www\.)[^\s<>"'\])]+/giu,
  // A company called by a multiple: "1X released a teaser video", "until I joined 1X" (not "improved 3X").
  /(?<=\b(?:joined|at|from)\s)\d{1,2}X\b(?=\s*[.,;:!?)]|\s+(?:and|to|in|where|as|for)\b)|\b\d{1,2}X(?=\s+(?:released|announced|launched|raised|builds|makes|ships|shipped|unveiled|introduced)\b)/gu,
  // Domains and e-mails start only where a run of word characters starts (so a long dotted run is read once).
  /(?<![\w.@-])(?=((?:[\w-]+\.)+[\w-]+))\1(?<=\.(?:com|org|net|io|dev|ai|co|app|gov|edu|html?))\b(?:\/[^\s<>"'\])]*)?/giu,
  /(?<![\w.+-])(?=([\w.+-]+))\1@(?=((?:[\w-]+\.)+[\w-]+))\2/gu,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[aApP]\.?[mM]\b\.?)?/gu,
  /\b\d+:\d+\b/gu,
  /\b\d{1,2}(?:\s?[aApP]\.[mM]\.|\s?[aApP][mM]\b|\s?o['’]clock\b)/gu,
  /\b\d{4}-\d{1,2}-\d{1,2}\b/gu,
  /\b\d{1,4}[/.]\d{1,2}[/.]\d{1,4}\b/gu,
  /\b\d+(?:\.\d+){2,}\b/gu,
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?`, 'gu'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4}\\b)?`, 'gu'),
  new RegExp(`\\b${MONTH},?\\s+\\d{4}\\b`, 'gu'),
  /\b(?:1[89]|20)\d0['’]?s\b|['’]\d0s\b/gu,
  /\[\^?\d+(?:\s*[,–-]\s*\d+)*\]/gu,
  /\(\d{1,2}\)/gu,
  /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/gu,
  /\+\d{1,3}(?:[\s.-]\d{2,4}){2,5}\b/gu,
  /\b0\d{1,4}[\s-]\d{3,4}[\s-]\d{3,4}\b/gu,
  /(?<![$€£¥\d.,])\b[248]K\b/gu,
  /\b\d+\/\d+\b/gu,
  /\b24\s?[x×]\s?7\b/giu,
  // Page furniture and terms, not measurements: "7 min read", "3 days ago", "a 30-day trial", "12-month contract".
  // (Case is spelled out: an `i` flag under `u` makes V8 try every position instead of jumping to digits.)
  /\b\d+\s?(?:[Mm]in(?:ute)?s?|[Hh]ours?|[Hh]rs?|[Ss]econds?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|yrs?)\.?\s+(?:[Rr]ead|ago)\b/gu,
  /\b\d+-(?:[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear)\b/gu,
  // Postal addresses: "100 Montgomery Street", "CA 94104", "SW1A 1AA" is left alone (no digits run).
  /\b\d{1,6}\s+(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Plaza|Square|Sq|Court|Ct|Parkway|Pkwy|Highway|Hwy|Terrace|Strasse|Straße)\b/gu,
  /\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b/gu,
  // Journal volume(issue): "Science 367(6481)".
  /\b\d+\(\d+\)/gu,
  // A processor's model, not a multiplier: "the Ryzen 5950X", "the 2-channel 3900X has" (four or five digits and a
  // capital X after a chip name, an article or a spec; "the 1000X speedup" still compares).
  /(?:\b(?:Ryzen(?:\s+\d)?|Threadripper|Radeon|Xeon|EPYC|Intel|AMD|[Tt]he|\d+-(?:channel|core|socket))\s+)\d{4,5}X(?:3D)?\b(?!\s+(?:faster|slower|quicker|more|less|fewer|better|worse|cheaper|higher|lower|smaller|larger|bigger|speed|improvement|increase|reduction|boost|gain|jump|drop|throughput|performance|over|than|compression))/gu,
];
