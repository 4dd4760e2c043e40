import { describe, expect, test } from 'vitest';
import type { Report } from '../core/report';
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
      'Unknown export format "pdf"; expected one of: md, json, csv, html, annotation.',
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

// Reports read from disk can be anything; every format must still produce output, not throw.
const broken: [string, unknown][] = [
  ['an empty object', {}],
  [
    'null lists',
    { ...marketing.report, claims: null, links: null, imports: null, findings: null, summary: null },
  ],
  ['no meta or source', { ...marketing.report, meta: undefined, source: undefined }],
  [
    'claims with missing and wrong-typed fields',
    {
      ...marketing.report,
      claims: [
        { id: 7, text: null, evidence: 'none', quote: null },
        null,
        'c1',
        { text: { toString: 1 }, support: 'maybe' },
      ],
    },
  ],
  [
    'findings with unknown severity and refs',
    { ...marketing.report, findings: [{ id: 'f1', severity: 'critical', message: 42, ref: {} }] },
  ],
  ['a stale summary', { ...marketing.report, summary: { claims: -1 } }],
];

describe.each(broken)('a broken report: %s', (_name, report) => {
  test.each(EXPORT_FORMATS)('exports as %s', (format) => {
    const out = exportReport(report as Report, format);
    expect(out.body.length).toBeGreaterThan(0);
  });
});

test('a finding with an unknown severity is kept, not dropped', () => {
  const report = {
    ...marketing.report,
    findings: [{ id: 'f1', rule: 'x', severity: 'critical', message: 'kept me', ref: 'c2' }],
  };
  for (const format of ['md', 'html'] as const)
    expect(exportReport(report as unknown as Report, format).body).toContain('kept me');
});

test('a cyclic object in a report does not hang or throw the JSON export', () => {
  const cyclic: Record<string, unknown> = { ...marketing.report };
  cyclic.self = cyclic;
  expect(JSON.parse(exportReport(cyclic as unknown as Report, 'json').body).self).toBeNull();
});

describe('the summary is recounted from the lists', () => {
  // Three claims (one with a verdict the contract does not know) under a summary that says otherwise.
  const stale = {
    ...marketing.report,
    claims: marketing.report.claims.slice(0, 3).map((c, i) => ({
      ...c,
      support: ['unsupported', 'unsupported', 'maybe'][i],
    })),
    summary: { ...marketing.report.summary, claims: 999 },
  } as unknown as Report;

  test.each<[ExportFormat, string[]]>([
    ['md', ['| **Claims** | **3** |', '| Unsupported | 2 |', '| Cited, not linked | 0 |', '| Linked | 0 |']],
    [
      'html',
      [
        '<span class="num">3</span><span class="label">Claims</span>',
        '<span class="num">2</span><span class="label">Unsupported</span>',
        '<span class="num">0</span><span class="label">Linked</span>',
      ],
    ],
  ])('%s', (format, expected) => {
    const body = exportReport(stale, format).body;
    for (const line of expected) expect(body).toContain(line);
  });
});
