import { expect, test } from 'vitest';
import type { Block } from './article';
import { md } from '../../tests/helpers/blocks';
import { supportOf } from '../../tests/helpers/support';

const SENTENCE = md(
  'With a population of over 450 million, and some of the most frequent flyers in the world, the region matters.',
);
const LIST: Block[] = [
  md('Links and Resources', 'heading', { level: 2 }),
  md('[Official text of the regulation](https://eur.example.org/text)', 'list-item'),
  md('[Size of the Union population](https://stats.corvane.org/population)', 'list-item'),
  md('[Countries whose citizens are frequent flyers](https://travel.corvane.org/flyers)', 'list-item'),
];

test.each<[string, Block[], string, string, string[]]>([
  [
    'the closing list item on the clause\'s topic ("population") backs the figure',
    [SENTENCE, ...LIST],
    'over 450 million',
    'linked',
    ['link: Size of the Union population'],
  ],
  [
    '... and the other clause takes the item on its own topic',
    [SENTENCE, ...LIST],
    'the most frequent flyers',
    'linked',
    ['link: Countries whose citizens are frequent flyers'],
  ],
  [
    'the same list under a heading that is no list of sources backs nothing',
    [SENTENCE, md('What we cover next', 'heading', { level: 2 }), ...LIST.slice(1)],
    'over 450 million',
    'unsupported',
    [],
  ],
])('%s', (_name, blocks, needle, support, evidence) => {
  const kind = /\d/.test(needle) ? 'number' : 'superlative';
  expect(supportOf(blocks, 0, needle, kind)).toEqual({ support, evidence });
});
