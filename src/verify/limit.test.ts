// The concurrency limiter on plain promises.
import { expect, test } from 'vitest';
import { createLimiter } from './limit';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

test.each([
  [1, 1],
  [3, 3],
  [0, 1], // nonsense bounds fall back to one at a time
  [Number.NaN, 1],
])('max %s runs at most %i at once, in order', async (max, expected) => {
  const limit = createLimiter(max);
  let open = 0;
  let most = 0;
  const started: number[] = [];
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      limit(async () => {
        started.push(i);
        open++;
        most = Math.max(most, open);
        await tick(10);
        open--;
        return i * 2;
      }),
    ),
  );
  expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
  expect(most).toBe(expected);
  expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
});

test('a failing task frees its slot and rejects only its own caller', async () => {
  const limit = createLimiter(1);
  const bad = limit(() => {
    throw new Error('sync boom');
  });
  const good = limit(async () => 'fine');
  await expect(bad).rejects.toThrow('sync boom');
  await expect(good).resolves.toBe('fine');
});

test('a queued task whose signal aborts never starts', async () => {
  const limit = createLimiter(1);
  const ctrl = new AbortController();
  let ran = false;
  const first = limit(() => tick(30));
  const second = limit(async () => {
    ran = true;
  }, ctrl.signal);
  ctrl.abort(new Error('stop'));
  await expect(second).rejects.toThrow('stop');
  await first;
  await tick(5);
  expect(ran).toBe(false);
  await expect(limit(async () => 'slot still free')).resolves.toBe('slot still free');
});

test('an already aborted signal rejects at once', async () => {
  const limit = createLimiter(2);
  await expect(limit(async () => 1, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
});
