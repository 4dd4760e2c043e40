// A change between its sentence's figure and one given sections above ("a 14.2KiB binary" ... "weighing in at
// 1.2KiB, or a 92% reduction in size", held34) is worked out; one that does not agree, or whose earlier figure is a
// claim of its own, still asks (src/core/worth/figures-earlier.ts).
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const REASON = 'a change between its sentence’s figure and one the post gave above';
const reasonsOf = (first: string, last: string, text: string) =>
  analyzeMarkdown(`${first}\n\n## Slimmer\n\nWe drop the toolchain.\n\n${last}`, {
    file: 'case.md',
  }).claims.find((c) => c.text.includes(text))!.worthReasons;

test('a change that agrees with the two figures is worked out', () => {
  expect(
    reasonsOf('The first build made a 48.0MB image.', 'It now weighs 6.3MB, an 87% reduction.', '87%'),
  ).toContain(REASON);
});

test('not when it does not agree, says no change, or the earlier figure needs a source itself', () => {
  expect(
    reasonsOf('The first build made a 48.0MB image.', 'It now weighs 6.3MB, an 80% reduction.', '80%'),
  ).not.toContain(REASON);
  expect(
    reasonsOf('The first build made a 48.0MB image.', 'It now weighs 6.3MB, 87% of it code.', '87%'),
  ).not.toContain(REASON);
  expect(
    reasonsOf(
      'Rival images weigh 48.0MB, more than any other tool.',
      'Ours weighs 6.3MB, an 87% reduction.',
      '87%',
    ),
  ).not.toContain(REASON);
  // Set against something: a comparison of its own.
  expect(
    reasonsOf(
      'The first build made a 48.0MB image.',
      'It now weighs 6.3MB, an 87% reduction over Acme.',
      '87%',
    ),
  ).not.toContain(REASON);
});
