// The version is written once, in package.json: the core reads it from there, the build copies it into the
// manifest, and no other source file spells it out.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { VERSION } from '../../src/core/version';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

test('the core says the same version as package.json', () => {
  expect(VERSION).toBe(pkg.version);
});

test('manifest.json leaves the version to package.json (the build copies it in)', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest).not.toHaveProperty('version');
  expect(manifest).not.toHaveProperty('version_name');
});

test('no shipped source file or build config hard-codes the version', () => {
  const files = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[])
    .filter((f) => /\.(ts|tsx|html|json)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join('src', f))
    .concat(['manifest.json', 'vite.config.ts', 'vite.node.config.ts', 'scripts/firefox-manifest.ts']);
  const literal = new RegExp(`['"\`]v?${pkg.version.replaceAll('.', '\\.')}['"\`]`);
  const hits = files.filter((f) => literal.test(readFileSync(join(ROOT, f), 'utf8')));
  expect(files.length).toBeGreaterThan(100);
  expect(hits).toEqual([]);
});
