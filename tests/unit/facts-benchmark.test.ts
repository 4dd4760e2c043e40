// What articleFacts reads about a post's own benchmark: the rivals it says it measured, and whether it says how.
import { expect, test } from 'vitest';
import { articleFromMarkdown } from '../../src/node/index';
import { articleFacts } from '../../src/core/worth/facts';

const factsOf = (markdown: string) => articleFacts(articleFromMarkdown(markdown).blocks);

test('every name of a compared list counts as measured, with commas, "and" or slashes between', () => {
  const listed = factsOf(
    'This section compares the computing performance of Quillpad, Lintly, Brask, CuBox, and Numbra.\n\nAnother take: how does it Compare to Ferrox/Holt/Mesa?',
  ).measuredNames();
  for (const name of ['quillpad', 'lintly', 'brask', 'cubox', 'numbra', 'ferrox', 'holt', 'mesa'])
    expect(listed).toContain(name);
  // A name beside the list that is not in it is not measured.
  expect(
    factsOf('We compare the speed of Quillpad and Lintly. Brask is another option.').measuredNames(),
  ).not.toContain('brask');
});

test('a caption that gives the hardware, a consumer GPU or CPU, and the code of the implementations are method cues', () => {
  const method = [
    'We run each implementation 1,000 times.',
    '```python\nrun()\n```',
    'Hardware: i9-11900K + RTX 3080; OS: Ubuntu 20.04.',
    'The source code of different implementations is available at [this repo](https://example.org/r).',
  ];
  expect(factsOf(method.join('\n\n')).methodDisclosed).toBe(true);
  // Without the hardware line and the code's home, one run and a code block are not enough.
  expect(factsOf([method[0], method[1]].join('\n\n')).methodDisclosed).toBe(false);
  // Each of the two says enough on its own beside them.
  expect(factsOf([method[0], method[1], method[2]].join('\n\n')).methodDisclosed).toBe(true);
  expect(factsOf([method[0], method[1], method[3]].join('\n\n')).methodDisclosed).toBe(true);
});
