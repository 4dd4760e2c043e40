// The shipped JSON Schema is generated from the one definition of the report (src/core/report.ts).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { reportSchemaText, SCHEMA_FILE } from '../../scripts/report-schema';
import { SEVERITIES } from '../../src/core/vocabulary';

test('schema/report.schema.json is what `npm run schema` writes from src/core/report.ts', async () => {
  const onDisk = readFileSync(SCHEMA_FILE, 'utf8');
  // A failure here means the report's definition changed: run `npm run schema` and commit the file.
  expect(onDisk).toBe(await reportSchemaText());
});

test('the schema takes its word lists from the vocabulary', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  expect(schema.properties.findings.items.properties.severity.enum).toEqual([...SEVERITIES]);
  expect(Object.keys(schema.properties.summary.properties.findings.properties)).toEqual([...SEVERITIES]);
});
