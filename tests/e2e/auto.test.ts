// Automatic highlighting: on a site the user chose and granted, highlights appear with no click; on a site they
// listed but never granted, nothing runs. Single-page apps are re-analysed after a route change.
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchExtension,
  pageHighlights,
  setSettings,
  startSite,
  waitForHighlights,
  currentWorker,
  type Extension,
  type Site,
} from './harness';

let site: Site;
let ext: Extension;

beforeAll(async () => {
  site = await startSite();
  ext = await launchExtension();
  // localhost is listed but its permission was never granted (the test build grants only 127.0.0.1).
  await setSettings(ext, {
    highlightMode: 'sites',
    sites: ['http://127.0.0.1', 'http://localhost'],
    online: false,
  });
  // The worker registers the content script when settings change; wait until it has.
  for (let i = 0; i < 50; i++) {
    const n = await currentWorker(ext).evaluate(async () => {
      const c = (
        globalThis as unknown as {
          chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
        }
      ).chrome;
      return (await c.scripting.getRegisteredContentScripts()).length;
    });
    if (n > 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
});

test('only the granted site is registered for automatic highlighting', async () => {
  const scripts = await currentWorker(ext).evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[]; js?: string[] }[]> };
        };
      }
    ).chrome;
    return c.scripting.getRegisteredContentScripts();
  });
  expect(scripts.flatMap((s) => s.matches ?? [])).toEqual(['http://127.0.0.1/*']);
  expect(scripts.flatMap((s) => s.js ?? [])).toEqual(['content.js']);
});

test('a granted site is highlighted automatically, with no click', async () => {
  const page = await ext.context.newPage();
  await page.goto(site.url('article.html'));
  const h = await waitForHighlights(page, (x) => (x['claimlens-unsupported']?.length ?? 0) > 0);
  expect(h['claimlens-unsupported']).toContain('42%');
  await page.close();
});

test('a listed but ungranted site gets nothing', async () => {
  const page = await ext.context.newPage();
  await page.goto(site.ungranted('article.html'));
  await page.waitForTimeout(4000);
  expect(await pageHighlights(page)).toEqual({});
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  await page.close();
});

test('a single-page app is re-analysed after a route change', async () => {
  const page = await ext.context.newPage();
  await page.goto(site.url('spa/a'));
  await waitForHighlights(page, (x) => x['claimlens-unsupported']?.includes('27%') ?? false);
  await page.click('a[href="/spa/b"]');
  expect(page.url()).toBe(site.url('spa/b'));
  const h = await waitForHighlights(page, (x) => x['claimlens-unsupported']?.includes('99.95%') ?? false);
  expect(h['claimlens-unsupported']).toContain('64%');
  expect(Object.values(h).flat()).not.toContain('27%');
  await page.close();
});

test('DOM edits are re-analysed: a new paragraph with a claim gets highlighted', async () => {
  const page = await ext.context.newPage();
  await page.goto(site.url('clean.html'));
  await waitForHighlights(page, (x) => x['claimlens-linked']?.includes('31%') ?? false);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Warm starts are now 12x faster than last year.';
    document.querySelector('article')!.append(p);
  });
  await waitForHighlights(page, (x) => x['claimlens-unsupported']?.some((t) => t.startsWith('12x')) ?? false);
  await page.close();
});
