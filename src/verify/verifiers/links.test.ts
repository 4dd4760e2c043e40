// The links verifier against 127.0.0.1: status codes, redirect chains and loops, moved-to-home, soft 404s (by title
// and by likeness to a made-up sibling), Retry-After, 5xx, timeouts, one request at a time per host, the per-run cap.
import { expect, test } from 'vitest';
import type { LinkRef } from '../../core/report';
import type { Route } from '../../../tests/helpers/http-server';
import { serverPerTest } from '../../../tests/helpers/server-per-test';
import { link, report } from '../../../tests/helpers/report';
import { runOne } from '../../../tests/helpers/verify-run';
import { linkHealth, type LinkVerdict } from '../link-health';
import { createPageFetcher } from '../page-fetch';
import { linksVerifier } from './links';

const serve = serverPerTest();

const page = (title: string, text: string): Route => ({
  headers: { 'content-type': 'text/html' },
  body: `<html><head><title>${title}</title></head><body><p>${text}</p></body></html>`,
});
const ARTICLE = page(
  'Tail latency at scale',
  'Hedged requests cut the 99.9th percentile from 1,800 ms to 74 ms.',
);
const SOFT = (path: string) =>
  page(
    'Acme blog',
    `Sorry, there is nothing at ${path}. Browse our latest posts about widgets and gadgets instead.`,
  );

async function check(routes: Record<string, Route>, path = '/blog/post', timeoutMs = 400): Promise<LinkRef> {
  const server = await serve(routes);
  const r = report({ links: [link({ text: 'the study', href: `${server.url}${path}` })] });
  return (await runOne(linksVerifier, r, server.url, { config: { timeoutMs } })).links[0]!;
}

test.each<[string, Record<string, Route>, Partial<LinkRef>, RegExp]>([
  ['found (200)', { '/blog/post': ARTICLE }, { status: 'ok' }, /HTTP 200/],
  ['not found (404)', { '/blog/post': { status: 404 } }, { status: 'broken' }, /HTTP 404/],
  ['gone (410)', { '/blog/post': { status: 410 } }, { status: 'broken' }, /HTTP 410/],
  [
    'HEAD refused (405), GET 200',
    { 'HEAD /blog/post': { status: 405 }, 'GET /blog/post': ARTICLE },
    { status: 'ok' },
    /200/,
  ],
  [
    'a redirect chain (301, 302, 200) is followed and reported',
    {
      '/blog/post': { status: 301, headers: { location: '/blog/2024/post' } },
      '/blog/2024/post': { status: 302, headers: { location: '/articles/post' } },
      '/articles/post': ARTICLE,
    },
    { status: 'ok', finalUrl: expect.stringMatching(/\/articles\/post$/) },
    /after a redirect to/,
  ],
  [
    'a redirect loop is unknown, not broken',
    {
      '/blog/post': { status: 302, headers: { location: '/blog/other' } },
      '/blog/other': { status: 302, headers: { location: '/blog/post' } },
    },
    { status: 'unknown' },
    /could not connect/,
  ],
  [
    'a deep link redirected to the home page',
    { '/blog/post': { status: 301, headers: { location: '/' } }, '/': page('Acme', 'Welcome to Acme.') },
    { status: 'moved-to-home', finalUrl: expect.stringMatching(/\/$/) },
    /home page/,
  ],
  [
    'a soft 404 by its title',
    { '/blog/post': page('Page not found | Acme', 'Sorry.') },
    { status: 'soft-404' },
    /title says "Page not found/,
  ],
  [
    '429 with a short Retry-After is waited out',
    {
      'HEAD /blog/post': [{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }],
      'GET /blog/post': ARTICLE,
    },
    { status: 'ok' },
    /HTTP 200/,
  ],
  [
    '429 with a long Retry-After',
    { '/blog/post': { status: 429, headers: { 'retry-after': '600' } } },
    { status: 'unknown' },
    /429/,
  ],
  ['5xx', { '/blog/post': { status: 503 } }, { status: 'unknown' }, /HTTP 503/],
  ['timeout', { '/blog/post': { hang: true } }, { status: 'unknown' }, /timed out after 400 ms/],
  [
    'a slow body (headers, then nothing)',
    { 'HEAD /blog/post': { status: 200 }, 'GET /blog/post': { stall: true, body: 'x'.repeat(5000) } },
    { status: 'ok' },
    /HTTP 200/,
  ],
])('%s', async (_name, routes, want, reason) => {
  const got = await check(routes);
  expect(got).toMatchObject(want);
  expect(got.reason).toMatch(reason);
});

