// CSV export: one row per claim, for spreadsheets. RFC 4180, UTF-8 with a BOM, formula injection neutralised.

import type { Report } from '../core/report';
import { sourceLine, workLine } from './labels';
import { cleanText } from './escape';
import { clip, highestSeverity, viewOf } from './view';

/** Why: the column contract of the CSV export; tools that read it can rely on these names and this order. */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'text',
  'sentence',
  'value',
  'unit',
  'context',
  'worth',
  'worth_reasons',
  'support',
  'evidence',
  'severity',
  'findings',
  'cited_works',
  'source_check',
] as const;

// Excel, LibreOffice and Google Sheets treat a cell starting with these as a formula (OWASP "CSV injection");
// the full-width forms are included because some spreadsheets fold them to ASCII.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

// Excel's cell limit is 32,767 characters; a longer cell spills into the next row when opened.
const CELL_MAX = 32_000;

/**
 * Why: page text in a spreadsheet must stay text. A text cell whose first character (after any leading
 * spaces) would start a formula gets a leading single quote, which spreadsheets show as text.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text.replace(/^ +/, '')) ? `'${text}` : text;
}

/**
 * Why: `value` is the only numeric column and may be negative ("-12%"); it is written from a number, so it
 * can only hold digits, "-", ".", "e" and "+", and spreadsheets read it as a number. Anything that is not a
 * finite number is treated as text.
 */
function numberCell(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return value === undefined || value === null ? '' : neutraliseCell(String(value));
}

/** Why: the rows before serialisation, so a test can parse the CSV back and compare cell by cell. */
export function csvRows(report: Report): string[][] {
  const view = viewOf(report);
  const text = (s: string | undefined) => neutraliseCell(clip(cleanText(s ?? ''), CELL_MAX));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const c of view.claims) {
    const findings = view.byRef.get(c.id) ?? [];
    const evidence = c.evidence.map((e) => (e.href ? `${e.text} <${e.href}>` : e.text)).join('; ');
    rows.push([
      text(c.id),
      text(c.kind),
      text(c.text),
      text(c.sentence),
      numberCell(c.value),
      text(c.unit),
      text(c.context),
      text(c.worth),
      text(c.worthReasons.join('; ')),
      text(c.support),
      text(evidence),
      highestSeverity(findings) ?? '',
      text(findings.map((f) => f.message).join('; ')),
      text(
        c.evidence
          .map(workLine)
          .filter((l) => l !== null)
          .join('; '),
      ),
      text(sourceLine(c) ?? ''),
    ]);
  }
  return rows;
}

function field(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Why: the spreadsheet export. RFC 4180: CRLF after every record (the last too), quotes doubled, fields with
 * a comma, quote or line break quoted. Starts with a UTF-8 BOM because Excel reads a CSV without one in the
 * system's legacy code page (mojibake for "€" or "≤"); csv-parse (`bom: true`), pandas (`utf-8-sig`),
 * LibreOffice and Google Sheets all accept it.
 */
export function toCsv(report: Report): string {
  return `\uFEFF${csvRows(report)
    .map((row) => `${row.map(field).join(',')}\r\n`)
    .join('')}`;
}
