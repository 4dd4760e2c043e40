// A JSON-file cache for the CLI (Node only: do not import from extension code). One small file, rewritten
// atomically; a missing, unreadable or corrupt file is an empty cache, never an error.

import { mkdir, readFile, rename, writeFile, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { isCacheEntry, type Cache, type CacheEntry } from './cache';

/** Why: the CLI must write its cache before exiting; `flush` waits for pending writes. */
export interface FileCache extends Cache {
  flush(): Promise<void>;
}

/** Why: one place that says where the CLI keeps its cache (XDG on Linux, LOCALAPPDATA on Windows). */
export function defaultCachePath(env: Record<string, string | undefined>, home: string = homedir()): string {
  const base = env.XDG_CACHE_HOME || env.LOCALAPPDATA || join(home, '.cache');
  return join(base, 'claimlens', 'registry-cache.json');
}

const FORMAT = 1;
const MAX_FILE_CHARS = 20_000_000;

/**
 * Why: lookups survive between CLI runs; expired entries are dropped on load and on save. `scope` names the
 * endpoints in use: a file written for other endpoints is read as empty (what the old endpoints said is cleared).
 */
export function fileCache(
  path: string,
  opts: { maxEntries?: number; now?: () => number; scope?: string } = {},
): FileCache {
  const maxEntries = opts.maxEntries ?? 10_000;
  const now = opts.now ?? Date.now;
  let map: Map<string, CacheEntry> | undefined;
  let loading: Promise<Map<string, CacheEntry>> | undefined;
  let writing: Promise<void> | undefined;
  let dirty = false;

  const load = (): Promise<Map<string, CacheEntry>> => {
    if (map) return Promise.resolve(map);
    loading ??= (async () => {
      const loaded = new Map<string, CacheEntry>();
      try {
        const text = await readFile(path, 'utf8');
        const data: unknown = text.length <= MAX_FILE_CHARS ? JSON.parse(text) : undefined;
        const entries = (data as { format?: unknown; entries?: unknown } | undefined)?.entries;
        const scope = (data as { scope?: unknown } | undefined)?.scope;
        if (
          (data as { format?: unknown })?.format === FORMAT &&
          (opts.scope === undefined || scope === opts.scope) &&
          typeof entries === 'object' &&
          entries !== null
        ) {
          const t = now();
          for (const [k, v] of Object.entries(entries))
            if (isCacheEntry(v) && v.expires > t) loaded.set(k, v);
        }
      } catch {
        // Missing or corrupt: start empty; the next write replaces it.
      }
      map = loaded;
      return loaded;
    })();
    return loading;
  };

  const write = async (m: Map<string, CacheEntry>): Promise<void> => {
    const t = now();
    const live = [...m].filter(([, e]) => e.expires > t);
    // Over the limit, drop the entries closest to expiring.
    if (live.length > maxEntries) live.sort((a, b) => b[1].expires - a[1].expires).length = maxEntries;
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await mkdir(dirname(path), { recursive: true });
    try {
      await writeFile(
        tmp,
        JSON.stringify({ format: FORMAT, scope: opts.scope, entries: Object.fromEntries(live) }),
      );
      await rename(tmp, path);
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw err;
    }
  };

  /** Coalesces bursts of sets into as few writes as possible; every caller waits for a write that includes it. */
  const save = async (): Promise<void> => {
    dirty = true;
    while (writing) await writing.catch(() => undefined);
    if (!dirty) return;
    dirty = false;
    writing = write(await load()).finally(() => {
      writing = undefined;
    });
    await writing;
  };

  return {
    async get(key) {
      const entry = (await load()).get(key);
      return entry && entry.expires > now() ? entry : undefined;
    },
    async set(key, entry) {
      if (!isCacheEntry(entry)) return;
      (await load()).set(key, entry);
      await save();
    },
    async flush() {
      while (writing) await writing.catch(() => undefined);
    },
  };
}
