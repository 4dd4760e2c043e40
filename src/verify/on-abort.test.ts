// One listener per signal however many wait on it; each waiter is called once, or never once it stopped waiting.
import { expect, test } from 'vitest';
import { onAbort } from './on-abort';

test('10,000 waiters on one signal: each called once, the stopped ones never', () => {
  const controller = new AbortController();
  let called = 0;
  const stops = Array.from({ length: 10_000 }, () => onAbort(controller.signal, () => called++));
  for (const stop of stops.slice(0, 100)) stop();
  controller.abort();
  controller.abort();
  expect(called).toBe(9_900);
});
