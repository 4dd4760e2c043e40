// Tables as one unit: which rows form a table, what the table is (results, prices, specs, a diagram, a feature
// comparison), what introduces it, and which of its columns are labels rather than measurements.
import type { Block } from './article';
import type { TABLE_KINDS } from './vocabulary';

/** Why: a reader judges a table by what it is: a results table needs a source, a price list or a diagram does not. */
export type TableKind = (typeof TABLE_KINDS)[number];

/** Why: one table of the article, by block range, with what introduces it. */
export interface TableInfo {
  /** Index of the table: 1-based, in article order (report ids are `t<n>`). */
  n: number;
  first: number;
  last: number;
  kind: TableKind;
  header: string[];
  /** The sentence or caption that introduces or labels the table ("Table 2: ...", "Our benchmark shows ..."). */
  caption: string;
  /** Blocks whose text speaks for the table (caption before, the sentence after, past a note under it), for support. */
  around: number[];
  /** Columns that label rows or rank them ("#", "Rank", "Name", the first column), never measurements. */
  labelColumns: Set<number>;
}

const PRICE_HEADER =
  /\b(?:price|pricing|plan|tier|cost|per\s+(?:month|seat|user|host|gb)|\/mo|monthly|annual|billing|fee)\b/i;
const SPEC_HEADER =
  /\b(?:parameter|setting|option|limit|quota|spec(?:ification)?s?|default|config(?:uration)?|property|field|type|flag|variable|constant|size|max(?:imum)?|min(?:imum)?|version)\b/i;
