// Every verifier in src/verify/verifiers/ is listed in index.ts, has its own test file, and is an online check the
// settings know (so the options page has a switch for it and the README's privacy section a line).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CHECK_HOSTS } from '../../src/shared/check-hosts';
import { ONLINE_CHECKS } from '../../src/shared/settings';
import type { Verifier } from '../../src/verify/verifier';
import { VERIFIERS } from '../../src/verify/verifiers/index';

const DIR = new URL('../../src/verify/verifiers/', import.meta.url).pathname;
const files = readdirSync(DIR).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts',
);

test('verifier ids are unique and are the settings’ online checks, in the same order', () => {
  expect(VERIFIERS.map((v) => v.id)).toEqual([...ONLINE_CHECKS]);
});

test.each(files)('%s exports one verifier, listed and tested', async (file) => {
  const mod = (await import(join(DIR, file))) as Record<string, unknown>;
  const exported = Object.values(mod).filter(
    (v): v is Verifier => typeof v === 'object' && v !== null && 'run' in v && 'id' in v && 'hosts' in v,
  );
  expect(exported, `${file} exports one verifier`).toHaveLength(1);
  const verifier = exported[0]!;
  expect(file, 'the file is named after its verifier').toBe(`${verifier.id}.ts`);
  expect(VERIFIERS, `${verifier.id} is listed in src/verify/verifiers/index.ts`).toContain(verifier);
  expect(existsSync(join(DIR, `${verifier.id}.test.ts`)), `${verifier.id}.test.ts exists`).toBe(true);
  expect(verifier.description.length).toBeGreaterThan(20);
  expect(verifier.items.length).toBeGreaterThan(0);
});

test('each verifier asks the hosts the options and privacy pages name (one table for both)', () => {
  for (const v of VERIFIERS) expect(v.hosts, v.id).toBe(CHECK_HOSTS[v.id]);
});

test('every listed verifier has its own file', () => {
  expect(VERIFIERS.map((v) => `${v.id}.ts`).sort()).toEqual([...files].sort());
});

test('a verifier reads only verifiers listed before it', () => {
  VERIFIERS.forEach((v, i) => {
    for (const dep of v.after ?? []) expect(VERIFIERS.slice(0, i).map((x) => x.id)).toContain(dep);
  });
});

test('the README’s privacy section says what each online check sends, and to whom', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const privacy = readme.slice(readme.indexOf('## Privacy'));
  expect(privacy.length, 'README has a "## Privacy" section').toBeGreaterThan(100);
  for (const id of ONLINE_CHECKS) expect(privacy, `the privacy section names ${id}`).toContain(`\`${id}\``);
});
