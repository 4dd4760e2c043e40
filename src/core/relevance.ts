// Link relevance: a link supports a claim only when it plausibly concerns it. A link to a product page, a link in
// another clause of the sentence, or a link in the next sentence about something else does not make a claim
// "linked"; a pointer ("the full list is [here]", "[our benchmark] shows ...") does.
import { twinned } from './ascii-twin';
import type { Citation } from './citations';

// Words a pointer sentence uses to hand the reader a source.
const POINTER =
  /\b(?:here|full\s+(?:list|results|data|report|details)|details|detailed|(?:more|the|exact)\s+numbers|refer\s+to|consult|source[sd]?|raw|traces?|logs|public(?:ly)?|available|open[- ]sourced?|according\s+to|data|report(?:s|ed)?|stud(?:y|ies)|survey|paper|benchmarks?|results|found|shows?|showed|measured|published|documented|see|read|analysis|dataset|notebook|repository|repo)\b/i;
// A sentence of examples: "Like Discourse seeing a [15.8% speedup](url), [Lobsters seeing 26%](url) ...", "For
// instance, [Acme](url) ...": its links are the cases the claim before it sums up.
const EXAMPLES = /^\W*(?:like|for\s+(?:example|instance)|e\.g\.|such\s+as|examples?\s+include)\b/i;
// Evidence kinds that are citations by nature (markers, DOIs, author-year): always about their sentence.
const SCHOLARLY = new Set(['footnote', 'anchor', 'doi', 'arxiv', 'author-year', 'source', 'according-to']);
const STOP = new Set([
  'about',
  'after',
  'again',
  'being',
  'could',
  'every',
  'first',
  'their',
  'there',
  'these',
  'those',
  'which',
  'while',
  'would',
  'other',
  'where',
  'under',
  'https',
  'www',
  'html',
  'index',
  'com',
  'org',
  'blog',
  'posts',
]);

/**
 * Why: "Upgrading takes less than an hour; the [migration guide] lists every change": a link in another clause
 * (after ";", ":" or a dash) is about that clause. Scholarly citations and links in the claim's clause stay relevant.
 */
export function sameClause(sentence: string, claimAt: number, citeAt: number): boolean {
  const [a, b] = claimAt < citeAt ? [claimAt, citeAt] : [citeAt, claimAt];
  // A separator inside brackets ("(Halloran, 2020; [replication](...))") splits a citation list, not the sentence.
  // So does an aside set off by a pair of dashes ("revenues for big data – the services they provide – will grow").
  let between = sentence
    .slice(a, b)
    .replace(/\([^()]*\)?|\[[^\]]*\]?/g, ' ')
    .replace(/\s[-–—]\s[^;:–—]{1,160}?\s[-–—]\s/g, ' ');
  // After a cited study, a dash that opens what it found ("studies that [Amazon did](...) – one showing that ...")
  // goes on about the source.
  if (citeAt < claimAt) between = between.replace(FINDING_AFTER_DASH, ' ');
  return !/[;:]|\s[-–—]\s/.test(between);
}

const FINDING_AFTER_DASH =
  /\s[-–—]\s(?=(?:(?:one|two|several|some|many|most|each|both|all)\s+(?:of\s+(?:them|which)\s+)?)?(?:showing|finding|found|showed|shows|suggesting|concluding|which\s+(?:shows?|showed|found|finds|suggests?|concluded))\b)/giu;

// Where one clause ends and the next begins: ";", ":", a spaced dash, or a comma before "which", "but", "so", ...
const CLAUSE_BREAK = /[;:]\s|\s[-–—]\s|,\s+(?:which|while|whereas|but|so|because|since|although|though)\b/g;

/**
 * Why: "Almost every production store is built on an LSM tree, which makes the choice of strategy ...": the words a
 * source must share with a claim are those of the claim's own clause, not of what the sentence goes on to say.
 */
export function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

