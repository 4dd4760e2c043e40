// Python imports: `import a, b as c`, `from x.y import z`, `from . import rel`, `importlib.import_module('x')`.
import stdlib from '../../data/python-stdlib.json';
import { isPythonNamespace, pypiPackage } from '../packages';
import { localSet } from '../local';
import {
  settled,
  unverified,
  type Classification,
  type Found,
  type LanguageSupport,
  type LocalNames,
} from '../types';

const STDLIB: ReadonlySet<string> = new Set(stdlib);

// Statements start a line, or follow ';' or a one-line block's ':'; `>>>`/`...` are console prompts.
const START = String.raw`(?:^|[;:])[ \t]*(?:(?:>>>|\.\.\.)[ \t]+)?`;
const NAME = String.raw`[A-Za-z_][\w.]*`;
const FROM = new RegExp(
  START + String.raw`from[ \t]+(\.+[\w.]*|${NAME})[ \t]+import\b[ \t]*(\([^)]{0,2000}\)|[^\n;]{0,2000})`,
  'gmd',
);
const FROM_ITEM = /(?<![\w.])([A-Za-z_]\w*)(?:\s+as\s+\w+)?/g;
const IMPORT = new RegExp(
  START +
    String.raw`import[ \t]+(${NAME}(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*${NAME}(?:[ \t]+as[ \t]+\w+)?)*)`,
  'gmd',
);
const IMPORT_ITEM = new RegExp(String.raw`(${NAME})(?:[ \t]+as[ \t]+\w+)?`, 'g');
const DYNAMIC = /(?<!\w)(?:__import__|import_module)\([ \t]*(['"])(\uE000+)\1/dg;

function extract(masked: string, src: string): Found[] {
  const out: Found[] = [];
  for (const m of masked.matchAll(FROM)) {
    const name = m[1] as string;
    const offset = m.indices?.[1]?.[0] ?? 0;
    const module = name.replace(/\.+$/, '');
    if (name.startsWith('.')) out.push({ module: name, offset, local: true });
    else if (!isPythonNamespace(module)) out.push({ module, offset });
    else {
      // `from google.cloud import storage, bigquery`: each name is a distribution of its own.
      const base = m.indices?.[2]?.[0] ?? 0;
      for (const item of (m[2] ?? '').matchAll(FROM_ITEM)) {
        out.push({ module: `${module}.${item[1] as string}`, offset: base + (item.index ?? 0) });
      }
    }
  }
  for (const m of masked.matchAll(IMPORT)) {
    const base = m.indices?.[1]?.[0] ?? 0;
    for (const item of (m[1] as string).matchAll(IMPORT_ITEM)) {
      out.push({ module: (item[1] as string).replace(/\.+$/, ''), offset: base + (item.index ?? 0) });
    }
  }
  for (const m of masked.matchAll(DYNAMIC)) {
    const [start, end] = m.indices?.[2] ?? [0, 0];
    const module = src.slice(start, end);
    if (!/^\.*[A-Za-z_][\w.]*$/.test(module)) continue;
    out.push(module.startsWith('.') ? { module, offset: start, local: true } : { module, offset: start });
  }
  return out;
}

function classify(found: Found, local: LocalNames): Classification {
  if (found.local) return settled('local', 'relative import');
  const top = found.module.split('.')[0] ?? found.module;
  if (STDLIB.has(top)) return settled('builtin');
  const defined = localSet(local, 'py');
  if (defined.has(top) || defined.has(found.module) || local.projects.has(normalize(top))) {
    return settled('local', 'defined in this article');
  }
  return unverified(pypiPackage(found.module), 'pypi');
}

// PyPI's name normalisation (PEP 503), used to compare an import with a project name.
function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '_');
}

/** Why: Python is the language of the posts this tool exists for (`from liam_core import ...`). */
export const python: LanguageSupport = { extract, classify };
