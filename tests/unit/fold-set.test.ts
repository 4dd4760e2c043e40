import { projectSources } from '../helpers/project-sources';
import { describe, expect, test } from 'vitest';
import { ESCAPE, foldScan, foldText, foldTextExact, folded } from '../../src/core/fold';
import { PLACEHOLDER_TEXT, PROMISE } from '../../src/core/link-words';
import {
  foldScanFound,
  foldScanSet,
  foldSet,
  literalsImply,
  prepareFoldSets,
  prepared,
  wordGuards,
} from '../../src/core/fold-set';
import { requiredLiterals } from '../../src/core/required-literals';
import { NOT_NUMBER_PATTERNS } from '../../src/core/claim-words';
import { LEXICON_PATTERNS } from '../../src/core/claims';

const SETS: [string, RegExp[]][] = [
  ['lexicon', [...LEXICON_PATTERNS]],
  ['not numbers', NOT_NUMBER_PATTERNS],
];

// The project's own articles, paragraph by paragraph.
const paragraphs: string[] = projectSources().flatMap(({ text }) =>
  text.split(/\n\s*\n/).filter((p) => p.trim()),
);

// Sentences for patterns whose words random texts seldom put in order.
const SEEDS = [
  'As any security professional will tell you, dev dependencies matter. Ask any DBA.',
  'The results were independently verified, not independently verified by NCC Group.',
];

// Texts made of the patterns' own literals, in every case, with noise between: every pattern gets chances to match.
function generated(patterns: RegExp[], count: number): string[] {
  const words = patterns.flatMap((re) => {
    const p = folded(re);
    const s = p.fast ?? p.re;
    return requiredLiterals(s.source, s.unicode) ?? [];
  });
  words.push(
    'the',
    'a',
    'of',
    'than',
    'most',
    '2024',
    '3.5',
    '10x',
    '42%',
    'İ',
    'ſ',
    '—',
    '. ',
    ', ',
    '(',
    ')',
  );
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let k = 0; k < 12; k++) {
      const w = words[rand(words.length)]!;
      parts.push(rand(4) === 0 ? w.toUpperCase() : rand(3) === 0 ? w[0]!.toUpperCase() + w.slice(1) : w);
    }
    out.push(parts.join(rand(2) ? ' ' : '  '));
  }
  return out;
}

describe('foldScanSet finds exactly what foldScan finds, pattern by pattern', () => {
  test.each(SETS)('%s', (_, patterns) => {
    const set = foldSet(patterns);
    const parts = patterns.map(folded);
    const hit = new Set<number>();
    for (const text of [...paragraphs, ...SEEDS, ...generated(patterns, 3000)]) {
      const lower = foldText(text);
      const want = parts.map((p) => foldScan(p, text, lower).map((m) => [m.index, m[0]]));
      const got = foldScanSet(set, text, lower).map((ms) => ms.map((m) => [m.index, m[0]]));
      expect(got, text).toEqual(want);
      // foldScanFound: the same matches, for the patterns that found any.
      const found = foldScanFound(set, text, lower).map(([k, ms]) => [k, ms.map((m) => [m.index, m[0]])]);
      expect(found, text).toEqual(want.flatMap((w, k) => (w.length > 0 ? [[k, w]] : [])));
      want.forEach((w, k) => {
        if (w.length > 0) hit.add(k);
      });
    }
    // The texts reach most patterns, so the comparison means something.
    expect(hit.size).toBeGreaterThan(patterns.length * 0.6);
  });

  test('most lexicon patterns are filtered by their words', () => {
    const set = foldSet(SETS[0]![1]);
    expect(prepared(set).always.filter(Boolean).length).toBeLessThan(3);
  });

  test('a set is prepared on first use, or by prepareFoldSets, once', () => {
    const used = foldSet([/\bfaster\b/gi]);
    const waiting = foldSet([/\bslower\b/gi]);
    expect([used.prepared, waiting.prepared]).toEqual([null, null]);
    expect(foldScanFound(used, 'Faster.', 'faster.')).toHaveLength(1);
    const first = used.prepared;
    expect(first).not.toBeNull();
    expect(waiting.prepared).toBeNull();
    prepareFoldSets();
    expect(waiting.prepared).not.toBeNull();
    expect(used.prepared).toBe(first);
  });
});

