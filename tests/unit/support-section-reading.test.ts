// Through the whole engine: a section that closes with its own reading list ("### Further information" over links).
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const CLAIM = 'Benchmarks reported 5-7x faster signature checks than the old library.';
const LIST = [
  '- [Release notes of version 0.12](https://quillchain.org/release/v0.12#signatures)',
  '- [A talk on testing the library](https://talks.quillchain.org/testing)',
];

const supportOf = (blocks: string[]) =>
  analyzeMarkdown(['# Ten years of speed-ups', ...blocks].join('\n\n'), { file: 'post.md' }).claims.find(
    (c) => c.text.startsWith('5-7x'),
  );

test("the reading list under a sub-heading of the claim's section backs it, whatever words its items use", () => {
  const c = supportOf([
    '## The new signature library',
    CLAIM,
    'It took five years of review before it shipped.',
    '### Further information',
    ...LIST,
    '## Pruning',
    'Pruning came next.',
  ]);
  expect(c?.support).toBe('linked');
  expect(c?.evidence.map((e) => e.href)).toEqual([
    'https://quillchain.org/release/v0.12#signatures',
    'https://talks.quillchain.org/testing',
  ]);
});

test.each([
  [
    "a list after the section ended (the next section's own)",
    [
      '## The new signature library',
      CLAIM,
      '## Pruning',
      'Pruning came next.',
      '### Further information',
      ...LIST,
    ],
  ],
  [
    'a list at the level of the section (it closes the article, and shares no words with the claim)',
    ['## The new signature library', CLAIM, '## Further reading', ...LIST],
  ],
  [
    'a bibliography ("### References": its entries back what cites them)',
    ['## The new signature library', CLAIM, '### References', ...LIST],
  ],
  [
    'a list below another sub-section (the next heading is not the list)',
    ['## The new signature library', CLAIM, '### Review', 'Five years.', '### Further information', ...LIST],
  ],
])('no source from %s', (_name, blocks) => {
  expect(supportOf(blocks)?.support).toBe('unsupported');
});
