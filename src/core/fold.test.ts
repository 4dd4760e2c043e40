import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { foldGuard, foldText } from './fold';
import {
  COMPARATIVE_PATTERNS,
  NOT_NUMBER_PATTERNS,
  SUPERLATIVE_PATTERNS,
  TAGGER_CUE,
  WEASEL_PATTERNS,
} from './claim-words';
import { PLACEHOLDER_TEXT, PROMISE } from './link-words';

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url);
const fixtureTexts = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(new URL(`${d.name}/`, FIXTURES))
      .filter((f) => f.startsWith('source.'))
      .map((f) => readFileSync(new URL(`${d.name}/${f}`, FIXTURES), 'utf8')),
  );
// Every line of every fixture, as written, upper-cased and with every other letter upper-cased.
const lines = fixtureTexts
  .flatMap((t) => t.split('\n'))
  .filter((l) => l.trim() !== '')
  .flatMap((l) => [l, l.toUpperCase(), [...l].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')]);

const patterns = [
  ...SUPERLATIVE_PATTERNS,
  ...COMPARATIVE_PATTERNS,
  ...WEASEL_PATTERNS,
  ...NOT_NUMBER_PATTERNS,
  TAGGER_CUE,
  PROMISE,
  PLACEHOLDER_TEXT,
].map((re) => [re.source.slice(0, 60), re] as const);

const matches = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
};

describe('foldGuard never rules out a text the pattern matches', () => {
  test.each(patterns)('%s', (_, re) => {
    const guard = foldGuard(re);
    const missed = lines.filter((l) => matches(re, l) && !guard(foldText(l)));
    expect(missed).toEqual([]);
  });
});

describe('foldGuard', () => {
  test.each([
    [/\bthe\s+fastest\b/giu, 'The FASTEST database', true],
    [/\bthe\s+fastest\b/giu, 'a slow database', false],
    [/\bNo\.\s?1\b/giu, 'ranked no. 1', true],
    [/\b(?:leader|pioneer)s?\b/giu, 'market LEADERS', true],
    [/\b(?:leader|pioneer)s?\b/giu, 'market share', false],
    [/\bbest\b/giu, 'the beſt', true], // "ſ" folds to "s": no guard for that text
    [/\bkilo\b/giu, '\u212Ailo', true], // the Kelvin sign lower-cases to "k"
    [/[\p{Lu}]x/giu, 'ax', true], // a case-naming class gets no guard
    [/abc/g, 'xyz', true], // a case-sensitive pattern needs no guard
  ])('%s on %j may match: %s', (re, text, want) => {
    expect(foldGuard(re)(foldText(text))).toBe(want);
    if (want === false) expect(matches(re, text)).toBe(false);
  });

  test.each([
    ['Plain Text', 'plain text'],
    ['İstanbul', null], // lower-casing grows the text
    ['beſt', null],
    ['ΙΣΤΟΣ', null],
    ['', ''],
  ])('foldText(%j) is %j', (text, want) => {
    expect(foldText(text)).toBe(want);
  });

  // The exception list in fold.ts is what makes the guard exact; this re-derives it over every code point.
  test('outside the exceptions, lower case matches the way /iu folds', () => {
    const atoms: [RegExp, RegExp][] = [
      [/\w/iu, /\w/u],
      [/\p{L}/iu, /\p{L}/u],
      [/\p{M}/iu, /\p{M}/u],
      [/[^aeiou\s]/iu, /[^aeiou\s]/u],
    ];
    for (let c = 97; c <= 122; c++) {
      const l = String.fromCharCode(c);
      atoms.push([new RegExp(l, 'iu'), new RegExp(l, 'u')]);
    }
    const odd: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const folded = foldText(ch);
      if (folded === null) continue;
      if (atoms.some(([iu, u]) => iu.test(ch) !== u.test(folded))) odd.push(cp.toString(16));
    }
    expect(odd).toEqual([]);
  }, 60_000);
});
