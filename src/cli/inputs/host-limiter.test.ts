import { expect, test } from 'vitest';
import { createHostLimiter } from './host-limiter';

test('per host: at most perHost at once, starts at least delayMs apart; other hosts do not wait', async () => {
  let clock = 0;
  const sleep = async (ms: number) => {
    clock += ms; // virtual time: a sleep moves the clock
  };
  const limit = createHostLimiter({ perHost: 1, delayMs: 100 }, sleep, () => clock);
  const starts: [string, number][] = [];
  let openOnA = 0;
  let most = 0;
  const task = (name: string) => async () => {
    starts.push([name, clock]);
    const onA = name.startsWith('a');
    if (onA) most = Math.max(most, ++openOnA);
    await new Promise((r) => setTimeout(r, 5));
    if (onA) openOnA--;
  };
  await Promise.all([
    limit('https://a.test/1', task('a1')),
    limit('https://a.test/2', task('a2')),
    limit('https://b.test/1', task('b1')),
    limit('https://A.test/3', task('a3')), // host names compare without case
  ]);
  const a = starts.filter(([n]) => n.startsWith('a')).map(([, t]) => t);
  expect(a).toHaveLength(3);
  for (let i = 1; i < a.length; i++) expect(a[i]! - a[i - 1]!).toBeGreaterThanOrEqual(100);
  expect(starts.find(([n]) => n === 'b1')?.[1]).toBeLessThan(a[2]!);
  expect(most).toBe(1);
});
