// JavaScript and TypeScript: import/export ... from, bare import, require(), dynamic import(), CDN URLs; Node
// built-ins, package.json names, and specifier -> npm package.
import builtins from '../../data/node-builtins.json';
import { normalizeName } from '../local';
import { C_LIKE } from '../mask';
import {
  settled,
  unresolvable,
  unverified,
  type Classification,
  type Found,
  type Language,
  type LocalNames,
} from '../types';
import type { Registry } from '../../report';

const NODE: ReadonlySet<string> = new Set(builtins.modules);
const NODE_PREFIX_ONLY: ReadonlySet<string> = new Set(builtins.prefixOnly);

// In masked text a string literal is its quotes around FILL; group 2 is where the specifier sits.
const STR = String.raw`(['"\x60])(\uE000+)\1`;
const FROM = new RegExp(String.raw`(?<![\w$.])(?:import|export)\b[^;'"\x60]{0,500}?\bfrom\s*` + STR, 'gd');
const BARE = /(?<![\w$.])import\s*(['"])(\uE000+)\1/dg;
const CALL = new RegExp(String.raw`(?<![\w$.])(?:require|import)\s*\(\s*` + STR + String.raw`\s*[,)]`, 'gd');

// npm CDNs; group 1 is the package (scoped or not), the version and file path follow it.
const PKG = String.raw`((?:@[^/@?#\s"'<>]+\/)?[^/@?#\s"'<>*]+)`;
const CDNS = [
  new RegExp(String.raw`^https?://(?:cdn|fastly|gcore|testingcf)\.jsdelivr\.net/npm/` + PKG, 'i'),
  new RegExp(String.raw`^https?://unpkg\.com/` + PKG, 'i'),
  new RegExp(String.raw`^https?://esm\.sh/(?:v\d+/|stable/)?\*?` + PKG, 'i'),
  new RegExp(String.raw`^https?://cdn\.skypack\.dev/` + PKG, 'i'),
  new RegExp(String.raw`^https?://esm\.run/` + PKG, 'i'),
  new RegExp(String.raw`^https?://(?:ga\.|cdn\.)?jspm\.(?:io|dev)/npm:` + PKG, 'i'),
];

/** Why: a CDN URL names an npm package (`https://esm.sh/react@18/jsx-runtime` is react); null for other URLs. */
export function cdnPackage(url: string): string | null {
  for (const re of CDNS) {
    const name = re.exec(url)?.[1];
    if (name) return npmPackage(name);
  }
  return null;
}

const NPM_NAME = /^(?:@[a-z0-9~][\w.~-]*\/)?[a-z0-9~][\w.~-]*$/i;

/** Why: `lodash/fp` is lodash and `@scope/pkg/sub` is @scope/pkg; null when the specifier is no package name. */
export function npmPackage(specifier: string): string | null {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  return NPM_NAME.test(name) && (!name.startsWith('@') || parts.length >= 2) ? name : null;
}

function extract(masked: string, src: string): Found[] {
  const out: Found[] = [];
  for (const re of [FROM, BARE, CALL]) {
    for (const m of masked.matchAll(re)) {
      const [start, end] = m.indices?.[2] ?? [0, 0];
      const module = src.slice(start, end);
      // A template literal with a substitution is computed, not a module name.
      if (m[1] === '`' && module.includes('${')) continue;
      if (module.trim() === module) out.push({ module, offset: start });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

const REGISTRY: Registry = 'npm';

function classify(found: Found, local: LocalNames): Classification {
  const spec = found.module;
  if (/^\.{1,2}(?:\/|$)|^\/(?!\/)/.test(spec)) return settled('local', 'relative import');
  if (/^(?:[~#$]|@\/|virtual:)/.test(spec)) return settled('local', 'path alias');
  if (spec.startsWith('node:')) {
    const name = spec.slice('node:'.length);
    return NODE.has(name) || NODE_PREFIX_ONLY.has(name)
      ? settled('builtin')
      : unresolvable('not a Node.js built-in module');
  }
  if (NODE.has(spec)) return settled('builtin');
  if (spec === 'bun' || spec.startsWith('bun:')) return settled('builtin', 'Bun runtime module');
  if (/^(?:https?:)?\/\//i.test(spec)) {
    const pkg = cdnPackage(spec.startsWith('//') ? 'https:' + spec : spec);
    return pkg ? unverified(pkg, REGISTRY) : unresolvable('imported from a URL that is not an npm CDN');
  }
  if (spec.startsWith('jsr:')) return unresolvable('JSR package: no registry to ask');
  const pkg = npmPackage(spec.startsWith('npm:') ? spec.slice(4).replace(/(?<=.)@[^/]*/, '') : spec);
  if (!pkg) return unresolvable('not a package name');
  if (local.projects.has(normalizeName(pkg))) return settled('local', 'defined in this article');
  return unverified(pkg, REGISTRY);
}

/** Why: one file serves JavaScript and TypeScript; their import syntax is the same. */
export const javascript: Language = {
  name: 'javascript',
  aliases: ['js', 'jsx', 'mjs', 'cjs', 'node', 'nodejs', 'es6', 'ecmascript'],
  signals: [
    [/^[ \t]*import[ \t]+[\w$*{},\s]{1,300}?[ \t]+from[ \t]*['"][^'"\n]+['"]/m, 3],
    [/^[ \t]*import[ \t]*'[^'\n]+';?[ \t]*$/m, 2],
    [/\brequire\(\s*['"`][^'"`\n]+['"`]\s*\)/, 2],
    [/\b(?:const|var)[ \t]+[\w$]+[ \t]*=/, 2],
    [/\blet[ \t]+[\w$]+[ \t]*=/, 1],
    [/=>/, 1],
    [/\bfunction\b[ \t]*[\w$]*[ \t]*\(/, 2],
    [/\bconsole\.\w+\(/, 3],
    [/\bexport[ \t]+(?:default|const|function|class|async|\{)/, 3],
    [/\bmodule\.exports\b/, 3],
    [/\b(?:document|window)\.\w/, 2],
  ],
  mask: { ...C_LIKE, backtick: true, regex: true },
  extract,
  classify,
  local: { projects: [/^\s*\{[\s\S]{0,2000}?"name"[ \t]*:[ \t]*"([^"\n]+)"/] },
  registry: REGISTRY,
  dialects: [
    {
      name: 'typescript',
      aliases: ['ts', 'tsx', 'mts', 'cts'],
      // A block guessed as JavaScript is TypeScript when it has types.
      refines: [
        [/:[ \t]*(?:string|number|boolean|void|unknown|never)\b/, 2],
        [/^[ \t]*(?:export[ \t]+)?interface[ \t]+\w+(?:<[^>\n]*>)?[ \t]*(?:extends[^{\n]*)?\{/m, 2],
        [/^[ \t]*(?:export[ \t]+)?type[ \t]+\w+(?:<[^>\n]*>)?[ \t]*=/m, 2],
        [/\bimport[ \t]+type\b/, 3],
        [/\bas[ \t]+const\b/, 3],
      ],
    },
  ],
};
