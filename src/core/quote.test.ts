import { describe, expect, test } from 'vitest';
import { anchorQuote, makeQuote } from './quote';

const ORIGINAL =
  'Our build farm now finishes in 40% less time. Last spring the nightly suite took 40% of the night shift, ' +
  'and the flaky tests cost another 40% on retries.';

// Offsets of `needle` inside `hay`, located after `before` (so expectations come from the text, not constants).
function spanOf(hay: string, before: string, needle: string): { start: number; end: number } {
  const at = hay.indexOf(before + needle);
  if (at < 0) throw new Error(`fixture text lacks ${before + needle}`);
  return { start: at + before.length, end: at + before.length + needle.length };
}

describe('makeQuote', () => {
  test.each([
    ['middle of the text', 31, 34, 8],
    ['at the very start', 0, 3, 8],
    ['at the very end', ORIGINAL.length - 8, ORIGINAL.length, 8],
    ['no context', 31, 34, 0],
    ['reversed offsets', 34, 31, 8],
    ['offsets past the end', ORIGINAL.length - 2, ORIGINAL.length + 50, 8],
  ])('%s', (_name, start, end, context) => {
    const q = makeQuote(ORIGINAL, start, end, context);
    const lo = Math.max(0, Math.min(start, end));
    const hi = Math.min(ORIGINAL.length, Math.max(start, end));
    expect(q).toEqual({
      exact: ORIGINAL.slice(lo, hi),
      prefix: ORIGINAL.slice(Math.max(0, lo - context), lo),
      suffix: ORIGINAL.slice(hi, hi + context),
      start: lo,
      end: hi,
    });
    expect(q.prefix.length).toBeLessThanOrEqual(context);
    expect(q.suffix.length).toBeLessThanOrEqual(context);
  });

  test('defaults to 32 characters of context', () => {
    const { start, end } = spanOf(ORIGINAL, 'took ', '40%');
    const q = makeQuote(ORIGINAL, start, end);
    expect(q.prefix).toBe(ORIGINAL.slice(start - 32, start));
    expect(q.suffix).toBe(ORIGINAL.slice(end, end + 32));
  });
});

describe('anchorQuote', () => {
  // Each row: the quoted occurrence (found by its left neighbour), the edited text, where it should land now.
  test.each([
    ['unchanged text', 'took ', ORIGINAL, 'took '],
    [
      'a sentence inserted before the quote',
      'took ',
      'Update: numbers re-checked in May. ' + ORIGINAL,
      'took ',
    ],
    [
      'text deleted before the quote',
      'another ',
      ORIGINAL.replace('Our build farm now finishes in 40% less time. ', ''),
      'another ',
    ],
    ['the first of three equal strings', 'in ', ORIGINAL, 'in '],
    ['the last of three, after an edit shifted everything', 'another ', 'Summary. ' + ORIGINAL, 'another '],
    [
      'the middle one, with the text after it rewritten',
      'took ',
      ORIGINAL.replace('of the night shift', 'of the whole night'),
      'took ',
    ],
    ['spacing changed right before the quote', 'took ', ORIGINAL.replace('took 40%', 'took  40%'), 'took  '],
  ])('%s', (_name, before, edited, beforeNow) => {
    const was = spanOf(ORIGINAL, before, '40%');
    const quote = makeQuote(ORIGINAL, was.start, was.end);
    const expected = spanOf(edited, beforeNow, '40%');
    expect(anchorQuote(edited, quote)).toEqual(expected);
  });

  test('prefix and suffix beat a stale position hint', () => {
    const was = spanOf(ORIGINAL, 'another ', '40%');
    const quote = { ...makeQuote(ORIGINAL, was.start, was.end), start: 0, end: 3 };
    expect(anchorQuote(ORIGINAL, quote)).toEqual(was);
  });

  test('identical surroundings fall back to the position hint', () => {
    const text = 'ok 5% ok. ok 5% ok. ok 5% ok.';
    const second = text.indexOf('5%', text.indexOf('5%') + 1);
    const quote = makeQuote(text, second, second + 2, 3);
    expect(anchorQuote(text, quote)).toEqual({ start: second, end: second + 2 });
  });

  test('multi-word quote survives reflowed whitespace', () => {
    const text = 'We saw a 3x   faster\nbuild after the move.';
    const quote = { exact: '3x faster build', prefix: 'saw a ', suffix: ' after', start: 9, end: 24 };
    const start = text.indexOf('3x');
    expect(anchorQuote(text, quote)).toEqual({ start, end: text.indexOf(' after') });
  });

  test.each([
    ['the quoted text is gone', 'Our build farm is fast.', makeQuote(ORIGINAL, 31, 34)],
    ['empty exact', ORIGINAL, { exact: '', prefix: '', suffix: '', start: 0, end: 0 }],
    ['empty text', '', makeQuote(ORIGINAL, 31, 34)],
  ])('returns null when %s', (_name, text, quote) => {
    expect(anchorQuote(text, quote)).toBeNull();
  });

  test('scores thousands of repeats of a 1 MB text quickly', () => {
    const unit = 'The cache hit rate was 40% on day one. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const marked = text + 'After tuning the hit rate was 40% higher than before.';
    const start = marked.lastIndexOf('40%');
    const quote = makeQuote(marked, start, start + 3);
    const t0 = performance.now();
    const found = anchorQuote(marked, { ...quote, start: 0, end: 3 });
    expect(found).toEqual({ start, end: start + 3 });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
