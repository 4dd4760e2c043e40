import { describe, expect, test } from 'vitest';
import type { Report } from '../core/report';
import { marketing } from '../../tests/unit/fixtures/report-fixtures';
import { exportFileName, slugify } from './file-name';
import { EXPORT_FORMATS, FORMAT_FILE } from './formats';

const withSource = (source: Partial<Report['source']>, checkedAt = '2026-11-27T09:41:07.000Z'): Report => ({
  ...marketing.report,
  source: { title: '', url: null, file: null, ...source },
  meta: { ...marketing.report.meta, checkedAt },
});

describe('exportFileName', () => {
  test.each<[string, Report, string]>([
    [
      'a title',
      withSource({ title: 'Green AI: Reducing Carbon' }),
      'claimlens-green-ai-reducing-carbon-2026-11-27.md',
    ],
    [
      'accents folded',
      withSource({ title: 'Grüne KI: 40 % weniger Énergie' }),
      'claimlens-grune-ki-40-weniger-energie-2026-11-27.md',
    ],
    [
      'no usable title: the file',
      withSource({ title: '🚀🚀', file: 'C:\\posts\\Cold Starts.md' }),
      'claimlens-cold-starts-2026-11-27.md',
    ],
    [
      'no title or file: the URL',
      withSource({ url: 'https://www.blog.test/p/42?x=1' }),
      'claimlens-blog-test-p-42-x-1-2026-11-27.md',
    ],
    ['nothing at all', withSource({}), 'claimlens-report-2026-11-27.md'],
    [
      'offset date stays as written',
      withSource({ title: 'x' }, '2026-11-27T23:30:00-05:00'),
      'claimlens-x-2026-11-27.md',
    ],
    ['a broken date is left out', withSource({ title: 'x' }, 'yesterday'), 'claimlens-x.md'],
    [
      'path separators and dots',
      withSource({ title: '../../etc/passwd' }),
      'claimlens-etc-passwd-2026-11-27.md',
    ],
  ])('%s', (_name, report, expected) => {
    expect(exportFileName(report, 'md')).toBe(expected);
  });

  test('a long title is cut at a word, and the name stays short', () => {
    const name = exportFileName(withSource({ title: 'word '.repeat(200) }), 'annotation');
    expect(name).toMatch(/^claimlens-(word-)*word-2026-11-27\.jsonld$/);
    expect(name.length).toBeLessThanOrEqual(70);
  });

  test.each(EXPORT_FORMATS)('%s uses its extension', (format) => {
    expect(exportFileName(marketing.report, format)).toBe(
      `claimlens-greener-models-how-verdantml-cuts-2026-11-27.${FORMAT_FILE[format].extension}`,
    );
  });

  test('a report with no title, file or url still gets a name', () => {
    expect(exportFileName(withSource({}), 'csv')).toBe('claimlens-report-2026-11-27.csv');
  });
});

describe('slugify', () => {
  test.each([
    ['Hello, World!', 40, 'hello-world'],
    ['   ', 40, ''],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghij'],
    ['aaaa bbbb cccc', 11, 'aaaa-bbbb'],
  ])('%j (max %d)', (input, max, expected) => {
    expect(slugify(input, max)).toBe(expected);
  });
});
