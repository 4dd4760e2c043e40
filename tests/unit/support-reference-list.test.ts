// Through the whole engine: a post whose closing "References" list has no markers in the text.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const post = (claim: string) =>
  [
    '# Gateways on ARM',
    '## The machines',
    `- ${claim}`,
    '- The Tau T2A series runs on Ampere Altra processors.',
    '## Results',
    'We will publish multi-core results later.',
    '## References',
    '- [New – Amazon EC2 C7g Instances, Powered by AWS Graviton3 Processors](https://aws.amazon.com/blogs/aws/new-c7g/)',
    '- [Tau T2A machine series](https://cloud.google.com/compute/docs/t2a)',
  ].join('\n\n');

const supportOf = (claim: string, text: string) =>
  analyzeMarkdown(post(claim), { file: 'post.md' }).claims.find((c) => c.text === text);

test('a claim naming the model a reference entry names ("Graviton3") stands on that entry', () => {
  const c = supportOf(
    'AWS Graviton3 processors deliver 3 times better performance for ML workloads.',
    '3 times better',
  );
  expect(c?.support).toBe('linked');
  expect(c?.evidence.map((e) => e.href)).toEqual(['https://aws.amazon.com/blogs/aws/new-c7g/']);
});

test.each([
  [
    'another model ("Graviton4")',
    'AWS Graviton4 processors deliver 3 times better performance for ML workloads.',
  ],
  ['no model at all', 'The new processors deliver 3 times better performance for ML workloads.'],
])('no entry when the claim names %s', (_name, claim) => {
  expect(supportOf(claim, '3 times better')?.support).toBe('unsupported');
});

// A closing "**Sources**" list (a bold line, no heading) whose items name the vendors the claim's sentence compares.
const sourced = (claim: string) =>
  [
    '# What it costs to run, vs the competition',
    `For anyone capturing 500K events or more, ${claim}`,
    '**Sources**',
    'The above pricing comparisons were put together with data from the following sources:',
    '- [Beaconstat pricing page](https://beaconstat.io/pricing/)',
    '- [Trailmix pricing page](https://www.trailmix.dev/pricing)',
  ].join('\n\n');
const supportIn = (claim: string) =>
  analyzeMarkdown(sourced(claim), { file: 'tco.md' }).claims.find((c) => c.text === '500K events');

test('a sentence naming a vendor that an item of the closing Sources list names stands on that item', () => {
  const c = supportIn('it is cheaper to run Quillpad than Beaconstat.');
  expect(c?.support).toBe('linked');
  expect(c?.evidence.map((e) => e.href)).toEqual(['https://beaconstat.io/pricing/']);
});

test.each([
  ['no vendor the list names', 'it is cheaper to run Quillpad than Lantern.'],
  ['the name only in lower case', 'it is cheaper to run Quillpad than a beaconstat-style tracker.'],
])('no source when the sentence has %s', (_name, claim) => {
  expect(supportIn(claim)?.support).toBe('unsupported');
});
