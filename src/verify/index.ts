// The online verification layer: the verifiers of ./verifiers (imports, package risk, cited works, links, source
// mentions) and the runner both hosts call (./run). Runs in Node and in the extension's background worker; `fetch`
// and storage are injected. The Node-only JSON file cache is in ./file-cache.

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
export { runVerifiers, resolveConfig, activeVerifiers, type RunOptions } from './run';
export type { Verifier, VerifyConfig, VerifyContext, VerifyTools, VerifierPatch } from './verifier';
export { VERIFIERS } from './verifiers/index';
