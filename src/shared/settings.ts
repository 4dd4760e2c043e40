// User settings, shared by every browser context. Stored in storage.sync (small) with defaults here.
// Pure: no browser API here (settings-store.ts reads and writes them), so Node tests and the CLI can import it.

/** Why: automatic highlighting is the user's choice, per the least-privilege promise. */
export type HighlightMode = 'all' | 'sites' | 'off';

/** Why: the four highlight colours a user can change; link problems (placeholder, missing, broken) share one. */
export type HighlightStatus = 'unsupported' | 'cited-unlinked' | 'linked' | 'link-problem';

/** Why: every online check by id, in the order the options page lists them (each has a switch). */
export const ONLINE_CHECKS = ['imports', 'package-risk', 'cited-works', 'links', 'source-mentions'] as const;

/** Why: a check by name; src/verify/verifiers/ has one verifier per id. */
export type OnlineCheckId = (typeof ONLINE_CHECKS)[number];

/** Why: checks that request the article's own links need the optional host permission, so they start off. */
export const PAGE_CHECKS: readonly OnlineCheckId[] = ['links', 'source-mentions'];

/** Why: one place that says what a user can change, and what it is before they do. */
export interface Settings {
  highlightMode: HighlightMode;
  /** Origins ("https://example.org", "https://*.example.org") where highlighting runs when mode is 'sites'. */
  sites: string[];
  online: boolean;
  depsdevUrl: string;
  pypiUrl: string;
  /** Each online check on or off (all of them need `online`). */
  checks: Record<OnlineCheckId, boolean>;
  packagistUrl: string;
  crossrefUrl: string;
  doiUrl: string;
  arxivUrl: string;
  /** A contact address Crossref asks polite clients to send (its "polite pool"); empty sends none. */
  mailto: string;
  /** The npm registry, asked before an npm package is called missing. */
  npmUrl: string;
  colors: Record<HighlightStatus, string>;
  /** Show highlights for claims that a link backs (off by default: they are not problems). */
  showLinked?: boolean;
}

/** Why: the statuses in the order the legend and the options page list them. */
export const HIGHLIGHT_STATUSES: readonly HighlightStatus[] = [
  'unsupported',
  'cited-unlinked',
  'link-problem',
  'linked',
];

/** Why: a colour-blind-safe palette (Okabe-Ito) by default. */
export const DEFAULT_SETTINGS: Settings = {
  highlightMode: 'off',
  sites: [],
  online: true,
  depsdevUrl: 'https://api.deps.dev',
  pypiUrl: 'https://pypi.org',
  checks: {
    imports: true,
    'package-risk': true,
    'cited-works': true,
    links: false,
    'source-mentions': false,
  },
  packagistUrl: 'https://repo.packagist.org',
  crossrefUrl: 'https://api.crossref.org',
  doiUrl: 'https://doi.org',
  arxivUrl: 'https://export.arxiv.org',
  mailto: '',
  npmUrl: 'https://registry.npmjs.org',
  colors: {
    unsupported: '#E69F00',
    'cited-unlinked': '#56B4E9',
    linked: '#009E73',
    'link-problem': '#CC79A7',
  },
  showLinked: true,
};

const MAX_SITES = 500;

/**
 * Why: storage can hold anything (an older version, a hand-edited sync profile, another extension's bug);
 * every field falls back to its default instead of breaking the extension.
 */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const mode = r.highlightMode;
  const colors = (typeof r.colors === 'object' && r.colors !== null ? r.colors : {}) as Record<
    string,
    unknown
  >;
  const checks = (typeof r.checks === 'object' && r.checks !== null ? r.checks : {}) as Record<
    string,
    unknown
  >;
  const sites = Array.isArray(r.sites)
    ? [...new Set(r.sites.map((s) => (typeof s === 'string' ? normalizeSite(s) : null)))].filter(
        (s): s is string => s !== null,
      )
    : d.sites;
  return {
    highlightMode: mode === 'all' || mode === 'sites' || mode === 'off' ? mode : d.highlightMode,
    sites: sites.slice(0, MAX_SITES),
    online: typeof r.online === 'boolean' ? r.online : d.online,
    depsdevUrl: baseUrlOr(r.depsdevUrl, d.depsdevUrl),
    pypiUrl: baseUrlOr(r.pypiUrl, d.pypiUrl),
    checks: Object.fromEntries(
      ONLINE_CHECKS.map((id) => [id, typeof checks[id] === 'boolean' ? checks[id] : d.checks[id]]),
    ) as Settings['checks'],
    packagistUrl: baseUrlOr(r.packagistUrl, d.packagistUrl),
    crossrefUrl: baseUrlOr(r.crossrefUrl, d.crossrefUrl),
    doiUrl: baseUrlOr(r.doiUrl, d.doiUrl),
    arxivUrl: baseUrlOr(r.arxivUrl, d.arxivUrl),
    mailto: isMailAddress(r.mailto) ? r.mailto.trim() : d.mailto,
    npmUrl: baseUrlOr(r.npmUrl, d.npmUrl),
    colors: {
      unsupported: colorOr(colors.unsupported, d.colors.unsupported),
      'cited-unlinked': colorOr(colors['cited-unlinked'], d.colors['cited-unlinked']),
      linked: colorOr(colors.linked, d.colors.linked),
      'link-problem': colorOr(colors['link-problem'], d.colors['link-problem']),
    },
    showLinked: typeof r.showLinked === 'boolean' ? r.showLinked : d.showLinked,
  };
}

