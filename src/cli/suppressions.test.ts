import { describe, expect, test } from 'vitest';
import { isSuppressed, parseDirectives } from './suppressions';

const md = [
  '# Post', // 1
  '',
  '<!-- claimlens-disable-next-line unsupported-number -- measured in our lab -->',
  '',
  'We cut costs by 40%', // 5
  'and latency by 30%.',
  '',
  'Revenue grew 25%.',
  '<!-- claimlens-disable unsupported-superlative, weasel-attribution -->',
  'The fastest engine, studies show.', // 10
  '<!-- claimlens-enable weasel-attribution -->',
  'Experts agree it is the best.',
  '<!-- claimlens-enable -->',
  'The fastest again.',
  '{/* claimlens-disable-next-line */}', // 15
  'Anything 99% here.',
].join('\n');

describe('suppressions by rule and line', () => {
  const directives = parseDirectives(md);
  test('parsed: kind, rules, and the lines a next-line comment covers', () => {
    expect(directives).toEqual([
      { kind: 'next-line', rules: ['unsupported-number'], line: 3, from: 5, to: 6 },
      { kind: 'disable', rules: ['unsupported-superlative', 'weasel-attribution'], line: 9 },
      { kind: 'enable', rules: ['weasel-attribution'], line: 11 },
      { kind: 'enable', rules: null, line: 13 },
      { kind: 'next-line', rules: null, line: 15, from: 16, to: 16 },
    ]);
  });
  test.each<[string, number, boolean]>([
    ['unsupported-number', 5, true], // the paragraph after the comment, first line
    ['unsupported-number', 6, true], // ... and its second line
    ['unsupported-number', 8, false], // the next paragraph is not covered
    ['cited-unlinked', 5, false], // another rule
    ['unsupported-superlative', 10, true],
    ['weasel-attribution', 10, true],
    ['weasel-attribution', 12, false], // enabled again on line 11
    ['unsupported-superlative', 12, true], // still disabled
    ['unsupported-superlative', 14, false], // "enable" with no rule enables all
    ['unsupported-number', 16, true], // MDX comment, every rule
    ['unsupported-number', 1, false],
  ])('%s on line %i → %s', (rule, line, suppressed) => {
    expect(isSuppressed(directives, rule, line)).toBe(suppressed);
  });
  test('a finding whose line is unknown is never suppressed', () => {
    expect(isSuppressed(directives, 'unsupported-number', null)).toBe(false);
  });
});

test('HTML: the comment form is the same, and a comment that is not a directive is ignored', () => {
  const html =
    '<p>a</p>\n<!-- claimlens-disabled is not a directive -->\n<!--claimlens-disable-->\n<p>40%</p>';
  expect(parseDirectives(html)).toEqual([{ kind: 'disable', rules: null, line: 3 }]);
});

test('HTML without blank lines: next-line covers the next element, not the rest of the page', () => {
  const html =
    '<!-- claimlens-disable-next-line -->\n<p>Costs fell 40%\nfor all.</p>\n<p>Builds got 25% faster.</p>';
  const [d] = parseDirectives(html);
  expect([d?.from, d?.to]).toEqual([2, 3]);
});
