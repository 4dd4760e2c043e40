// Validates a SARIF log against the official SARIF 2.1.0 schema (vendored in tests/schemas, a draft-04 schema).
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';

const schema = JSON.parse(
  readFileSync(new URL('../schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
// The schema's "language" pattern has a stray "]" that only a non-unicode RegExp accepts (as JSON Schema draft-04 did).
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
ajv.addFormat('uri', { validate: (s: string) => URL.canParse(s) });
ajv.addFormat('uri-reference', { validate: (s: string) => URL.canParse(s, 'file:///') && !/\s/.test(s) });
ajv.addFormat('date-time', { validate: (s: string) => !Number.isNaN(Date.parse(s)) && /T/.test(s) });
const validate = ajv.compile(schema);

/** Why: `--format sarif` must be what GitHub code scanning accepts; [] when valid, else the violations. */
export function validateSarif(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
