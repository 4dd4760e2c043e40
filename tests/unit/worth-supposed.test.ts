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
  [
    'alternatives weighed',
    'For the recovery flow, latency does not matter: whether it takes 1ms or 5s is fine.',
    '5s',
  ],
  [
    'a counterfactual',
    'If these models used 4x GQA, the KV-cache would have been smaller for every request we served.',
    '4x',
  ],
  [
    'what a company sets out to deliver',
    "Our near term focus is to deliver the industry's best solution for database schema change.",
    "the industry's best",
  ],
  [
    'the ratio a scheme is set up with',
    'In group-query attention (with a 4x ratio), one key serves four queries.',
    '4x',
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
  [
    'a claim after the alternatives',
    'Whether you run it locally or in CI, Quillpad builds are 10x faster than Webpack.',
    '10x',
  ],
  ['a result after the goal', 'Goal: p99 under 100ms, result: 85ms on the new cluster.', '85ms'],
  [
    'a result after what it was designed for',
    'The system was designed to handle bursty traffic and during Black Friday it processed 1.2 million orders per minute.',
    '1.2 million orders',
  ],
  ['an overhead removed', 'This removes any 20% overhead that the old proxy added to every request.', '20%'],
  [
    'a result after testing whether',
    'To test whether the new allocator helps we reran the benchmark and saw a 35% drop in RSS.',
    '35%',
  ],
  ['a ratio reached, not set up', 'Zstd compressed our logs with a 4x ratio, beating gzip.', '4x'],
  [
    'a typical machine is nobody’s own',
    'On a typical 8-core server, Quillbase takes 42s for the query.',
    '42s',
  ],
  [
    'a result after the condition',
    'If teams used Quillpad last year, their builds were 10x faster than with Webpack.',
    '10x',
  ],
  [
    'what a company says it is',
    "Quillbase is the industry's best solution for database schema change.",
    "the industry's best",
  ],
  ['a ratio achieved', 'Quillzip achieves a 4x ratio over gzip on our logs.', '4x'],
])('%s is still a claim', (_, markdown, text) => {
  expect(worthOf(markdown, text)).not.toBe('none');
});
