import { expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings';

// storage.local as a plain map, so the cache and its endpoint record can be inspected.
const stored = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (k: string | null) =>
          k === null ? Object.fromEntries(stored) : stored.has(k) ? { [k]: stored.get(k) } : {},
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) stored.set(k, v);
        },
        remove: async (keys: string[]) => keys.forEach((k) => stored.delete(k)),
      },
    },
  },
}));
const { analyzeOffline, clearCacheIfEndpointsChanged, selectionArticle, wantsOnline } =
  await import('./pipeline');

test('changing the registry endpoints clears what the old endpoints said', async () => {
  const entry = { value: { status: 'missing', reason: 'not found at the test mirror' }, expires: 9e15 };
  const mirror = { ...DEFAULT_SETTINGS, pypiUrl: 'http://127.0.0.1:9000' };
  expect(await clearCacheIfEndpointsChanged(mirror)).toBe(false); // first run: nothing to clear
  stored.set('claimlens.cache.pkg:pypi:requests@x', entry);
  expect(await clearCacheIfEndpointsChanged(mirror)).toBe(false); // same endpoints: kept
  expect(stored.has('claimlens.cache.pkg:pypi:requests@x')).toBe(true);
  expect(await clearCacheIfEndpointsChanged(DEFAULT_SETTINGS)).toBe(true); // back to the public ones: cleared
  expect([...stored.keys()].filter((k) => k.startsWith('claimlens.cache.'))).toEqual([]);
});

test.each([
  ['one paragraph', 'Costs fell 40% last year.', ['Costs fell 40% last year.']],
  [
    'paragraphs split on blank lines',
    'First 10%.\n\nSecond  \n line 20%.',
    ['First 10%.', 'Second line 20%.'],
  ],
  ['empty', '   \n\n  ', []],
])('selectionArticle: %s', (_name, text, blocks) => {
  const a = selectionArticle(text, 'Selection', 'https://example.org/');
  expect(a.blocks.map((b) => b.text)).toEqual(blocks);
  expect(a.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
});

test('a huge selection is cut, not refused', () => {
  expect(selectionArticle('x'.repeat(500_000), 't', null).blocks[0]?.text.length).toBe(200_000);
});

test('the worker analyses an article into a report with findings, offline', async () => {
  const report = await analyzeOffline(
    selectionArticle('Our platform cuts energy use by 42% for every customer.', 'Sel', null),
  );
  expect(report.meta.online).toBe(false);
  expect(report.claims.map((c) => c.text)).toContain('42%');
  expect(report.findings.length).toBeGreaterThan(0);
});

test.each([
  ['online, an unknown third-party import', true, 'unknown', 'pypi', true],
  ['online off', false, 'unknown', 'pypi', false],
  ['online, only a builtin', true, 'builtin', null, false],
])('wantsOnline: %s', async (_name, online, status, registry, expected) => {
  const report = await analyzeOffline(selectionArticle('Nothing here.', 'Sel', null));
  const withImport = {
    ...report,
    imports: [
      {
        id: 'i1',
        language: 'python',
        module: 'acme',
        package: registry ? 'acme' : null,
        registry,
        status,
        line: 1,
        block: 0,
      },
    ],
  } as typeof report;
  expect(wantsOnline(withImport, { ...DEFAULT_SETTINGS, online })).toBe(expected);
});

test('links and source mentions run only when switched on and the pages may be requested', async () => {
  const { verifyConfig } = await import('./pipeline');
  const on = {
    ...DEFAULT_SETTINGS,
    checks: { ...DEFAULT_SETTINGS.checks, links: true, 'source-mentions': true },
  };
  expect(verifyConfig(on, true).checks).toMatchObject({ links: true, 'source-mentions': true });
  expect(verifyConfig(on, false).checks).toMatchObject({
    links: false,
    'source-mentions': false,
    imports: true,
  });
  expect(verifyConfig(DEFAULT_SETTINGS, true).checks).toMatchObject({
    links: false,
    'source-mentions': false,
  });
  const report = await analyzeOffline(
    selectionArticle('Costs fell 40% ([report](https://acme-research.net/r)).', 'Sel', null),
  );
  expect(wantsOnline(report, on, false)).toBe(false);
  expect(wantsOnline(report, on, true)).toBe(true);
});
