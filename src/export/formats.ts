// The export formats, their file extensions and media types.

/** Why: the formats a user can pick; the CLI's `--format` values. */
export type ExportFormat = 'md' | 'json' | 'csv' | 'html' | 'annotation';

/** Why: the CLI validates `--format` with this list; the golden tests export every format in it. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'json', 'csv', 'html', 'annotation'];

/** Why: narrows a user's string (a CLI flag) to a format without a cast. */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Why: file extension and media type per format, for downloads and file writes. */
export const FORMAT_FILE: Record<ExportFormat, { mime: string; extension: string }> = {
  md: { mime: 'text/markdown; charset=utf-8', extension: 'md' },
  json: { mime: 'application/json', extension: 'json' },
  csv: { mime: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  html: { mime: 'text/html; charset=utf-8', extension: 'html' },
  annotation: {
    mime: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    extension: 'jsonld',
  },
};
