// The online verification layer: registry lookups and link health. Runs in Node and in the extension's
// background worker; `fetch` and storage are injected. The Node-only JSON file cache is in ./file-cache.

export type { FetchLike } from './http';
export type { Cache, CacheEntry, CachedResult, StorageAreaLike } from './cache';
export { memoryCache, storageAreaCache } from './cache';
export {
  configFromEnv,
  normalizeBaseUrl,
  DEFAULT_DEPSDEV_URL,
  DEFAULT_NPM_URL,
  DEFAULT_PYPI_URL,
} from './config';
export { createBudget, DeadlineError, HostBreaker, type Budget } from './budget';
export type { RegistryOptions, RegistryClient, LookupResult } from './registry';
export {
  createRegistryClient,
  normalizePypiName,
  depsdevPackageUrl,
  npmPackageUrl,
  pypiProjectUrl,
} from './registry';
export { verifyImports } from './imports';
export type { LinkCheckOptions, LinkHealth } from './links';
export { checkLinks } from './links';
