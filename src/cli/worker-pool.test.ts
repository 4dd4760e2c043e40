import { expect, test } from 'vitest';
import { poolSize } from './worker-pool';

test.each<[number, number | null, number, number]>([
  [500, null, 2, 2], // one worker per core
  [500, null, 8, 8],
  [20, null, 64, 20], // never more threads than files
  [15, null, 8, 1], // a few files: the main thread is faster than starting workers
  [3, 2, 8, 2], // unless --jobs asks for threads
  [500, 1, 8, 1], // --jobs 1: the main thread only
])('%i files, --jobs %s, %i cores → %i', (files, asked, cores, expected) => {
  expect(poolSize(files, asked, cores)).toBe(expected);
});
