import { describe, expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';
import { nearFigure, printedAgrees, workedOutFrom } from '../../src/core/worth/figures-above';

const worthOf = (markdown: string, text: string) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text));
  expect(claim, `no claim "${text}"`).toBeDefined();
  return { worth: claim!.worth, reasons: claim!.worthReasons };
};
const WORKED_OUT = 'worked out from figures given just before it';

describe('nearFigure', () => {
  test('puts times in seconds and sizes in bytes, and names what a plain number counts', () => {
    expect(nearFigure({ kind: 'duration', text: '5 minutes', value: 5, unit: 'min' })).toEqual({
      dim: 'time',
      value: 300,
    });
    expect(nearFigure({ kind: 'number', text: '2 GB', value: 2, unit: 'GB' })).toEqual({
      dim: 'bytes',
      value: 2e9,
    });
    expect(nearFigure({ kind: 'number', text: '344 cycles', value: 344 })).toEqual({
      dim: 'n:cycle',
      value: 344,
    });
    expect(nearFigure({ kind: 'number', text: '10 million events', value: 1e7 })).toEqual({
      dim: 'n:event',
      value: 1e7,
    });
  });
  test('has nothing for ranges, words and bare numbers', () => {
    expect(nearFigure({ kind: 'range', text: '20 to 50 employees', value: 20, max: 50 })).toBeNull();
    expect(nearFigure({ kind: 'multiplier', text: 'doubles', value: 2, unit: 'x' })).toBeNull();
    expect(nearFigure({ kind: 'number', text: '42', value: 42 })).toBeNull();
  });
});

describe('printedAgrees', () => {
  test('to the digits printed, rounded or cut', () => {
    expect(printedAgrees(31, 0, undefined, 31.4)).toBe(true);
    expect(printedAgrees(172, 0, undefined, 172.7)).toBe(true);
    expect(printedAgrees(38.5, 1, undefined, 38.46)).toBe(true);
    expect(printedAgrees(31, 0, undefined, 32.6)).toBe(false);
  });
  test('a one-digit figure must be the ratio itself', () => {
    expect(printedAgrees(2, 0, undefined, 2)).toBe(true);
    expect(printedAgrees(2, 0, undefined, 2.4)).toBe(false);
  });
  test("a whole number's trailing zeros are not digits printed", () => {
    expect(printedAgrees(12000, 0, undefined, 12127)).toBe(true);
    expect(printedAgrees(12000, 0, undefined, 13100)).toBe(false);
    expect(printedAgrees(1200, 0, undefined, 1240)).toBe(true);
    expect(printedAgrees(1200, 0, undefined, 1310)).toBe(false);
    // Under a thousand they are as likely exact: "50" and "100" keep their zeros.
    expect(printedAgrees(50, 0, undefined, 49.1)).toBe(false);
    expect(printedAgrees(100, 0, undefined, 98.5)).toBe(false);
    expect(printedAgrees(120, 0, undefined, 124)).toBe(false);
  });
  test('a hedge reads as a floor, a ceiling or a neighbourhood', () => {
    expect(printedAgrees(75, 0, 'more than', 76.9)).toBe(true);
    expect(printedAgrees(75, 0, 'more than', 70)).toBe(false);
    expect(printedAgrees(75, 0, 'more than', 90)).toBe(false);
    expect(printedAgrees(10, 0, 'less than', 9.5)).toBe(true);
    expect(printedAgrees(3, 0, 'about', 3.1)).toBe(true);
    expect(printedAgrees(3, 0, 'about', 3.5)).toBe(false);
  });
});

