// Shapes shared by the per-language extractors: what they find, and what the article itself defines.
import type { ImportRef } from '../report';

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
  /** Go module paths declared by go.mod blocks. */
  goModules: string[];
  /** Rust modules declared with `mod x` in any block. */
  rustModules: Set<string>;
  /** Java/Kotlin packages declared with `package a.b`. */
  jvmPackages: string[];
  /** PHP namespaces declared with `namespace A\B`. */
  phpNamespaces: string[];
}

/** Why: everything an import needs besides where it is. */
export type Classification = Pick<ImportRef, 'package' | 'registry' | 'status' | 'reason'>;

/** Why: the reason every not-yet-checked import carries; the verify layer replaces it. */
export const NOT_VERIFIED = 'not verified';

/** Why: imports with a registry package, waiting for the verify layer. */
export function unverified(pkg: string, registry: NonNullable<ImportRef['registry']>): Classification {
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

/** Why: one entry per language: how to mask it, what its imports look like, and how to judge them. */
export interface LanguageSupport {
  /** Finds imports on `masked` (comments blanked, strings filled), reading names back from `src`. */
  extract(masked: string, src: string): Found[];
  classify(found: Found, local: LocalNames): Classification;
}
