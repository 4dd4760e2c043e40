import { describe, expect, test } from 'vitest';
import { unsupportedNumber } from './unsupported-number';
import { claim, report } from '../../tests/helpers/report';

describe('unsupported-number', () => {
  test.each([
    ['a result worth checking', claim({ text: '40%', worth: 'high' }), 'high'],
    ['first-party usage data', claim({ text: '2.75x', kind: 'multiplier', worth: 'medium' }), 'medium'],
    [
      'a vague magnitude',
      claim({ kind: 'number', text: 'millions of users', vague: true, worth: 'low' }),
      'low',
    ],
    ['money raised', claim({ kind: 'money', text: '$38 million', worth: 'medium' }), 'medium'],
  ] as const)('%s → %s', (_name, c, severity) => {
    const [f] = unsupportedNumber.run(report({ claims: [c] }));
    expect(f).toMatchObject({ severity, ref: 'c1' });
    expect(f!.message).toBe(`"${c.text}" has no source: ${c.worthReasons[0]}.`);
  });

  test.each([
    ['linked', claim({ text: '40%', support: 'linked' })],
    ['cited but unlinked (its own check)', claim({ text: '1%', support: 'cited-unlinked' })],
    ['worth nothing (a price, a setting, an example)', claim({ text: '$49', kind: 'money', worth: 'none' })],
    ['not numeric', claim({ kind: 'superlative', text: 'the fastest' })],
    [
      'a table cell (judged a table at a time)',
      claim({ text: '99.7%', context: 'Uptime / Value', table: 1 }),
    ],
  ])('no finding: %s', (_name, c) => {
    expect(unsupportedNumber.run(report({ claims: [c] }))).toEqual([]);
  });

  test('the same figure twice in one sentence is one finding over both; in two sentences, two', () => {
    // A long sentence reaches each claim as a window around it: the two windows end differently.
    const text =
      'It is not "X is 10-15% faster", nor even "X will speed Python up by 10-15% for users", we need more.';
    const second = text.lastIndexOf('10-15%');
    const twice = [
      claim({ id: 'c1', text: '10-15%', kind: 'range', worth: 'low', sentence: text.slice(0, 90) + '…' }),
      claim({
        id: 'c2',
        text: '10-15%',
        kind: 'range',
        worth: 'medium',
        sentence: text,
        quote: {
          exact: '10-15%',
          prefix: text.slice(second - 32, second),
          suffix: text.slice(second + 6, second + 38),
          start: second,
          end: second + 6,
        },
      }),
    ];
    const findings = unsupportedNumber.run(report({ claims: twice }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ref: 'c1', refs: ['c1', 'c2'], severity: 'medium' });
    const apart = [
      claim({ id: 'c1', text: '40%', sentence: 'Costs fell 40%.' }),
      claim({ id: 'c2', text: '40%', sentence: 'Builds are 40% faster.' }),
    ];
    expect(unsupportedNumber.run(report({ claims: apart }))).toHaveLength(2);
  });

  test('a before and an after joined by "to" are one finding, at the worse severity', () => {
    const sentence = 'Tests went from >2hrs to ~6 minutes, and builds from 9 s down to 2 s in 40% of runs.';
    const at = (text: string, id: string, worth: 'high' | 'medium') => {
      const start = sentence.indexOf(text);
      return claim({
        id,
        text,
        kind: 'duration',
        worth,
        sentence,
        quote: {
          exact: text,
          prefix: sentence.slice(Math.max(0, start - 32), start),
          suffix: sentence.slice(start + text.length, start + text.length + 32),
          start,
          end: start + text.length,
        },
      });
    };
    const found = unsupportedNumber.run(
      report({
        claims: [
          at('>2hrs', 'c1', 'medium'),
          at('~6 minutes', 'c2', 'high'),
          at('9 s', 'c3', 'high'),
          at('2 s', 'c4', 'high'),
          at('40%', 'c5', 'high'),
        ],
      }),
    );
    expect(found.map((f) => [f.ref, f.severity, f.message.split(':')[0]])).toEqual([
      ['c1', 'high', '">2hrs to ~6 minutes" has no source'],
      ['c3', 'high', '"9 s to 2 s" has no source'],
      ['c5', 'high', '"40%" has no source'],
    ]);
  });
});