/**
 * Why: a link to a product or landing page ("/neo/", "/pricing", "https://tailwindcss.com") is marketing, not
 * evidence: a site's home page, a one-level page of the article's own site, or a one-level sales page of any site
 * ("/customers", "/features"). A link whose text names a source
 * ("our 2026 survey", "the benchmark report") is evidence wherever it points.
 */
export function isProductPage(href: string | undefined, text: string, articleUrl: string | null): boolean {
  if (!href || SOURCE_TEXT.test(text)) return false;
  const url = partsOf(href);
  if (!url || url.hash || /\.(?:pdf|csv|json|ipynb)$/i.test(url.path)) return false;
  const own = url.host === null || (articleUrl !== null && partsOf(articleUrl)?.host === url.host);
  const segments = url.path.split('/').filter(Boolean);
  // A site's home page is its shop window, whatever the link says ("[Tailwind CSS](https://tailwindcss.com)",
  // "[LanceDB is the simpler, faster choice](https://www.lancedb.com)"), unless its words name a source or the site
  // is one that serves data ("status.acme.dev", "traces.corvane.org").
  return (
    (segments.length === 0 && url.host !== null && !DATA_HOST.test(url.host)) ||
    // ("2025-financials/", with no leading slash, is relative to the article: a page below it, not a top-level one)
    (own && segments.length <= 1 && (url.host !== null || url.path.startsWith('/') || url.path === '')) ||
    (segments.length === 1 && MARKETING_PATH.test(segments[0]!))
  );
}

const DATA_HOST =
  /^(?:status|data|stats|bench(?:marks?)?|traces|metrics|reports?|research|results|dashboards?|grafana|perf)\./;

// One-level pages a vendor shows to sell, on any host: "https://reflow.dev/customers" lists logos, not the data
// behind "40% of the Fortune 500". (A pricing page is a price's source, so it is not one of them.)
const MARKETING_PATH =
  /^(?:customers|testimonials|case-studies|features|platform|products?|solutions|enterprise|why-[\w-]+)\/?$/i;

/**
 * Why: the host of a link to a site's home page ("https://www.swebench.com/" -> "swebench.com"), else null: where the
 * article calls that home page a source, it is one (support.ts, sourceHomes).
 */
export function homePageHost(href: string | undefined): string | null {
  const url = href ? partsOf(href) : null;
  if (!url || url.host === null || url.hash || url.path.split('/').some(Boolean)) return null;
  return url.host.replace(/^www\./, '');
}

/** Why: link text that names a source ("our 2026 survey", "the benchmark report") is evidence wherever it points. */
export function namesASource(text: string): boolean {
  return SOURCE_TEXT.test(text);
}

/** Why: a relative link, or one to the article's own host: the vendor speaking about itself. */
export function isOwnSite(href: string | undefined, articleUrl: string | null): boolean {
  if (!href) return false;
  const url = partsOf(href);
  if (!url) return false;
  return url.host === null || (articleUrl !== null && partsOf(articleUrl)?.host === url.host);
}

