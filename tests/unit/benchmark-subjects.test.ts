// The systems a benchmark lists after its colon ("we tested three of its schedulers: Quillrun, ZQ, and B2") are ones
// the post measured: "worse than B2" under the post's own chart sums up those runs, not a comparison to source.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

const post = (setup: string) =>
  [
    '# Scheduler tail latency, part 2',
    setup,
    'We ran every test on a c5.4xlarge instance with 16 vCPUs, and we measured the 99.99th percentile over 20 minutes.',
    '![Latency at 2M events per second](latency-2m.png)',
    'Quillrun crosses the 10 ms mark early and is worse than B2 at almost every percentile.',
  ].join('\n\n');

const COMPARISON = 'compares with others without a figure';

test('a scheduler the benchmark listed is one the post measured', () => {
  const claim = claimOf(
    post('For the low-latency benchmarks we picked three of its schedulers: Quillrun, ZQ, and B2 VM.'),
    'worse than B2',
  );
  expect(claim.worth).toBe('none');
});

test('one the post never says it ran stays a comparison to source', () => {
  const claim = claimOf(post('For the low-latency benchmarks we picked Quillrun.'), 'worse than B2');
  expect(claim.worthReasons).toContain(COMPARISON);
});
