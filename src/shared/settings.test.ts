import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  autoHighlightWanted,
  coveringWildcard,
  isHexColor,
  normalizeSettings,
  normalizeSite,
  parseBaseUrl,
  siteMatches,
  siteOf,
  wantedPatterns,
  type Settings,
} from './settings';

describe('normalizeSite', () => {
  test.each([
    ['example.org', 'https://example.org'],
    ['https://Blog.Example.org/post/1?x=1#y', 'https://blog.example.org'],
    ['http://127.0.0.1:8080/a', 'http://127.0.0.1'],
    ['*.example.org', 'https://*.example.org'],
    ['localhost', 'https://localhost'],
    ['  news.ycombinator.com  ', 'https://news.ycombinator.com'],
    ['ftp://example.org', null],
    ['javascript:alert(1)', null],
    ['exa mple.org', null],
    ['999.1.1.1', null],
    ['', null],
    ['a'.repeat(400) + '.org', null],
    ['https://*.*.example.org', null],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });
});

describe('siteMatches', () => {
  test.each([
    ['https://example.org', 'https://example.org/post', true],
    ['https://example.org', 'http://example.org/post', false],
    ['https://example.org', 'https://blog.example.org/post', false],
    ['https://*.example.org', 'https://blog.example.org/post', true],
    ['https://*.example.org', 'https://example.org/', true],
    ['https://*.example.org', 'https://badexample.org/', false],
    ['http://127.0.0.1', 'http://127.0.0.1:4173/x', true],
    ['https://example.org', 'chrome://settings', false],
    ['https://example.org', 'not a url', false],
  ])('%s on %s: %s', (site, url, expected) => {
    expect(siteMatches(site, url)).toBe(expected);
  });
});

describe('autoHighlightWanted: the popup and the background give one answer', () => {
  const sites = ['https://*.example.org', 'https://news.test'];
  test.each<[string, Pick<Settings, 'highlightMode' | 'sites'>, string, boolean]>([
    ['a wildcard covers a subdomain', { highlightMode: 'sites', sites }, 'https://blog.example.org/p', true],
    ['a wildcard covers its domain', { highlightMode: 'sites', sites }, 'https://example.org/', true],
    ['an exact site', { highlightMode: 'sites', sites }, 'https://news.test/a', true],
    ['not listed', { highlightMode: 'sites', sites }, 'https://other.test/', false],
    ['listed, but the mode is off', { highlightMode: 'off', sites }, 'https://news.test/a', false],
    ['all sites', { highlightMode: 'all', sites: [] }, 'https://any.test/', true],
    ['all sites, but not a web page', { highlightMode: 'all', sites: [] }, 'chrome://extensions', false],
  ])('%s', (_name, settings, url, expected) => {
    expect(autoHighlightWanted(settings, url)).toBe(expected);
    // The popup asks with the tab's site ("https://blog.example.org"), the background with its URL.
    const site = siteOf(url);
    if (site) expect(autoHighlightWanted(settings, site)).toBe(expected);
  });

  test.each([
    [['https://*.example.org'], 'https://blog.example.org', 'https://*.example.org'],
    [
      ['https://*.example.org', 'https://blog.example.org'],
      'https://blog.example.org',
      'https://*.example.org',
    ],
    [['https://blog.example.org'], 'https://blog.example.org', null],
    [['https://*.blog.example.org'], 'https://blog.example.org', 'https://*.blog.example.org'],
    [['https://*.example.org'], 'https://example.net', null],
  ])('coveringWildcard(%j, %s) = %s', (list, site, expected) => {
    expect(coveringWildcard(list, site)).toBe(expected);
  });
});

