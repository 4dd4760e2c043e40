// The budget of online work: the deadline's reason, and the per-host circuit breaker.
import { expect, test } from 'vitest';
import { DeadlineError, HostBreaker, createBudget, formatSeconds, stoppedReason } from './budget';

test.each([
  [250, '250 ms'],
  [1000, '1 s'],
  [1500, '1.5 s'],
  [15_000, '15 s'],
])('formatSeconds(%i) = %s', (ms, text) => expect(formatSeconds(ms)).toBe(text));

test('the deadline aborts with a reason that says so; a caller giving up is "cancelled"', async () => {
  const budget = createBudget({ deadlineMs: 20 });
  await new Promise((r) => setTimeout(r, 40));
  expect(budget.signal.reason).toBeInstanceOf(DeadlineError);
  expect(stoppedReason(budget.signal, 'cancelled')).toBe(
    'no answer before the 20 ms deadline for online checks',
  );
  const caller = new AbortController();
  const other = createBudget({ deadlineMs: 10_000, signal: caller.signal });
  caller.abort();
  expect(stoppedReason(other.signal, 'cancelled')).toBe('cancelled');
  other.done();
});

test('the breaker opens after N timeouts from one host, and only for that host', () => {
  const b = new HostBreaker(3);
  b.answered('http://silent.example/');
  for (let i = 0; i < 2; i++) b.timedOut('http://silent.example/a');
  expect(b.refuses('http://silent.example/b')).toBeNull();
  b.timedOut('http://silent.example/c');
  expect(b.refuses('http://silent.example/d')).toBe(
    'not asked: silent.example did not answer 3 requests in time',
  );
  expect(b.refuses('http://silent.example:8080/d')).toBeNull();
  expect(b.refuses('http://other.example/')).toBeNull();
});

test('requests still waiting on a host that timed out count against it', () => {
  const b = new HostBreaker(3);
  b.answered('http://slow.example/');
  const ends = [1, 2, 3].map(() => b.started('http://slow.example/x'));
  expect(b.refuses('http://slow.example/y')).toBeNull(); // waiting alone is not a failure
  b.timedOut('http://slow.example/x');
  ends[0]!();
  expect(b.refuses('http://slow.example/y')).toBe(
    'not asked: slow.example did not answer in time (1 timed out, 2 still waiting)',
  );
  ends[1]!();
  ends[2]!();
  ends[2]!(); // ending twice counts once
  expect(b.refuses('http://slow.example/y')).toBeNull();
});

test('a host that never answered is not asked again after one timeout; one that answered gets three', () => {
  const b = new HostBreaker(3);
  b.timedOut('http://down.example/first');
  expect(b.refuses('http://down.example/next')).toBe(
    'not asked: down.example has not answered (1 timed out)',
  );
  b.answered('http://busy.example/a');
  b.timedOut('http://busy.example/slow');
  expect(b.refuses('http://busy.example/next')).toBeNull();
});
