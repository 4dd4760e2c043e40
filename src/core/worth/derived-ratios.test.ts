import { describe, expect, test } from 'vitest';
import { derivedKey, derivedRatios } from './derived-ratios';
import { md } from '../../../tests/helpers/blocks';
import type { Block } from '../article';

const table = (header: string[], rows: string[][]): Block[] => {
  const text = (cells: string[]) => cells.join(' | ');
  const cellsOf = (cells: string[]) => {
    let at = 0;
    return cells.map((c) => {
      const span = { start: at, end: at + c.length };
      at += c.length + 3;
      return span;
    });
  };
  return [header, ...rows].map((cells, i) => ({
    ...md(text(cells)),
    kind: 'table-row' as const,
    cells: cellsOf(cells),
    header,
    ...(i === 0 ? { isHeader: true } : {}),
  }));
};

const names = (blocks: Block[], value: number, decimals: number, unit: string) => [
  ...(derivedRatios(blocks).get(derivedKey(value, decimals, unit)) ?? []),
];

describe('derivedRatios', () => {
  const spec = table(
    ['GPU', 'VRAM (GB)', 'CUDA Cores', 'Bandwidth (GB/s)'],
    [
      ['RTX 4090', '24', '16,384', '1008'],
      ['RTX 4070 Laptop', '8', '7,680', '256'],
    ],
  );

  test('down a column whose header names the metric, to the printed precision', () => {
    // (16384 - 7680) / 16384 = 53.125%; 1008 / 256 = 3.94x.
    expect(names(spec, 53.1, 1, '%')).toEqual(expect.arrayContaining(['cuda', 'cores']));
    expect(names(spec, 53, 0, '%')).toEqual(expect.arrayContaining(['cores']));
    expect(names(spec, 3.94, 2, 'x')).toEqual(expect.arrayContaining(['bandw']));
    expect(names(spec, 53.2, 1, '%')).toEqual([]);
  });

  test('not along a row of a table whose headers are the metrics (it mixes gigabytes with cores)', () => {
    // 16384 / 1008 = 16.25x within the RTX 4090 row.
    expect(names(spec, 16.25, 2, 'x')).toEqual([]);
  });

  test('along rows that name the metric, and across tables by the same row label', () => {
    const desktop = table(
      ['Metric', 'TensorRT-LLM', 'llama.cpp'],
      [
        ['Throughput (token/s)', '170.63', '100.43'],
        ['Disk Size (GB)', '3.05', '4.07'],
      ],
    );
    const egpu = table(
      ['Metric', 'TensorRT-LLM', 'llama.cpp'],
      [['Throughput (token/s)', '104.95', '62.22']],
    );
    const blocks = [...desktop, md('Between the tables.'), ...egpu];
    // (170.63 - 104.95) / 170.63 = 38.49%: the same label in two tables.
    expect(names(blocks, 38.5, 1, '%')).toEqual(expect.arrayContaining(['throu', 'token']));
    // Down a column of such a table the figures are different metrics: 170.63 / 3.05 is no ratio of anything.
    expect(names(blocks, 55.94, 2, 'x')).toEqual([]);
  });

  test('a table right under another is a table of its own, with its own headers', () => {
    const results = table(['Engine', 'Throughput', 'Change'], [['Kestrel', '170.63', '69.9% faster']]);
    expect(names([...spec, ...results], 53.1, 1, '%')).toEqual(expect.arrayContaining(['cores']));
  });

  test('small figures take no part: a column of counts would make every round share', () => {
    const counts = table(
      ['Run', 'Nodes'],
      [
        ['a', '1'],
        ['b', '2'],
        ['c', '4'],
      ],
    );
    expect(derivedRatios(counts).size).toBe(0);
  });
});

test('a page of long tables is paired up to a bound, not in full', () => {
  const rows = Array.from({ length: 3000 }, (_, i) => [
    `row ${i}`,
    ...Array.from({ length: 12 }, (_, k) => String(1000 + ((i * 37 + k * 101) % 9000))),
  ]);
  const header = ['Label', ...Array.from({ length: 12 }, (_, k) => `Metric ${k}`)];
  const blocks = rows.map((cells) => ({
    ...md(cells.join(' | ')),
    kind: 'table-row' as const,
    header,
  }));
  const found = derivedRatios(blocks);
  expect(found.pairs).toBeGreaterThan(20_000);
  expect(found.pairs).toBeLessThan(25_000);
});
