import { describe, expect, test } from 'vitest';
import { unsupportedTable } from './unsupported-table';
import { claim, report } from '../../tests/helpers/report';

const row = (label: string, value: string, over = {}) =>
  claim({ text: value, sentence: `${label} | ${value}`, context: `${label} / Value`, table: 1, ...over });
const table = { id: 't1', title: 'Real production metrics', kind: 'data' as const, rows: 4 };

describe('unsupported-table', () => {
  test('one finding for the whole table, listing its cells, at the worst cell severity', () => {
    const cells = [
      row('Uptime', '99.7%', { worth: 'medium' }),
      row('Latency', '<50ms', { worth: 'high' }),
      row('Containers', '60', { worth: 'medium' }),
    ];
    const findings = unsupportedTable.run(report({ claims: cells, tables: [table] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'high', ref: 'c1', refs: ['c1', 'c2', 'c3'] });
    expect(findings[0]!.message).toMatch(
      /^3 metrics in the table "Real production metrics" have no source \(Uptime: 99\.7%, Latency: <50ms, Containers: 60\)/,
    );
  });

  test.each([
    ['linked cells', { support: 'linked' as const }],
    ['cells worth nothing (a price list, a diagram)', { worth: 'none' as const }],
  ])('no finding for %s', (_name, over) => {
    expect(unsupportedTable.run(report({ claims: [row('A', '1', over)], tables: [table] }))).toEqual([]);
  });

  test("a cell's wording is a comparison of its own, no metric of the table (one claim, one finding)", () => {
    const cells = [
      row('Topology', 'beat ad-hoc multi-rack', { kind: 'comparative', worth: 'low' }),
      row('Uptime', '99.7%', { worth: 'medium' }),
    ];
    const findings = unsupportedTable.run(report({ claims: cells, tables: [table] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ref: 'c2', refs: ['c2'] });
  });

  test('a cell comparison citing a source with no link stays in the table finding (no other check reports it)', () => {
    const cells = [
      row('Globex', 'outperforms RabbitMQ', { kind: 'comparative', worth: 'low', support: 'cited-unlinked' }),
    ];
    expect(unsupportedTable.run(report({ claims: cells, tables: [table] }))).toMatchObject([
      { refs: ['c1'] },
    ]);
  });

  test('claims outside tables are left to the other checks', () => {
    expect(unsupportedTable.run(report({ claims: [claim({ text: '40%' })] }))).toEqual([]);
  });

  test('a table citing only a source with no link says so', () => {
    const cells = [
      row('A', '12%', { support: 'cited-unlinked' }),
      row('B', '9%', { support: 'cited-unlinked' }),
    ];
    const [f] = unsupportedTable.run(report({ claims: cells, tables: [table] }));
    expect(f!.message).toContain('cite a source with no link');
    expect(f!.severity).toBe('medium');
  });
});
