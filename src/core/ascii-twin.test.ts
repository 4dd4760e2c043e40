import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asciiSafe, asciiTwin, twinned, twinnedPatterns } from './ascii-twin';
import { folded } from './fold';
import { NOT_NUMBER_PATTERNS } from './claim-words';
import { LEXICON_PATTERNS } from './claims';
import * as WORTH_PATTERNS from './worth/patterns';
// The modules that wrap patterns with twinned(), loaded for twinnedPatterns().
import './relevance';
import './worth/facts';
import './worth/quiet';
import './worth/signal';

describe('asciiTwin', () => {
  test.each([
    [/\p{Lu}[\p{L}\p{N}.-]*/gu, '[A-Z][A-Za-z0-9.-]*'],
    [/\b\p{Ll}[\p{L}-]+/gu, '\\b[a-z][A-Za-z-]+'],
    [/x\P{L}y/u, 'x[^A-Za-z]y'],
    [/[\p{L}\p{M}'’-]+/u, "[A-Za-z'’-]+"],
    [/\p{M}|a/u, '[]|a'],
    [/\[\p{L}\]/u, '\\[[A-Za-z]\\]'],
  ])('%s is spelled %s', (re, source) => {
    const twin = asciiTwin(re);
    expect(twin?.source).toBe(source);
    expect(twin?.flags).toBe(re.flags);
  });

  test.each([/abc/u, new RegExp('\\p{L}'), /\p{Script=Han}/u, /[^\P{L}x]/u, /\p{Sc}/u])(
    '%s gets no twin',
    (re) => {
      expect(asciiTwin(re)).toBeNull();
    },
  );
});

describe('asciiSafe', () => {
  test.each([
    'plain ASCII, 40% faster',
    'curly ‘quotes’ and “these”, dashes – and —, × 3, € 20, 30 °C, non\u00a0breaking',
    '',
  ])('%j is safe', (text) => expect(asciiSafe(text)).toBe(true));

  test.each([
    'café',
    '10 µs',
    'x² growth',
    'İstanbul',
    'beſt',
    '5 \u212aelvin',
    'e\u0301 (a combining mark)',
    '𝐀 bold',
    '٣ Arabic digit',
  ])('%j is not', (text) => expect(asciiSafe(text)).toBe(false));

  test('its memory of the last text never answers for another', () => {
    expect(asciiSafe('naïve')).toBe(false);
    expect(asciiSafe('naive')).toBe(true);
    expect(asciiSafe('naïve')).toBe(false);
  });

  test('it remembers several texts, asked about in turn, each with its own answer', () => {
    const texts = ['Café', 'cafe', 'Über', 'uber', 'İstanbul', 'istanbul', 'naïve'];
    for (let round = 0; round < 3; round++) {
      for (const t of texts) expect(asciiSafe(t), t).toBe([...t].every((ch) => ch.charCodeAt(0) < 0x80));
    }
  });
});

// Every property pattern of the engine's lexicons and worth rows, as written and as foldScan's lower-case twin.
const PROPERTY_PATTERNS: RegExp[] = [
  ...LEXICON_PATTERNS,
  ...NOT_NUMBER_PATTERNS,
  ...Object.values(WORTH_PATTERNS).filter((v): v is RegExp => v instanceof RegExp),
  ...twinnedPatterns(),
]
  .flatMap((re) => [re, folded(re).fast].filter((r): r is RegExp => r !== null))
  .filter((re) => asciiTwin(re) !== null);

const all = (re: RegExp, text: string): (string | number | undefined)[][] => {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: (string | number | undefined)[][] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push([m.index, ...m]);
    if (m[0] === '') g.lastIndex++;
  }
  return out;
};

// Words the patterns look for, in every case, between ASCII and non-ASCII noise, safe and not.
const WORDS = [
  'the',
  'best',
  'leader',
  'than',
  'faster',
  'Redis',
  'teams',
  'most',
  'we',
  'users',
  '40%',
  '3',
  'x',
];
const NOISE = [
  ' ',
  '  ',
  '.',
  ',',
  '-',
  "'",
  '’',
  '“',
  '—',
  '×',
  '€',
  'é',
  'µ',
  '²',
  'ſ',
  '\u212a',
  '\u0301',
  'İ',
];
const piece = fc.oneof(
  fc
    .constantFrom(...WORDS)
    .chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1))),
  fc.constantFrom(...NOISE),
  fc.string({ maxLength: 3 }),
);
const texts = fc.array(piece, { maxLength: 24 }).map((p) => p.join(' '));

describe('on a safe text a twin finds exactly what its pattern finds', () => {
  test(`${PROPERTY_PATTERNS.length} patterns`, () => {
    expect(PROPERTY_PATTERNS.length).toBeGreaterThan(30);
    // The worth facts' words and names, the signal's words, the arithmetic cue and the relevance's long words.
    expect(twinnedPatterns().length).toBeGreaterThanOrEqual(5);
    let safe = 0;
    fc.assert(
      fc.property(texts, (text) => {
        if (!asciiSafe(text)) return;
        safe++;
        for (const re of PROPERTY_PATTERNS) expect(all(asciiTwin(re)!, text), `${re}`).toEqual(all(re, text));
      }),
      { numRuns: 400, seed: 20261203 },
    );
    // The generator reaches both kinds of text, so the comparison means something.
    expect(safe).toBeGreaterThan(50);
    expect(safe).toBeLessThan(400);
  });

  test('twinned() picks the twin only for safe texts', () => {
    const t = twinned(/\p{Lu}\p{L}+/gu);
    expect(t.on('Acme and Redis')).not.toBe(t.re);
    expect(t.on('Zoë and Redis')).toBe(t.re);
    expect(twinned(/[A-Z]/g).on('anything')).toEqual(/[A-Z]/g);
  });
});
