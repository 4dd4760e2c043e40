import { describe, expect, test } from 'vitest';
import { blockSentences, sentenceAt, splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  test.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Costs fell 12.5% in Q3. Margins rose.', ['Costs fell 12.5% in Q3.', 'Margins rose.']],
    ['See Smith et al. 2020 for more. Then stop.', ['See Smith et al. 2020 for more.', 'Then stop.']],
    ['Use e.g. Redis. It works!', ['Use e.g. Redis.', 'It works!']],
    // A stop inside a parenthesis that closes soon after does not end the sentence around it.
    [
      'It costs ~140x (YMMV. Could be higher) less than Elastic. Next.',
      ['It costs ~140x (YMMV. Could be higher) less than Elastic.', 'Next.'],
    ],
    ['Done (see below). Then more.', ['Done (see below).', 'Then more.']],
    ['Dr. Lee agrees. J. Smith does too.', ['Dr. Lee agrees.', 'J. Smith does too.']],
    ['Ranked No. 1 in tests. Really?', ['Ranked No. 1 in tests.', 'Really?']],
    ['It grew (a lot). "Wow," said Ana.', ['It grew (a lot).', '"Wow," said Ana.']],
    ['Para one\n\npara two', ['Para one', 'para two']],
    ['Done in 2016. Then 2017.', ['Done in 2016.', 'Then 2017.']],
    ['Startup: ~5 ms vs ~635 ms. At 5 ms it serves.', ['Startup: ~5 ms vs ~635 ms.', 'At 5 ms it serves.']],
    ['Ask Ms. Lee. She knows.', ['Ask Ms. Lee.', 'She knows.']],
    ['It agrees, especially wrt. Elastic. Next.', ['It agrees, especially wrt. Elastic.', 'Next.']],
    ['Fast w.r.t. Loki. Next.', ['Fast w.r.t. Loki.', 'Next.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('sentenceAt finds the holder, and falls back to the last sentence', () => {
    const text = 'Alpha beta. Gamma delta.';
    const ranges = splitSentences(text);
    expect(text.slice(...Object.values(sentenceAt(ranges, text.indexOf('delta'))))).toBe('Gamma delta.');
    expect(sentenceAt(ranges, 999)).toEqual(ranges[1]);
    expect(sentenceAt([], 3)).toEqual({ start: 0, end: 0 });
  });

  test.each([
    ['bangs', '!'.repeat(200_000) + 'x'],
    ['dots', '.'.repeat(200_000) + 'x'],
    ['spaced dots', '. '.repeat(100_000)],
    ['blank lines', '\n \n'.repeat(100_000)],
  ])('stays linear on %s', (_name, text) => {
    const t0 = performance.now();
    splitSentences(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('blockSentences', () => {
  test('splits a block once and answers each block object for itself', () => {
    const a = { text: 'One. Two.' };
    const b = { text: 'One. Two.' };
    const first = blockSentences(a);
    expect(first).toEqual(splitSentences(a.text));
    expect(blockSentences(a)).toBe(first);
    // Another block with the same text (the next analysis's copy) is split anew.
    expect(blockSentences(b)).not.toBe(first);
    expect(blockSentences(b)).toEqual(first);
  });
});
