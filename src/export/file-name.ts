// Download file names: "claimlens-<title>-<date>.<ext>", safe on every file system and bounded in length.

import type { Report } from '../core/report';
import { type ExportFormat, FORMAT_FILE } from './formats';

const SLUG_MAX = 40;

/** Why: a title becomes lower-case ASCII words joined by "-" ("Grüne KI: 40% weniger" -> "grune-ki-40-weniger"). */
export function slugify(text: string, max = SLUG_MAX): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  // Cut at a word boundary when there is one in the second half, else mid-word.
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : slug.slice(0, max)).replace(/-+$/, '');
}

function dateOf(checkedAt: string): string {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(checkedAt);
  if (iso?.[1]) return iso[1];
  const d = new Date(checkedAt);
  return checkedAt === '' || Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

function nameOf(report: Report): string {
  const { source } = report;
  const fromTitle = slugify(source.title);
  if (fromTitle) return fromTitle;
  const file = (source.file ?? '').replace(/\\/g, '/').split('/').pop() ?? '';
  const fromFile = slugify(file.replace(/\.[^.]*$/, ''));
  if (fromFile) return fromFile;
  return slugify((source.url ?? '').replace(/^[a-z][a-z0-9+.-]*:\/\/(www\.)?/i, '')) || 'report';
}

/**
 * Why: the popup's downloads and the CLI's default output name, e.g. "claimlens-green-ai-2026-11-27.md".
 * Falls back to the file name, then the URL, then "report" when the title has no usable characters.
 */
export function exportFileName(report: Report, format: ExportFormat): string {
  const date = dateOf(report.meta.checkedAt);
  const extension = FORMAT_FILE[format].extension;
  return `claimlens-${nameOf(report)}${date ? `-${date}` : ''}.${extension}`;
}
