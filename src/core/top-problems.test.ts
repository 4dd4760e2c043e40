import { expect, test } from 'vitest';
import type { Finding, Report } from './report';
import { topProblems } from './top-problems';

const finding = (id: number, rule: string, severity: Finding['severity'], ref = `c${id}`): Finding => ({
  id: `f${id}`,
  rule,
  severity,
  message: 'm',
  ref,
});
const report = (findings: Finding[]): Report =>
  ({ claims: [], findings, links: [], imports: [], tables: [] }) as unknown as Report;

test('the worst first; one HIGH or MEDIUM of each rule before a second of any', () => {
  const r = report([
    finding(1, 'unsupported-number', 'high'),
    finding(2, 'unsupported-number', 'high'),
    finding(3, 'unsupported-number', 'high'),
    finding(4, 'cited-unlinked', 'medium'),
    finding(5, 'placeholder-link', 'medium', 'l1'),
    finding(6, 'nonexistent-import', 'high', 'i1'),
    finding(7, 'unsupported-superlative', 'medium'),
    finding(8, 'missing-link', 'low', 'l2'),
  ]);
  expect(topProblems(r).map((f) => f.id)).toEqual(['f1', 'f2', 'f6', 'f4', 'f5', 'f7']);
  expect(topProblems(r, 3).map((f) => f.id)).toEqual(['f1', 'f6', 'f4']);
});

test('a LOW finding never takes a place for variety', () => {
  const r = report([
    ...[1, 2, 3, 4, 5, 6].map((k) => finding(k, 'unsupported-number', 'high')),
    finding(7, 'missing-link', 'low', 'l1'),
  ]);
  expect(topProblems(r).map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6']);
  expect(
    topProblems(
      report([finding(1, 'a', 'medium'), finding(2, 'a', 'medium'), finding(3, 'b', 'low')]),
      2,
    ).map((f) => f.id),
  ).toEqual(['f1', 'f2']);
});

test('fills up with more of the same rule when there are few kinds', () => {
  const r = report([finding(1, 'a', 'low'), finding(2, 'a', 'high'), finding(3, 'a', 'medium')]);
  expect(topProblems(r, 2).map((f) => f.id)).toEqual(['f2', 'f3']);
});

test('an empty report has no top problems', () => {
  expect(topProblems(report([]))).toEqual([]);
});
