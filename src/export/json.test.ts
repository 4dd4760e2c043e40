import { expect, test } from 'vitest';
import type { Report } from '../core/report';
import { marketing } from '../../tests/unit/fixtures/report-fixtures';
import { toJson } from './json';

// Walks "claims.2.quote" through parsed JSON.
function at(json: unknown, path: string): object {
  let node = json;
  for (const key of path.split('.').filter(Boolean)) node = (node as Record<string, unknown>)[key];
  return node as object;
}

test.each([
  [
    'report',
    '',
    ['schemaVersion', 'source', 'meta', 'claims', 'tables', 'links', 'imports', 'findings', 'summary'],
  ],
  [
    'claim',
    'claims.2',
    [
      'id',
      'kind',
      'text',
      'sentence',
      'value',
      'unit',
      'hedge',
      'worth',
      'worthReasons',
      'support',
      'evidence',
      'block',
      'quote',
    ],
  ],
  ['quote', 'claims.0.quote', ['exact', 'prefix', 'suffix', 'start', 'end']],
  [
    'summary.links',
    'summary.links',
    ['ok', 'placeholder', 'missing', 'broken', 'unchecked', 'unknown', 'moved-to-home', 'soft-404'],
  ],
  ['summary.imports', 'summary.imports', ['builtin', 'local', 'exists', 'missing', 'unknown']],
  [
    'import',
    'imports.2',
    ['id', 'language', 'module', 'package', 'registry', 'status', 'reason', 'line', 'block'],
  ],
])('%s keys follow the contract order', (_name, path, keys) => {
  expect(Object.keys(at(JSON.parse(toJson(marketing.report)), path))).toEqual(keys);
});

test('keys the contract does not know come last, alphabetically', () => {
  const report = { zeta: 1, alpha: 2, ...marketing.report } as unknown as Report;
  expect(Object.keys(JSON.parse(toJson(report))).slice(-3)).toEqual(['summary', 'alpha', 'zeta']);
});

test('two-space indent and a final newline', () => {
  const body = toJson(marketing.report);
  expect(body.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true);
  expect(body.endsWith('}\n')).toBe(true);
});
