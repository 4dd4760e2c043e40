import { expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { Article } from '../core/article';
import type { Report } from '../core/report';

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
const { analyzeInSteps, analyzeOffline, clearCacheIfEndpointsChanged, selectionArticle, wantsOnline } =
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

// A long page: an opening section with a flagged figure, then enough sections for the rest to be judged in steps.
function longArticle(): Article {
  const blocks: Article['blocks'] = [
    { kind: 'heading', level: 1, text: 'Launch', links: [] },
    {
      kind: 'paragraph',
      text: 'Our platform cuts energy use by 42% for every customer. ' + 'Words. '.repeat(700),
      links: [],
    },
  ];
  for (let i = 0; i < 120; i++) {
    blocks.push({ kind: 'heading', level: 2, text: `Part ${i}`, links: [] });
    blocks.push({
      kind: 'paragraph',
      text: `Part ${i} grew 17% last year. ` + 'More words. '.repeat(40),
      links: [],
    });
  }
  return { title: 'Launch', url: null, file: null, blocks };
}

test("a long page's opening is handed over first, then the whole report, which is analyzeArticle's", async () => {
  const openings: [Report, number, number][] = [];
  const whole = await analyzeInSteps(
    longArticle(),
    (r, checked, total) => openings.push([r, checked, total]),
    () => false,
  );
  expect(openings).toHaveLength(1);
  const [first, checked, total] = openings[0]!;
  expect(checked).toBe(2);
  expect(total).toBe(242);
  expect(first.claims.map((c) => c.text)).toEqual(['42%']);
  expect(first.findings.map((f) => f.ref)).toEqual(['c1']);
  const once = await analyzeOffline(longArticle());
  expect({ ...whole!, meta: { ...whole!.meta, checkedAt: '' } }).toEqual({
    ...once,
    meta: { ...once.meta, checkedAt: '' },
  });
});

test('a short page has no opening; a newer analysis stops a long one between steps', async () => {
  const called: number[] = [];
  const short = await analyzeInSteps(
    selectionArticle('Our platform cuts energy use by 42% for every customer.', 'Sel', null),
    (_r, checked) => called.push(checked),
    () => true,
  );
  expect(called).toEqual([]);
  expect(short?.claims.map((c) => c.text)).toEqual(['42%']);
  let stale = false;
  const stopped = await analyzeInSteps(
    longArticle(),
    () => (stale = true),
    () => stale,
  );
  expect(stopped).toBeNull();
});
