// The CLI's JSON-file cache on a real temporary directory.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCachePath, fileCache } from './file-cache';
import type { CacheEntry } from './cache';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimlens-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const entry = (status: 'exists' | 'missing', expires: number): CacheEntry => ({
  value: { status, reason: `${status} r` },
  expires,
});

test('entries survive into a new instance (a new CLI run), in a directory it creates', async () => {
  const path = join(dir, 'nested', 'deeper', 'cache.json');
  const now = () => 1000;
  await fileCache(path, { now }).set('pkg:npm:left-pad', entry('exists', 5000));
  const again = fileCache(path, { now });
  expect(await again.get('pkg:npm:left-pad')).toEqual(entry('exists', 5000));
  expect(await again.get('pkg:npm:other')).toBeUndefined();
  expect(await readdir(join(dir, 'nested', 'deeper'))).toEqual(['cache.json']); // no temp files left behind
});

test('expired entries are not returned and are dropped from the file', async () => {
  const path = join(dir, 'cache.json');
  let t = 1000;
  const c = fileCache(path, { now: () => t });
  await c.set('old', entry('missing', 2000));
  await c.set('new', entry('exists', 9000));
  t = 3000;
  expect(await c.get('old')).toBeUndefined();
  await c.set('newer', entry('exists', 9000));
  const saved = JSON.parse(await readFile(path, 'utf8')) as { entries: Record<string, unknown> };
  expect(Object.keys(saved.entries).sort()).toEqual(['new', 'newer']);
});

test.each([
  ['not JSON', '{{{ nope'],
  ['JSON of the wrong shape', '[1,2,3]'],
  ['another format version', JSON.stringify({ format: 99, entries: { k: entry('exists', 9e15) } })],
  ['entries with junk', JSON.stringify({ format: 1, entries: { k: { value: 'exists', expires: 'never' } } })],
  ['an empty file', ''],
])('a file holding %s reads as an empty cache and is replaced on the next write', async (_, text) => {
  const path = join(dir, 'cache.json');
  await writeFile(path, text);
  const c = fileCache(path);
  expect(await c.get('k')).toBeUndefined();
  await c.set('k2', entry('exists', Date.now() + 60_000));
  expect(await fileCache(path).get('k2')).toEqual(entry('exists', expect.any(Number)));
});

test('a burst of concurrent sets all reach the file', async () => {
  const path = join(dir, 'cache.json');
  const c = fileCache(path);
  const far = Date.now() + 60_000;
  await Promise.all(Array.from({ length: 50 }, (_, i) => c.set(`k${i}`, entry('exists', far))));
  const fresh = fileCache(path);
  const got = await Promise.all(Array.from({ length: 50 }, (_, i) => fresh.get(`k${i}`)));
  expect(got.every((e) => e?.value.status === 'exists')).toBe(true);
});

test('past maxEntries, the entries closest to expiring are dropped', async () => {
  const path = join(dir, 'cache.json');
  const c = fileCache(path, { maxEntries: 2, now: () => 0 });
  await c.set('soon', entry('missing', 10));
  await c.set('later', entry('exists', 20));
  await c.set('latest', entry('exists', 30));
  const fresh = fileCache(path, { now: () => 0 });
  expect(await fresh.get('soon')).toBeUndefined();
  expect(await fresh.get('later')).toBeDefined();
  expect(await fresh.get('latest')).toBeDefined();
});

test('an unwritable location rejects set (the registry client treats that as a cache miss)', async () => {
  const blocker = join(dir, 'file');
  await writeFile(blocker, 'x');
  const c = fileCache(join(blocker, 'cache.json'));
  await expect(c.set('k', entry('exists', Date.now() + 1000))).rejects.toThrow();
  expect(await c.get('k')).toBeDefined(); // still served from memory for this run
  await c.flush();
});

test.each<[Record<string, string | undefined>, string]>([
  [{}, join('/home/u', '.cache', 'claimlens', 'registry-cache.json')],
  [{ XDG_CACHE_HOME: '/var/cache/me' }, join('/var/cache/me', 'claimlens', 'registry-cache.json')],
  [
    { LOCALAPPDATA: 'C:/Users/u/AppData/Local' },
    join('C:/Users/u/AppData/Local', 'claimlens', 'registry-cache.json'),
  ],
])('defaultCachePath(%j)', (env, expected) => {
  expect(defaultCachePath(env, '/home/u')).toBe(expected);
});
