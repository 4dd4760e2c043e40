// Caches for verification results: one async key/value interface, stored in memory, a JSON file (file-cache.ts,
// Node only) or a browser storage area. Entries carry their own expiry so every store is a dumb map.

/** Why: what a lookup settles on (a registry's exists/missing, a cited work's found/not-found, ...), with the
 *  verifier's own JSON in `data`; only definite answers are ever cached, never `unknown`. */
export interface CachedResult {
  status: string;
  reason: string;
  data?: unknown;
}

/** Why: a value plus the epoch-ms time after which it must be asked again. */
export interface CacheEntry {
  value: CachedResult;
  expires: number;
}

/** Why: lookups outlive a page view or a CLI run; stores differ per host, the contract does not. */
export interface Cache {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): Promise<void>;
}

/**
 * Why: what one endpoint said is not what another would say (a mirror, a test server, an outage page): the key
 * names the registry, the package and every endpoint whose answer the verdict rests on.
 */
export function lookupKey(registry: string, name: string, endpoints: readonly string[]): string {
  return `pkg:${registry}:${name}@${endpoints.join('|')}`;
}

/** Why: stores that come back from disk or browser storage may hold anything; read them defensively. */
export function isCacheEntry(x: unknown): x is CacheEntry {
  if (typeof x !== 'object' || x === null) return false;
  const { value, expires } = x as { value?: unknown; expires?: unknown };
  if (typeof expires !== 'number' || !Number.isFinite(expires)) return false;
  if (typeof value !== 'object' || value === null) return false;
  const { status, reason } = value as { status?: unknown; reason?: unknown };
  return typeof status === 'string' && status !== '' && status !== 'unknown' && typeof reason === 'string';
}

/** Why: the default for one process (tests, one CLI run); bounded so a huge article cannot grow it forever. */
export function memoryCache(maxEntries = 10_000): Cache {
  const map = new Map<string, CacheEntry>();
  return {
    async get(key) {
      return map.get(key);
    },
    async set(key, entry) {
      map.delete(key);
      map.set(key, entry);
      // Map iterates in insertion order: the first key is the least recently written.
      while (map.size > maxEntries) map.delete(map.keys().next().value as string);
    },
  };
}

/** Why: the shape of `browser.storage.local` that a cache needs, so this file needs no browser types. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Why: the extension's worker is stopped when idle; its cache lives in storage.local (pass the area in). */
export function storageAreaCache(area: StorageAreaLike, prefix = 'claimlens.cache.'): Cache {
  return {
    async get(key) {
      const k = prefix + key;
      const found = (await area.get(k))[k];
      return isCacheEntry(found) ? found : undefined;
    },
    async set(key, entry) {
      await area.set({ [prefix + key]: entry });
    },
  };
}
