import { describe, expect, test } from 'vitest';
import { foldGuard, foldScan, foldText, folded } from './fold';
import {
  COMPARATIVE_PATTERNS,
  NOT_NUMBER_PATTERNS,
  SUPERLATIVE_PATTERNS,
  TAGGER_CUE,
  WEASEL_PATTERNS,
} from './claim-words';
import { PLACEHOLDER_TEXT, PROMISE } from './link-words';

// Sentences that exercise every lexicon family, as written, upper-cased and with every other letter upper-cased.
const CORPUS = [
  'We are the global leader in observability and a pioneer of eBPF tooling.',
  'Acme is the leading cloud provider; the world’s leading analytics platform is ours.',
  'At the forefront of generative AI, our industry-leading, best-in-class, award-winning suite is unmatched.',
  'It is the world’s first serverless database and the fastest-growing platform, the most trusted name in logs.',
  'We are the top accounts payable solution, the first platform to ship it, the #1 choice, ranked #1 and No. 1.',
  'It outperforms Redis and beats Kafka; it is faster than Memcached, more reliable than Postgres, superior to MySQL.',
  'Studies show and experts agree; it is widely known and it has been shown; many people believe it.',
  'According to recent industry reports, a recent study and a study found that most developers say so.',
  'A recent study by MIT and a new survey from Gartner are cited; a pilot study in Nature too.',
  'See https://example.org/a and www.acme.io, mail sales@acme.com, on 2024-01-15 at 9:30 am, 10/12/2023.',
  'Version 3.12.1 on March 5, 2024, 5th of June 2023, in the 1990s, see [1] and (2), call (555) 123-4567.',
  'Call +44 20 7946 0958 or 020 7946 0958; 4K video, 24x7 and 24/7 support, 3/4 of users, 7 min read, 3 days ago.',
  'A 30-day trial, 100 Montgomery Street, CA 94104, Science 367(6481), about 12:00 and 18:45.',
  'It is the cheapest option, the most efficient, faster than they thought, and than ever.',
  'Explore our GitHub repository, download the full whitepaper, sign up here, contact us, book a demo.',
  'The results are available on GitHub (link) and [insert link here] and <url>.',
];
const lines = CORPUS.flatMap((l) => [
  l,
  l.toUpperCase(),
  [...l].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join(''),
]);

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

// Each match as its position and every group (the ASCII twins must keep the groups as they are).
const groups = (m: RegExpExecArray): unknown[] => [m.index, ...m];

describe('foldScan finds exactly what an exec loop finds, groups included', () => {
  test.each(patterns)('%s', (_, re) => {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    const p = folded(g);
    for (const l of [
      ...lines,
      'beſt of the Best',
      'İstanbul has the best',
      'the best café in Zürich, é-first',
    ]) {
      const loop: unknown[][] = [];
      g.lastIndex = 0;
      for (let m = g.exec(l); m; m = g.exec(l)) {
        loop.push(groups(m));
        if (m[0] === '') g.lastIndex++;
      }
      expect(foldScan(p, l, foldText(l)).map(groups)).toEqual(loop);
    }
  });
});

test('the sticky original is built when a text first needs it, then kept', () => {
  const p = folded(/\bthe\s+\p{L}+est\b/giu);
  // An ASCII-safe text is scanned with the twins alone.
  expect(foldScan(p, 'the fastest one', foldText('the fastest one')).map((m) => m[0])).toEqual([
    'the fastest',
  ]);
  const at = p.at;
  expect([at.source, at.flags, at.sticky]).toEqual([p.re.source, 'iuy', true]);
  expect(p.at).toBe(at);
  // A text that is not ASCII-safe takes the original.
  expect(foldScan(p, 'the naïvest é', foldText('the naïvest é')).map((m) => m[0])).toEqual(['the naïvest']);
});

test('a pattern builds no RegExp until it runs, and each one once', () => {
  const built: string[] = [];
  const Real = RegExp;
  // Counts the RegExps fold.ts builds from sources (literals in this file are not built through the constructor).
  globalThis.RegExp = new Proxy(Real, {
    construct(target, args: [string, string]) {
      built.push(args[1]);
      return new target(...args);
    },
  });
  try {
    const p = folded(/\bthe\s+\p{L}+est\b/giu);
    const guard = foldGuard(/\b(?:leader|pioneer)s?\b/giu);
    expect(p.fastSource).toBe(String.raw`\bthe\s+\p{L}+est\b`);
    expect(built).toEqual([]);
    expect(foldScan(p, 'the fastest one', foldText('the fastest one')).map((m) => m[0])).toEqual([
      'the fastest',
    ]);
    // On ASCII-safe text: the fast twin's ASCII form (which reads the fast source) and the sticky original's.
    const first = built.length;
    expect(first).toBeGreaterThan(0);
    expect(foldScan(p, 'the slowest one', foldText('the slowest one')).map((m) => m[0])).toEqual([
      'the slowest',
    ]);
    expect(built.length).toBe(first);
    expect(guard(foldText('market leaders'))).toBe(true);
    expect(built.length).toBeGreaterThan(first);
  } finally {
    globalThis.RegExp = Real;
  }
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

test('the fast twin lower-cases each character on its own and keeps escapes as written', () => {
  // A final capital sigma lower-cases to "σ" on its own (to "ς" at the end of a word in a string); \x41 stays.
  expect(folded(/ÀBΣ\x41(?:Cd)/gi).fast!.source).toBe('àbσ\\x41(?:cd)');
  expect(folded(/Fast(?!ER)/gi).fast!.source).toBe('fast');
  expect(folded(/\p{Lu}X/giu).fast).toBeNull();
});