// Host (null for a relative link), path and fragment of an href, without the URL class (the core has no DOM lib).
function partsOf(href: string): { host: string | null; path: string; hash: boolean } | null {
  const m = /^(?:([a-z][a-z0-9+.-]*):)?(?:\/\/([^/?#\s]*))?([^?#\s]*)(?:\?[^#\s]*)?(#\S*)?$/i.exec(
    href.trim(),
  );
  if (!m) return null;
  if (m[1] && !/^https?$/i.test(m[1])) return null;
  const host = m[2]
    ? m[2]
        .replace(/^[^@]*@/, '')
        .replace(/:\d*$/, '')
        .toLowerCase()
    : null;
  return { host, path: m[3] ?? '', hash: (m[4] ?? '').length > 1 };
}

// Link text that names a source rather than a product.
const SOURCE_TEXT =
  /\b(?:survey|report|study|paper|benchmark|data|dataset|analysis|research|results|statistics|stats|docs|documentation|post|article|blog|announcement|release\s+notes|changelog|whitepaper|case\s+study)\b/i;

/**
 * Why: a link in the sentence before or after a claim backs it only when that sentence points at a source, or the
 * link shares a content word with the claim's sentence ("[Statista](...)" beside "5.07 billion internet users"
 * shares "internet" through its URL or text).
 */
export function concernsClaim(c: Citation, neighbour: string, claimSentence: string): boolean {
  if (SCHOLARLY.has(c.evidence.kind)) return true;
  if (POINTER.test(neighbour) || EXAMPLES.test(neighbour)) return true;
  const words = sentenceWords(claimSentence);
  for (const w of linkWords(c)) if (words.has(w)) return true;
  return false;
}

// A claim's sentence is asked about once per link near it, and sentences repeat across the claims they hold: the
// last sentence's words are kept. A link's words are read once per link.
let lastSentence: string | null = null;
let lastWords = new Set<string>();
function sentenceWords(sentence: string): Set<string> {
  if (sentence !== lastSentence) {
    lastWords = contentWords(sentence);
    lastSentence = sentence;
  }
  return lastWords;
}
const linkWordCache = new WeakMap<Citation['evidence'], { key: string; words: Set<string> }>();
function linkWords(c: Citation): Set<string> {
  const key = `${c.evidence.text} ${c.evidence.href ?? ''}`;
  const cached = linkWordCache.get(c.evidence);
  if (cached && cached.key === key) return cached.words;
  const words = contentWords(`${c.evidence.text} ${decodeURIComponentSafe(c.evidence.href ?? '')}`);
  linkWordCache.set(c.evidence, { key, words });
  return words;
}

/** Why: whether two texts' content words (contentWords) have `n` in common, counted until there are. */
export function sharesWords(a: Set<string>, b: Set<string>, n: number): boolean {
  let shared = 0;
  for (const w of b) if (a.has(w) && ++shared >= n) return true;
  return false;
}

/** Why: the words that carry a sentence's topic (five letters and up, stemmed to seven, stop words dropped). */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  for (const w of lower.match(LONG_WORD.on(lower)) ?? []) if (!STOP.has(w)) out.add(w.slice(0, 7));
  return out;
}
const LONG_WORD = twinned(/\p{L}{5,}/gu);

function decodeURIComponentSafe(href: string): string {
  try {
    return decodeURIComponent(href).replace(/[/_.-]+/g, ' ');
  } catch {
    // URIError: a malformed escape in a page's href; its raw words still count
    return href.replace(/[/_.-]+/g, ' ');
  }
}

/**
 * Why: "[SWE Bench Lite benchmark](https://www.swebench.com)" makes that home page a source (a leaderboard, a data
 * site), so the article's other links to it back what their words state ("[19.0% AutoCodeRover](
 * https://www.swebench.com/)") instead of counting as a shop window. The hosts whose home page a link naming a source
 * points at.
 */
export function sourceHomes(citations: Citation[]): Set<string> {
  let homes = homesCache.get(citations);
  if (!homes) {
    homes = new Set();
    for (const c of citations) {
      if (!c.followable || c.evidence.kind !== 'link' || !namesASource(c.evidence.text)) continue;
      const host = homePageHost(c.evidence.href);
      if (host) homes.add(host);
    }
    homesCache.set(citations, homes);
  }
  return homes;
}
const homesCache = new WeakMap<Citation[], Set<string>>();

// "ARM chips have been shown to expose ...", then "contributors can write new [`EnergyMonitor`](crates.io/...)
// implementations": a package's or a source file's page is no study of what "has been shown".
const CODE_PAGE =
  /^https?:\/\/(?:www\.)?(?:crates\.io|npmjs\.com|pypi\.org|pkg\.go\.dev|rubygems\.org|packagist\.org|github\.com\/[^/]+\/[^/]+\/(?:blob|tree)\/)/i;
/** Why: a package's or a source file's page (see above) backs no finding. */
export const isCodePage = (c: Citation): boolean =>
  c.evidence.kind === 'link' && CODE_PAGE.test(c.evidence.href ?? '');
