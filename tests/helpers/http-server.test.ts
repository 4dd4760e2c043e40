// The test server helper itself: routing, sequences, delays, hangs, bookkeeping, teardown.
import { afterEach, expect, test } from 'vitest';
import { closedPortUrl, recorded, startServer, type TestServer } from './http-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

test('routes by method and raw path; unmatched requests get 501, not 404', async () => {
  server = await startServer({
    'GET /a%2Fb': { body: { hit: 'encoded' } },
    'HEAD /page': { status: 405 },
    '/page': { body: 'any method' },
    '/q?x=1': { body: 'with query' },
  });
  const get = (path: string, method = 'GET') => fetch(server!.url + path, { method });
  expect(await (await get('/a%2Fb')).json()).toEqual({ hit: 'encoded' });
  expect((await get('/page', 'HEAD')).status).toBe(405);
  expect(await (await get('/page')).text()).toBe('any method');
  expect(await (await get('/q?x=1')).text()).toBe('with query');
  const miss = await get('/nope');
  expect(miss.status).toBe(501);
  expect(await miss.text()).toMatch(/no recorded response for GET \/nope/);
  expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
    'GET /a%2Fb',
    'HEAD /page',
    'GET /page',
    'GET /q?x=1',
    'GET /nope',
  ]);
});

test('a sequence answers one entry per call and repeats the last', async () => {
  server = await startServer({ '/s': [{ status: 429 }, { status: 500 }, { status: 200 }] });
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await fetch(`${server.url}/s`)).status);
  expect(statuses).toEqual([429, 500, 200, 200]);
});

test('a function route sees the request', async () => {
  server = await startServer({
    '/echo': (req) => ({ body: { method: req.method, ua: req.headers['x-test'] } }),
  });
  const res = await fetch(`${server.url}/echo`, { headers: { 'x-test': 'yes' } });
  expect(await res.json()).toEqual({ method: 'GET', ua: 'yes' });
});

test('recorded() loads a recording with its status and headers', async () => {
  server = await startServer({ '/r': recorded('depsdev/not-found.json') });
  const res = await fetch(`${server.url}/r`);
  expect(res.status).toBe(404);
  expect(res.headers.get('content-type')).toBe('application/json');
  expect(await res.json()).toEqual({ code: 5, message: 'package not found', details: [] });
});

test('delays, counts concurrent requests, and closes with requests still hanging', async () => {
  server = await startServer({ '/slow': { delayMs: 80, body: 'ok' }, '/never': { hang: true } });
  const started = Date.now();
  const never = fetch(`${server.url}/never`).then(
    () => 'answered',
    () => 'dropped',
  );
  await Promise.all([1, 2, 3].map(() => fetch(`${server!.url}/slow`).then((r) => r.text())));
  expect(Date.now() - started).toBeGreaterThanOrEqual(75);
  expect(server.maxInFlight).toBe(4);
  await server.close();
  server = undefined;
  expect(await never).toBe('dropped');
});

test('closedPortUrl points at a port that refuses connections', async () => {
  await expect(fetch(await closedPortUrl())).rejects.toThrow();
});
