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