/** Why: the contact address goes into a query string; only a plain address may (or nothing). */
export function isMailAddress(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= 200 &&
    /^[^\s@?&#=]+@[^\s@?&#=]+\.[^\s@?&#=]+$/.test(value.trim())
  );
}

/** Why: the registry endpoints of a settings object, as one string: when it changes, cached answers are cleared. */
export function endpointsOf(s: Pick<Settings, 'depsdevUrl' | 'pypiUrl' | 'npmUrl' | 'packagistUrl'>): string {
  return [s.depsdevUrl, s.pypiUrl, s.npmUrl, s.packagistUrl].join(' ');
}

/** Why: colours end up inside CSS text; only a plain #rgb/#rrggbb value may get there. */
export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value);
}

function colorOr(value: unknown, fallback: string): string {
  return isHexColor(value) ? value : fallback;
}

/** Why: a base URL, or in words what is wrong with it (to follow "The deps.dev URL" or a flag's name). */
export type BaseUrl = { ok: true; url: string } | { ok: false; problem: string };

/**
 * Why: one rule for an endpoint base URL wherever one is typed (the options page, stored settings, the CLI's flags
 * and environment): http(s), no query, fragment or credentials; returned without a trailing slash.
 */
export function parseBaseUrl(value: unknown): BaseUrl {
  if (typeof value !== 'string' || value.length > 2000) return { ok: false, problem: 'is not a valid URL' };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, problem: 'is not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, problem: 'must be an http(s) URL' };
  if (url.search || url.hash) return { ok: false, problem: 'must not have a query or fragment' };
  if (url.username || url.password) return { ok: false, problem: 'must not hold a user name or password' };
  return { ok: true, url: url.href.replace(/\/+$/, '') };
}

function baseUrlOr(value: unknown, fallback: string): string {
  const parsed = parseBaseUrl(value);
  return parsed.ok ? parsed.url : fallback;
}

/**
 * Why: users type "example.org", "https://example.org/blog/post" or "*.example.org"; the site list keeps one
 * canonical form, an origin without port or path ("https://example.org", "https://*.example.org").
 * Ports are dropped because Firefox match patterns cannot hold them; a site means every port of its host.
 */
export function normalizeSite(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text || text.length > 300) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `https://${text}`;
  const m = /^(https?):\/\/(\*\.)?([^/?#:]+)(?::\d+)?(?:[/?#].*)?$/.exec(text);
  if (!m) return null;
  const [, scheme, wildcard = '', host = ''] = m;
  if (!isHostName(host)) return null;
  return `${scheme}://${wildcard}${host}`;
}

function isHostName(host: string): boolean {
  if (host === 'localhost') return true;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return host.split('.').every((p) => Number(p) <= 255);
  return /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(
    host,
  );
}

/** Why: the host permission and content-script match pattern for one site ("https://example.org/*"). */
export function sitePattern(site: string): string {
  return `${site}/*`;
}

/** Why: the popup's per-site toggle needs the site of the tab it is looking at; only web pages have one. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return `${u.protocol}//${u.hostname}`;
}

/** Why: decides whether a page belongs to a site in the list (wildcards cover subdomains and the domain). */
export function siteMatches(site: string, url: string): boolean {
  const page = siteOf(url);
  if (!page) return false;
  const [scheme, rest = ''] = site.split('://');
  const [pageScheme, pageHost = ''] = page.split('://');
  if (scheme !== pageScheme) return false;
  if (rest.startsWith('*.')) {
    const base = rest.slice(2);
    return pageHost === base || pageHost.endsWith(`.${base}`);
  }
  return pageHost === rest;
}

/**
 * Why: one answer to "do the settings ask for automatic highlighting on this page?", wildcards included, for the
 * background (which then also needs the granted permission) and the popup's "Always on" switch.
 */
export function autoHighlightWanted(
  settings: Pick<Settings, 'highlightMode' | 'sites'>,
  url: string,
): boolean {
  if (siteOf(url) === null) return false;
  if (settings.highlightMode === 'all') return true;
  return settings.highlightMode === 'sites' && settings.sites.some((s) => siteMatches(s, url));
}

/** Why: a wildcard entry that covers a site ("https://*.example.org" for a blog on it) cannot be undone per site. */
export function coveringWildcard(sites: readonly string[], site: string): string | null {
  return sites.find((s) => s !== site && s.includes('://*.') && siteMatches(s, site)) ?? null;
}

/** Why: the match patterns that automatic highlighting asks for, given the mode and the site list. */
export function wantedPatterns(settings: Pick<Settings, 'highlightMode' | 'sites'>): string[] {
  if (settings.highlightMode === 'all') return ['<all_urls>'];
  if (settings.highlightMode === 'sites') return settings.sites.map(sitePattern);
  return [];
}
