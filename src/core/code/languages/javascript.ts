// JavaScript/TypeScript imports: import/export ... from, bare import, require(), dynamic import(), CDN URLs.
import builtins from '../../data/node-builtins.json';
import { normalizeName } from '../local';
import {
  settled,
  unresolvable,
  unverified,
  type Classification,
  type Found,
  type LanguageSupport,
  type LocalNames,
} from '../types';

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
    return pkg ? unverified(pkg, 'npm') : unresolvable('imported from a URL that is not an npm CDN');
  }
  if (spec.startsWith('jsr:')) return unresolvable('JSR package: no registry to ask');
  const pkg = npmPackage(spec.startsWith('npm:') ? spec.slice(4).replace(/(?<=.)@[^/]*/, '') : spec);
  if (!pkg) return unresolvable('not a package name');
  if (local.projects.has(normalizeName(pkg))) return settled('local', 'defined in this article');
  return unverified(pkg, 'npm');
}

/** Why: one extractor serves JavaScript and TypeScript; their import syntax is the same. */
export const javascript: LanguageSupport = { extract, classify };
