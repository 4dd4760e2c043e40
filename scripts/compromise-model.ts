// compromise builds its tagger's model when its module is evaluated: it unpacks the lexicon and expands every word
// into its inflections (~85 ms of the extension worker's ~150 ms start, profiled in chromium). The result is plain
// data (no functions) and 130 RegExps, so the extension build evaluates that module once, here, and ships the data
// it produced: the worker parses JSON (one JSON.parse) instead of building it again at every start. compromise then
// merges that model into its world key by key; the build makes that merge plain assignments (patchedExtend).
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** Why: the one compromise module that builds the model (compromise/two's pre-tagger), matched by path. */
export const MODEL_MODULE = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;

/** Why: the compromise module whose merge copies that model into compromise's world, key by key. */
export const EXTEND_MODULE = /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/;

// compromise merges a plugin's model with `Object.assign(model, { [key]: value })` per key: a new object and a copy
// for each of the lexicon's 24,600 words (~30 ms of the worker's start). A plain assignment does the same (a [[Set]]
// of one own property on a plain object), three times faster.
// The snapshot's lexicon also lists, first and in order, the words compromise's world holds before the model is
// merged (snapshotSource's `lexiconBefore`), and is marked WHOLE: merging it would give an object equal to it, key by
// key and in the same order, so the merge takes it as it is (24,600 words, ~5 ms of the worker's start), once it has
// checked that it holds every word of the world's (a lookup each: listing its own words in order would cost half of
// what the merge saves), none of them an object to merge into. The order is the build's: the same compromise.
const MERGE_STEPS: [string, string][] = [
  ['Object.assign(model, { [key]: {} })', 'model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
  [
    'mergeDeep(model[key], plugin[key])',
    'if (claimlensWhole(plugin[key], model[key])) model[key] = plugin[key]; else mergeDeep(model[key], plugin[key])',
  ],
];

/** Why: the mark the snapshot sets on an object the merge may take whole (a symbol: JSON and key lists skip it). */
export const WHOLE = 'claimlens.whole';

const WHOLE_CHECK = `
function claimlensWhole(from, into) {
  if (!from[Symbol.for(${JSON.stringify(WHOLE)})]) return false
  for (const key of Object.keys(into)) if (!Object.hasOwn(from, key) || isObject(into[key])) return false
  return true
}
`;

/** Why: compromise's extend.js with its model merge as plain assignments; throws if the merge reads differently. */
export function patchedExtend(code: string): string {
  let out = code;
  for (const [slow, fast] of MERGE_STEPS) {
    if (!out.includes(slow)) throw new Error(`compromise's extend.js no longer has ${slow}`);
    out = out.replace(slow, fast);
  }
  return out + WHOLE_CHECK;
}

type Path = (string | number)[];

// The model with its lexicon as compromise's merge would leave the world's: the words already there first, in their
// order (the model's tag where it has the word), then the model's other words.
function withLexiconFirst(model: unknown, before: Record<string, unknown>): unknown {
  const m = model as { one?: { lexicon?: Record<string, unknown> } };
  if (!m.one?.lexicon) return model;
  return { ...m, one: { ...m.one, lexicon: { ...before, ...m.one.lexicon } } };
}

/**
 * Why: the module's source as data: the model's JSON, and where its RegExps go (by path, set after parsing, which
 * is faster than a reviver called for every value). Two places that held one object get a copy each; compromise only
 * reads its model.
 */
export function snapshotSource(model: unknown, lexiconBefore: Record<string, unknown> = {}): string {
  const regexps: [Path, string, string][] = [];
  const walk = (value: unknown, path: Path): unknown => {
    if (value instanceof RegExp) {
      regexps.push([path, value.source, value.flags]);
      return null;
    }
    if (typeof value === 'function')
      throw new Error(`compromise's model holds a function at ${path.join('.')}`);
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, [...path, k]);
      return out;
    }
    return value;
  };
  const data = JSON.stringify(walk(withLexiconFirst(model, lexiconBefore), []));
  return [
    `const model = JSON.parse(${JSON.stringify(data)});`,
    `for (const [path, source, flags] of ${JSON.stringify(regexps)}) {`,
    '  let at = model;',
    '  for (const key of path.slice(0, -1)) at = at[key];',
    '  at[path[path.length - 1]] = new RegExp(source, flags);',
    '}',
    `if (model.one?.lexicon) Object.defineProperty(model.one.lexicon, Symbol.for(${JSON.stringify(WHOLE)}), { value: true });`,
    'export default model;',
  ].join('\n');
}

/**
 * Why: the words compromise's world holds when the model module `id` is merged into it: those of compromise/one, which
 * compromise/two extends (its src/one.js, beside the model's src/2-two/). Read in a process that has not loaded
 * compromise/two, which adds its own.
 */
export async function lexiconBefore(id: string): Promise<Record<string, unknown>> {
  const one = new URL('../../../one.js', pathToFileURL(id));
  const nlp = (await import(one.href)) as { default: { world(): { model: { one: { lexicon: object } } } } };
  return { ...nlp.default.world().model.one.lexicon } as Record<string, unknown>;
}

/**
 * Why: the Vite plugin that puts the snapshot in place of compromise's model module in the extension build, and the
 * quick merge in its extend.js. A build that bundles compromise without those modules (a new compromise that moved
 * them) fails, rather than quietly shipping the slow start again.
 */
export function compromiseModelSnapshot(): Plugin {
  return {
    name: 'claimlens:compromise-model',
    async load(id) {
      if (!MODEL_MODULE.test(id)) return null;
      const built = (await import(pathToFileURL(id).href)) as { default: unknown };
      return snapshotSource(built.default, await lexiconBefore(id));
    },
    transform(code, id) {
      return EXTEND_MODULE.test(id) ? patchedExtend(code) : null;
    },
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      if (
        ids.some((id) => /[\\/]compromise[\\/]src[\\/]/.test(id)) &&
        !(ids.some((id) => MODEL_MODULE.test(id)) && ids.some((id) => EXTEND_MODULE.test(id)))
      )
        this.error(
          `compromise's model or extend module is not where ${MODEL_MODULE} and ${EXTEND_MODULE} look: update scripts/compromise-model.ts`,
        );
    },
  };
}
