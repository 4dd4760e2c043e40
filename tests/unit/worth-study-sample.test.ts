// held42: a study of the Fortune 500's websites. "Only 4 sites out of the 500 (.8%) scored above 90" counts a sample
// the post measures, not adoption; "the Fortune 500" it measures is no customer. A customer claim, or a count of
// sites that use a product, still asks.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test('a count out of the sample the post studies is no adoption figure', () => {
  const md = '# The Performance 500\n\nOnly 4 sites out of the 500 scored above 90 on PageSpeed.\n';
  expect(worthOf(md, 'Only 4 sites')).toBe('none');
});

test('sites that use a product, and customers among the Fortune 500, still ask', () => {
  expect(worthOf('# Quill\n\nOver 4,000 sites use Quill today.\n', 'Over 4,000 sites')).not.toBe('none');
  expect(
    worthOf('# Quill\n\nQuill is trusted by Fortune 500 companies.\n', 'Fortune 500 companies'),
  ).not.toBe('none');
});
