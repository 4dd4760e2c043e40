// The cited-works verifier against a 127.0.0.1 stand-in for Crossref, doi.org and arXiv replaying recorded answers:
// found, not found, ambiguous, 429 with Retry-After, 5xx, timeouts, throttling; failures are unknown, never not-found.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Evidence } from '../../core/report';
import { recorded, type RecordedResponse, type Route } from '../../../tests/helpers/http-server';
import { serverPerTest } from '../../../tests/helpers/server-per-test';
import { claim, report } from '../../../tests/helpers/report';
import { runOne } from '../../../tests/helpers/verify-run';
import { memoryCache } from '../cache';
import { citedWorksVerifier } from './cited-works';

const serve = serverPerTest();
const xml = (file: string): RecordedResponse => ({
  headers: { 'content-type': 'application/atom+xml' },
  body: readFileSync(new URL(`../../../tests/recordings/${file}`, import.meta.url), 'utf8'),
});

const SEARCH =
  '/works?query.author=Koomey&query.bibliographic=Koomey+et+al.%2C+2016&filter=from-pub-date%3A2016%2Cuntil-pub-date%3A2016&rows=5';
const koomey: Evidence = { kind: 'author-year', text: 'Koomey et al., 2016' };
const doi: Evidence = {
  kind: 'doi',
  text: '10.1126/science.aba3758',
  href: 'https://doi.org/10.1126/science.aba3758',
};
const arxiv: Evidence = { kind: 'arxiv', text: 'arXiv:2107.03374', href: 'https://arxiv.org/abs/2107.03374' };

async function lookUp(evidence: Evidence, routes: Record<string, Route>, timeoutMs = 400) {
  const server = await serve(routes);
  const r = report({ claims: [claim({ text: '1%', support: 'cited-unlinked', evidence: [evidence] })] });
  const out = await runOne(citedWorksVerifier, r, server.url, { config: { timeoutMs } });
  return { work: out.claims[0]!.evidence[0]!.work, server };
}

const one = (family: string, year: number, title: string) => ({
  status: 200,
  body: {
    status: 'ok',
    message: {
      items: [{ DOI: '10.1/x', title: [title], author: [{ family }], issued: { 'date-parts': [[year]] } }],
    },
  },
});
const two = {
  status: 200,
  body: {
    status: 'ok',
    message: {
      items: [
        { DOI: '10.1/a', title: ['A'], author: [{ family: 'Koomey' }], issued: { 'date-parts': [[2016]] } },
        { DOI: '10.1/b', title: ['B'], author: [{ family: 'Koomey' }], issued: { 'date-parts': [[2016]] } },
      ],
    },
  },
};

test.each<[string, Route, string, RegExp]>([
  [
    'one first-author match: found, as a candidate',
    one('Koomey', 2016, 'Energy report'),
    'found',
    /candidate.*not proof/,
  ],
  ['two first-author matches: ambiguous', two, 'ambiguous', /2 works from 2016/],
  ['only as a co-author: ambiguous', recorded('crossref/search-koomey-2016.json'), 'ambiguous', /co-author/],
  [
    'nothing that year: not found',
    recorded('crossref/search-empty.json'),
    'not-found',
    /no work by Koomey from 2016/,
  ],
  ['another author only: not found', one('Smith', 2016, 'Other'), 'not-found', /no work/],
  [
    '429 with a short Retry-After, then found',
    [{ status: 429, headers: { 'retry-after': '0' } }, one('Koomey', 2016, 'E')],
    'found',
    /candidate/,
  ],
  [
    '429 with a long Retry-After',
    { status: 429, headers: { 'retry-after': '900' } },
    'unknown',
    /rate-limiting/,
  ],
  ['5xx', { status: 500 }, 'unknown', /HTTP 500/],
  [
    'a captive portal (HTML 200)',
    { status: 200, body: '<html>log in</html>' },
    'unknown',
    /without a list of works/,
  ],
  ['timeout', { hang: true }, 'unknown', /timed out after 400 ms/],
  ['an oversized, slow body', { stall: true, body: 'x'.repeat(100_000) }, 'unknown', /timed out/],
])('author-year: %s', async (_name, route, status, reason) => {
  const { work, server } = await lookUp(koomey, { [`GET ${SEARCH}`]: route });
  expect(work).toMatchObject({ status, service: 'crossref', query: 'Koomey et al., 2016' });
  expect(work!.reason).toMatch(reason);
  // Only the surname, the year and the citation as written were sent.
  expect(server.requests[0]!.url).toBe(SEARCH);
});

