import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ConfigError, findConfig, loadConfig, parseConfig } from './load';

test.each<[string, string, RegExp]>([
  [
    'a misspelt rule',
    'failOn: high\nrules:\n  unsuported-number: off\n',
    /^c\.yml:3:3: rules\.unsuported-number: unknown key "unsuported-number"; the rules are: unsupported-number, /,
  ],
  [
    'a wrong severity',
    'rules:\n  cited-unlinked: hgh\n',
    /^c\.yml:2:19: rules\.cited-unlinked: expected "off" \| "high" \| "medium" \| "low", got "hgh"$/,
  ],
  ['an unknown top-level key', 'fail_on: high\n', /^c\.yml:1:1: fail_on: unknown key "fail_on"$/],
  [
    'a glob that is not a string',
    'ignore:\n  - drafts/**\n  - 3\n',
    /^c\.yml:3:5: ignore\.1: expected string, got 3$/,
  ],
  ['an override without files', 'overrides:\n  - rules: {}\n', /^c\.yml:2:5: overrides\.0\.files: missing$/],
  [
    'broken YAML',
    'rules:\n  a: [1,\n',
    /^c\.yml:3:1: Flow sequence in block collection must be sufficiently indented and end with a \]$/,
  ],
  ['a duplicated key', 'failOn: high\nfailOn: low\n', /^c\.yml:2:1: Map keys must be unique$/],
  ['broken JSON', '{\n  "failOn": "high",\n  "rules": {\n}', /^c\.yml:4:\d+: /],
  [
    'a timeout that is not a whole number',
    'verify:\n  timeoutMs: 2.5\n',
    /^c\.yml:2:14: verify\.timeoutMs: expected a whole number, got 2\.5$/,
  ],
])('%s: the error names the line', (_name, text, message) => {
  expect(() => parseConfig(text, 'c.yml')).toThrow(ConfigError);
  expect(() => parseConfig(text, 'c.yml')).toThrow(message);
});

test('JSON and YAML read alike; an empty file is the defaults', () => {
  const json = parseConfig('{ "failOn": "medium", "rules": { "missing-link": "off" } }', 'c.json');
  expect(json).toEqual({ failOn: 'medium', rules: { 'missing-link': 'off' } });
  expect(parseConfig('', 'c.yml')).toEqual({});
  expect(parseConfig('# only a comment\n', 'c.yml')).toEqual({});
});

const tmp = mkdtempSync(join(tmpdir(), 'claimlens-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('found upward from the working directory; --config wins; none means defaults', async () => {
  mkdirSync(join(tmp, 'site/docs/deep'), { recursive: true });
  writeFileSync(join(tmp, 'site/.claimlens.yml'), 'failOn: low\n');
  writeFileSync(join(tmp, 'other.json'), '{ "failOn": "high" }');
  expect(await findConfig(join(tmp, 'site/docs/deep'))).toBe(join(tmp, 'site/.claimlens.yml'));
  const found = await loadConfig(join(tmp, 'site/docs/deep'), null);
  expect([found.dir, found.config]).toEqual([join(tmp, 'site'), { failOn: 'low' }]);
  const explicit = await loadConfig(join(tmp, 'site'), '../other.json');
  expect(explicit.config).toEqual({ failOn: 'high' });
  expect(await loadConfig(tmp, null)).toMatchObject({ file: null, config: {} });
  await expect(loadConfig(tmp, 'nope.yml')).rejects.toThrow(/cannot read config .*nope\.yml: ENOENT/);
});
