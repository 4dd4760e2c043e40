// held35: "This is in line with other highly optimized libraries at scale, for example Megatron-DS reports between 137
// and 163 TFLOP/s/A100", in a post that measures its own. Another party's figure, named and not linked: a throughput
// (a FLOP rate counts, a range too), cited without a link, not the author's measurement nor a worked example. When
// the party was linked at its own site earlier ("Vortane announced the [T2](https://vortane.ai/t2)"), its claim below
// is followable.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

const METHOD =
  'We ran each model on 64 GPUs after a warm-up, and all runs were repeated three times. The raw data is on GitHub. ' +
  'GPT-NeoX achieves 150 TFLOP/s per A100 in our runs.\n\n';

test("another party's reported figure is cited, unlinked, and asks for its source", () => {
  const post = `# Throughput\n\n${METHOD}That is in line with others, for example Megatron-DS reports between 137 and 163 TFLOP/s per A100.`;
  const c = claimOf(post, 'between 137 and 163');
  expect(c.support).toBe('cited-unlinked');
  expect(c.worth).not.toBe('none');
  // The author's own figure in the same post stays their measurement.
  expect(claimOf(post, '150').worth).toBe('none');
});

test('a party linked at its own site earlier on the page backs what it claims below', () => {
  const linked =
    '# T2\n\nVortane announced the [Tessera T2](https://vortane.ai/tessera-t2) last month.\n\n' +
    'Vortane claims 12x higher throughput than the T1.';
  expect(claimOf(linked, '12x').support).toBe('linked');
  // Another site linked earlier is no source for it.
  const other =
    '# T2\n\nVortane announced the [Tessera T2](https://news.example.org/t2) last month.\n\n' +
    'Vortane claims 12x higher throughput than the T1.';
  expect(claimOf(other, '12x').support).toBe('cited-unlinked');
});

test("a platform host or the vendor's sign-up page is no site of the party that claims (review)", () => {
  const signup =
    '# T\n\n[Start a free trial](https://vortane.ai/signup) today.\n\nVortane claims 12x higher throughput than the T1.';
  expect(claimOf(signup, '12x').support).toBe('cited-unlinked');
  const github =
    '# T\n\n[Our code](https://github.com/quill/db) is open.\n\nGitHub claims 92% of developers use AI.';
  expect(claimOf(github, '92%').support).toBe('cited-unlinked');
});
