// Prose that repeats its section's table: through the whole engine (Markdown in, worth and findings out).
import { expect, test } from 'vitest';
import { REPEATS_TABLE } from '../../src/core/table-repeats';
import { analyzeMarkdown } from '../../src/node/index';

// A visitor count of our own site in two tools, with nothing said of how it was taken: the table is reported.
const TABLE = [
  'Metric | Tool A | Tool B | Difference',
  '| --- | --- | --- | --- |',
  'Visitors | 50,947 | 21,054 | 58.67%',
  'Pageviews | 60,731 | 25,275 | 58.38%',
].join('\n');

const claim = (md: string, text: string) =>
  analyzeMarkdown(md, { file: 'post.md' }).claims.find((c) => c.text === text && c.table === undefined);

test('a sentence and a heading that give the reported table figures of their section, as printed or rounded', () => {
  const md = [
    '## 58% of visitors are missing',
    'Tool B is missing data from 58.67% of all visitors and 58.38% of all pageviews.',
    TABLE,
  ].join('\n\n');
  const report = analyzeMarkdown(md, { file: 'post.md' });
  for (const text of ['58%', '58.67%', '58.38%']) {
    expect(claim(md, text)?.worth, text).toBe('none');
    expect(claim(md, text)?.worthReasons).toEqual([REPEATS_TABLE]);
  }
  // The table still answers for them, once.
  expect(report.findings.filter((f) => f.rule === 'unsupported-table')).toHaveLength(1);
  expect(report.findings.filter((f) => f.rule === 'unsupported-number')).toEqual([]);
});

test('the same figure in another section, or a different figure, keeps its own verdict', () => {
  const md = [
    '## Results',
    TABLE,
    '## Elsewhere',
    'Tool B is missing data from 58.67% of all visitors.',
    '## Results again',
    'Tool B is missing data from 57.1% of all visitors.',
    TABLE,
  ].join('\n\n');
  expect(claim(md, '58.67%')?.worth).not.toBe('none');
  expect(claim(md, '57.1%')?.worth).not.toBe('none');
});

test('a table that gives its source lends it to the sentence that repeats its figure', () => {
  const md = [
    '## Adoption',
    'Teams adopting the tool cut their build minutes by 58.67% in the first quarter.',
    'Results from the [2025 State of Builds report](https://buildstats.io/state-of-builds):',
    'Metric | Before | After | Difference\n| --- | --- | --- | --- |\nBuild minutes | 50,947 | 21,054 | 58.67%',
  ].join('\n\n');
  const c = claim(md, '58.67%');
  expect(c?.support).toBe('linked');
  expect(c?.evidence[0]).toMatchObject({ href: 'https://buildstats.io/state-of-builds' });
  expect(analyzeMarkdown(md, { file: 'post.md' }).findings.map((f) => f.rule)).not.toContain(
    'unsupported-number',
  );
});

test('a table that is fine for what it is (a settings table) does not answer for the prose', () => {
  const md = [
    '## Limits',
    'Our cache keeps hit rates above 95.5% for most customers.',
    '| Setting | Default |\n| --- | --- |\n| Eviction threshold | 95.5% |\n| Max entries | 10,000 |',
  ].join('\n\n');
  const cell = analyzeMarkdown(md, { file: 'post.md' }).claims.find(
    (c) => c.table !== undefined && c.text === '95.5%',
  );
  expect(cell?.worth).toBe('none');
  const prose = claim(md, 'above 95.5%');
  expect(prose?.worth).not.toBe('none');
  expect(prose?.support).toBe('unsupported');
});

test('a number alone is no repeat: the sentence must name the row or column, and a rival keeps its finding', () => {
  const md = [
    '## Results',
    'Quillpad cut costs by 58.67% for Acme.',
    'Quillpad is 58.67% faster than Lintly on visitors.',
    TABLE,
  ].join('\n\n');
  expect(claim(md, '58.67%')?.worthReasons).not.toContain(REPEATS_TABLE);
  const rival = analyzeMarkdown(md, { file: 'post.md' }).claims.filter(
    (c) => c.table === undefined && c.text.startsWith('58.67%'),
  );
  expect(rival.map((c) => c.worth)).not.toContain('none');
});

test('a one-digit figure is no rounding of a cell ("5%" is not 5.4%)', () => {
  const md = [
    '## Results',
    'About 5% of requests failed.',
    'Run | Failed',
    '| --- | --- |',
    'A | 5.4%',
    'B | 7.9%',
  ].join('\n\n');
  expect(claim(md, 'About 5%')?.worthReasons ?? []).not.toContain(REPEATS_TABLE);
});

test('a sentence that points at the table above repeats its figure without naming the row', () => {
  const md = ['## Results', TABLE, 'That is what the table above shows: a 58.67% gap, and it holds.'].join(
    '\n\n',
  );
  expect(claim(md, '58.67%')?.worthReasons).toEqual([REPEATS_TABLE]);
  const unpointed = ['## Results', TABLE, 'That is a 58.67% gap, and it holds.'].join('\n\n');
  expect(claim(unpointed, '58.67%')?.worthReasons).not.toContain(REPEATS_TABLE);
});
