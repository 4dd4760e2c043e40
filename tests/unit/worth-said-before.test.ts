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

test('no part in the sentence, no share; a round figure or a flagged first mention is no given figure', () => {
  const share = claims(`${LIST}After the rewrite, rendering was cut by 37% and 37% of readers came back.`);
  expect(share.filter((c) => c.text === '37%').map((c) => c.worth)).not.toContain('none');
  const round = claims(
    '# Timeouts\n\nWe set a 100ms timeout on every call.\n\nOur API now answers in 100ms, faster than any rival.',
  );
  expect(round.find((c) => c.text === '100ms' && c.worth !== 'none')?.why).not.toContain(SAID_BEFORE);
  const flagged = claims(
    '# Speed\n\nOur API answers in 194ms, faster than any rival.\n\nThat is why the 194ms matters to customers.',
  );
  expect(flagged.some((c) => c.why.includes(SAID_BEFORE))).toBe(false);
});
