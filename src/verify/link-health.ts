// Does a link lead to the page it promised? HEAD first (a 404 needs no body), then GET (a 200 may be a page saying
// "not found"; the GET is shared with the source check of the same URL). Redirects are followed and
// reported; a deep link that lands on a site's home page is `moved-to-home`; a 200 whose title says "not found", or
// that looks like what the host serves for a made-up sibling URL, is `soft-404`. Only a clear answer accuses a link:
// every failure to get one (timeout, 429, 5xx, a redirect loop, no permission) is `unknown`.
import type { LinkStatus } from '../core/report';
import { htmlTitle, htmlToText } from './html-text';
import type { PageAnswer, PageFetcher } from './page-fetch';

/** Why: the verdict on one URL, with where it ended up when it was redirected. */
export interface LinkVerdict {
  status: Extract<LinkStatus, 'ok' | 'broken' | 'unknown' | 'moved-to-home' | 'soft-404' | 'unchecked'>;
  reason: string;
  finalUrl?: string;
}

type Response = Extract<PageAnswer, { kind: 'response' }>;

const NOT_FOUND_WORDS =
  /\b(?:404|page not found|not found|no longer (?:available|exists)|(?:does not|doesn['’]t) exist|could not be found|cannot be found|page (?:is )?missing)\b/i;
const HOME_PATHS = new Set(['/', '', '/index.html', '/index.htm', '/index.php', '/home', '/home/']);

/** Why: a link to an article that now lands on the site's front page has lost its target. */
export function isMovedToHome(from: string, to: string): boolean {
  try {
    const a = new URL(from);
    const b = new URL(to);
    const deep = a.pathname.replace(/\/+$/, '') !== '' && !HOME_PATHS.has(a.pathname);
    const localeHome = /^\/[a-z]{2}(?:-[a-z]{2})?\/?$/i.test(b.pathname);
    return deep && (HOME_PATHS.has(b.pathname) || localeHome) && !b.search;
  } catch {
    return false;
  }
}

/** Why: a sibling of the link that no site has (a "soft 404" host answers 200 for it too). */
export function probeUrl(url: string, token: string): string {
  const u = new URL(url);
  u.hash = '';
  u.search = '';
  u.pathname = `${u.pathname.replace(/[^/]*$/, '')}claimlens-probe-${token}`;
  return u.href;
}

/** Why: one token per run, so every link in one directory shares one probe. */
export function randomToken(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// Words of a page with the URL's own path words removed (soft-404 pages often echo the path they could not find).
function words(body: string, url: string): Set<string> {
  const echoed = new Set(new URL(url).pathname.toLowerCase().split(/[^a-z0-9]+/));
  const list = htmlToText(body)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !echoed.has(w));
  const shingles = new Set<string>();
  for (let i = 0; i + 2 < list.length && shingles.size < 5000; i++)
    shingles.add(`${list[i]} ${list[i + 1]} ${list[i + 2]}`);
  return shingles;
}

/** Why: two pages are "the same page" when nearly all their three-word runs are shared. */
export function samePage(a: string, aUrl: string, b: string, bUrl: string): boolean {
  const x = words(a, aUrl);
  const y = words(b, bUrl);
  if (x.size === 0 && y.size === 0) return a.trim() === b.trim();
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.max(x.size, y.size)) >= 0.85;
}

const withoutHash = (u: string): string => {
  try {
    const x = new URL(u);
    x.hash = '';
    return x.href;
  } catch {
    return u;
  }
};

function failed(a: Exclude<PageAnswer, Response>): LinkVerdict {
  return a.kind === 'skipped'
    ? { status: 'unchecked', reason: a.reason }
    : { status: 'unknown', reason: a.reason };
}

// A status code with no body to judge.
function byStatus(r: Response): LinkVerdict | null {
  const s = r.status;
  if (s === 404 || s === 410) return { status: 'broken', reason: `HTTP ${s}` };
  if (s === 429) return { status: 'unknown', reason: 'rate-limited (HTTP 429)' };
  if (s >= 500) return { status: 'unknown', reason: `server error (HTTP ${s})` };
  if (s >= 400) return { status: 'unknown', reason: `HTTP ${s}` };
  return null;
}

// HEAD is refused or mishandled by many servers (405, 403, 501, even 404): GET is the real test of a link.
const headRefused = (r: Response): boolean =>
  (r.status >= 400 && r.status < 500 && r.status !== 429) || r.status === 501;

/** Why: the one function that turns a URL into a link verdict, through the run's page fetcher. */
export async function linkHealth(url: string, pages: PageFetcher, token: string): Promise<LinkVerdict> {
  let answer = await pages.head(url);
  if (answer.kind !== 'response') return failed(answer);
  let body: string | null = null;
  if (headRefused(answer)) {
    answer = await pages.get(url);
    if (answer.kind !== 'response') return failed(answer);
    body = answer.body;
  }
  const bad = byStatus(answer);
  if (bad) return bad;
  const finalUrl = withoutHash(answer.url) !== withoutHash(url) ? answer.url : undefined;
  const moved = finalUrl ? { finalUrl } : {};
  if (finalUrl && isMovedToHome(url, finalUrl))
    return { status: 'moved-to-home', reason: `redirects to the site's home page (${finalUrl})`, finalUrl };
  const ok: LinkVerdict = {
    status: 'ok',
    reason: finalUrl ? `HTTP ${answer.status} after a redirect to ${finalUrl}` : `HTTP ${answer.status}`,
    ...moved,
  };
  // Soft 404: the page's own title may say "not found" (the GET is shared with the source check of the same URL)...
  if (body === null) {
    const got = await pages.get(url);
    if (got.kind !== 'response') return ok;
    if (got.status === 404 || got.status === 410)
      return { status: 'broken', reason: `HTTP ${got.status} (GET)` };
    if (got.status >= 300) return ok;
    body = got.body;
  }
  // ...or the host answers 200 for a page it cannot have, and this page looks just like that one.
  const target = finalUrl ?? url;
  const probe = await pages.probe(probeUrl(target, token));
  const hostSoft = probe.kind === 'response' && probe.status >= 200 && probe.status < 300;
  const title = htmlTitle(body);
  if (NOT_FOUND_WORDS.test(title))
    return {
      status: 'soft-404',
      reason: `the page answers 200 but its title says "${title.slice(0, 80)}"`,
      ...moved,
    };
  if (hostSoft && probe.kind === 'response' && samePage(body, target, probe.body, probe.url))
    return {
      status: 'soft-404',
      reason: 'the page answers 200 with the same content the site serves for a page that does not exist',
      ...moved,
    };
  return ok;
}
