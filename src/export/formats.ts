// The export formats: one list, in the order people reach for them, with what each needs to be saved.

/** Why: the formats a user can pick, in menu order; the CLI's `--format` values and the popup's menu both read it. */
export const EXPORT_FORMATS = ['md', 'html', 'csv', 'json', 'annotation'] as const;

/** Why: a format by name; adding one to the list above makes every Record over it a compile error until filled. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Why: narrows a user's string (a CLI flag) to a format without a cast. */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Why: the menu label, file extension and media type per format, for the menu, downloads and file writes. */
export const FORMAT_FILE: Record<ExportFormat, { label: string; mime: string; extension: string }> = {
  md: { label: 'Markdown', mime: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { label: 'HTML report', mime: 'text/html; charset=utf-8', extension: 'html' },
  csv: { label: 'Spreadsheet (CSV)', mime: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  json: { label: 'JSON', mime: 'application/json', extension: 'json' },
  annotation: {
    label: 'Web Annotations',
    mime: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    extension: 'jsonld',
  },
};
