// The extension ships compromise's tagger model as data built at build time, and merges it with plain assignments
// (scripts/compromise-model.ts). The tagger is compromise's code reading that model, so the snapshot must hold exactly
// the model compromise builds, and compromise built that way must tag exactly as it does.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import {
  EXTEND_MODULE,
  MODEL_MODULE,
  compromiseModelSnapshot,
  patchedExtend,
  snapshotSource,
} from '../../scripts/compromise-model';

// The ES module sources the extension build bundles (compromise/two's entry is src/two.js).
const MODEL_FILE = fileURLToPath(
  new URL('../../node_modules/compromise/src/2-two/preTagger/model/index.js', import.meta.url),
);
const SRC = join(MODEL_FILE, '../../../..');
const EXTEND_FILE = join(SRC, 'API/extend.js');
const dir = mkdtempSync(join(tmpdir(), 'claimlens-model-'));
// A copy of compromise's sources as the extension bundles them, where compromise's own dependencies still resolve.
const built = fileURLToPath(new URL('../../node_modules/.cache/claimlens-compromise-test/', import.meta.url));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(built, { recursive: true, force: true });
});

async function evaluate(source: string, name: string): Promise<unknown> {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, source);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

test('the plugin finds the modules it treats where this compromise keeps them', () => {
  expect(MODEL_MODULE.test(MODEL_FILE)).toBe(true);
  expect(EXTEND_MODULE.test(EXTEND_FILE)).toBe(true);
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

test('the merge becomes plain assignments, and a merge written differently stops the build', () => {
  const code = readFileSync(EXTEND_FILE, 'utf8');
  const patched = patchedExtend(code);
  expect(patched).not.toContain('Object.assign(model, { [key]');
  expect(patched).toContain('model[key] = plugin[key]');
  expect(() => patchedExtend(code.replace('Object.assign(model, { [key]: plugin[key] })', 'x'))).toThrow(
    /no longer has/,
  );
});

test('compromise built as the extension bundles it has the same world and tags the same', async () => {
  rmSync(built, { recursive: true, force: true });
  mkdirSync(built, { recursive: true });
  cpSync(SRC, join(built, 'src'), { recursive: true });
  const model = ((await import(pathToFileURL(MODEL_FILE).href)) as { default: unknown }).default;
  writeFileSync(join(built, 'src/2-two/preTagger/model/index.js'), snapshotSource(model));
  writeFileSync(join(built, 'src/API/extend.js'), patchedExtend(readFileSync(EXTEND_FILE, 'utf8')));
  type Nlp = ((text: string) => { json(): unknown }) & { world(): { model: unknown } };
  const load = async (file: string): Promise<Nlp> =>
    ((await import(pathToFileURL(file).href)) as { default: Nlp }).default;
  const original = await load(join(SRC, 'two.js'));
  const bundled = await load(join(built, 'src/two.js'));
  expect(bundled).not.toBe(original);
  expect(bundled.world().model).toEqual(original.world().model);
  const sentences = [
    'Ours is the fastest database and 3x cheaper than managed Kafka.',
    'The most reliable queue we have shipped runs better than ever.',
    "The team's newest build is slower than theirs, said Dr. Smith in Berlin on May 3rd.",
    'Experts agree that studies show most developers would rather not write YAML.',
    'It handled 1.2 million requests per second, up 40% from last year, at $0.10/GB.',
  ];
  // Every term's tags, chunk and text; a term's id holds a counter of the instance, so it is left out.
  const tagged = (nlp: Nlp, s: string): unknown =>
    JSON.parse(JSON.stringify(nlp(s).json(), (k: string, v: unknown) => (k === 'id' ? undefined : v)));
  for (const s of sentences) expect(tagged(bundled, s), s).toEqual(tagged(original, s));
}, 60_000);
