// Every --format for one or many checked files. One file gives exactly what the single-file CLI always gave; many
// files add a summary table (text, md), an array (json), a file column (csv), or one file each in a folder (html,
// annotation). The CI formats (sarif, github, junit) take any number of files.
import {
  CSV_COLUMNS,
  csvRows,
  exportFileName,
  exportReport,
  neutraliseCell,
  toJson,
} from '../../export/index';
import type { ExportFormat } from '../../export/formats';
import type { CliFormat } from '../args';
import type { CheckedFile } from '../checked-file';
import { renderTerminal } from '../terminal';
import { toGithub } from './github';
import { toJunit } from './junit';
import { findingPlace } from './location';
import { toSarif } from './sarif';
import { summaryTableMarkdown, summaryTableText } from './summary-table';

/** Why: most formats are one text; html and annotation of many inputs are one file per input. */
export type Rendered = { body: string } | { files: { name: string; body: string }[] };

/** Why: the CLI's one call from checked files to output. */
export function renderFiles(
  files: readonly CheckedFile[],
  format: CliFormat,
  opts: { color: boolean; width?: number },
): Rendered {
  const one = files.length === 1 ? files[0]! : null;
  switch (format) {
    case 'sarif':
      return { body: toSarif(files) };
    case 'github':
      return { body: toGithub(files) };
    case 'junit':
      return { body: toJunit(files) };
    case 'text': {
      const reports = files.map((file) =>
        renderTerminal(file.report, { ...opts, where: (f) => findingPlace(file, f) }),
      );
      const table = files.length > 1 ? `\n${summaryTableText(files, opts.width)}` : '';
      return { body: reports.join('\n') + table };
    }
    case 'md':
      if (one) return { body: exportOne(one, 'md') };
      return {
        body: `# ClaimLens: ${files.length} files\n\n${summaryTableMarkdown(files)}\n\n${files
          .map((f) => exportOne(f, 'md'))
          .join('\n---\n\n')}`,
      };
    case 'json':
      if (one) return { body: exportOne(one, 'json') };
      return {
        body: `${JSON.stringify(
          files.map((f) => JSON.parse(toJson(f.report))),
          null,
          2,
        )}\n`,
      };
    case 'csv':
      return { body: one ? exportOne(one, 'csv') : manyCsv(files) };
    case 'html':
    case 'annotation': {
      if (one) return { body: exportOne(one, format) };
      const taken = new Set<string>();
      return {
        files: files.map((f) => {
          const base = exportFileName(f.report, format);
          let name = base;
          for (let n = 2; taken.has(name); n++) name = base.replace(/(\.\w+)$/, `-${n}$1`);
          taken.add(name);
          return { name, body: exportOne(f, format) };
        }),
      };
    }
  }
}

function exportOne(file: CheckedFile, format: ExportFormat): string {
  return exportReport(file.report, format, { positions: file.textSpans }).body;
}

// The CSV export's columns with the file in front; same quoting and BOM as the single-file export.
function manyCsv(files: readonly CheckedFile[]): string {
  const field = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const rows = [['file', ...CSV_COLUMNS]];
  for (const f of files)
    for (const row of csvRows(f.report).slice(1)) rows.push([neutraliseCell(f.display), ...row]);
  return `\uFEFF${rows.map((r) => `${r.map(field).join(',')}\r\n`).join('')}`;
}