const CHECKMARK = /^(?:[✅✔✓☑❌✗✘×❎⛔]|yes|no|partial|n\/a|—|-)(?:\s|$|\()/iu;
const INDEX_CELL = /^(?:\d{1,3}|[a-z]|—|-|)$/i;
const RANK_HEADER = /^(?:#|no\.?|rank|id|step|index|slot|row|position|key)$/i;
const CAPTION =
  /^(?:table|figure|fig\.?)\s*\d*[:.]|\b(?:shows?|below|following|summari[sz]es?|results?|compares?)\b.*:?$/i;

// The sentence over a table of how the tests were set up: "Three sets of tests were performed as follows", "The
// benchmark configuration:". Its cells are settings (client processes, io_depth), not results.
const SETUP_LEAD_IN =
  /\b(?:tests?|benchmarks?|runs?|experiments?)\s+(?:were|was|are|is)\s+(?:performed|run|conducted|configured|set\s+up)\s+as\s+follows\b|^\W*(?:(?:the|our)\s+)?(?:test|benchmark|experiment(?:al)?)\s+(?:setup|set-up|configuration|matrix|parameters)\s*(?:is|was|were)?\s*:?\s*$/i;

/** Why: claims, support and checks all need the same view of each table; computed once per article. */
export function findTables(blocks: Block[]): TableInfo[] {
  const out: TableInfo[] = [];
  let i = 0;
  while (i < blocks.length) {
    if (blocks[i]!.kind !== 'table-row') {
      i++;
      continue;
    }
    let j = i;
    while (blocks[j + 1]?.kind === 'table-row' && !(blocks[j + 1]!.isHeader && !blocks[j]!.isHeader)) j++;
    out.push(describe(blocks, i, j, out.length + 1));
    i = j + 1;
  }
  return out;
}

/** Why: the table a row belongs to, by block index. */
export function tableIndex(tables: TableInfo[]): Map<number, TableInfo> {
  const map = new Map<number, TableInfo>();
  for (const t of tables) for (let b = t.first; b <= t.last; b++) map.set(b, t);
  return map;
}

function describe(blocks: Block[], first: number, last: number, n: number): TableInfo {
  const rows = blocks.slice(first, last + 1);
  const head = rows.find((r) => r.isHeader) ?? wordsOverFigures(rows);
  const header = head ? cellTexts(head) : (rows[0]!.header ?? []);
  const body = rows.filter((r) => r !== head && !r.isHeader).map(cellTexts);
  const before = nearestText(blocks, first - 1);
  const after = nearestText(blocks, last + 1);
  const captionBlock = before !== null && isCaption(blocks[before]!.text) ? before : null;
  const caption = captionBlock !== null ? blocks[captionBlock]!.text : headingBefore(blocks, first);
  // "('x' indicates that the package cannot be loaded ...)", "Result analysis:": a note on the table or a label;
  // the prose after it reads the table too.
  const afterNote =
    after !== null && TABLE_NOTE.test(blocks[after]!.text) ? nearestText(blocks, after + 1) : null;
  const around = [before, after, afterNote].filter((b): b is number => b !== null);
  return {
    n,
    first,
    last,
    // A table right under a code block is what the code printed.
    kind:
      blocks[first - 1]?.kind === 'code'
        ? 'output'
        : (before !== null && SETUP_LEAD_IN.test(blocks[before]!.text)) ||
            linkedItems(rows.filter((r) => r !== head))
          ? 'spec'
          : kindOf(header, body, `${caption} ${headingBefore(blocks, first)}`),
    header,
    caption,
    around,
    labelColumns: labelColumns(header, body),
  };
}

// "CPU | [AMD Ryzen 7 1700](...)", "Disk | [Samsung 850 EVO - 250GB](...)", then "Total Cost | $823.55": a list of
// the things the author used, each linked, its only figures inside the links' names (two thirds of three rows or
// more); what it adds up is the author's own spend, no result.
function linkedItems(rows: Block[]): boolean {
  const items = rows.filter((r) => {
    if (r.links.length === 0) return false;
    // The row past its first cell (the label), its links' names blanked.
    const chars = r.text.split('');
    const labelEnd = r.cells?.[0]?.end ?? r.text.indexOf(' | ');
    for (const l of r.links) chars.fill(' ', l.start, l.end);
    return labelEnd >= 0 && !/\d/.test(chars.slice(labelEnd).join(''));
  });
  return items.length >= 3 && items.length * 3 >= rows.length * 2;
}

/** Why: cells as trimmed strings, from the adapter's ranges or the " | " joins. */
export function cellTexts(block: Block): string[] {
  if (block.cells && block.cells.length > 0)
    return block.cells.map((c) => block.text.slice(c.start, c.end).trim());
  return block.text.split(' | ').map((s) => s.trim());
}

function kindOf(header: string[], body: string[][], intro: string): TableKind {
  const cells = body.flat();
  if (cells.length === 0) return 'data';
  // Diagrams: slot/index headers ("Slot | 0 | 1 | 2") or mostly single tokens and blanks.
  const numericHeader = header.length >= 3 && header.slice(1).every((h) => INDEX_CELL.test(h));
  const tiny = cells.filter((c) => INDEX_CELL.test(c)).length / cells.length;
  if (numericHeader || (tiny >= 0.7 && header.every((h) => h.length <= 12))) return 'diagram';
  // A feature matrix has marks in several columns (one status column of ✅ is a data table's decoration).
  const markColumns = new Set(body.flatMap((r) => r.flatMap((c, k) => (CHECKMARK.test(c) ? [k] : []))));
  const marks = cells.filter((c) => CHECKMARK.test(c)).length;
  if (markColumns.size >= 2 && marks >= Math.max(2, cells.length / 4)) return 'comparison';
  const headerText = header.join(' ');
  if (PRICE_HEADER.test(headerText) || PRICE_HEADER.test(intro)) {
    const money = cells.filter((c) => /[$€£¥]\s?\d|\d\s?(?:USD|EUR)\b|^free$/i.test(c)).length;
    if (money >= cells.length / 4) return 'pricing';
  }
  if (SPEC_HEADER.test(header[0] ?? '') || /^(?:parameter|setting|option|limit|spec)/i.test(headerText))
    return 'spec';
  // "Plan | Users | Storage": rows are plans and cells what each includes (no prices, or it would be a price list).
  if (/^(?:plans?|tiers?|editions?)$/i.test(header[0] ?? '')) return 'spec';
  return 'data';
}

// The first column labels rows; so does a rank or index column anywhere.
function labelColumns(header: string[], body: string[][]): Set<number> {
  const out = new Set<number>([0]);
  header.forEach((h, k) => {
    if (RANK_HEADER.test(h.trim())) out.add(k);
  });
  // A column of row numbers 1, 2, 3, ... is a rank, whatever its header says.
  const width = Math.max(header.length, ...body.map((r) => r.length));
  for (let k = 1; k < width; k++) {
    const col = body.map((r) => r[k] ?? '');
    if (col.length >= 3 && col.every((c, i) => c === String(i + 1))) out.add(k);
  }
  return out;
}

function isCaption(text: string): boolean {
  return text.length <= 300 && (CAPTION.test(text.trim()) || /:\s*$/.test(text));
}

// A cell that is a figure: "18,865", "31 ms", "~1000", "24.88%".
const FIGURE_CELL = /^[~≈<>±+-]?\s*[$€£]?\d[\d.,]*\s*[\p{L}%/]{0,6}$/u;
const isFigureCell = (cell: string): boolean => FIGURE_CELL.test(cell);

/**
 * Why: an HTML table written without <th> ("<td><strong>QPS</strong></td>") still has a header: a first row of words
 * over rows of figures.
 */
function wordsOverFigures(rows: Block[]): Block | undefined {
  const [first, second] = rows;
  if (!first || !second || (first.header?.length ?? 0) > 0) return undefined;
  const top = cellTexts(first);
  // (Three columns at least: "CPU | AMD EPYC 7763" over "Cores | 64" is a two-column list of settings, no header.)
  return top.length > 2 && !top.some(isFigureCell) && cellTexts(second).some(isFigureCell)
    ? first
    : undefined;
}

// A note under a table: a paragraph in brackets, one opened by a note's mark, or a label over what follows
// ("Result analysis:").
const TABLE_NOTE =
  /^\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$|(?:\*|†|‡|notes?:|n\.b\.)|[^.!?:]{1,40}:\s*$)/i;

// The nearest non-empty prose block in a direction, skipping nothing else (a heading or code stops the search).
function nearestText(blocks: Block[], from: number): number | null {
  const b = blocks[from];
  if (!b || b.kind === 'table-row' || b.kind === 'code' || b.kind === 'heading') return null;
  return b.text.trim() === '' ? null : from;
}

function headingBefore(blocks: Block[], at: number): string {
  for (let b = at - 1; b >= 0 && b >= at - 12; b--) if (blocks[b]!.kind === 'heading') return blocks[b]!.text;
  return '';
}

// A cell that is an amount of money and nothing else ("$29.2", "€1,200.50", "$13.1 / month").
const MONEY_CELL = /^[$€£]\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(?:\/|per)\s*\w+)?$/;

/**
 * Why: "Total price per node: $43.3" under a table of $29.2, $13.1 and $1.0 adds the table up: the sum of each
 * column whose body cells are all amounts of money (NaN for the other columns).
 */
export function moneyColumnSums(blocks: Block[], table: TableInfo): number[] {
  const sums = table.header.map(() => 0);
  const seen = table.header.map(() => 0);
  for (let b = table.first; b <= table.last; b++) {
    const row = blocks[b]!;
    if (row.isHeader) continue;
    cellTexts(row).forEach((cell, k) => {
      if (k >= sums.length || cell.trim() === '') return;
      const m = MONEY_CELL.exec(cell.trim());
      if (!m) sums[k] = NaN;
      else {
        sums[k]! += Number(`${m[1]!.replace(/,/g, '')}.${m[2] ?? '0'}`);
        seen[k]!++;
      }
    });
  }
  return sums.map((s, k) => (seen[k]! >= 2 ? s : NaN));
}
