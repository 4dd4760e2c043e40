// The table across files that closes a many-file run, in the terminal and in Markdown: one row per file with its
// counts, and a total, so a docs team sees at a glance which posts need work.
import { escapeMarkdown } from '../../export/escape';
import { clip } from '../../export/view';
import type { CheckedFile } from '../checked-file';

const COLUMNS = [
  'File',
  'Claims',
  'Unsupported',
  'Cited, unlinked',
  'Link problems',
  'Missing imports',
  'High',
  'Medium',
  'Low',
] as const;

/** Why: the same numbers in both renderings; the last row is the total. */
export function summaryRows(files: readonly CheckedFile[]): (string | number)[][] {
  const rows = files.map((f) => {
    const s = f.report.summary;
    return [
      f.display,
      s.claims,
      s.support.unsupported,
      s.support['cited-unlinked'],
      s.links.placeholder + s.links.missing + s.links.broken,
      s.imports.missing,
      s.findings.high,
      s.findings.medium,
      s.findings.low,
    ];
  });
  const total = COLUMNS.map((_, i) =>
    i === 0 ? `Total (${files.length} files)` : rows.reduce((n, r) => n + (r[i] as number), 0),
  );
  return [...rows, total];
}

// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

/** Why: the terminal's table: aligned columns, file names cut from the left so their ends stay readable. */
export function summaryTableText(files: readonly CheckedFile[], width = 100): string {
  const rows = summaryRows(files).map((r) =>
    r.map((c, i) => (i === 0 ? String(c).replace(CONTROL, ' ') : String(c))),
  );
  const numbers = COLUMNS.slice(1).map((c, i) =>
    Math.max(c.length, ...rows.map((r) => String(r[i + 1]).length)),
  );
  const room = Math.max(20, width - numbers.reduce((n, w) => n + w + 2, 0));
  const nameWidth = Math.min(room, Math.max(4, ...rows.map((r) => String(r[0]).length)));
  const cut = (s: string) => (s.length > nameWidth ? `…${s.slice(s.length - nameWidth + 1)}` : s);
  const line = (cells: string[]) =>
    [cut(cells[0]!).padEnd(nameWidth), ...cells.slice(1).map((c, i) => c.padStart(numbers[i]!))].join('  ');
  const header = line([...COLUMNS]);
  const body = rows.map((r) => line(r.map(String)));
  const rule = '─'.repeat(header.length);
  return [header, rule, ...body.slice(0, -1), rule, body[body.length - 1]!].join('\n') + '\n';
}

/** Why: the Markdown export of many files opens with this table (it renders on GitHub and in PR comments). */
export function summaryTableMarkdown(files: readonly CheckedFile[]): string {
  const rows = summaryRows(files);
  const cell = (c: string | number, i: number) =>
    i === 0 ? escapeMarkdown(clip(String(c), 120)) : String(c);
  return [
    `| ${COLUMNS.join(' | ')} |`,
    `| ${COLUMNS.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r, n) => {
      const cells = r.map(cell);
      if (n === rows.length - 1) cells[0] = `**${cells[0]}**`;
      return `| ${cells.join(' | ')} |`;
    }),
  ].join('\n');
}
