import { expect, test } from 'vitest';
import { DRAFT_LEFTOVER } from './draft-leftovers';

const found = (text: string): string[] => [...text.matchAll(DRAFT_LEFTOVER)].map((m) => m[0].trim());

test.each([
  ['You can find the tracking issue here (todo: link).', '(todo: link)'],
  ['See the docs [TODO: link].', '[TODO: link]'],
  ['Rollout starts in (TBD).', '(TBD)'],
  [
    'Benchmark: placeholder text, should link to the original article.',
    'placeholder text, should link to the original article.',
  ],
  ['Traditional scanners miss <NEED MORE INFO> entirely.', '<NEED MORE INFO>'],
  ['Results TK.', 'Results TK.'],
  [
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
  ],
  ['Our pricing page. Lorem ipsum dolor sit amet.', 'Lorem ipsum dolor sit amet.'],
  [
    '“Lorem ipsum dolor sit amet,” says our happiest customer.',
    'Lorem ipsum dolor sit amet,” says our happiest customer.',
  ],
])('%s', (text, leftover) => {
  expect(found(text)).toEqual([leftover]);
});

test.each([
  'We rewrote the parser (to do so, we split it in two).',
  'The input shows placeholder text until you type.',
  'Set the placeholder attribute: it shows a hint.',
  'Our todo list app (a demo) syncs offline.',
  'One troll sent us the entire “lorem ipsum” text over and over again.',
  'Designers fill mockups with "Lorem ipsum" until the copy is ready.',
  'Mockups show “Lorem ipsum” until the copy is ready.',
  'The lorem ipsum in mockups is a placeholder.',
])('no leftover in "%s"', (text) => {
  expect(found(text)).toEqual([]);
});
