// What the article defines itself: files it names, manifests, modules, packages and namespaces in its code.
// Only code and file names count: "our liam_core package, below:" defines nothing, `# liam_core/__init__.py` does.
// Which extensions, manifests and declarations count is each language's (Language.local); this reads them all.
import type { Article } from '../article';
import type { Language, LocalNames } from './types';

/** Why: compare a project name with an import the way registries do ('my-pkg' == 'my_pkg' == 'My.Pkg'). */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '_');
}

interface Rules {
  /** A relative file path with an extension some language resolves imports against; null when none does. */
  file: RegExp | null;
  /** What `file` must contain; a cheap test that skips the (slow, every-word) file scan on prose naming no file. */
  fileExt: RegExp | null;
  projects: RegExp[];
  declarations: [language: string, pattern: RegExp][];
}

const rulesCache = new WeakMap<readonly Language[], Rules>();

// Absolute paths (tracebacks) and URLs (a host has dots, which directory names here may not) never match a file.
// JS/TS declare no extension on purpose: bare specifiers never resolve to files, and "Chart.js" is a package.
function rulesOf(languages: readonly Language[]): Rules {
  let rules = rulesCache.get(languages);
  if (rules) return rules;
  const exts = languages.flatMap((l) => l.local?.files ?? []);
  const alternatives = exts.join('|');
  rules = {
    file: exts.length
      ? new RegExp(String.raw`(?<![\w./\\-])((?:[\w-]+\/)*[\w-]+)\.(${alternatives})(?![\w-])`, 'g')
      : null,
    fileExt: exts.length ? new RegExp(String.raw`\.(?:${alternatives})(?![\w-])`) : null,
    projects: languages.flatMap((l) => l.local?.projects ?? []),
    declarations: languages.flatMap((l) => {
      const pattern = l.local?.declarations;
      return pattern ? [[l.name, pattern] as [string, RegExp]] : [];
    }),
  };
  rulesCache.set(languages, rules);
  return rules;
}

/** Why: one pass over the article, before any block is classified, so block 3 can define what block 1 imports. */
export function collectLocalNames(article: Article, languages: readonly Language[]): LocalNames {
  const rules = rulesOf(languages);
  const local: LocalNames = { files: new Map(), projects: new Set(), declared: new Map() };
  for (const block of article.blocks) {
    const text = typeof block?.text === 'string' ? block.text : '';
    for (const m of rules.file && rules.fileExt?.test(text) ? text.matchAll(rules.file) : []) {
      const ext = m[2] as string;
      const paths = local.files.get(ext) ?? new Set<string>();
      paths.add(m[1] as string);
      local.files.set(ext, paths);
    }
    if (block?.kind !== 'code' && !text.includes('```')) continue;
    for (const re of rules.projects) {
      const name = re.exec(text)?.[1];
      if (name) local.projects.add(normalizeName(name.replace(/^@[^/]+\//, '')));
    }
    for (const [language, pattern] of rules.declarations) {
      for (const m of text.matchAll(pattern)) {
        const names = local.declared.get(language) ?? new Set<string>();
        names.add(m[1] as string);
        local.declared.set(language, names);
      }
    }
  }
  return local;
}

const NONE: ReadonlySet<string> = new Set();

/** Why: what a language's `local.declarations` found in the article (go.mod modules, `mod x`, `package a.b`). */
export function declaredNames(local: LocalNames, language: string): ReadonlySet<string> {
  return local.declared.get(language) ?? NONE;
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
