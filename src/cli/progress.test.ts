import { expect, test } from 'vitest';
import { createProgress, progressLine } from './progress';

test.each<[number, number, number, number, RegExp]>([
  [0, 500, 0, 0, /^▕ {30}▏ 0\/500 files · 0 findings$/],
  [2, 500, 9, 900, /^▕ {30}▏ 2\/500 files · 9 findings$/], // no estimate from start-up
  [125, 500, 37, 2000, /^▕█{8} {22}▏ 125\/500 files · 37 findings · 6s left$/],
  [499, 500, 1, 100_000, /█▏ 499\/500 files · 1 finding · 1s left$/],
  [10, 500, 0, 100_000, / · 81m40s left$/],
  [500, 500, 80, 5000, /^▕█{30}▏ 500\/500 files · 80 findings$/],
])('%i of %i, %i findings, %i ms', (done, total, findings, elapsed, line) => {
  expect(progressLine(done, total, findings, elapsed, 100)).toMatch(line);
});

test('drawn on a TTY only, at most ten times a second, and wiped at the end', () => {
  let out = '';
  let t = 0;
  const bar = createProgress({ total: 3, write: (s) => (out += s), isTTY: true, now: () => t });
  bar.update(0, 0);
  t = 50;
  bar.update(1, 2); // too soon: skipped
  t = 200;
  bar.update(2, 3);
  bar.update(3, 4); // the last one is always drawn
  bar.finish();
  expect(
    out
      .split('\r\x1b[K')
      .filter(Boolean)
      .map((l) => l.replace(/^.*▏ /, '')),
  ).toEqual(['0/3 files · 0 findings', '2/3 files · 3 findings', '3/3 files · 4 findings']);
  expect(out.endsWith('\r\x1b[K')).toBe(true);

  let piped = '';
  const silent = createProgress({ total: 3, write: (s) => (piped += s), isTTY: false });
  silent.update(1, 1);
  silent.finish();
  expect(piped).toBe('');
});
