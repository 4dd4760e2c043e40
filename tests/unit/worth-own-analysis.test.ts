// held41: an analysis of a public dataset that links its queries ("If you want to try the queries for yourself, all
// of them are available in [this gist]"), then tables of their results and prose read off them ("10% of all files
// have lambdas on almost 1 in 10 of their lines", "96% of the files have 509 LOC or less"). Every such figure is one
// of its queries'. Without the link, or set against others, they still ask for a source.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

const body =
  '| Percentile | Lines with lambdas (%) |\n|---|---|\n| 50 | 2.44 |\n| 90 | 9.95 |\n\nSo we can say that:\n\n' +
  '- 10% of all files have lambdas on almost 1 in 10 of their lines\n\n## Lines per file\n\n' +
  'Whilst 96% of the files have 509 lines or less, the other 4% do not. Our parser is 3x faster than Roslyn.\n';
const linked =
  '# Analysing code with SQL\n\nIf you want to try the queries for yourself, all of them are available in ' +
  '[this gist](https://gist.example.org/abc).\n\n' +
  body;

test('an analysis that links its queries: the figures read off its results are its own', () => {
  expect(worthOf(linked, 'almost 1 in 10')).toBe('none');
  expect(worthOf(linked, '96%')).toBe('none');
});

test('with no link to the queries, or a figure set against others, they still ask', () => {
  const unlinked = '# Analysing code with SQL\n\nThe queries took an afternoon to write.\n\n' + body;
  expect(worthOf(unlinked, '96%')).not.toBe('none');
  expect(worthOf(linked, '3x faster')).not.toBe('none');
});

test('"view the notebook to see the workings" links the analysis too; "than expected" is set against no rival', () => {
  const md =
    '# Oddities in package versions\n\nThe most common first digit is 1 (31%), which is 20% more common than expected.\n\n' +
    'You can view the notebook to see the workings around this analysis on [GitHub](https://github.com/corvane/stats/blob/main/pkgs.ipynb).\n';
  expect(worthOf(md, '31%')).toBe('none');
  expect(worthOf(md, '20% more')).toBe('none');
});

test('"We used a [script that ...]" and "All my code for the above is in this [PR]" link the analysis too', () => {
  const script =
    '# Commits by country\n\nWe used a [script that maps locations to countries](https://github.com/corvane/gh-locations). ' +
    'It maps a location to a country in more than 96% of the cases.\n';
  expect(worthOf(script, 'more than 96%')).toBe('none');
  const pr =
    '# Smaller splats\n\nWith 16-bit positions the data is 5.2x smaller (280MB vs 1.4GB).\n\n' +
    'All my code for the above is in this [PR on github](https://github.com/corvane/splats/pull/3).\n';
  expect(worthOf(pr, '5.2x smaller')).toBe('none');
});
