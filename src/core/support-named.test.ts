import { expect, test } from 'vitest';
import type { Block } from './article';
import { md } from '../../tests/helpers/blocks';
import { supportOf } from '../../tests/helpers/support';

const LINKED_FIRST = md(
  'In 2023, over [70% of outages](https://www.corvane.org/resources/2023-grid-outage-survey-report.pdf) began with a software change.',
);

test.each<[string, Block[], number, string, string, string[]]>([
  [
    'a source named without a link here, linked earlier in the article',
    [
      LINKED_FIRST,
      md('According to the Corvane grid outage survey of 2023, 40% of them lasted over an hour.'),
    ],
    1,
    '40%',
    'linked',
    ['link: 70% of outages', 'according-to: according to the Corvane grid outage survey of 2023'],
  ],
  [
    '... but not when the link shares only the publisher',
    [LINKED_FIRST, md('According to the Corvane heat pump study, 40% of homes overheat.')],
    1,
    '40%',
    'cited-unlinked',
    ['according-to: according to the Corvane heat pump study'],
  ],
  [
    '... nor when the link is from another publisher with the same words',
    [LINKED_FIRST, md('According to the Tidewell grid outage survey, 40% of them lasted over an hour.')],
    1,
    '40%',
    'cited-unlinked',
    ['according-to: according to the Tidewell grid outage survey'],
  ],
  [
    'the next paragraph goes on with that source ("Further, ...")',
    [
      LINKED_FIRST,
      md('According to the Corvane grid outage survey of 2023, 40% of them lasted over an hour.'),
      md(
        'Further, storms caused almost 20% of the rest. And finally, wildlife caused more than 10% of all outages.',
      ),
    ],
    2,
    'more than 10%',
    'linked',
    ['link: 70% of outages'],
  ],
  [
    '... but a paragraph that does not go on with it stands alone',
    [
      LINKED_FIRST,
      md('According to the Corvane grid outage survey of 2023, 40% of them lasted over an hour.'),
      md('Storms caused almost 20% of the rest.'),
    ],
    2,
    'almost 20%',
    'unsupported',
    [],
  ],
])('%s', (_name, blocks, b, needle, support, evidence) => {
  expect(supportOf(blocks, b, needle)).toEqual({ support, evidence });
});
