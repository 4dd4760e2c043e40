// A figure the post already gave, and a share worked out from two it gave (held33: a blog timed by its author, who
// lists "194ms to get HTML" and "524ms to DOMContentLoaded" and then writes "(194ms) is 37% of the initial render
// time. 37% is worth taking a look at."): said again, none of them is a new claim (src/core/worth/quiet-worked.ts).
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const SAID_BEFORE = 'the figure the post gave before, said again';
const WORKED_OUT = 'worked out from figures given just before it';
const LIST =
  '# Speeding up my blog\n\nThe important pieces:\n\n- 194ms to get HTML\n- 524ms to DOMContentLoaded\n- 1.39s to load\n\n';

const claims = (markdown: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).claims.map((c) => ({
    text: c.text,
    worth: c.worth,
    why: c.worthReasons,
  }));

test('a figure printed with three digits that a settled claim gave is no new claim, in other units too', () => {
  const found = claims(
    `${LIST}Compared to the previous load of 1,390ms, the server side rendering (194ms) is what we cut first.`,
  );
  expect(found.filter((c) => c.why.includes(SAID_BEFORE)).map((c) => c.text)).toEqual(['1,390ms', '194ms']);
});

test('a share of two figures given before, its part in its sentence; then said again opening the next sentence', () => {
  const found = claims(
    `${LIST}Now we see that the server side rendering (194ms) is 37% of the initial render time. 37% is worth a look.`,
  );
  expect(found.filter((c) => c.text === '37%').map((c) => c.why)).toEqual([[WORKED_OUT], [SAID_BEFORE]]);
});

test('no part right before it, no share; a round figure, a flagged first mention or a new figure is no given one', () => {
  const noPart = claims(`${LIST}After the rewrite, rendering was cut by 37% and 37% of readers came back.`);
  expect(noPart.filter((c) => c.text === '37%').map((c) => c.worth)).not.toContain('none');
  const runs = claims(
    '# Load\n\nWe tested with 8 workers and then with 20 workers. In run 2, 40% of requests timed out.',
  );
  expect(runs.find((c) => c.text === '40%')!.worth).not.toBe('none');
  const saidOf = (markdown: string, text: string) =>
    claims(markdown)
      .filter((c) => c.text.includes(text))
      .map((c) => c.why.includes(SAID_BEFORE));
  expect(
    saidOf('# Timeouts\n\nWe set a 100ms timeout.\n\nOur API now answers in the previous 100ms.', '100ms'),
  ).toEqual([false, false]);
  expect(
    saidOf(
      '# Speed\n\nOur API answers in 194ms, faster than any rival.\n\nThe earlier 194ms still matters.',
      '194ms',
    ),
  ).toEqual([false, false]);
  // Not named back: a figure of something else that happens to match one above.
  expect(saidOf(`${LIST}Our API now answers in 194ms for every customer.`, '194ms')).toEqual([false, false]);
  expect(
    saidOf('# Cache\n\nWe set the cache ratio to 40% (the default). 40% of all traffic is now bots.', '40%'),
  ).toEqual([false, false]);
});

// held34: a loader timed in a chart ("nearly 4.5 seconds"), then "from 4.5 seconds -> ~600 ms" sections later; a
// binary's size cut "nearly 10KiB", then "the majority of the 10KiB" under the next heading.
const CHART =
  '# Faster loading\n\nI timed the loader for each library size.\n\n![load time by symbols](chart.svg)\n\n' +
  'Loading can take nearly 3.7 seconds for a million symbols.\n\n';

test('the start of a change, printed with two digits, is the figure given before anywhere above', () => {
  const found = claims(
    `${CHART}## The fix\n\nWe cache the lookups.\n\nIt works well.\n\nThat is all.\n\nWe cut the load from 3.7 seconds -> ~450 ms.`,
  );
  expect(found.filter((c) => c.text === '3.7 seconds').map((c) => c.why)).toEqual([[SAID_BEFORE]]);
});

test('a figure named with "the" is the one given in the few blocks above it, a heading between them too', () => {
  const found = claims(
    '# Size\n\nSwapping two calls saved nearly 20KiB in our firmware.\n\n## Where it went\n\nMost of the 20KiB came from one error type.',
  );
  expect(found.filter((c) => c.text === '20KiB').map((c) => c.why)).toEqual([[SAID_BEFORE]]);
});

test('no start of a change, one digit, a flagged first mention, or a figure far above: no given one', () => {
  const saidOf = (markdown: string, text: string) =>
    claims(markdown)
      .filter((c) => c.text.startsWith(text))
      .map((c) => c.why.includes(SAID_BEFORE));
  // Not the start of a change: a new figure of something else.
  expect(saidOf(`${CHART}Our rival needs 3.7 seconds for it.`, '3.7 seconds')).toEqual([false]);
  // One digit: "5 seconds" is said of many things.
  expect(
    saidOf(
      '# Jobs\n\nA job may wait 5 seconds (the default).\n\nWe cut queues from 5 seconds to 1 second.',
      '5 seconds',
    ),
  ).toEqual([false, false]);
  // The first mention was flagged, so the second stands on nothing either.
  expect(
    saidOf(
      '# Speed\n\nOur engine is 4.5 seconds faster than every rival.\n\nWe went from 4.5 seconds to 600 ms.',
      '4.5 seconds',
    ),
  ).toEqual([false, false]);
  // "the 20% of customers": a percentage named with "the" is as often a share of something else.
  expect(
    saidOf(
      '# Builds\n\nWe measured build times with hyperfine: builds are now 20% faster.\n\nThe 20% of customers who upgraded first saw no errors.',
      '20%',
    ),
  ).toEqual([false, false]);
  // "the 20KiB" five blocks below the one that gave it.
  expect(
    saidOf(
      '# Size\n\nSwapping two calls saved nearly 20KiB.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nMost of the 20KiB was dead code.',
      '20KiB',
    ),
  ).toEqual([false]);
});
