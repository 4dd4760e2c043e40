// The package registries imports are looked up in, keyed by the report's name for each. A language's file names its
// registry (Language.registry); what the registry is called lives here, so the verify layer and the exports (and the
// content script's labels) need no language code.
import type { Registry } from '../report';

/** Why: how a reader knows a registry and its packages; the verify layer and the exports word them alike. */
export interface RegistryInfo {
  /** The registry as its users know it, for exports ("crates.io", "Maven Central"). */
  label: string;
  /** Its packages in a sentence, for lookup reasons ("deps.dev has no Cargo package ..."). */
  noun: string;
}

/**
 * Why: one place per registry, whichever languages produce it (npm: JavaScript and HTML). Keys are deps.dev's
 * system names in lower case; a Record over Registry makes a registry added to the report a compile error here.
 */
export const REGISTRIES: Readonly<Record<Registry, RegistryInfo>> = {
  npm: { label: 'npm', noun: 'npm' },
  pypi: { label: 'PyPI', noun: 'PyPI' },
  go: { label: 'Go modules', noun: 'Go' },
  maven: { label: 'Maven Central', noun: 'Maven' },
  cargo: { label: 'crates.io', noun: 'Cargo' },
  rubygems: { label: 'RubyGems', noun: 'RubyGems' },
  packagist: { label: 'Packagist', noun: 'Composer' },
};

/** Why: report data may come from elsewhere; only a registry listed here is asked or labelled. */
export function isRegistry(value: unknown): value is Registry {
  return typeof value === 'string' && Object.hasOwn(REGISTRIES, value);
}
