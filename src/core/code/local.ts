// What the article defines itself: files it names, manifests, modules, packages and namespaces in its code.
// Only code and file names count: "our liam_core package, below:" defines nothing, `# liam_core/__init__.py` does.
import type { Article } from '../article';
import type { LocalNames } from './types';

// A relative file path with an extension we resolve imports against. Absolute paths (tracebacks) and URLs
// (a host has dots, which directory names here may not) never match. JS/TS files are left out on purpose:
// bare specifiers never resolve to files, and "Chart.js" is a package.
const FILE = /(?<![\w./\\-])((?:[\w-]+\/)*[\w-]+)\.(py|go|rs|rb|php|java|kt)(?![\w-])/g;
// What FILE must contain; a cheap test that skips the (slow, every-word) FILE scan on prose that names no file.
const FILE_EXT = /\.(?:py|go|rs|rb|php|java|kt)(?![\w-])/;
const PYPROJECT = /^\[(?:project|tool\.poetry)\][\s\S]{0,2000}?^name[ \t]*=[ \t]*["']([^"'\n]+)["']/m;
const SETUP_PY = /\bsetup\([\s\S]{0,2000}?\bname[ \t]*=[ \t]*["']([^"'\n]+)["']/;
const PACKAGE_JSON = /^\s*\{[\s\S]{0,2000}?"name"[ \t]*:[ \t]*"([^"\n]+)"/;
const CARGO = /^\[package\][\s\S]{0,2000}?^name[ \t]*=[ \t]*"([^"\n]+)"/m;
const GEMSPEC = /Gem::Specification[\s\S]{0,2000}?\.name[ \t]*=[ \t]*["']([^"'\n]+)["']/;
const GO_MOD = /^module[ \t]+([\w.~/-]+)[ \t]*$/gm;
const RUST_MOD = /^[ \t]*(?:pub(?:\([^)\n]*\))?[ \t]+)?mod[ \t]+([A-Za-z_]\w*)[ \t]*[;{]/gm;
const JVM_PACKAGE = /^[ \t]*package[ \t]+([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)[ \t]*;?[ \t]*$/gm;
const PHP_NAMESPACE = /^[ \t]*namespace[ \t]+\\?([A-Za-z_][\w\\]*)[ \t]*[;{]/gm;

/** Why: compare a project name with an import the way registries do ('my-pkg' == 'my_pkg' == 'My.Pkg'). */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '_');
}

/** Why: one pass over the article, before any block is classified, so block 3 can define what block 1 imports. */
export function collectLocalNames(article: Article): LocalNames {
  const local: LocalNames = {
    files: new Map(),
    projects: new Set(),
    goModules: [],
    rustModules: new Set(),
    jvmPackages: [],
    phpNamespaces: [],
  };
  for (const block of article.blocks) {
    const text = typeof block?.text === 'string' ? block.text : '';
    for (const m of FILE_EXT.test(text) ? text.matchAll(FILE) : []) {
      const ext = m[2] as string;
      const paths = local.files.get(ext) ?? new Set<string>();
      paths.add(m[1] as string);
      local.files.set(ext, paths);
    }
    if (block?.kind !== 'code' && !text.includes('```')) continue;
    for (const re of [PYPROJECT, SETUP_PY, PACKAGE_JSON, CARGO, GEMSPEC]) {
      const name = re.exec(text)?.[1];
      if (name) local.projects.add(normalizeName(name.replace(/^@[^/]+\//, '')));
    }
    for (const m of text.matchAll(GO_MOD)) local.goModules.push(m[1] as string);
    for (const m of text.matchAll(RUST_MOD)) local.rustModules.add(m[1] as string);
    for (const m of text.matchAll(JVM_PACKAGE)) local.jvmPackages.push(m[1] as string);
    for (const m of text.matchAll(PHP_NAMESPACE)) local.phpNamespaces.push(m[1] as string);
  }
  return local;
}

const cache = new WeakMap<LocalNames, Map<string, Set<string>>>();

/**
 * Why: a mentioned file `mypkg/util.py` makes `mypkg`, `util`, `mypkg.util` and `mypkg/util` importable names;
 * `mypkg/__init__.py` makes `mypkg` one; a leading `src/` or `lib/` is a layout folder, not a package.
 */
export function localSet(local: LocalNames, ext: string): ReadonlySet<string> {
  let byExt = cache.get(local);
  if (!byExt) cache.set(local, (byExt = new Map()));
  let set = byExt.get(ext);
  if (set) return set;
  set = new Set();
  for (const path of local.files.get(ext) ?? []) {
    let parts = path.split('/');
    if (parts[parts.length - 1] === '__init__') parts = parts.slice(0, -1);
    for (const variant of [parts, ['src', 'lib'].includes(parts[0] ?? '') ? parts.slice(1) : []]) {
      if (variant.length === 0) continue;
      for (const part of variant) set.add(part);
      set.add(variant.join('.'));
      set.add(variant.join('/'));
    }
  }
  byExt.set(ext, set);
  return set;
}
