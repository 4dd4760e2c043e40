// Shared in-flight work: one run per key, per-caller cancellation.
import { expect, test } from 'vitest';
import { createSharedWork } from './shared-work';

const deferred = () => {
  let resolve!: (v: string) => void;
  const promise = new Promise<string>((r) => (resolve = r));
  return { promise, resolve };
};

test('callers of one key share one run; other keys run separately', async () => {
  const work = createSharedWork('cancelled', () => 'failed');
  let runs = 0;
  const job = async () => {
    runs++;
    return 'done';
  };
  const out = await Promise.all([work.run('a', job), work.run('a', job), work.run('b', job)]);
  expect(out).toEqual(['done', 'done', 'done']);
  expect(runs).toBe(2);
  await work.run('a', job); // finished work is not reused: caching is the cache's job
  expect(runs).toBe(3);
});

test.each<[string, boolean[], string[], boolean]>([
  ['one of two callers aborts: the other still gets the result', [true, false], ['cancelled', 'done'], false],
  ['every caller aborts: the work itself is aborted', [true, true], ['cancelled', 'cancelled'], true],
])('%s', async (_, aborts, expected, workAborted) => {
  const work = createSharedWork('cancelled', () => 'failed');
  const gate = deferred();
  let innerSignal: AbortSignal | undefined;
  const controllers = aborts.map(() => new AbortController());
  const pending = controllers.map((c) =>
    work.run(
      'k',
      (signal) => {
        innerSignal = signal;
        return gate.promise;
      },
      c.signal,
    ),
  );
  await Promise.resolve();
  controllers.forEach((c, i) => aborts[i] && c.abort());
  gate.resolve('done');
  expect(await Promise.all(pending)).toEqual(expected);
  expect(innerSignal?.aborted).toBe(workAborted);
});

test('after every caller gave up, a new caller starts fresh work', async () => {
  const work = createSharedWork('cancelled', () => 'failed');
  let runs = 0;
  const ctrl = new AbortController();
  const first = work.run('k', () => (runs++, new Promise<string>(() => {})), ctrl.signal);
  ctrl.abort();
  expect(await first).toBe('cancelled');
  expect(await work.run('k', async () => (runs++, 'fresh'))).toBe('fresh');
  expect(runs).toBe(2);
});

test('a throwing job becomes the failed value; an aborted signal never starts work', async () => {
  const work = createSharedWork('cancelled', (err) => `failed: ${String(err)}`);
  expect(
    await work.run('k', () => {
      throw new Error('boom');
    }),
  ).toBe('failed: Error: boom');
  let ran = false;
  expect(await work.run('k', async () => ((ran = true), 'x'), AbortSignal.abort())).toBe('cancelled');
  expect(ran).toBe(false);
});
