// Lexicons for link-shaped text: placeholder hrefs, placeholder wording, and phrases that promise a destination.
// Kept apart from the detectors so they can grow without touching the logic.

/**
 * Why: a link that goes nowhere ("#", "", javascript:, reserved domains, the author's own machine) is a draft
 * left in, never evidence. Returns the reason, or null for a real destination.
 */
export function placeholderHrefReason(rawHref: string): string | null {
  const href = rawHref.trim();
  if (href === '') return 'the link has no href';
  if (href === '#' || href === '#!' || href === '#0') return `href "${href}" goes nowhere`;
  if (/^javascript:/i.test(href)) return 'a javascript: URL is not a destination';
  if (/^about:blank$/i.test(href)) return 'about:blank is not a destination';
  if (/^(?:https?:)?\/\/$/i.test(href) || /^https?:\/*$/i.test(href)) return 'the URL has no host';
  if (
    /^(?:url|link|href|todo|tbd|tba|fixme|placeholder|x{3,}|\.{3}|…|insert[ _-]?(?:link|url)|your[-_ ]?url|<[^>]*>|\{\{?[^}]*\}?\})$/i.test(
      href,
    )
  )
    return `href "${href}" is placeholder text`;
  // (Upper case only for the bare tokens: "/pinecil-threaded-insert-tips-set/" and "/examples/todo-app" are real.)
  if (
    /\{\{|%7B%7B|\[(?:insert|your|link|url)|<(?:insert|your|link|url)/i.test(href) ||
    /\bINSERT[_-]|\bTODO\b/.test(href)
  )
    return 'the href holds template placeholder text';
  const host = hostOf(href);
  if (host !== null) {
    if (/^(?:www\.)?example\.(?:com|org|net)$/.test(host) || /(?:^|\.)example\.(?:com|org|net)$/.test(host))
      return `${host} is a reserved example domain`;
    if (/(?:^|\.)(?:example|test|invalid|localhost)$/.test(host)) return `${host} is a reserved test domain`;
    if (host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '0.0.0.0' || host === '[::1]')
      return `${host} points to the author's own machine`;
    if (/^(?:your|my)[-_]?(?:domain|site|website|company|url|org)\b/.test(host))
      return `${host} is a placeholder domain`;
  }
  if (
    /\/(?:your[-_]?(?:org|organi[sz]ation|user(?:name)?|name|repo(?:sitory)?|project|company|account|handle))(?:\/|$|\.)/i.test(
      href,
    )
  )
    return 'the URL still holds a "your-..." template segment';
  return null;
}

/** Why: a URL on the reader's own machine, as tutorials write it ("http://localhost:3000"). */
export function isLocalUrl(href: string): boolean {
  const host = hostOf(href.trim());
  return (
    host !== null &&
    (host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '0.0.0.0' || host === '[::1]')
  );
}

// The host of an absolute or protocol-relative URL, lower case; null for relative links, mailto: and the like.
function hostOf(href: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s]*)/i.exec(href);
  if (!m) return null;
  const authority = m[1]!.replace(/^[^@]*@/, '');
  const host = authority.startsWith('[') ? authority.replace(/\].*$/, ']') : authority.replace(/:\d*$/, '');
  return host.toLowerCase().replace(/\.$/, '');
}

/** Why: mailto:, tel: and same-page anchors are links, but a reader cannot check a number by following them. */
export function isOffPageHref(href: string): boolean {
  const h = href.trim();
  return h !== '' && !h.startsWith('#') && !/^(?:mailto|tel|sms|data|javascript|about):/i.test(h);
}

