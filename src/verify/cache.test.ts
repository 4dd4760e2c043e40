// The in-memory and storage-area caches, and the guard that reads untrusted entries.
import { expect, test } from 'vitest';
import { isCacheEntry, memoryCache, storageAreaCache, type CacheEntry, type StorageAreaLike } from './cache';

const entry = (status: 'exists' | 'missing', expires = 100): CacheEntry => ({
  value: { status, reason: 'r' },
  expires,
});

test.each<[string, unknown, boolean]>([
  ['a valid exists entry', entry('exists'), true],
  ['a valid missing entry', entry('missing'), true],
  ['null', null, false],
  ['a string', 'exists', false],
  ['unknown status', { value: { status: 'unknown', reason: 'r' }, expires: 1 }, false],
  ['no reason', { value: { status: 'exists' }, expires: 1 }, false],
  ['NaN expiry', { value: { status: 'exists', reason: 'r' }, expires: Number.NaN }, false],
  ['string expiry', { value: { status: 'exists', reason: 'r' }, expires: '1' }, false],
  ['no value', { expires: 1 }, false],
])('isCacheEntry: %s', (_, x, ok) => {
  expect(isCacheEntry(x)).toBe(ok);
});

test('memoryCache stores and returns entries', async () => {
  const c = memoryCache();
  expect(await c.get('k')).toBeUndefined();
  await c.set('k', entry('exists'));
  expect(await c.get('k')).toEqual(entry('exists'));
  await c.set('k', entry('missing'));
  expect(await c.get('k')).toEqual(entry('missing'));
});

test('memoryCache drops the least recently written entries past its bound', async () => {
  const c = memoryCache(2);
  await c.set('a', entry('exists'));
  await c.set('b', entry('exists'));
  await c.set('a', entry('missing')); // rewriting refreshes a
  await c.set('c', entry('exists'));
  expect(await c.get('b')).toBeUndefined();
  expect(await c.get('a')).toEqual(entry('missing'));
  expect(await c.get('c')).toEqual(entry('exists'));
});

function fakeArea(
  initial: Record<string, unknown> = {},
): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(keys) {
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

test('storageAreaCache writes under its prefix and reads back', async () => {
  const area = fakeArea();
  const c = storageAreaCache(area);
  await c.set('pkg:npm:left-pad', entry('exists'));
  expect(Object.keys(area.data)).toEqual(['claimlens.cache.pkg:npm:left-pad']);
  expect(await c.get('pkg:npm:left-pad')).toEqual(entry('exists'));
  expect(await storageAreaCache(area, 'other.').get('pkg:npm:left-pad')).toBeUndefined();
});

test.each<[string, unknown]>([
  ['a string', 'exists'],
  ['a half entry', { value: { status: 'exists' } }],
  ['an unknown status', { value: { status: 'unknown', reason: 'x' }, expires: 1 }],
])('storageAreaCache ignores junk left in storage: %s', async (_, junk) => {
  const c = storageAreaCache(fakeArea({ 'claimlens.cache.k': junk }));
  expect(await c.get('k')).toBeUndefined();
});
