// The shipped config schema is generated from the one definition of the config file (src/cli/config/schema.ts).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { CONFIG_SCHEMA_FILE, configSchemaText } from '../../scripts/config-schema';
import { CHECKS } from '../../src/checks/index';

test('schema/config.schema.json is what `npm run schema` writes from src/cli/config/schema.ts', async () => {
  const onDisk = readFileSync(CONFIG_SCHEMA_FILE, 'utf8');
  // A failure here means the config's definition (or the list of checks) changed: run `npm run schema`.
  expect(onDisk).toBe(await configSchemaText());
});

test('the published schema names every check, and accepts the README example while refusing a typo', () => {
  const schema = JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, 'utf8'));
  expect(Object.keys(schema.properties.rules.properties)).toEqual(CHECKS.map((c) => c.id));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) });
  const validate = ajv.compile(schema);
  const example = {
    failOn: 'high',
    rules: { 'unsupported-superlative': 'low', 'weasel-attribution': 'off' },
    ignore: ['drafts/**'],
    allow: { packages: ['@acme/*'], hosts: ['*.corp.example'], sources: ['Gartner'] },
    overrides: [{ files: ['docs/pricing/**'], skipKinds: ['superlative'] }],
    verify: { timeoutMs: 3000, depsdevUrl: 'https://deps.corp.example' },
  };
  expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  expect(validate({ rules: { 'unsuported-number': 'off' } })).toBe(false);
});
