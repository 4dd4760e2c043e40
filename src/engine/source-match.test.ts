// "Does the source say it?": the claim's number normalised on both sides, near the claim's key words.
import { describe, expect, test } from 'vitest';
import type { Claim } from '../core/report';
import { claim } from '../../tests/helpers/report';
import { matchSource } from './source-match';
import { figuresForWords } from './number-words';

const pct = claim({
  text: '40%',
  kind: 'percentage',
  value: 40,
  unit: '%',
  sentence: 'Our cooling redesign cut data center energy use by 40% across the fleet.',
});
const users = claim({
  text: '2.5 million users',
  kind: 'number',
  value: 2_500_000,
  sentence: 'The platform now serves 2.5 million users every day.',
});
const speed = claim({
  text: '5x faster',
  kind: 'multiplier',
  value: 5,
  unit: 'x',
  sentence: 'Inference on the new runtime is 5x faster than on the old one.',
});

describe.each<[string, Claim, [string, string, string | null][]]>([
  [
    '40%',
    pct,
    [
      ['Data center energy use fell 40% across the fleet.', 'stated', '40%'],
      ['Data center energy use fell 40 percent across the fleet.', 'stated', '40 percent'],
      ['Data center energy use fell forty per cent across the fleet.', 'stated', 'forty per cent'],
      ['Across the fleet, data center energy use fell by 0.4.', 'stated', '0.4'],
      ['Data center energy use fell 39.6% across the fleet.', 'stated', '39.6%'],
      ['Data center energy use fell 4% across the fleet.', 'stated-differently', '4%'],
      ['Data center energy use fell sharply across the fleet.', 'not-stated', null],
      // The right number about something else entirely is not the claim.
      ['Our office plants grew 40% taller last summer.', 'not-stated', null],
    ],
  ],
  [
    '2.5 million',
    users,
    [
      ['The platform serves 2,500,000 users a day.', 'stated', '2,500,000 users a day'],
      ['Every day the platform serves 2.5 million users.', 'stated', '2.5 million users'],
      ['Every day the platform serves 2.46 million users.', 'stated', '2.46 million users'],
      ['Every day the platform serves 1.2 million users.', 'stated-differently', '1.2 million users'],
    ],
  ],
  [
    '5x',
    speed,
    [
      ['Inference on the new runtime is five times faster.', 'stated', 'five times faster'],
      ['Inference on the new runtime is 5x faster.', 'stated', '5x faster'],
      ['Inference on the new runtime is 5-fold faster.', 'stated', '5-fold faster'],
      ['Inference on the new runtime is twice as fast.', 'stated-differently', 'twice'],
    ],
  ],
])('%s', (_name, c, cases) => {
  test.each(cases)('%s → %s', (page, status, found) => {
    const m = matchSource(c, `${page}\nThe rest of the page is about something else.`);
    expect(m.status).toBe(status);
    if (found) expect(m.found).toBe(found);
    if (status !== 'not-stated') expect(m.snippet).toContain(page.slice(0, 20));
  });
});

test('the snippet is the source’s own sentence, cut around the number on a long line', () => {
  const long = `${'Background text about the company. '.repeat(10)}Data center energy use fell 4% across the fleet. ${'More text. '.repeat(20)}`;
  const m = matchSource(pct, long);
  expect(m.status).toBe('stated-differently');
  expect(m.snippet!.startsWith('…')).toBe(true);
  expect(m.snippet!.endsWith('…')).toBe(true);
  expect(m.snippet).toContain('fell 4% across the fleet');
  expect(m.snippet!.length).toBeLessThan(320);
});

test('a claim without a number is never matched', () => {
  const best = claim({ text: 'the fastest', kind: 'superlative' });
  expect(matchSource(best, 'We are the fastest.').status).toBe('not-stated');
});

test.each([
  ['forty-two percent', '42 percent'],
  ['twenty five', '25'],
  ['it doubled', 'it 2x'],
  ['3 times faster', '3x faster'],
  ['the one that', 'the one that'],
])('figuresForWords(%j) = %j', (text, out) => {
  expect(figuresForWords(text).text).toBe(out);
});

test('offsets map back to the original words', () => {
  const r = figuresForWords('up forty per cent, then five times more');
  const at = r.text.indexOf('5x');
  expect(r.toOriginal(at)).toBe('up forty per cent, then '.length);
});
