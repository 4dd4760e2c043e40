// Golden files: every format from every fixture report, compared exactly. Regenerate with UPDATE_GOLDEN=1.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXPORT_FORMATS, exportFileName, exportReport } from '../../../src/export';
import { joinedTextPositions } from '../fixtures/report-builder';
import { REPORT_FIXTURES } from '../fixtures/report-fixtures';

const DIR = new URL('../../golden/export/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const cases = REPORT_FIXTURES.flatMap((fixture) =>
  EXPORT_FORMATS.map((format) => [fixture.name, format, fixture] as const),
);

describe('golden exports', () => {
  test.each(cases)('%s as %s', (name, format, fixture) => {
    const { body, extension } = exportReport(fixture.report, format, {
      positions: joinedTextPositions(fixture),
    });
    const file = new URL(`${name}.${extension}`, DIR);
    if (UPDATE) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, body);
    }
    expect(
      existsSync(file),
      `${file.pathname} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/unit/export`,
    ).toBe(true);
    expect(body).toBe(readFileSync(file, 'utf8'));
    // The golden name and the download name agree on the extension.
    expect(exportFileName(fixture.report, format).endsWith(`.${extension}`)).toBe(true);
  });
});
