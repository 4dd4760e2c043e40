// Go: `import "x"`, `import alias "x"`, grouped `import ( ... )`, raw-string paths included; the standard library
// by the go command's rule, modules declared by go.mod blocks, and package path -> module root.
import { declaredNames } from '../local';
import { C_LIKE } from '../mask';
import {
  settled,
  unverified,
  type Classification,
  type Found,
  type Language,
  type LocalNames,
} from '../types';
import type { Registry } from '../../report';

const SINGLE = /(?<![\w.])import[ \t]+(?:[\w.]+[ \t]+)?(["`])(\uE000+)\1/dg;
const GROUP_OPEN = /(?<![\w.])import[ \t]*\(/g;
const PATH = /(["`])(\uE000+)\1/dg;

// Hosts whose module paths have three elements (host/owner/repo, golang.org/x/net).
const THREE = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'gitee.com',
  'golang.org',
  'git.sr.ht',
]);

/** Why: deps.dev knows Go modules, not packages: github.com/x/y/z/w is looked up as github.com/x/y. */
export function goModuleRoot(path: string): string {
  const parts = path.split('/');
  const host = parts[0] ?? '';
  let n = THREE.has(host) ? 3 : 2;
  if (host === 'gopkg.in') n = /\.v\d+$/.test(parts[1] ?? '') ? 2 : 3;
  else if (host === 'cloud.google.com' && parts[1] === 'go' && parts.length > 2) n = 3;
  const root = parts.slice(0, n);
  if (/^v\d+$/.test(parts[n] ?? '')) root.push(parts[n] as string);
  return root.join('/');
}

function extract(masked: string, src: string): Found[] {
  const out: Found[] = [];
  for (const m of masked.matchAll(SINGLE)) {
    const [start, end] = m.indices?.[2] ?? [0, 0];
    out.push({ module: src.slice(start, end), offset: start });
  }
  // A group ends at the next ')' (parentheses inside strings are masked); one lookup serves nested opens.
  let close = -1;
  for (const g of masked.matchAll(GROUP_OPEN)) {
    const base = (g.index ?? 0) + g[0].length;
    if (close < base) close = masked.indexOf(')', base);
    if (close < 0) break;
    for (const m of masked.slice(base, close).matchAll(PATH)) {
      const [start, end] = m.indices?.[2] ?? [0, 0];
      out.push({ module: src.slice(base + start, base + end), offset: base + start });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

const REGISTRY: Registry = 'go';

function classify(found: Found, local: LocalNames): Classification {
  const path = found.module.trim();
  if (path === 'C') return settled('builtin', 'cgo');
  if (/^\.{1,2}(?:\/|$)/.test(path)) return settled('local', 'relative import');
  if ([...declaredNames(local, 'go')].some((m) => path === m || path.startsWith(m + '/'))) {
    return settled('local', 'defined in this article');
  }
  // The go command's rule: a first path element without a dot is the standard library.
  if (!(path.split('/')[0] ?? '').includes('.')) return settled('builtin');
  return unverified(goModuleRoot(path), REGISTRY);
}

/** Why: Go posts import from GitHub paths; the module root is what a registry can confirm. */
export const go: Language = {
  name: 'go',
  aliases: ['golang'],
  signals: [
    [/^package[ \t]+\w+[ \t]*$/m, 3],
    [/^import[ \t]*(?:\([ \t]*$|"[^"\n]+"[ \t]*$)/m, 3],
    [/\bfunc[ \t]+(?:\([^)\n]*\)[ \t]*)?\w+[ \t]*\(/, 3],
    [/:=/, 2],
    [/\bfmt\.\w+\(/, 3],
    [/\berr[ \t]*!=[ \t]*nil\b/, 3],
  ],
  mask: { ...C_LIKE, backtick: true },
  extract,
  classify,
  local: { files: ['go'], declarations: /^module[ \t]+([\w.~/-]+)[ \t]*$/gm },
  registry: REGISTRY,
};
