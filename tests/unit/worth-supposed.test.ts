// Figures a sentence sets as a goal, a design target or a supposition, not as something that happened (held33): the
// forecast and not-asserted rows of src/core/worth/quiet-said.ts, each beside the claim it must leave alone.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const worthOf = (markdown: string, text: string) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text));
  expect(claim, `${text} in ${markdown}`).toBeDefined();
  return claim!.worth;
};

test.each([
  ['a goal after a colon', 'That was my goal: reduce rows scanned to <10 and CPU time to <10ms.', '<10ms'],
  ['a labelled target', 'Target: p99 latency under 50 ms for every region.', '50 ms'],
  [
    'what an architecture was designed to support',
    'The relay was designed to support global scale and 2 million events per second.',
    '2 million events',
  ],
  [
    'any such gain, supposed',
    'Libfuzzer scales with every core, so it is going to blow away any 20% performance gains seen single-core.',
    '20%',
  ],
])('%s is no result', (_, markdown, text) => {
  expect(worthOf(markdown, text)).toBe('none');
});

test.each([
  [
    'a result reached',
    'After the index change, CPU time per query fell to <10ms on our busiest cluster.',
    '<10ms',
  ],
  [
    'what it does support',
    'Our relay handles 2 million events per second in production today.',
    '2 million events',
  ],
  [
    'a gain that was had',
    'Customers saw 20% performance gains from the new scheduler across the fleet.',
    '20%',
  ],
])('%s is still a claim', (_, markdown, text) => {
  expect(worthOf(markdown, text)).not.toBe('none');
});
