// held36: a blogger times a fine-tuning run on three cloud GPUs: "I'll give you some anecdotal numbers, though, based
// on my current project", "a maximum sequence length of 1,024 and a batch size of 4", "With these reduced settings,
// ... 500 training steps will take roughly:" over "- T4 = 12 min", "- A100 = 2 min (~6x faster than T4)". The
// settings and the word "anecdotal" disclose the method; a multiple the list's own figures give is no ratio the
// post's tables would have to show.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

const RUNS =
  '- T4 = 12 min\n- L4 = 5.5 min (~2.2x faster than T4)\n- A100 = 2 min (~6x faster than T4)\n\n' +
  '| GPU | Time | Speed vs. T4 |\n|---|---|---|\n| T4 | ~2h 10min | 1x |\n| A100 | ~10min | 13x |\n';

test("the author's own timed runs, their settings and the word 'anecdotal' stated, ask for no source", () => {
  const post =
    "# GPUs\n\nI'll give you some anecdotal numbers, based on my current project, fine-tuning an LLM on an RTX 4090. " +
    'I want a sequence length of 1,024 and a batch size of 4.\n\n' +
    `With these reduced settings, 500 training steps take roughly:\n\n${RUNS}`;
  expect(worthOf(post, '~6x faster')).toBe('none');
  expect(worthOf(post, '~2.2x faster')).toBe('none');
  // With no method stated, the same list is a comparison to source.
  const bare = `# GPUs\n\n500 training steps take roughly:\n\n${RUNS}`;
  expect(worthOf(bare, '~6x faster')).not.toBe('none');
});
