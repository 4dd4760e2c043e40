// Hostile page text (script tags, attribute breakouts, spreadsheet formulas, pipes, backticks, newlines)
// comes out inert in every format, and is still there to read.
import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import {
  CSV_COLUMNS,
  exportFileName,
  toAnnotations,
  toCsv,
  toHtml,
  toJson,
  toMarkdown,
  EXPORT_FORMATS,
} from '../../../src/export';
import { HOSTILE, REPORT_FIXTURES, hostile } from '../fixtures/report-fixtures';

const fixtures = REPORT_FIXTURES.map((f) => [f.name, f] as const);
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const ACTIVE =
  'script, img, iframe, object, embed, link, base, form, input, svg, math, video, audio, source, meta[http-equiv="refresh"]';
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

function activeParts(document: Document): string[] {
  const found: string[] = [];
  for (const el of document.querySelectorAll(ACTIVE)) found.push(`<${el.tagName.toLowerCase()}>`);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || attr.name === 'src' || attr.name === 'srcset')
        found.push(`${el.tagName}[${attr.name}]`);
    }
  }
  for (const a of document.querySelectorAll('[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (!SAFE_HREF.test(href)) found.push(`href=${href}`);
  }
  return found;
}

describe('HTML', () => {
  test.each(fixtures)('%s: no script, no remote resource, nothing active', (_name, { report }) => {
    const html = toHtml(report);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    const { document } = parseHTML(html);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    // Only the CSP, charset, referrer, viewport, color-scheme and generator metas; the CSP is the first child after charset.
    expect(activeParts(document).filter((p) => p !== '<meta>')).toEqual([]);
    const css = document.querySelector('style')?.textContent ?? '';
    expect(css).not.toMatch(/url\(|@import|@font-face/i);
  });

  test('hostile text is shown as text', () => {
    const { document } = parseHTML(toHtml(hostile.report));
    const text = flat(document.body.textContent ?? '');
    for (const s of Object.values(HOSTILE)) expect(text).toContain(s);
    expect(flat(document.title)).toBe(flat(`ClaimLens report: ${hostile.report.source.title}`));
  });
});

describe('Markdown', () => {
  const render = (md: string) =>
    parseHTML(`<!doctype html><html><body>${new MarkdownIt({ html: true }).render(md)}</body></html>`)
      .document;

  test.each(fixtures)('%s renders with no raw HTML and only web links', (_name, { report }) => {
    const document = render(toMarkdown(report));
    expect(activeParts(document)).toEqual([]);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });

  test.each(fixtures)('%s: every table row has as many cells as its header', (_name, { report }) => {
    const document = render(toMarkdown(report));
    const tables = Array.from(document.querySelectorAll('table'));
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const table of tables) {
      const width = table.querySelectorAll('thead th').length;
      for (const row of table.querySelectorAll('tbody tr'))
        expect(row.querySelectorAll('td')).toHaveLength(width);
    }
  });

  test('hostile text survives as literal text: no link, code span, strikethrough or HTML from page text', () => {
    const document = render(toMarkdown(hostile.report));
    const text = flat(document.body.textContent ?? '');
    for (const s of Object.values(HOSTILE)) expect(text).toContain(s);
    expect(text).toContain(flat(hostile.report.claims[5]!.text));
    expect(text).toContain('~~gone~~');
    // Only the report's own formatting makes elements: no <del>, and code spans hold only safe module names.
    expect(document.querySelectorAll('del, s')).toHaveLength(0);
    for (const code of document.querySelectorAll('code')) expect(code.textContent).toMatch(/^[\w.\-/@:]+$/);
    // The one anchor is the report's own listing of the broken http link, its quotes and brackets encoded.
    const hrefs = Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['http://evil.test/%22%3E%3Cscript%3Ealert%281%29%3C/script%3E']);
  });
});

describe('CSV', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  const valueColumn = CSV_COLUMNS.indexOf('value');

  test.each(fixtures)('%s: no text cell starts a formula; value is a plain number', (_name, { report }) => {
    const rows = parse(toCsv(report), { bom: true }) as string[][];
    for (const row of rows.slice(1)) {
      row.forEach((cell, i) => {
        if (i === valueColumn) expect(cell).toMatch(/^(-?\d+(\.\d+)?(e[+-]\d+)?)?$/);
        else expect(cell.replace(/^ +/, '')).not.toMatch(FORMULA);
      });
    }
  });

  test('hostile text is kept, behind a quote, and negative values stay numbers', () => {
    const rows = parse(toCsv(hostile.report), { bom: true, columns: true }) as Record<string, string>[];
    const texts = rows.map((r) => r.text!.replace(/^'/, ''));
    expect(texts).toEqual(hostile.report.claims.map((c) => c.text));
    expect(rows.map((r) => r.value)).toContain('-2');
    expect(rows.find((r) => r.id === 'c3')?.sentence).toBe(`'${HOSTILE.hyperlink} gives 99% uptime.`);
  });
});

describe('JSON and annotations', () => {
  test('the JSON keeps hostile text exactly (it is data)', () => {
    const back = JSON.parse(toJson(hostile.report));
    expect(back.claims.map((c: { text: string }) => c.text)).toEqual(
      hostile.report.claims.map((c) => c.text),
    );
  });

  test('the annotations keep the text but no raw "<", so they can be embedded in a script tag', () => {
    const body = toAnnotations(hostile.report);
    expect(body).not.toContain('<');
    const exact = JSON.parse(body).first.items.map(
      (a: { target: { selector: { exact: string }[] } }) => a.target.selector[0]!.exact,
    );
    expect(exact).toEqual(hostile.report.claims.map((c) => c.text));
  });

  test.each(EXPORT_FORMATS)('file name for %s has safe characters only', (format) => {
    expect(exportFileName(hostile.report, format)).toMatch(/^claimlens-[a-z0-9-]+-2026-11-27\.[a-z]+$/);
  });
});
