// The request primitives: one request under a deadline, Retry-After, error descriptions, sleeping under a signal,
// JSON parsing.
import { describe, expect, test } from 'vitest';
import { describeError, parseJson, request, retryAfterMs, sleep, type FetchLike } from './http';

const NOW = Date.parse('2026-01-01T00:00:00Z');

test.each<[string | null, number | undefined]>([
  [null, undefined],
  ['', undefined],
  ['0', 0],
  ['2', 2000],
  [' 30 ', 30_000],
  ['Thu, 01 Jan 2026 00:00:05 GMT', 5000],
  ['Wed, 31 Dec 2025 23:59:00 GMT', 0], // in the past: no wait
  ['-1', undefined],
  ['soon', undefined],
])('retryAfterMs(%j) = %s', (value, ms) => {
  expect(retryAfterMs(value, NOW)).toBe(ms);
});

test.each<[unknown, string]>([
  [new Error('plain'), 'plain'],
  [
    Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
    'fetch failed (ECONNREFUSED)',
  ],
  ['a string', 'a string'],
  [undefined, 'undefined'],
])('describeError(%s)', (err, text) => {
  expect(describeError(err)).toBe(text);
});

test.each<[string, unknown]>([
  ['{"a":1}', { a: 1 }],
  ['<html>', undefined],
  ['', undefined],
])('parseJson(%j)', (text, value) => {
  expect(parseJson(text)).toEqual(value);
});

test('sleep resolves true after its time, false at once when aborted', async () => {
  expect(await sleep(5)).toBe(true);
  const ctrl = new AbortController();
  const started = Date.now();
  const pending = sleep(10_000, ctrl.signal);
  ctrl.abort();
  expect(await pending).toBe(false);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(await sleep(10, AbortSignal.abort())).toBe(false);
});

const answer = (status: number, text: () => Promise<string> = async () => 'ok') => ({
  status,
  ok: status < 400,
  headers: { get: () => null },
  json: async () => JSON.parse(await text()) as unknown,
  text,
});
const never = <T>() => new Promise<T>(() => undefined);

describe('request', () => {
  test('an answer, with its body when asked; the signal given to fetch is released afterwards', async () => {
    let given: AbortSignal | undefined;
    const fetch: FetchLike = async (_url, init) => {
      given = init?.signal;
      return answer(404, async () => 'not here');
    };
    const out = await request(fetch, 'https://r.test/x', { timeoutMs: 1000, readBody: true });
    expect(out).toMatchObject({ kind: 'response', status: 404, body: 'not here' });
    expect(given?.aborted).toBe(true);
  });

  test.each<[string, FetchLike]>([
    ['a fetch that never answers and ignores its signal', () => never()],
    [
      'a fetch that honours its signal',
      (_url, init) =>
        new Promise((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    ],
    ['a body that never ends', async () => answer(200, () => never())],
  ])('%s: a timeout at the deadline', async (_name, fetch) => {
    const started = Date.now();
    const out = await request(fetch, 'https://r.test/x', { timeoutMs: 50, readBody: true });
    expect(out).toEqual({ kind: 'timeout', ms: 50 });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('the caller giving up is "aborted", at once, whether before or during the request', async () => {
    expect(
      await request(() => never(), 'https://r.test/x', { timeoutMs: 10_000, signal: AbortSignal.abort() }),
    ).toEqual({ kind: 'aborted' });
    const ctrl = new AbortController();
    const pending = request(() => never(), 'https://r.test/x', { timeoutMs: 10_000, signal: ctrl.signal });
    ctrl.abort();
    expect(await pending).toEqual({ kind: 'aborted' });
  });

  test('a failed fetch is a network outcome with its cause', async () => {
    const fetch: FetchLike = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    };
    expect(await request(fetch, 'https://r.test/x', { timeoutMs: 1000 })).toEqual({
      kind: 'network',
      message: 'fetch failed (ENOTFOUND)',
    });
  });
});
