// held37: a yearly "State of X" survey write-up. "We also asked respondents - what's the status of your organisation's
// adoption?" over its chart, then "From the above chart we can see that 41% of respondents are using it in
// production"; "For the third year running, Rust is the most frequently used language" right under the chart of
// that question. The author's own survey (asked, added to, closed), read off its charts.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

const SURVEY =
  '# The State of WebAssembly\n\nThe survey has closed, the results are in.\n\n' +
  'The first question asked which languages people use.\n\n![usage](/uploads/usage.png)\n\n' +
  'For the third year running, Rust is the most frequently used language for WebAssembly.\n\n' +
  'We also asked respondents about their adoption.\n\n![adoption](/uploads/adoption.png)\n\n' +
  'From the above chart we can see that 41% of respondents are using it in production.\n';

test("the author's own survey, read off its charts, asks for no source", () => {
  expect(worthOf(SURVEY, '41%')).toBe('none');
  expect(worthOf(SURVEY, 'the most frequently used language')).toBe('none');
});

test("another's survey, or a rank with no chart of the author's, still asks", () => {
  const theirs =
    '# Languages\n\nFor the third year running, Rust is the most frequently used language for WebAssembly.\n';
  expect(worthOf(theirs, 'the most frequently used language')).not.toBe('none');
  const noChart = '# Adoption\n\nFrom what we hear, 41% of teams are using it in production.\n';
  expect(worthOf(noChart, '41%')).not.toBe('none');
});
