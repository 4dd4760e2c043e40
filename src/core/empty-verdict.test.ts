import { expect, test } from 'vitest';
import { emptyVerdict } from './empty-verdict';
import type { Claim } from './report';

const claim = (kind: Claim['kind'], worth: Claim['worth'] = 'none') => ({ kind, worth }) as Claim;

test.each<[string, Claim[], string, string]>([
  ['nothing read', [], 'No claims found', 'no statistics, claims or citations in this article.'],
  [
    'figures only',
    [claim('money'), claim('number')],
    'No check-worthy claims',
    '2 figures read (prices, examples, settings, versions); none asks for a source.',
  ],
  [
    'phrases only: not called figures',
    [claim('comparative'), claim('superlative')],
    'No check-worthy claims',
    '2 phrases read (opinions, generic wording, descriptions); none asks for a source.',
  ],
  [
    'both',
    [claim('percentage'), claim('superlative')],
    'No check-worthy claims',
    '1 figure and 1 phrase read; none asks for a source.',
  ],
  [
    'every check-worthy claim sourced',
    [claim('percentage', 'high'), claim('superlative')],
    'Every claim stands on a source',
    '1 check-worthy claim, each linked or cited where a reader can follow it.',
  ],
])('%s', (_name, claims, title, detail) => {
  expect(emptyVerdict({ claims })).toEqual({ title, detail });
});