describe('workedOutFrom', () => {
  const pct = (value: number, decimals = 0, hedge?: string) => ({
    kind: 'percentage' as const,
    value,
    decimals,
    hedge,
  });
  test('a change either way between two figures of one dimension', () => {
    const cycles = [
      { dim: 'n:cycle', value: 236 },
      { dim: 'n:cycle', value: 344 },
    ];
    expect(workedOutFrom(pct(-31), cycles)).toBe(true);
    expect(workedOutFrom(pct(46), cycles)).toBe(true);
    expect(workedOutFrom(pct(20), cycles)).toBe(false);
  });
  test('never across dimensions', () => {
    expect(
      workedOutFrom(pct(31), [
        { dim: 'n:cycle', value: 236 },
        { dim: 'n:user', value: 344 },
      ]),
    ).toBe(false);
  });
  test('an "about" percentage is a rounding, to within a point; other hedges are bounds', () => {
    const sizes = [
      { dim: 'bytes', value: 64e6 },
      { dim: 'bytes', value: 1.1e9 },
    ];
    expect(workedOutFrom(pct(95, 0, 'about'), sizes)).toBe(true);
    expect(workedOutFrom(pct(96, 0, 'about'), sizes)).toBe(false);
    expect(workedOutFrom(pct(95, 0, 'more than'), sizes)).toBe(false);
    // A small share is rounded to within 5% of itself, not a point: "about 2%" is no 3%.
    const small = [
      { dim: 'bytes', value: 97 },
      { dim: 'bytes', value: 100 },
    ];
    expect(workedOutFrom(pct(3, 0, 'about'), small)).toBe(true);
    expect(workedOutFrom(pct(2, 0, 'about'), small)).toBe(false);
  });
  test('what is left of 100%, and a multiple of two shares, but no change between shares', () => {
    expect(workedOutFrom(pct(0.25, 2), [{ dim: '%', value: 99.75 }])).toBe(true);
    const shares = [
      { dim: '%', value: 0.25 },
      { dim: '%', value: 100 },
    ];
    expect(workedOutFrom({ kind: 'multiplier', value: 400, decimals: 0 }, shares)).toBe(true);
    expect(
      workedOutFrom(pct(13), [
        { dim: '%', value: 45 },
        { dim: '%', value: 51 },
      ]),
    ).toBe(false);
    expect(
      workedOutFrom({ kind: 'multiplier', value: 2.5, decimals: 1, hedge: 'roughly' }, [
        { dim: '%', value: 70 },
        { dim: '%', value: 29 },
      ]),
    ).toBe(false);
  });
});

describe('the figures-above row, through the engine', () => {
  test('a list of cycle counts and the changes beside them', () => {
    const md =
      'Latency over the year:\n\n- Initial: 412 cycles\n- After the rework: 287 cycles (-30%)\n- With caching: 190 cycles (-54%)';
    expect(worthOf(md, '-54%')).toEqual({ worth: 'none', reasons: [WORKED_OUT] });
  });
  test('a multiple of a plan limit given in the sentence before', () => {
    const md =
      'The Starter plan includes 40 exports per month. The Team plan doubles this to 80 exports per month.';
    expect(worthOf(md, 'doubles').reasons).toEqual([WORKED_OUT]);
  });
  test('a multiple of two linked times in the sentence before, with its hedge', () => {
    const md =
      'The patch ([bug 1919](https://bugs.example.org/1919)) made compiling the module take 3.9 seconds instead of 5 minutes. That is more than 75x faster.';
    expect(worthOf(md, '75x').reasons).toEqual([WORKED_OUT]);
  });
  // The figures it comes from need a source: it is their headline, and the reader wants it flagged.
  test('not when the figures it comes from are claims that need a source', () => {
    const md = 'With Acme Cache, build times went from 10 minutes to 4 minutes. That is a 60% reduction.';
    expect(worthOf(md, '60%').worth).not.toBe('none');
  });
  test('a list above a paragraph is one block of figures, however many items it has', () => {
    const items = [
      'Original: 1.14 GB',
      'Slim: 64.2 MB',
      'Alpine: 6.5 MB',
      'Dynamic: 5.6 MB',
      'Static: 940 kB',
      'Musl: 94 kB',
    ];
    const md = `Sizes so far:\n\n${items.map((i) => `- ${i}`).join('\n')}\n\nThat's a 12000x size reduction.`;
    expect(worthOf(md, '12000x').reasons).toEqual([WORKED_OUT]);
    // Three paragraphs between are still too far.
    const far = md.replace("That's", 'One.\n\nTwo.\n\nThree.\n\nThat is');
    expect(worthOf(far, '12000x').reasons).not.toContain(WORKED_OUT);
  });
  test('not from figures in another section', () => {
    const md = 'The old parser used 412 cycles.\n\n## Results\n\nThe new one needs 287 cycles (-30%).';
    expect(worthOf(md, '-30%').reasons).not.toContain(WORKED_OUT);
  });
  test('not against a rival', () => {
    const md = 'Alpha handles 412 events per core. Beta handles 287 events per core, 30% fewer than Alpha.';
    expect(worthOf(md, '30% fewer').reasons).not.toContain(WORKED_OUT);
  });
});
