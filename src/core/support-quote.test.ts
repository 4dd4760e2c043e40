import { expect, test } from 'vitest';
import type { Block } from './article';
import { md } from '../../tests/helpers/blocks';
import { supportOf } from '../../tests/helpers/support';

const INTRO = md(
  'Several teams trained large models this way, among them [Kestrel 70B](https://github.com/corvane/kestrel). Here is what its authors had to say about the method:',
);
const quote = (text: string) => md(text, 'blockquote');

test.each<[string, Block[], number, string, string, string[]]>([
  [
    'a quote right under the introduction stands on its link',
    [INTRO, quote('To our knowledge, Kestrel 70B is the largest publicly released model of its kind.')],
    1,
    'the largest publicly released model',
    'linked',
    ['link: Kestrel 70B'],
  ],
  [
    '... and so does every quote of the run',
    [
      INTRO,
      quote('Training is stable at large scales.'),
      quote('Our models appear dramatically less verbose than other open models.'),
    ],
    2,
    'less verbose than other open models',
    'linked',
    ['link: Kestrel 70B'],
  ],
  [
    '... across a connecting "and" between two quotes',
    [
      INTRO,
      quote('Training is stable at large scales.'),
      md('and'),
      quote('Our models appear dramatically less verbose than other open models.'),
    ],
    3,
    'less verbose than other open models',
    'linked',
    ['link: Kestrel 70B'],
  ],
  [
    '... but not across a paragraph that says more than a connecting word',
    [
      INTRO,
      quote('Training is stable at large scales.'),
      md('We disagree with that.'),
      quote('Our models appear dramatically less verbose than other open models.'),
    ],
    3,
    'less verbose than other open models',
    'unsupported',
    [],
  ],
  [
    'a quote under a paragraph that hands over to nobody stands alone',
    [
      md(
        'Several teams trained large models this way, among them [Kestrel 70B](https://github.com/corvane/kestrel).',
      ),
      quote('Our models appear dramatically less verbose than other open models.'),
    ],
    1,
    'less verbose than other open models',
    'unsupported',
    [],
  ],
  [
    '"From the paper:" hands over to the paper the paragraph before it links',
    [
      md('My colleagues present their paper [Tidewell: A Replicated Log](https://papers.tidewell.dev/log).'),
      md('From the paper:'),
      quote('During the launch week, Tidewell served 89.2 million requests per second at peak.'),
    ],
    2,
    '89.2 million requests per second',
    'linked',
    ['link: Tidewell: A Replicated Log'],
  ],
  [
    '... but "From the start:" names no work',
    [
      md('My colleagues present their paper [Tidewell: A Replicated Log](https://papers.tidewell.dev/log).'),
      md('From the start:'),
      quote('During the launch week, Tidewell served 89.2 million requests per second at peak.'),
    ],
    2,
    '89.2 million requests per second',
    'unsupported',
    [],
  ],
  [
    'a quote under an introduction that ends on its link stands on that link',
    [
      md(
        'It is amazing to watch children learn. [Children need patterns to understand how their world is structured,](https://kellivale.com/patterns)',
      ),
      quote('Patterns give order. Researchers have found that patterns help 40% of children.'),
    ],
    1,
    '40%',
    'linked',
    ['link: Children need patterns to understand how their world is structured,'],
  ],
  [
    '... not when the link sits earlier in that sentence',
    [
      md(
        '[Children](https://kellivale.com/patterns) need patterns to understand how their world is structured.',
      ),
      quote('Patterns give order. Researchers have found that patterns help 40% of children.'),
    ],
    1,
    '40%',
    'unsupported',
    [],
  ],
  [
    'an introduction whose link names the words quoted ("[This tweet](url) by @zeux sparked my interest:")',
    [
      md('[This tweet](https://twitter.com/zeux/status/1469) by @zeux sparked my interest:'),
      quote('Newer papers give two algorithms, both noticeably faster than Ryu.'),
    ],
    1,
    'faster than Ryu',
    'linked',
    ['link: This tweet'],
  ],
  [
    'an introduction that links the post quoted ("Bartek [spotted a bug](tweet) in the code above:", held36)',
    [
      md(
        'Bartek Ogryczak [spotted a bug](https://twitter.com/var_tec/status/1811928300840976662) in the code above:',
      ),
      quote('I was wondering with only 2x improvement with 4 threads, and seems like the code is off.'),
    ],
    1,
    '2x improvement',
    'linked',
    ['link: spotted a bug'],
  ],
  [
    '... not a link to something else ("[My library](url) is what I used:")',
    [
      md('[My library](https://github.com/zeux/lib) is what I used, and it sparked my interest:'),
      quote('Newer papers give two algorithms, both noticeably faster than Ryu.'),
    ],
    1,
    'faster than Ryu',
    'unsupported',
    [],
  ],
  [
    '... unless the author quotes their own earlier words',
    [
      md(
        'We need history to build systems. [In a previous essay in Quillpad Weekly, I wrote,](https://kellivale.com/essay)',
      ),
      quote('Most teams move to relational models in the long run.'),
    ],
    1,
    'Most teams',
    'unsupported',
    [],
  ],
])('%s', (_name, blocks, b, needle, support, evidence) => {
  const kind = /\d/.test(needle) ? 'number' : 'comparative';
  expect(supportOf(blocks, b, needle, kind)).toEqual({ support, evidence });
});
