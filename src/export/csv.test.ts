import { describe, expect, test } from 'vitest';
import type { Claim, Report } from '../core/report';
import { sourced } from '../../tests/unit/fixtures/report-fixtures';
import { CSV_COLUMNS, csvRows, neutraliseCell, toCsv } from './csv';

describe('neutraliseCell', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-40%', "'-40%"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r\n7 days', "'\r\n7 days"],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
    ['40% faster', '40% faster'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });
});

const oneClaim = (claim: Partial<Claim>, findings: Report['findings'] = []): Report => ({
  ...sourced.report,
  claims: [{ ...sourced.report.claims[0]!, ...claim }],
  findings,
});

describe('toCsv', () => {
  test.each<[string, Partial<Claim>, string]>([
    ['comma', { text: 'a, b' }, '"a, b"'],
    ['quote', { text: 'say "hi"' }, '"say ""hi"""'],
    ['newline', { text: 'one\ntwo' }, '"one\ntwo"'],
    ['formula and quote', { text: '=HYPERLINK("x")' }, `"'=HYPERLINK(""x"")"`],
    ['plain', { text: '410 ms' }, '410 ms'],
  ])('quotes a field with a %s', (_name, claim, cell) => {
    const line = toCsv(oneClaim(claim)).split('\r\n')[1]!;
    expect(line.startsWith(`c1,duration,${cell},`)).toBe(true);
  });

  test.each<[string, number | undefined, string]>([
    ['negative', -18, '-18'],
    ['fraction', 0.25, '0.25'],
    ['huge', 1e21, '1e+21'],
    ['absent', undefined, ''],
    ['not finite', Number.NaN, 'NaN'],
  ])('value column: %s number', (_name, value, cell) => {
    expect(csvRows(oneClaim({ value }))[1]![4]).toBe(cell);
  });

  test('severity is the worst finding about the claim; findings are joined with "; "', () => {
    const row = csvRows(
      oneClaim({}, [
        { id: 'f1', rule: 'a', severity: 'low', message: 'first', ref: 'c1' },
        { id: 'f2', rule: 'b', severity: 'high', message: 'second', ref: 'c1' },
        { id: 'f3', rule: 'c', severity: 'medium', message: 'about a link', ref: 'l1' },
      ]),
    )[1]!;
    expect(row.slice(CSV_COLUMNS.indexOf('severity'), CSV_COLUMNS.indexOf('findings') + 1)).toEqual([
      'high',
      'first; second',
    ]);
  });

  test('a huge sentence is cut below the spreadsheet cell limit', () => {
    const row = csvRows(oneClaim({ sentence: 'x'.repeat(100_000) }))[1]!;
    expect(row[3]!.length).toBeLessThanOrEqual(32_000);
    expect(row[3]!.endsWith('…')).toBe(true);
  });
});