// The words inside "(...)", "[...]", "<...>" or "{...}" that mean "a link goes here".
const PLACEHOLDER_INNER = new RegExp(
  [
    String.raw`(?:the\s+|a\s+)?(?:link|links|url|urls|uri|href|hyperlink|contact|website)(?:\s+(?:here|goes here|tbd|tk|to come|coming soon))?`,
    String.raw`(?:insert|add|paste|put|include)\b[^\])}>]{0,40}?\b(?:link|url|href|source|citation|reference|contact)s?(?:\s+here)?`,
    String.raw`(?:link|url|links)\s+(?:to|for)\b[^\])}>]{0,50}`,
    // "[GitHub repository URL]", "(demo video link)": a name for the link (not prose in brackets, which opens with a
    // connective: "(or prefixing the URL)", "(e.g. with the link)"; nor a measure: "(64GB/s per link)").
    String.raw`(?!(?:or|and|by|via|using|with|from|when|if|e\.g|i\.e)\b)[\w .'’/-]{0,40}?(?<!\bper\s)\b(?:url|link|href)(?:\s+here)?`,
    String.raw`(?:placeholder|tbd|tk)(?:\s+(?:link|url))?`,
  ].join('|'),
  'i',
);

/** Why: "(link)", "[insert link]", "[GitHub repository URL]", "<link>" are drafts that shipped without a URL. */
export const PLACEHOLDER_TEXT = new RegExp(
  String.raw`\((?:${PLACEHOLDER_INNER.source})\)|\[(?:${PLACEHOLDER_INNER.source})\]|<(?:link|url|insert link|link here|url here)>|\{\{?\s*(?:link|url|href)\s*\}?\}`,
  'gi',
);

/** Why: anchor text that is itself a placeholder makes the link a draft even when the href is real. */
export function isPlaceholderText(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  PLACEHOLDER_TEXT.lastIndex = 0;
  const m = PLACEHOLDER_TEXT.exec(t);
  PLACEHOLDER_TEXT.lastIndex = 0;
  if (m && m.index === 0 && m[0].length === t.length) return true;
  return /^(?:insert|add|paste)\s+(?:the\s+|a\s+)?(?:link|url)(?:\s+here)?$|^(?:link|url)\s+(?:here|goes here|tbd)$/i.test(
    t,
  );
}

// Things a post promises to send the reader to.
const OBJECT = String.raw`(?:(?:GitHub|GitLab|Bitbucket|Git)\s+)?(?:(?:test|survey|study)\s+results|repository|repositories|repo|repos|documentation|docs|whitepaper|white\s+paper|report|research\s+paper|paper|study|case\s+stud(?:y|ies)|website|web\s+site|site|blog\s+post|blog|guide|tutorial|demo|source\s+code|code\s+base|codebase|benchmarks?(?:\s+results?)?|dataset|data\s+set|slides|slide\s+deck|webinar|landing\s+page|pricing\s+page|changelog|release\s+notes|API\s+reference|reference\s+docs|e-?book|handbook|playbook|notebook|datasheet|data\s+sheet|spec(?:ification)?|connectors?|sdk|sample\s+code|code\s+samples?|(?:sample|example|demo|starter)\s+(?:project|app|repo)|project\s+page|github|gitlab)`;
const MODIFIER = String.raw`(?:full|complete|detailed|official|latest|new|free|open[- ]source|public|entire|original|accompanying|companion|technical|online|interactive|step-by-step|in-depth|\d{4})`;

/**
 * Why: a call to action with no link ("explore our GitHub repository", "see our documentation") leaves the reader
 * nowhere to go. Each alternative is linear: fixed words, bounded gaps.
 */
