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
  WHOLE,
  compromiseModelSnapshot,
  lexiconBefore,
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

test('the merge takes a marked object whole only where merging it would give an equal object', async () => {
  const extend = (await evaluate(patchedExtend(readFileSync(EXTEND_FILE, 'utf8')), 'extend')) as (
    plugin: object,
    world: object,
    View: object,
    nlp: object,
  ) => void;
  const marked = (o: object): object =>
    Object.defineProperty(o, Symbol.for(WHOLE), { value: true, enumerable: false });
  const merge = (into: object, from: object): { lexicon: object; same: boolean } => {
    const world = { methods: {}, model: { one: { lexicon: into } }, compute: {}, hooks: [] };
    extend({ model: { one: { lexicon: from } } }, world, {}, {});
    return { lexicon: world.model.one.lexicon, same: world.model.one.lexicon === from };
  };
  // Holding every word of the world's, none an object: taken whole (the snapshot lists them first, in the world's order).
  expect(merge({ a: 'X', b: 'Y' }, marked({ a: 'Z', b: 'Y', c: 'W' }))).toEqual({
    lexicon: { a: 'Z', b: 'Y', c: 'W' },
    same: true,
  });
  // Not marked, missing a word, or with an object to merge into: merged key by key, as compromise does.
  for (const [into, from, want] of [
    [{ a: 'X' }, { a: 'Z', c: 'W' }, { a: 'Z', c: 'W' }],
    [{ constructor: 'X' }, marked({ a: 'Z' }), { constructor: 'X', a: 'Z' }],
    [{ a: 'X', d: 'V' }, marked({ a: 'Z', c: 'W' }), { a: 'Z', d: 'V', c: 'W' }],
    [{ a: { x: 1 } }, marked({ a: { y: 2 }, c: 'W' }), { a: { x: 1, y: 2 }, c: 'W' }],
  ] as [object, object, object][]) {
    const got = merge(into, from);
    expect(got.same).toBe(false);
    expect(got.lexicon).toEqual(want);
    expect(Object.keys(got.lexicon)).toEqual(Object.keys(want));
  }
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
  const modelFile = join(built, 'src/2-two/preTagger/model/index.js');
  writeFileSync(join(built, 'src/API/extend.js'), patchedExtend(readFileSync(EXTEND_FILE, 'utf8')));

  // The copy's compromise/one, before its compromise/two is loaded, as in the extension build's process.
  const before = await lexiconBefore(modelFile);
  expect(Object.keys(before).length).toBeGreaterThan(100);
  writeFileSync(modelFile, snapshotSource(model, before));
  type Nlp = ((text: string) => { json(): unknown }) & { world(): { model: unknown } };
  const load = async (file: string): Promise<Nlp> =>
    ((await import(pathToFileURL(file).href)) as { default: Nlp }).default;
  const original = await load(join(SRC, 'two.js'));
  const bundled = await load(join(built, 'src/two.js'));
  expect(bundled).not.toBe(original);
  expect(bundled.world().model).toEqual(original.world().model);
  // The lexicon was taken whole (it is the snapshot's own object), with the world's words in the world's order.
  type Lexicon = Record<string | symbol, unknown>;
  const lexicon = (nlp: Nlp): Lexicon => (nlp.world().model as { one: { lexicon: Lexicon } }).one.lexicon;
  expect(lexicon(bundled)[Symbol.for(WHOLE)]).toBe(true);
  expect(Object.keys(lexicon(bundled))).toEqual(Object.keys(lexicon(original)));
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
