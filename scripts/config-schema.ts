// Writes schema/config.schema.json from the one definition of the config file (src/cli/config/schema.ts).
// Usage: npm run schema        (tests/unit/config-schema.test.ts fails when the file is stale)
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { format, resolveConfig } from 'prettier';
import { CONFIG_SCHEMA_ABOUT, ConfigSchema } from '../src/cli/config/schema';

/** Why: where the shipped schema lives; the test, the loader's messages and the script agree on it. */
export const CONFIG_SCHEMA_FILE = new URL('../schema/config.schema.json', import.meta.url);

/** Why: the shipped file is the schema serialised and formatted as the repository formats JSON. */
export async function configSchemaText(): Promise<string> {
  const { $schema, ...body } = toJsonSchema(ConfigSchema, { target: 'draft-2020-12' });
  const schema = { $schema, ...CONFIG_SCHEMA_ABOUT, ...body };
  const options = await resolveConfig(CONFIG_SCHEMA_FILE);
  return format(JSON.stringify(schema), {
    ...options,
    parser: 'json',
    filepath: CONFIG_SCHEMA_FILE.pathname,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(CONFIG_SCHEMA_FILE, await configSchemaText());
  console.log('wrote schema/config.schema.json');
}