export const PROMISE = new RegExp(
  [
    // "explore our GitHub repository", "download the full whitepaper", "check out the repo" (not "let's see whether
    // the spec sheet explains it": a question the post goes on to answer, nor "if you see benchmark results
    // quoted in QPS": seeing, not a place to go, nor "mechanisms to access a dataset": any dataset), and "can be accessed
    // through our API documentation", "is documented in our guide": two openings, one object. Written once, the
    // object is compiled once: V8 copies a {0,2} group's body, and this pattern was a third of a first analysis's
    // compiling. (P1 S|P2 S and (?:P1|P2) S match alike: the same paths, tried in the same order.)
    String.raw`\b(?:(?:explor(?:e|ing)|(?<!\b(?:if|when|whenever|once)\s+(?:you|we|they)\s+)see(?!\s+(?:whether|if|how|what|why|where|when|which)\b)|check(?:ing)?\s+out|visit(?:ing)?|download(?:ing)?|read|view|brows(?:e|ing)|access(?!\s+an?\s)|clon(?:e|ing)|fork|star|consult|refer\s+to|head\s+(?:over\s+)?to|go\s+to|get|grab|watch|try|join)\s+(?:(?:our|the|this|that|their|my|a)\s+)?|(?:can\s+be\s+|are\s+|is\s+)?(?:accessed|found|downloaded|viewed|read|documented|described|explained|listed)\s+(?:through|via|in|on|at|from)\s+(?:our|the)\s+)(?:${MODIFIER}\s+){0,2}((?:[A-Z][\w.-]{1,30}\s+){0,2}?)${OBJECT}\b`,
    // "sign up here", "click here", "learn more here"
    String.raw`\b(?:sign\s+up|register|subscribe|click|tap|(?:learn|read|find\s+out)\s+more(?:\s+about\s+(?:it|this|that|them))?|download\s+it|get\s+started|try\s+it)\s+here\b`,
    // "the full benchmark results are available"
    // (not "the site is now available in multiple languages": what it comes in, no place to go)
    String.raw`\b(?:(?:the|our)\s+)?(?:${MODIFIER}\s+){0,2}${OBJECT}\s+(?:is|are)\s+(?:now\s+|publicly\s+|freely\s+|also\s+)?available\b(?!\s+in\s+(?:[\w-]+\s+){0,2}(?:languages?|locales?|versions?|regions?|editions?|formats?|sizes?|colou?rs?|flavou?rs?|variants?)\b)`,
    // "available on GitHub" (not "available on PyPI and conda-forge": a package's name finds it there)
    String.raw`\bavailable\s+(?:on|at|from|via)\s+(?:our\s+)?(?:GitHub|GitLab|our\s+website|the\s+website|our\s+site)\b`,
    // "is in our examples repository on GitHub"
    String.raw`(?<=\b(?:is|are|lives|live|sits|sit)\s+(?:available\s+)?)(?:in|on|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?${OBJECT}(?:\s+on\s+(?:GitHub|GitLab))?\b`,
    // "join our community forum", "join the community", "join the Slack" (not "join the Flink community!": a project's
    // people, named, no place to go)
    String.raw`\bjoin\s+(?:(?:our|the)\s+community|our\s+[\w-]+\s+community|(?:our|the)\s+(?:[\w-]+\s+)?(?:community\s+(?:forum|channel|server|Slack|Discord)|forum|Slack|Discord|newsletter|mailing\s+list|waitlist|wait\s+list))(?:\s+(?:forum|channel|server))?\b`,
    // "contact us", "talk to an engineer", "book a demo"
    String.raw`\b(?:contact|email|e-mail)\s+(?:us|our\s+(?:team|sales(?:\s+team)?|support(?:\s+team)?))\b`,
    String.raw`\b(?:talk|speak)\s+to\s+(?:an?\s+|our\s+)?(?:engineer|expert|specialist|sales(?:\s+team)?|team)\b`,
    String.raw`\b(?:book|schedule|request)\s+(?:a|your)\s+(?:free\s+)?(?:demo|call|consultation)\b`,
  ].join('|'),
  'gi',
);

// The name slot of PROMISE's first form ("explore our | Quillbrook | repository"): the pattern is case-blind, so the
// slot takes any word; a name is capitalised ("visit your site", "access to the source code" name nothing).
const NAME_WORDS = /^(?:[\p{Lu}\d][\w.-]*\s+)*$/u;
// "download the site", "clone our website": a site is visited, not fetched; "read the entire data set" is a job's step.
const NOT_A_DESTINATION =
  /^(?:download|clon|fork|star|read|get|grab|access)\w*\s+(?:\S+\s+){0,3}?(?:site|website|web\s+site)\b|^read\w*\s+(?:\S+\s+){0,3}?(?:dataset|data\s+set)\b|^(?:in|on|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:site|website|web\s+site)\b/i;
