// Writes schema/report.schema.json from the one definition of the report (src/core/report.ts).
// Usage: npm run schema        (tests/unit/report-schema.test.ts fails when the file is stale)
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { format, resolveConfig } from 'prettier';
import { REPORT_SCHEMA_ABOUT, ReportSchema } from '../src/core/report';

/** Why: where the shipped schema lives; the test and the script agree on it. */
export const SCHEMA_FILE = new URL('../schema/report.schema.json', import.meta.url);

/** Why: the shipped file is the schema serialised and formatted as the repository formats JSON. */
export async function reportSchemaText(): Promise<string> {
  const { $schema, ...body } = toJsonSchema(ReportSchema, { target: 'draft-2020-12' });
  const schema = { $schema, ...REPORT_SCHEMA_ABOUT, ...body };
  const options = await resolveConfig(SCHEMA_FILE);
  return format(JSON.stringify(schema), { ...options, parser: 'json', filepath: SCHEMA_FILE.pathname });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, await reportSchemaText());
  console.log('wrote schema/report.schema.json');
}