test('a found candidate carries its title, year and DOI link', async () => {
  const { work } = await lookUp(koomey, { [`GET ${SEARCH}`]: one('Koomey', 2016, 'Energy report') });
  expect(work!.work).toEqual({
    title: 'Energy report',
    year: 2016,
    authors: 'Koomey',
    doi: '10.1/x',
    url: 'https://doi.org/10.1/x',
  });
});

test.each<[string, Record<string, Route>, string, RegExp]>([
  [
    'resolves, with Crossref metadata',
    {
      '/api/handles/10.1126/science.aba3758': recorded('doi/handle-found.json'),
      '/works/10.1126%2Fscience.aba3758': recorded('crossref/work-science-aba3758.json'),
    },
    'found',
    /resolves to “Recalibrating global data center energy-use estimates” \(2020\)/,
  ],
  [
    'does not resolve',
    { '/api/handles/10.1126/science.aba3758': recorded('doi/handle-not-found.json') },
    'not-found',
    /doi.org does not know/,
  ],
  [
    'doi.org down, Crossref has it',
    {
      '/api/handles/10.1126/science.aba3758': { status: 503 },
      '/works/10.1126%2Fscience.aba3758': recorded('crossref/work-science-aba3758.json'),
    },
    'found',
    /Crossref has the DOI/,
  ],
  [
    'doi.org down, Crossref has no record',
    {
      '/api/handles/10.1126/science.aba3758': { hang: true },
      '/works/10.1126%2Fscience.aba3758': recorded('crossref/work-not-found.json'),
    },
    'unknown',
    /timed out/,
  ],
])('DOI: %s', async (_name, routes, status, reason) => {
  const { work } = await lookUp(doi, routes);
  expect(work).toMatchObject({ status, query: '10.1126/science.aba3758' });
  expect(work!.reason).toMatch(reason);
});

test.each<[string, Route, string, RegExp]>([
  ['found', xml('arxiv/found.xml'), 'found', /Evaluating Large Language Models Trained on Code/],
  ['not in the feed', xml('arxiv/empty.xml'), 'not-found', /no paper 2107.03374/],
  ['an error entry', xml('arxiv/error.xml'), 'unknown', /could not read the query/],
  ['throttled ("Rate exceeded.")', { status: 200, body: 'Rate exceeded.' }, 'unknown', /without a feed/],
  ['5xx', { status: 503, headers: { 'retry-after': '100' } }, 'unknown', /unavailable/],
])('arXiv: %s', async (_name, route, status, reason) => {
  const { work } = await lookUp(arxiv, { 'GET /api/query?id_list=2107.03374&max_results=1': route });
  expect(work).toMatchObject({ status, service: 'arxiv', query: '2107.03374' });
  expect(work!.reason).toMatch(reason);
});

test('arXiv is asked in batches, no faster than one request per 3 s', async () => {
  const ids = Array.from({ length: 21 }, (_, i) => `2101.${String(10000 + i)}`);
  const at: number[] = [];
  const server = await serve({
    '/api/query': () => (at.push(Date.now()), xml('arxiv/empty.xml')),
  });
  const claims = ids.map((id, i) =>
    claim({
      id: `c${i}`,
      text: `${i}%`,
      support: 'linked',
      evidence: [{ kind: 'arxiv', text: `arXiv:${id}` }],
    }),
  );
  const out = await runOne(citedWorksVerifier, report({ claims }), server.url);
  expect(server.requests.map((r) => r.url.split('&')[0]!.split(',').length)).toEqual([20, 1]);
  expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(2900);
  expect(out.claims.every((c) => c.evidence[0]!.work?.status === 'not-found')).toBe(true);
}, 15_000);

test('answers are cached (never unknown ones) and equal citations share one lookup', async () => {
  const server = await serve({ [`GET ${SEARCH}`]: one('Koomey', 2016, 'E') });
  const cache = memoryCache();
  const claims = [0, 1].map((i) =>
    claim({ id: `c${i}`, text: `${i}%`, support: 'cited-unlinked', evidence: [koomey] }),
  );
  await runOne(citedWorksVerifier, report({ claims }), server.url, { cache });
  const again = await runOne(citedWorksVerifier, report({ claims }), server.url, { cache });
  expect(server.requests).toHaveLength(1);
  expect(again.claims[1]!.evidence[0]!.work?.status).toBe('found');
});

test('a linked author-year citation, a plain link and an attribution are not looked up', () => {
  const r = report({
    claims: [
      claim({
        text: '1%',
        evidence: [
          { kind: 'author-year', text: 'Koomey et al., 2016', href: 'https://example.org/k' },
          { kind: 'link', text: 'report', href: 'https://example.org/r' },
          { kind: 'according-to', text: 'according to analysts' },
        ],
      }),
    ],
  });
  expect(citedWorksVerifier.wants(r, {} as never)).toBe(false);
});