// What stands before a promise's verb when the sentence tells what someone does rather than asks the reader to:
// "frameworks need to download the site twice", "Bob starts by cloning the source code", "where users consistently
// visit your site", "others star repos to show support" ("learn more by visiting our docs" still asks), "Let us know
// if you'd like to see a blog post about it" (a wish the reader may voice: nothing is promised yet), "what it took for
// us to get a dataset that big into Weaviate" (the author's own doing).
const TOLD_NOT_ASKED =
  /\b(?:need|needs|needed|have|has|had|going|got|used|tries|tried|trying)\s+to\s+$|\b(?:took|takes|take)\s+(?:for\s+)?(?:us|me|them)\s+to\s+$|\bfor\s+(?:us|me|them)\s+to\s+$|\b(?:by|after|before|while|without|when)\s+$|\b(?:users?|people|person|someone|somebody|visitors?|customers?|readers?|attackers?|developers?|others|many|they|who)\s+(?:\w+ly\s+)?$|\blet\s+(?:us|me)\s+know\s+if\s+(?:you(?:['’]d|\s+would)\s+)?(?:like|love|want)\s+to\s+$/i;
const ASKS_MORE = /\b(?:learn|read|find\s+out|see)\s+more\b/i;
// The author's wish: "I'd like to see benchmarks of fuzzers scaled to ~16 cores", "it would be interesting to see the
// technical report": something no one has written yet, or the author has not found (not a page the post sends to;
// "I'd like to point you to our docs" still sends).
const WISHED =
  /\b(?:I|we)(?:['’]d|\s+would)\s+(?:really\s+|also\s+)?(?:like|love)\s+to\s+$|\b(?:it|that)\s+would\s+be\s+(?:\w+\s+)?(?:interesting|nice|great|good|useful|helpful)\s+to\s+$/i;

/**
 * Why: a PROMISE match that reads as one but promises nothing: a lowercase word in its name slot, an object no one
 * links to, or a sentence that tells what someone does. `lead` is its sentence's text before it.
 */
export function notAPromise(m: RegExpExecArray, lead: string): boolean {
  // ("check out the project on GitHub" still points somewhere.)
  if (m[1] && !NAME_WORDS.test(m[1]) && !/\son\s+git(?:hub|lab)$/i.test(m[0])) return true;
  if (NOT_A_DESTINATION.test(m[0])) return true;
  // "If you read this blog regularly": the page being read is where the reader already is.
  if (/\bthis\s+(?:blog|post|article|page)$/i.test(m[0])) return true;
  // "the images that are in the blog posts": where things are, in many posts ("The numbers are in the blog posts
  // linked below" still points somewhere).
  const end = m.index + m[0].length;
  if (
    /\bblog$/i.test(m[0]) &&
    /^\s+posts\b/i.test(m.input.slice(end, end + 8)) &&
    /\b(?:that|which)\s+are\s+$/i.test(lead)
  )
    return true;
  // "browsing the site was still fast", "visiting our docs during the test felt slow": the subject of what follows.
  if (/^\w+ing\b/i.test(m[0]) && GERUND_SUBJECT.test(m.input.slice(end))) return true;
  if (WISHED.test(lead) && /^see\b/i.test(m[0])) return true;
  return TOLD_NOT_ASKED.test(lead) && !ASKS_MORE.test(lead);
}
// What follows a gerund that is a clause's subject: a verb of state or experience, after at most a short phrase.
const GERUND_SUBJECT =
  /^\s+(?:(?:during|in|on|with|from|under|for)\s+(?:\S+\s+){0,3}?)?(?:was|is|were|are|felt|feels|became|becomes|remained|remains|stayed|stays|seemed|seems|got|gets|took|takes)\b/i;

/**
 * Why: every match of a global regex without String#matchAll, which clones the regex on each call (costly for
 * the long lexicon patterns, once per block on a 1 MB page). Empty matches advance so the loop always ends.
 */
export function scan(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
