// "Does the source say it?" against linked pages served on 127.0.0.1: stated (in words, in another notation, in a
// PDF), stated differently, not stated, and every way a page can be unreadable (5xx, timeout, a slow or oversized
// body, a script-only page, a paywall), which is unverifiable, never an accusation.
import { deflateSync } from 'node:zlib';
import { expect, test } from 'vitest';
import type { Claim } from '../../core/report';
import type { Route } from '../../../tests/helpers/http-server';
import { serverPerTest } from '../../../tests/helpers/server-per-test';
import { claim, report } from '../../../tests/helpers/report';
import { runOne } from '../../../tests/helpers/verify-run';
import { sourceMentionsVerifier, sourceUrl } from './source-mentions';

const serve = serverPerTest();
const SENTENCE = 'Our cooling redesign cut data center energy use by 40% across the fleet.';
const FILLER =
  '<p>The operator runs eleven sites in three countries and publishes a sustainability report each spring.</p>' +
  '<p>This year’s report covers cooling, water, procurement and the share of renewable power bought per site.</p>';
const html = (body: string): Route => ({
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!doctype html><html><head><title>Report</title><script>var share = "40%";</script></head><body><nav>Home</nav><article>${body}${FILLER}</article></body></html>`,
});

function pdf(text: string): Route {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const z = deflateSync(Buffer.from(content, 'latin1'));
  const head = `%PDF-1.4\n1 0 obj\n<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`;
  const body = Buffer.concat([
    Buffer.from(head, 'latin1'),
    z,
    Buffer.from('\nendstream\nendobj\n%%EOF', 'latin1'),
  ]);
  return { headers: { 'content-type': 'application/pdf' }, body: new Uint8Array(body) };
}

async function sourceOf(route: Route, over: Partial<Claim> = {}, timeoutMs = 400) {
  const server = await serve({ '/report': route });
  const href = `${server.url}/report`;
  const c = claim({
    text: '40%',
    value: 40,
    unit: '%',
    sentence: SENTENCE,
    support: 'linked',
    evidence: [{ kind: 'link', text: 'the operator’s report', href }],
    ...over,
  });
  const out = await runOne(sourceMentionsVerifier, report({ claims: [c] }), server.url, {
    config: { timeoutMs },
  });
  return { source: out.claims[0]!.source, server };
}

test.each<[string, Route, string, RegExp]>([
  [
    'stated as "40%"',
    html('<p>Data center energy use fell 40% across the fleet after the cooling redesign.</p>'),
    'stated',
    /40%/,
  ],
  [
    'stated as "forty per cent"',
    html('<p>The fleet’s data center energy use fell by forty per cent.</p>'),
    'stated',
    /forty per cent/,
  ],
  [
    'stated as "0.4"',
    html('<p>Energy use across the data center fleet fell by a fraction of 0.4 after the redesign.</p>'),
    'stated',
    /0\.4/,
  ],
  [
    'stated in a PDF',
    pdf(
      'Across the fleet, data center energy use fell 40 percent after the cooling redesign of 2024. ' +
        'The operator runs eleven sites. '.repeat(5),
    ),
    'stated',
    /40 percent/,
  ],
  [
    'stated differently',
    html('<p>After the redesign, data center energy use across the fleet fell 4%.</p>'),
    'stated-differently',
    /4%/,
  ],
  [
    'not stated',
    html('<p>The redesign replaced chillers with outside-air cooling at two sites.</p>'),
    'not-stated',
    /does not mention/,
  ],
  ['a 5xx', { status: 502 }, 'unverifiable', /HTTP 502/],
  ['a timeout', { hang: true }, 'unverifiable', /timed out/],
  [
    'a slow body',
    { stall: true, headers: { 'content-type': 'text/html' }, body: 'x'.repeat(10_000) },
    'unverifiable',
    /timed out/,
  ],
  [
    'a script-only page',
    {
      headers: { 'content-type': 'text/html' },
      body: '<html><body><div id="app"></div><script src="/app.js"></script></body></html>',
    },
    'unverifiable',
    /almost no text/,
  ],
  [
    'a paywall',
    html(
      '<p>Subscribe to continue reading. Already a subscriber? Sign in to read the data center report.</p>',
    ),
    'unverifiable',
    /paywall/,
  ],
  ['an image', { headers: { 'content-type': 'image/png' }, body: 'PNG' }, 'unverifiable', /not a page/],
])('%s', async (_name, route, status, reason) => {
  const { source } = await sourceOf(route);
  expect(source).toMatchObject({ status });
  expect(`${source!.snippet ?? ''} ${source!.reason}`).toMatch(reason);
});

test('stated-differently quotes the source’s own sentence', async () => {
  const { source } = await sourceOf(
    html('<p>After the redesign, data center energy use across the fleet fell 4%.</p>'),
  );
  expect(source).toMatchObject({
    found: '4%',
    snippet: 'After the redesign, data center energy use across the fleet fell 4%.',
    reason: 'the source says 4% where the article says 40%',
  });
});

test('an oversized PDF is unverifiable, and its download stops at the cap', async () => {
  const big = pdf('data center energy use fell 40 percent ' + 'padding '.repeat(10));
  const bytes = (big as { body: Uint8Array }).body;
  const padded = new Uint8Array(bytes.length + 6_000_000).fill(0x25);
  padded.set(bytes);
  const huge = { ...big, body: padded };
  const { source } = await sourceOf(huge, {}, 5000);
  expect(source).toMatchObject({ status: 'unverifiable', reason: expect.stringMatching(/too large/) });
});

test('only the linked URL is requested, once per page however many claims cite it', async () => {
  const server = await serve({
    '/report': html('<p>Data center energy use fell 40% and water use fell 12% across the fleet.</p>'),
  });
  const href = `${server.url}/report`;
  const ev = [{ kind: 'link' as const, text: 'report', href }];
  const claims = [
    claim({ id: 'c1', text: '40%', value: 40, sentence: SENTENCE, support: 'linked', evidence: ev }),
    claim({
      id: 'c2',
      text: '12%',
      value: 12,
      sentence: 'Water use across the fleet fell 12%.',
      support: 'linked',
      evidence: ev,
    }),
  ];
  const out = await runOne(sourceMentionsVerifier, report({ claims }), server.url);
  expect(out.claims.map((c) => c.source?.status)).toEqual(['stated', 'stated']);
  expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /report']);
});

test('only linked claims with a number and a web link are read', () => {
  const href = 'https://example.org/r';
  expect(sourceUrl(claim({ text: '40%', value: 40, support: 'unsupported' }))).toBeNull();
  expect(
    sourceUrl(
      claim({
        text: 'the best',
        kind: 'superlative',
        support: 'linked',
        evidence: [{ kind: 'link', text: 'r', href }],
      }),
    ),
  ).toBeNull();
  expect(
    sourceUrl(
      claim({ text: '40%', value: 40, support: 'linked', evidence: [{ kind: 'footnote', text: '[1]' }] }),
    ),
  ).toBeNull();
  expect(
    sourceUrl(
      claim({ text: '40%', value: 40, support: 'linked', evidence: [{ kind: 'link', text: 'r', href }] }),
    ),
  ).toBe(href);
});