// The probe's path carries a random token; with a fixed one its answer can be recorded.
async function health(routes: Record<string, Route>): Promise<LinkVerdict> {
  const server = await serve(routes);
  const pages = createPageFetcher({
    fetch: globalThis.fetch,
    signal: new AbortController().signal,
    timeoutMs: 400,
    maxPages: 10,
    allowPrivateHosts: true,
  });
  return linkHealth(`${server.url}/blog/post`, pages, 'fixed');
}

test('a 200 page just like the one the host serves for a made-up sibling is a soft 404', async () => {
  const got = await health({
    '/blog/post': SOFT('/blog/post'),
    '/blog/claimlens-probe-fixed': SOFT('/blog/claimlens-probe-fixed'),
  });
  expect(got).toMatchObject({ status: 'soft-404', reason: expect.stringMatching(/same content/) });
});

test('a 200 page of its own, on a host that answers 200 for anything, is ok', async () => {
  const got = await health({
    '/blog/post': ARTICLE,
    '/blog/claimlens-probe-fixed': SOFT('/blog/claimlens-probe-fixed'),
  });
  expect(got.status).toBe('ok');
});

test('one request at a time per host, each URL asked once per run', async () => {
  const server = await serve({ '/a': { ...ARTICLE, delayMs: 50 }, '/b': { ...ARTICLE, delayMs: 50 } });
  const links = ['/a', '/b', '/a', '/b'].map((p, i) =>
    link({ id: `l${i}`, text: 'x', href: `${server.url}${p}` }),
  );
  const out = await runOne(linksVerifier, report({ links }), server.url);
  expect(out.links.map((l) => l.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  expect(server.maxInFlight).toBe(1);
  const asked = server.requests.map((r) => `${r.method} ${r.url}`).filter((r) => !r.includes('probe'));
  expect(asked.sort()).toEqual(['GET /a', 'GET /b', 'HEAD /a', 'HEAD /b']);
});

test('past the per-run cap links stay unchecked, and say why', async () => {
  const server = await serve({ '/a': ARTICLE, '/b': ARTICLE, '/c': ARTICLE });
  const links = ['/a', '/b', '/c'].map((p, i) => link({ id: `l${i}`, text: 'x', href: `${server.url}${p}` }));
  const out = await runOne(linksVerifier, report({ links }), server.url, { config: { maxPages: 2 } });
  expect(out.links.map((l) => l.status)).toEqual(['ok', 'ok', 'unchecked']);
  expect(out.links[2]!.reason).toMatch(/per-run limit of 2/);
  expect(server.requests.some((r) => r.url === '/c')).toBe(false);
});

test('a private address is not asked unless allowed', async () => {
  const server = await serve({ '/a': ARTICLE });
  const r = report({ links: [link({ text: 'x', href: `${server.url}/a` })] });
  const out = await runOne(linksVerifier, r, server.url, { config: { allowPrivateHosts: false } });
  expect(out.links[0]).toMatchObject({ status: 'unchecked', reason: expect.stringMatching(/private/) });
  expect(server.requests).toEqual([]);
});

test('placeholders, missing links and non-web links are left alone', () => {
  const r = report({
    links: [
      link({ text: '(link)', href: null, status: 'placeholder' }),
      link({ text: 'mail', href: 'mailto:a@b.org' }),
    ],
  });
  expect(linksVerifier.wants(r, {} as never)).toBe(false);
});
