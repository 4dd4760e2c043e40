// The export layer's front door: the CLI (--format), the popup and side panel (Export menu) and the Node API
// call these; each format lives in its own file.

import { parseReport, type Report } from '../core/report';
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

// One writer per format: a format added to EXPORT_FORMATS and missing here does not compile.
const EXPORTERS: Record<ExportFormat, (report: Report, opts: ExportOptions) => string> = {
  md: toMarkdown,
  html: toHtml,
  csv: toCsv,
  json: toJson,
  annotation: toAnnotations,
};

/**
 * Why: one call for every format. An unknown format is a clear error naming the valid ones; a report that does not
 * match the contract is a ReportError naming its first problem (the writers below trust their input).
 */
export function exportReport(report: Report, format: ExportFormat, opts: ExportOptions = {}): ExportResult {
  if (!isExportFormat(format)) {
    throw new Error(
      `Unknown export format "${String(format)}"; expected one of: ${EXPORT_FORMATS.join(', ')}.`,
    );
  }
  const { mime, extension } = FORMAT_FILE[format];
  return { body: EXPORTERS[format](parseReport(report), opts), mime, extension };
}
