// Shapes shared by the import languages (languages/*.ts) and the generic machinery that reads them.
import type { ImportRef, Registry } from '../report';
import type { MaskSyntax } from './mask';

/** Why: an extractor reports a module as written and where; classification comes after, with the article's context. */
export interface Found {
  module: string;
  /** Offset of the module in the block text (for its line). */
  offset: number;
  /** Relative or file imports (`from . import x`, `require_relative`, `./x`): always local. */
  local?: boolean;
}

/** Why: names the article defines in its own code (files, packages, modules) are local, never registry lookups. */
export interface LocalNames {
  /** File paths mentioned anywhere in the article, without extension, keyed by extension ('py' -> ['app', 'pkg/util']). */
  files: Map<string, Set<string>>;
  /** Project names declared by manifests in code blocks (pyproject, package.json, Cargo.toml, gemspec). */
  projects: Set<string>;
  /** Modules, packages and namespaces declared in code blocks, per language name (go.mod, `mod x`, `package a.b`). */
  declared: Map<string, Set<string>>;
}

/** Why: everything an import needs besides where it is. */
export type Classification = Pick<ImportRef, 'package' | 'registry' | 'status' | 'reason'>;

/** Why: the reason every not-yet-checked import carries; the verify layer replaces it. */
export const NOT_VERIFIED = 'not verified';

/** Why: imports with a registry package, waiting for the verify layer. */
export function unverified(pkg: string, registry: Registry): Classification {
  return { package: pkg, registry, status: 'unknown', reason: NOT_VERIFIED };
}

/** Why: builtin and local imports name no package and need no lookup. */
export function settled(status: 'builtin' | 'local', reason?: string): Classification {
  return reason
    ? { package: null, registry: null, status, reason }
    : { package: null, registry: null, status };
}

/** Why: imports nobody can look up (no registry, or no known package for the name) stay unknown, with why. */
export function unresolvable(reason: string, pkg: string | null = null): Classification {
  return { package: pkg, registry: null, status: 'unknown', reason };
}

/** Why: a cheap hint that a block is in some language; `weight` 3 is near-proof, 1 a hint. Each counts once. */
export type Signal = readonly [pattern: RegExp, weight: number];

/** Why: what in the article makes a module local; read once per article, before any import is judged. */
export interface LocalRules {
  /** Extensions of file paths that, named anywhere in the article, make modules local (read with localSet). */
  files?: readonly string[];
  /** Manifests in code blocks that name the article's own project; group 1 is the name. */
  projects?: readonly RegExp[];
  /** Declarations in code blocks (global, group 1) collected under the language's name (read with declaredNames). */
  declarations?: RegExp;
}

/** Why: a second name in a language's file where little differs (TypeScript in JavaScript, Kotlin in Java). */
export interface Dialect {
  /** The name the report gives its imports. */
  name: string;
  /** Fence labels that mean this dialect ('ts', 'tsx'). */
  aliases?: readonly string[];
  /** Masking syntax, when it differs from the language's. */
  mask?: MaskSyntax;
  /** Signals that compete with the other languages' when an undeclared block is guessed. */
  signals?: readonly Signal[];
  /** Signals that turn a block guessed as the language itself into this dialect (at a score of 2). */
  refines?: readonly Signal[];
}

/** Why: everything one import language needs, in one object per file under languages/; generic code reads it. */
export interface Language {
  /** The name the report gives its imports, and the fence label that declares it. */
  name: string;
  /** Other fence or class labels that mean it ('py', 'python3'). */
  aliases: readonly string[];
  /** Hints for blocks that declare no language (see guessLanguage). */
  signals: readonly Signal[];
  /** Comment and string syntax; without it, code is not masked (HTML masks its own script bodies). */
  mask?: MaskSyntax;
  /** Finds imports on `masked` (comments blanked, strings filled), reading names back from `src`. */
  extract(masked: string, src: string): Found[];
  /** Builtin, local, or a package for the registry, from what the article defines. */
  classify(found: Found, local: LocalNames): Classification;
  local?: LocalRules;
  /** The registry its packages are looked up in (named in registries.ts); none when no registry can be asked. */
  registry?: Registry;
  dialects?: readonly Dialect[];
}
