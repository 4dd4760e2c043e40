// The changes an article's own tables imply without printing them: "a 38.5% lower tokens/s" is (170.63 - 104.95) /
// 170.63, two throughputs in rows labelled "Throughput (token/s)"; "53.1% fewer CUDA cores" is 7,680 against 16,384
// in the "CUDA Cores" column of a spec table. Figures are paired within a column (named by its header), within a row
// and across rows of one label in different tables (named by the label), and a ratio counts only for a sentence that
// says one of those names: a long table pairs enough figures to give almost any percentage by chance. A ratio is
// kept at the precision prose prints it with ("38.5%" is 38.45-38.55), and only figures of three digits or more take
// part: a column of small counts (1, 2, 3) gives every round share ("50%", "2x").
import type { Block } from '../article';
import { cellTexts } from '../tables';

// A cell that is one plain figure with at most a short unit: "170.63", "✅ 104.95t/s", "3.05GB", "16,384".
const PLAIN_FIGURE = /^[^\p{L}\p{N}]*(\d[\d,]*(?:\.\d+)?)\s?[\p{L}/]{0,10}\s*$/u;
// Pairs are made per group; a group past this size is cut, and an article's pairs stop at MAX_PAIRS (a page of long
// tables costs a few milliseconds, not seconds).
const MAX_GROUP = 40;
const MAX_PAIRS = 20_000;
const NAME_WORD = /\p{L}[\p{L}\p{N}]{2,}/gu;
const NOT_A_NAME = new Set(['the', 'and', 'for', 'with', 'per', 'avg', 'average', 'total', 'time', 'value']);

function figureOf(cell: string): number | null {
  const m = PLAIN_FIGURE.exec(cell);
  if (!m) return null;
  if (m[1]!.replace(/[,.]/g, '').replace(/^0+/, '').length < 3) return null;
  const v = Number(m[1]!.replaceAll(',', ''));
  return v > 0 && Number.isFinite(v) ? v : null;
}

/** Why: the words a sentence must share with a row label or column header, compared by their first five letters. */
export function nameWords(text: string): string[] {
  return (text.toLowerCase().match(NAME_WORD) ?? [])
    .filter((w) => !NOT_A_NAME.has(w))
    .map((w) => w.slice(0, 5));
}

/** Why: the lookup key of a ratio printed with `decimals` digits after the point ("38.5%" is 38.5 at 1). */
export function derivedKey(value: number, decimals: number, unit: string): string {
  return `${value.toFixed(decimals)}|${decimals}|${unit === '×' ? 'x' : unit}`;
}

/**
 * Why: each ratio two figures of one column, row or row label imply, with the names a sentence may call it by;
 * `pairs` counts the pairs made (at most MAX_PAIRS, and one more per group after).
 */
export type DerivedRatios = Map<string, Set<string>> & {
  pairs?: number;
  /** Each table's ratios by its first block, named or not: the sentence right under a table reads that table. */
  byTable?: Map<number, Set<string>>;
};

function addPairs(
  values: readonly number[],
  names: readonly string[],
  into: DerivedRatios,
  table?: Set<string>,
): void {
  if (names.length === 0 && !table) return;
  const list = values.slice(0, MAX_GROUP);
  const add = (key: string): void => {
    table?.add(key);
    if (names.length === 0) return;
    const set = into.get(key);
    if (set) for (const n of names) set.add(n);
    else into.set(key, new Set(names));
  };
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = Math.max(list[i]!, list[j]!);
      const b = Math.min(list[i]!, list[j]!);
      if (a === b) continue;
      into.pairs = (into.pairs ?? 0) + 1;
      if (into.pairs > MAX_PAIRS) return;
      for (const d of [0, 1, 2]) {
        add(derivedKey(((a - b) / a) * 100, d, '%'));
        add(derivedKey(((a - b) / b) * 100, d, '%'));
        add(derivedKey(a / b, d, 'x'));
      }
    }
  }
}

// "Throughput (token/s)", "VRAM (GB)": a label that carries its unit names a metric.
const UNIT_AT_END = /\([^()]{1,16}\)\s*$/;
const mostlyUnits = (labels: readonly string[]): boolean =>
  labels.length > 0 && labels.filter((l) => UNIT_AT_END.test(l)).length * 2 >= labels.length;

interface Row {
  label: string;
  figures: Map<number, number>;
}

// One table's pairs. Its figures compare along the axis that holds one metric: down a column when the headers name
// the metrics ("VRAM (GB) | CUDA Cores"), along a row and across tables by row label when the labels do
// ("Throughput (token/s)"); both when neither does. A row of a spec table mixes gigabytes with core counts.
// Row label -> the figures of every row with that label, and in how many tables it was met.
type ByLabel = Map<string, { tables: number; values: number[] }>;

function tablePairs(
  header: readonly string[],
  rows: readonly Row[],
  byLabel: ByLabel,
  into: DerivedRatios,
  table: Set<string>,
): void {
  const metricColumns = mostlyUnits(header.slice(1));
  const metricRows = mostlyUnits(rows.map((r) => r.label));
  if (!metricRows || metricColumns) {
    const columns = new Map<number, number[]>();
    for (const r of rows) for (const [k, v] of r.figures) columns.set(k, [...(columns.get(k) ?? []), v]);
    for (const [k, column] of columns)
      if (column.length > 1) addPairs(column, nameWords(header[k] ?? ''), into, table);
  }
  if (metricColumns && !metricRows) return;
  const met = new Set<string>();
  for (const r of rows) {
    const row = [...r.figures.values()];
    if (row.length > 1) addPairs(row, nameWords(r.label), into, table);
    const key = r.label.toLowerCase().replace(/\s+/g, ' ').trim();
    let same = byLabel.get(key);
    if (!same) byLabel.set(key, (same = { tables: 0, values: [] }));
    same.values.push(...row);
    if (!met.has(key)) {
      met.add(key);
      same.tables++;
    }
  }
}

/** Why: the ratios an article's tables imply (see above); empty for an article without tables. */
export function derivedRatios(blocks: readonly Block[]): DerivedRatios {
  const out: DerivedRatios = new Map();
  out.byTable = new Map();
  const byLabel: ByLabel = new Map();
  let header: readonly string[] = [];
  let rows: Row[] = [];
  let first = -1;
  const endTable = (): void => {
    const table = new Set<string>();
    tablePairs(header, rows, byLabel, out, table);
    out.byTable!.set(first, table);
    rows = [];
    first = -1;
  };
  for (const [b, block] of blocks.entries()) {
    if (block.kind !== 'table-row') {
      if (rows.length > 0) endTable();
      first = -1;
      continue;
    }
    // A header row starts a table, also right under another one.
    if (block.isHeader) {
      if (rows.length > 0) endTable();
      header = block.header ?? [];
      first = b;
      continue;
    }
    if (first < 0) first = b;
    header = block.header ?? header;
    const cells = cellTexts(block);
    const label = cells[0] ?? '';
    if (figureOf(label) !== null) continue;
    const figures = new Map<number, number>();
    cells.forEach((cell, k) => {
      const v = figureOf(cell);
      if (v !== null) figures.set(k, v);
    });
    if (figures.size > 0) rows.push({ label, figures });
  }
  if (rows.length > 0) endTable();
  // A label met in two tables or more: one metric, measured in each.
  for (const [label, same] of byLabel) if (same.tables > 1) addPairs(same.values, nameWords(label), out);
  return out;
}