describe('normalizeSettings', () => {
  test.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['garbage', 'not an object', DEFAULT_SETTINGS],
    ['a bad mode', { highlightMode: 'sometimes' }, DEFAULT_SETTINGS],
    [
      'sites normalised and deduplicated',
      { highlightMode: 'sites', sites: ['example.org', 'https://example.org/x', 42, 'bad site'] },
      { ...DEFAULT_SETTINGS, highlightMode: 'sites', sites: ['https://example.org'] },
    ],
    [
      'a CSS injection in a colour',
      { colors: { unsupported: 'red; } body { display: none' } },
      DEFAULT_SETTINGS,
    ],
    [
      'a valid colour',
      { colors: { linked: '#123abc' } },
      { ...DEFAULT_SETTINGS, colors: { ...DEFAULT_SETTINGS.colors, linked: '#123abc' } },
    ],
    ['a javascript: endpoint', { depsdevUrl: 'javascript:alert(1)' }, DEFAULT_SETTINGS],
    [
      'a local endpoint',
      { pypiUrl: 'http://127.0.0.1:9000/' },
      { ...DEFAULT_SETTINGS, pypiUrl: 'http://127.0.0.1:9000' },
    ],
    ['online off', { online: false }, { ...DEFAULT_SETTINGS, online: false }],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeSettings(raw)).toEqual(expected);
  });

  test('a huge site list is capped', () => {
    const sites = Array.from({ length: 2000 }, (_, i) => `site${i}.example.org`);
    expect(normalizeSettings({ sites }).sites).toHaveLength(500);
  });
});

describe('helpers', () => {
  test.each([
    ['#fff', true],
    ['#E69F00', true],
    ['#E69F0', false],
    ['red', false],
    ['#fff;}', false],
    [42, false],
  ])('isHexColor(%j) = %s', (v, ok) => expect(isHexColor(v)).toBe(ok));

  test.each([
    ['https://api.deps.dev/', { ok: true, url: 'https://api.deps.dev' }],
    [' http://127.0.0.1:8080/mirror/ ', { ok: true, url: 'http://127.0.0.1:8080/mirror' }],
    ['https://pypi.org/?q=1', { ok: false, problem: 'must not have a query or fragment' }],
    ['https://user:pw@pypi.org', { ok: false, problem: 'must not hold a user name or password' }],
    ['file:///etc/passwd', { ok: false, problem: 'must be an http(s) URL' }],
    ['pypi.org', { ok: false, problem: 'is not a valid URL' }],
    [null, { ok: false, problem: 'is not a valid URL' }],
  ])('parseBaseUrl(%j) = %j', (v, out) => expect(parseBaseUrl(v)).toEqual(out));

  test.each([
    ['https://example.org:8443/a?b', 'https://example.org'],
    ['chrome://extensions', null],
    [null, null],
    ['nonsense', null],
  ])('siteOf(%j) = %j', (url, site) => expect(siteOf(url)).toBe(site));

  test.each([
    [{ highlightMode: 'off' as const, sites: ['https://a.org'] }, []],
    [{ highlightMode: 'all' as const, sites: [] }, ['<all_urls>']],
    [
      { highlightMode: 'sites' as const, sites: ['https://a.org', 'http://127.0.0.1'] },
      ['https://a.org/*', 'http://127.0.0.1/*'],
    ],
  ])('wantedPatterns(%j)', (s, patterns) => expect(wantedPatterns(s)).toEqual(patterns));
});

describe('online check switches and endpoints', () => {
  test('links and source mentions start off (they need a permission); the lookups start on', () => {
    expect(DEFAULT_SETTINGS.checks).toEqual({
      imports: true,
      'package-risk': true,
      'cited-works': true,
      links: false,
      'source-mentions': false,
    });
  });

  test('each switch falls back to its default on its own; junk endpoints and addresses are dropped', () => {
    const s = normalizeSettings({
      checks: { links: true, 'cited-works': 'yes', bogus: true },
      crossrefUrl: 'http://127.0.0.1:9/',
      doiUrl: 'javascript:alert(1)',
      arxivUrl: 'https://arxiv.example/?q=1',
      packagistUrl: 'https://packagist.example',
      mailto: 'me@example.org&rows=1000',
    });
    expect(s.checks).toEqual({ ...DEFAULT_SETTINGS.checks, links: true });
    expect(s.crossrefUrl).toBe('http://127.0.0.1:9');
    expect(s.doiUrl).toBe(DEFAULT_SETTINGS.doiUrl);
    expect(s.arxivUrl).toBe(DEFAULT_SETTINGS.arxivUrl);
    expect(s.packagistUrl).toBe('https://packagist.example');
    expect(s.mailto).toBe('');
    expect(normalizeSettings({ mailto: ' me@example.org ' }).mailto).toBe('me@example.org');
  });
});