describe('requiredLiterals', () => {
  test.each([
    [/\b(?:leader|pioneer)s?\b/u, ['leader', 'pioneer']],
    [/(?<name>xyz)y?/u, ['xyz']],
    [/(abc)\1/, ['abc']],
    [/(?<=\.(?:com|org))\b/u, ['.com', '.org']],
    [/\bthe\s+top(?!\s+of)/u, ['top']],
    [/\b(?:is|are)\s+(?:exploding|booming)\b/u, ['exploding', 'booming']],
    [/best[- ]in[- ]class/u, ['best-in-class', 'best-in class', 'best in-class', 'best in class']],
    [/\bwe\s+[^.;]{0,40}because/u, ['because']],
    [/fortune\s+500/, ['fortune']],
    [/\d+%/u, ['%']],
  ])('%s needs one of %j', (re, want) => {
    expect(requiredLiterals(re.source, re.unicode)?.sort()).toEqual([...want].sort());
  });

  test.each([/\w+/u, /(?<n>\w)\k<n>/u, /(\d)\1/, /a*/, /(?!abc)x*/u, /(?:abc)?/u, /[^x]/u, /a|\d/u])(
    '%s needs nothing it can name',
    (re) => {
      expect(requiredLiterals(re.source, re.unicode)).toBeNull();
    },
  );

  // The reader takes a run of plain characters in one piece; with an empty group between every two of them it takes
  // them one at a time. Both must name the same literals, in the same order (the order breaks ties).
  const sources = [
    ...SETS.flatMap(([, patterns]) =>
      patterns.flatMap((re) => [re, folded(re).fast ?? re]).map((re) => [re.source, re.unicode] as const),
    ),
    ...[/x?abc\w/u, /a?bcd\s+(?:ef|gh)ij/u, /(?:a|b)xyz[0-9]/u, /q{2}rs?t{1,3}/u, /(?<=ab)cd(?!ef)gh/u].map(
      (re) => [re.source, re.unicode] as const,
    ),
  ];
  test('a run of plain characters names what its characters one by one name', () => {
    expect(sources.length).toBeGreaterThan(100);
    let split = 0;
    for (const [source, unicode] of sources) {
      const apart = oneByOne(source);
      if (apart !== source) split++;
      expect(new RegExp(apart, unicode ? 'u' : '').source).toBe(apart);
      expect(requiredLiterals(source, unicode), source).toEqual(requiredLiterals(apart, unicode));
    }
    // Most patterns have a run of two plain characters to take apart.
    expect(split).toBeGreaterThan(sources.length * 0.75);
  });
});

// `source` with an empty group (?:) between every two plain characters outside classes, escapes, group openers and
// quantifiers: the same pattern, read one character at a time.
function oneByOne(source: string): string {
  // An escape, a group's opening, a quantifier in braces or a whole class: copied as they are.
  const special = new RegExp(
    String.raw`^(?:${ESCAPE}|\(\?(?:<[=!]|<[A-Za-z_$][\w$]*>|[:=!])?|\{\d+(?:,\d*)?\}|\[(?:\\[\s\S]|[^\]\\])*\])`,
  );
  let out = '';
  let plainBefore = false;
  for (let i = 0; i < source.length;) {
    const m = special.exec(source.slice(i));
    if (m) {
      out += m[0];
      i += m[0].length;
      plainBefore = false;
      continue;
    }
    const c = source[i]!;
    const plain = c >= ' ' && c <= '~' && !'()[]{}^$.\\*+?|'.includes(c);
    if (plain && plainBefore) out += '(?:)';
    out += c;
    plainBefore = plain;
    i++;
  }
  return out;
}

describe('a plain exec loop of a non-unicode /i pattern may become a set', () => {
  test.each([
    ['promises', PROMISE],
    ['placeholders', PLACEHOLDER_TEXT],
  ])('%s find exactly what the loop finds, with foldTextExact', (_, re) => {
    const set = foldSet([re]);
    const texts = [...paragraphs, ...generated([re], 3000)];
    texts.push('\u212asee our docs', 'x\u212a see our docs \u212a', 'check out the \u212aepo');
    for (const text of texts) {
      const loop: [number, string][] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        loop.push([m.index, m[0]]);
        if (m[0] === '') re.lastIndex++;
      }
      re.lastIndex = 0;
      const got = foldScanSet(set, text, foldTextExact(text))[0]!.map((m) => [m.index, m[0]]);
      expect(got, text).toEqual(loop);
    }
  });
});

describe('wordGuards', () => {
  test('says which groups have a word in the text, overlapping words included', () => {
    const guards = wordGuards([[' in ', ' out of '], ['fold'], ['sub', 'single'], ['mag']]);
    expect([...guards('one out of three, twofold')]).toEqual([1, 1, 0, 0]);
    expect([...guards('single-digit')]).toEqual([0, 0, 1, 0]);
    expect([...guards('subfolder')]).toEqual([0, 1, 1, 0]);
    expect([...guards('')]).toEqual([0, 0, 0, 0]);
  });
});

describe('literalsImply', () => {
  test('says when every literal a pattern needs holds one of the words', () => {
    const set = foldSet([/\b(?:doubl|tripl)(?:ed|ing)\b/i, /\bone\s+in\s+\w+/i, /\w+/i]);
    expect(literalsImply(set, 0, ['doubl', 'tripl'])).toBe(true);
    expect(literalsImply(set, 0, ['doubl'])).toBe(false);
    // "one" does not hold " in ": the guard filters more than the pattern's literals.
    expect(literalsImply(set, 1, [' in '])).toBe(false);
    // A pattern with no literals runs everywhere: no word is implied.
    expect(literalsImply(set, 2, ['a'])).toBe(false);
  });
});
