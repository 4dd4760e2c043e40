import { describe, expect, test } from 'vitest';
import { claim, report } from '../../tests/helpers/report';
import { finalizeReport } from '../checks/index';
import type { Claim } from '../core/report';
import type { Config } from './config/schema';
import { applyPolicy, policyFor } from './policy';

const claims: Claim[] = [
  claim({ id: 'c1', text: '40%', sentence: 'Costs fell 40% this year.', worth: 'high' }), // unsupported-number, high
  claim({ id: 'c2', text: 'about 30%', hedge: 'about', sentence: 'Churn fell about 30%.', worth: 'medium' }), // medium
  claim({
    id: 'c3',
    kind: 'superlative',
    text: 'the fastest',
    sentence: 'It is the fastest.',
    worth: 'medium',
  }), // medium
  claim({
    id: 'c4',
    text: '12%',
    support: 'cited-unlinked',
    evidence: [{ kind: 'author-year', text: 'Gartner, 2023' }],
    worth: 'high', // cited without a link: medium
  }),
];
const base = finalizeReport(report({ claims }));
const kept = (config: Config, path: string | null = 'docs/post.md') =>
  applyPolicy(base, policyFor(config, path)).findings.map((f) => `${f.ref}:${f.rule}:${f.severity}`);

describe('the config applied to one file', () => {
  test('defaults keep everything', () => {
    expect(kept({})).toEqual([
      'c1:unsupported-number:high',
      'c2:unsupported-number:medium',
      'c4:cited-unlinked:medium',
      'c3:unsupported-superlative:medium',
    ]);
  });
  test.each<[string, Config, string[]]>([
    [
      'a rule off',
      { rules: { 'unsupported-number': 'off' } },
      ['c4:cited-unlinked:medium', 'c3:unsupported-superlative:medium'],
    ],
    [
      'a rule re-graded, then minSeverity',
      { rules: { 'cited-unlinked': 'high' }, minSeverity: 'high' },
      ['c1:unsupported-number:high', 'c4:cited-unlinked:high'],
    ],
    [
      'a kind skipped',
      { skipKinds: ['superlative'] },
      ['c1:unsupported-number:high', 'c2:unsupported-number:medium', 'c4:cited-unlinked:medium'],
    ],
    [
      'a known source',
      { allow: { sources: ['gartner'] } },
      ['c1:unsupported-number:high', 'c2:unsupported-number:medium', 'c3:unsupported-superlative:medium'],
    ],
    [
      'overrides by path, the later one winning',
      {
        overrides: [
          { files: ['docs/**'], rules: { 'unsupported-number': 'low' } },
          { files: ['docs/*.md'], rules: { 'unsupported-number': 'off' }, minSeverity: 'medium' },
          { files: ['blog/**'], rules: { 'cited-unlinked': 'off' } },
        ],
      },
      ['c4:cited-unlinked:medium', 'c3:unsupported-superlative:medium'],
    ],
  ])('%s', (_name, config, expected) => {
    expect(kept(config)).toEqual(expected);
  });
  test('a URL (no path) gets the top-level settings only', () => {
    expect(
      kept({ overrides: [{ files: ['**'], rules: { 'unsupported-number': 'off' } }] }, null),
    ).toHaveLength(4);
  });
  test('the summary counts what is reported', () => {
    const r = applyPolicy(base, policyFor({ minSeverity: 'high' }, 'x.md'));
    expect(r.summary.findings).toEqual({ high: 1, medium: 0, low: 0 });
  });
});

describe('minWorth: findings kept by the worth of their claim, not their severity', () => {
  test('high keeps the findings about claims worth high (a cited one included, at medium)', () => {
    expect(kept({ minWorth: 'high' })).toEqual(['c1:unsupported-number:high', 'c4:cited-unlinked:medium']);
  });
  test('medium keeps high and medium', () => {
    expect(kept({ minWorth: 'medium' })).toHaveLength(4);
  });
});
