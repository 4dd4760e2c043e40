import { describe, expect, test } from 'vitest';
import { claim, report } from '../../tests/helpers/report';
import { finalizeReport } from '../checks/index';
import { makeQuote } from '../core/quote';
import { baselineOf, newFindings, selectorOf } from './baseline';
import type { CheckedFile } from './checked-file';

// A file of one block: these sentences, each figure in them an unsupported claim.
function file(sentences: string[]): CheckedFile {
  const text = sentences.join(' ');
  const claims = sentences.flatMap((s) => {
    const figure = /\d+%/.exec(s)?.[0];
    if (!figure) return [];
    const start = text.indexOf(s) + s.indexOf(figure);
    return [claim({ text: figure, sentence: s, quote: makeQuote(text, start, start + figure.length) })];
  });
  claims.forEach((c, i) => (c.id = `c${i + 1}`));
  return {
    display: 'docs/post.md',
    path: '/repo/docs/post.md',
    url: null,
    report: finalizeReport(report({ claims })),
    positions: new Map(),
    directives: [],
  };
}
const figures = (f: CheckedFile, found: ReturnType<typeof newFindings>) =>
  found.map((x) => f.report.claims.find((c) => c.id === x.ref)?.text);

describe('baseline matching by rule and text-quote selector', () => {
  const before = file(['Costs fell 40% this year.', 'Builds got 25% faster.']);
  const baseline = baselineOf([before], '/repo/claimlens-baseline.json');

  test('entries name the file from the baseline folder, the rule and the quote', () => {
    expect(baseline.findings[0]).toEqual({
      file: 'docs/post.md',
      rule: 'unsupported-number',
      ...selectorOf(before.report, before.report.findings[0]!),
    });
  });

  test.each<[string, string[], (string | undefined)[]]>([
    ['unchanged: nothing new', ['Costs fell 40% this year.', 'Builds got 25% faster.'], []],
    [
      'a sentence added before: nothing new',
      ['New intro.', 'Costs fell 40% this year.', 'Builds got 25% faster.'],
      [],
    ],
    [
      'a new figure is new',
      ['Costs fell 40% this year.', 'Builds got 25% faster.', 'Churn fell 9% too.'],
      ['9%'],
    ],
    [
      'the same figure in a new sentence is new',
      ['Costs fell 40% this year.', 'Builds got 25% faster.', 'Uptime rose 40% overall.'],
      ['40%'],
    ],
    ['a changed figure is new', ['Costs fell 45% this year.', 'Builds got 25% faster.'], ['45%']],
  ])('%s', (_name, sentences, expected) => {
    const after = file(sentences);
    expect(figures(after, newFindings(baseline, after, '/repo/claimlens-baseline.json'))).toEqual(expected);
  });

  test('a baseline kept elsewhere keys files from its own folder', () => {
    const after = file(['Costs fell 40% this year.', 'Builds got 25% faster.']);
    expect(newFindings(baseline, after, '/repo/ci/baseline.json')).toHaveLength(2);
  });
});
