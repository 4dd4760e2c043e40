import { describe, expect, test } from 'vitest';
import { ReportError, type Report } from '../core/report';
import { marketing } from '../../tests/unit/fixtures/report-fixtures';
import { EXPORT_FORMATS, type ExportFormat, exportReport, isExportFormat } from './index';

describe('exportReport', () => {
  test.each<[ExportFormat, string, RegExp]>([
    ['md', 'md', /^text\/markdown/],
    ['json', 'json', /^application\/json$/],
    ['csv', 'csv', /^text\/csv/],
    ['html', 'html', /^text\/html/],
    ['annotation', 'jsonld', /^application\/ld\+json; profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"$/],
  ])('%s: extension %s and its media type', (format, extension, mime) => {
    const out = exportReport(marketing.report, format);
    expect(out.extension).toBe(extension);
    expect(out.mime).toMatch(mime);
    expect(out.body.length).toBeGreaterThan(0);
  });

  test('an unknown format is a clear error naming the valid ones', () => {
    expect(() => exportReport(marketing.report, 'pdf' as ExportFormat)).toThrow(
      'Unknown export format "pdf"; expected one of: md, html, csv, json, annotation.',
    );
  });

  test.each([
    ['md', true],
    ['annotation', true],
    ['MD', false],
    ['', false],
    [null, false],
  ])('isExportFormat(%j) is %s', (value, expected) => {
    expect(isExportFormat(value)).toBe(expected);
  });
});

// A report from outside the engine (a file, storage) is checked at the front door: one clear error, never a crash
// inside a writer or an export that silently drops what it did not understand.
const broken: [string, unknown, RegExp][] = [
  ['an empty object', {}, /^not a ClaimLens report: schemaVersion: /],
  [
    'null lists',
    { ...marketing.report, claims: null, links: null, imports: null, findings: null, summary: null },
    /: claims: /,
  ],
  ['no meta or source', { ...marketing.report, meta: undefined, source: undefined }, /: source: /],
  [
    'claims with missing and wrong-typed fields',
    { ...marketing.report, claims: [{ id: 7, text: null, evidence: 'none', quote: null }] },
    /: claims\.0\.id: /,
  ],
  [
    'a finding with a severity the contract does not know',
    {
      ...marketing.report,
      findings: [{ id: 'f1', rule: 'x', severity: 'critical', message: 'm', ref: 'c2' }],
    },
    /: findings\.0\.severity: /,
  ],
  ['a key the contract does not know', { ...marketing.report, extra: 1 }, /: extra: /],
];

describe.each(broken)('a report that breaks the contract: %s', (_name, report, message) => {
  test.each(EXPORT_FORMATS)('is refused as %s with the first problem named', (format) => {
    expect(() => exportReport(report as Report, format)).toThrow(ReportError);
    expect(() => exportReport(report as Report, format)).toThrow(message);
  });
});

test('a cyclic object in a report is refused, not a hang', () => {
  const cyclic: Record<string, unknown> = { ...marketing.report };
  cyclic.self = cyclic;
  expect(() => exportReport(cyclic as unknown as Report, 'json')).toThrow(ReportError);
});

describe('the summary is recounted from the lists', () => {
  // Three claims (one with a verdict the contract does not know) under a summary that says otherwise.
  const stale = {
    ...marketing.report,
    claims: marketing.report.claims.slice(0, 3).map((c, i) => ({
      ...c,
      support: ['unsupported', 'unsupported', 'linked'][i],
    })),
    summary: { ...marketing.report.summary, claims: 999 },
  } as unknown as Report;

  test.each<[ExportFormat, string[]]>([
    ['md', ['| **Claims** | **3** |', '| Unsupported | 2 |', '| Cited, not linked | 0 |', '| Linked | 1 |']],
    [
      'html',
      [
        '<span class="num">3</span><span class="label">Claims</span>',
        '<span class="num">2</span><span class="label">Unsupported</span>',
        '<span class="num">1</span><span class="label">Linked</span>',
      ],
    ],
  ])('%s', (format, expected) => {
    const body = exportReport(stale, format).body;
    for (const line of expected) expect(body).toContain(line);
  });
});
