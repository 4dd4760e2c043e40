// The machine formats read back: JSON to the same report (and the schema), CSV to the same rows,
// annotations to selectors that find every claim again in the page text.
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { anchorQuote } from '../../../src/core/quote';
import type { Report } from '../../../src/core/report';
import { CSV_COLUMNS, csvRows, pageText, toAnnotations, toCsv, toJson } from '../../../src/export';
import { validateReport } from '../../helpers/schema';
import { joinedTextPositions } from '../fixtures/report-builder';
import { REPORT_FIXTURES } from '../fixtures/report-fixtures';
import { annotationShapeErrors } from './annotation-shape';

const fixtures = REPORT_FIXTURES.map((f) => [f.name, f] as const);

describe('JSON', () => {
  test.each(fixtures)('%s parses back deep-equal and validates against the schema', (_name, { report }) => {
    const back = JSON.parse(toJson(report)) as unknown;
    expect(back).toEqual(report);
    expect(validateReport(back)).toEqual([]);
  });

  test.each(fixtures)(
    '%s: key order does not depend on the order the report was built in',
    (_name, { report }) => {
      const reversed = reverseKeys(report) as Report;
      expect(Object.keys(reversed)[0]).not.toBe(Object.keys(report)[0]);
      expect(toJson(reversed)).toBe(toJson(report));
      expect(Object.keys(JSON.parse(toJson(reversed)))).toEqual([
        'schemaVersion',
        'source',
        'meta',
        'claims',
        'tables',
        'links',
        'imports',
        'findings',
        'summary',
      ]);
    },
  );
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

describe('CSV', () => {
  test.each(fixtures)('%s parses back to the same rows, one per claim', (_name, { report }) => {
    const body = toCsv(report);
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(body.endsWith('\r\n')).toBe(true);
    // Records are separated by CRLF only: parsing with CRLF as the one delimiter gives the same rows.
    const rows = parse(body, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows).toEqual(csvRows(report));
    expect(parse(body, { bom: true })).toEqual(rows);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(report.claims.length + 1);
  });

  test.each(fixtures)(
    '%s: each row carries its claim, its worst severity and its findings',
    (_name, { report }) => {
      const rows = parse(toCsv(report), { bom: true, columns: true }) as Record<string, string>[];
      report.claims.forEach((claim, i) => {
        const row = rows[i]!;
        expect([claim.text, `'${claim.text}`]).toContain(row.text);
        expect([claim.sentence, `'${claim.sentence}`]).toContain(row.sentence);
        expect(row.value).toBe(claim.value === undefined ? '' : String(claim.value));
        expect(row.support).toBe(claim.support);
        const mine = report.findings.filter((f) => f.ref === claim.id);
        const worst = mine.reduce<string>(
          (w, f) => (w === '' || SEVERITY_RANK[f.severity] > SEVERITY_RANK[w as 'low'] ? f.severity : w),
          '',
        );
        expect(row.severity).toBe(worst);
        expect([
          mine.map((f) => f.message).join('; '),
          `'${mine.map((f) => f.message).join('; ')}`,
        ]).toContain(row.findings);
        for (const e of claim.evidence) expect(row.evidence).toContain(e.text);
      });
    },
  );
});

describe('Web Annotation', () => {
  test.each(fixtures)('%s has the shape of the Web Annotation model', (_name, fixture) => {
    const doc = JSON.parse(toAnnotations(fixture.report, { positions: joinedTextPositions(fixture) }));
    expect(annotationShapeErrors(doc)).toEqual([]);
    expect(doc.total).toBe(fixture.report.claims.length);
  });

  test.each(fixtures)(
    '%s: both selectors of every annotation find the claim in the page text',
    (_name, fixture) => {
      const text = pageText(fixture.blocks);
      const doc = JSON.parse(toAnnotations(fixture.report, { positions: joinedTextPositions(fixture) }));
      const items = doc.first.items as { target: { selector: Record<string, unknown>[] } }[];
      expect(items).toHaveLength(fixture.report.claims.length);
      items.forEach((item, i) => {
        const claim = fixture.report.claims[i]!;
        const [quote, position] = item.target.selector as [
          { exact: string; prefix: string; suffix: string },
          { start: number; end: number },
        ];
        expect(text.slice(position.start, position.end)).toBe(claim.text);
        // Re-anchoring by quote alone (no position hint) lands on the same place.
        expect(anchorQuote(text, { ...quote, start: 0, end: 0 })).toEqual({
          start: position.start,
          end: position.end,
        });
      });
    },
  );

  test.each(fixtures)('%s without positions: only the quote selector, still re-anchors', (_name, fixture) => {
    const text = pageText(fixture.blocks);
    const doc = JSON.parse(toAnnotations(fixture.report));
    expect(annotationShapeErrors(doc)).toEqual([]);
    for (const item of doc.first.items as { target: { selector: { type: string; exact: string }[] } }[]) {
      expect(item.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
      expect(
        anchorQuote(text, { prefix: '', suffix: '', ...item.target.selector[0]!, start: 0, end: 0 }),
      ).not.toBeNull();
    }
  });

  test('only a claim whose position in the document is known gets a TextPositionSelector', () => {
    const [marketing] = REPORT_FIXTURES;
    const first = marketing!.report.claims[0]!;
    const doc = JSON.parse(
      toAnnotations(marketing!.report, { positions: new Map([[first.id, { start: 120, end: 122 }]]) }),
    );
    const types = (doc.first.items as { target: { selector: { type: string }[] } }[]).map((i) =>
      i.target.selector.map((s) => s.type).join(' '),
    );
    expect(types[0]).toBe('TextQuoteSelector TextPositionSelector');
    expect(doc.first.items[0].target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: 120,
      end: 122,
    });
    expect(new Set(types.slice(1))).toEqual(new Set(['TextQuoteSelector']));
  });

  test('the target is the page URL, an explicit source, or a file: URI', () => {
    const [marketing, sourced] = REPORT_FIXTURES;
    const target = (json: string) => JSON.parse(json).first.items[0].target.source;
    expect(target(toAnnotations(marketing!.report))).toBe(marketing!.report.source.url);
    expect(target(toAnnotations(marketing!.report, { source: 'https://mirror.test/p' }))).toBe(
      'https://mirror.test/p',
    );
    expect(target(toAnnotations(sourced!.report))).toBe('posts/cold-starts.md');
    const absolute = {
      ...sourced!.report,
      source: { ...sourced!.report.source, file: '/home/ada/My Posts/cold.md' },
    };
    expect(target(toAnnotations(absolute))).toBe('file:///home/ada/My%20Posts/cold.md');
  });
});
