// The export layer's front door: the CLI (--format), the popup and side panel (Export menu) and the Node API
// call these; each format lives in its own file.

import type { Report } from '../core/report';
import { type AnnotationOptions, toAnnotations } from './annotation';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import { type ExportFormat, EXPORT_FORMATS, FORMAT_FILE, isExportFormat } from './formats';

export {
  blockOffsets,
  pageText,
  PAGE_TEXT_SEPARATOR,
  toAnnotations,
  type AnnotationOptions,
} from './annotation';
export { CSV_COLUMNS, csvRows, neutraliseCell, toCsv } from './csv';
export { exportFileName } from './file-name';
export { EXPORT_FORMATS, FORMAT_FILE, isExportFormat, type ExportFormat } from './formats';
export { toHtml } from './html';
export { toJson } from './json';
export { toMarkdown } from './markdown';

/** Why: options only some formats read (today: the annotation export's target and page offsets). */
export type ExportOptions = AnnotationOptions;

/** Why: what a download or a file write needs besides the text. */
export interface ExportResult {
  body: string;
  mime: string;
  extension: string;
}

/** Why: one call for every format; an unknown format is a clear error naming the valid ones. */
export function exportReport(report: Report, format: ExportFormat, opts: ExportOptions = {}): ExportResult {
  if (!isExportFormat(format)) {
    throw new Error(
      `Unknown export format "${String(format)}"; expected one of: ${EXPORT_FORMATS.join(', ')}.`,
    );
  }
  const body =
    format === 'md'
      ? toMarkdown(report)
      : format === 'json'
        ? toJson(report)
        : format === 'csv'
          ? toCsv(report)
          : format === 'html'
            ? toHtml(report)
            : toAnnotations(report, opts);
  return { body, ...FORMAT_FILE[format] };
}
