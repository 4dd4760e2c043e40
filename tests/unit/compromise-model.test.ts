// The extension ships compromise's tagger model as data built at build time (scripts/compromise-model.ts). The tagger
// is compromise's code reading that model, so the snapshot must hold exactly the model compromise builds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { MODEL_MODULE, compromiseModelSnapshot, snapshotSource } from '../../scripts/compromise-model';

// The ES module sources the extension build bundles (compromise/two's entry is src/two.js).
const MODEL_FILE = fileURLToPath(
  new URL('../../node_modules/compromise/src/2-two/preTagger/model/index.js', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'claimlens-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function evaluate(source: string, name: string): Promise<unknown> {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, source);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

test('the plugin finds compromise model module where this compromise keeps it', () => {
  expect(MODEL_MODULE.test(MODEL_FILE)).toBe(true);
  expect(MODEL_MODULE.test(MODEL_FILE.replace('model/index.js', 'model/lexicon/index.js'))).toBe(false);
});

test('the snapshot holds exactly the model compromise builds, RegExps included', async () => {
  const built = ((await import(pathToFileURL(MODEL_FILE).href)) as { default: Record<string, unknown> })
    .default;
  const snapshot = (await evaluate(snapshotSource(built), 'snapshot')) as typeof built;
  expect(snapshot).toEqual(built);
  const regexps = (v: unknown): number =>
    v instanceof RegExp
      ? 1
      : v && typeof v === 'object'
        ? Object.values(v).reduce((n: number, x) => n + regexps(x), 0)
        : 0;
  expect(regexps(snapshot)).toBe(regexps(built));
  expect(regexps(snapshot)).toBeGreaterThan(100);
}, 60_000);

test('the plugin replaces that module only', async () => {
  const plugin = compromiseModelSnapshot();
  const load = plugin.load as (id: string) => Promise<string | null>;
  expect(await load.call({}, MODEL_FILE.replace('model/index.js', 'model/lexicon/index.js'))).toBeNull();
  const source = await load.call({}, MODEL_FILE);
  expect(source).toMatch(/^const model = JSON\.parse\(/);
  expect(source).toContain('export default model;');
});

test('a model with a function cannot be shipped as data', () => {
  expect(() => snapshotSource({ one: { f: () => 1 } })).toThrow(/function at one\.f/);
});
