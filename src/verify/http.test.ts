// The request primitives: Retry-After, error descriptions, sleeping under a signal, JSON parsing.
import { expect, test } from 'vitest';
import { describeError, parseJson, retryAfterMs, sleep } from './http';

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
