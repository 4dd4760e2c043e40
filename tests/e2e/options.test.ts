// The options page and onboarding: choosing "these sites" asks for exactly that site and registers automatic
// highlighting for it; online checks, endpoints, colours and the cache are the user's to change. Also: the
// popup's export menu downloads every format, and registry answers are kept in storage.local.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFakeRegistry, type FakeRegistry } from '../helpers/fake-registry';
import {
  currentWorker,
  launchExtension,
  openExtensionPage,
  screenshot,
  setSettings,
  startSite,
  tabIdOf,
  waitForHighlights,
  type Extension,
  type Site,
} from './harness';

let site: Site;
let registry: FakeRegistry;
let ext: Extension;
let options: Page;

async function stored(): Promise<Record<string, unknown>> {
  return currentWorker(ext).evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return ((await c.storage.sync.get('claimlens.settings'))['claimlens.settings'] ?? {}) as Record<
      string,
      unknown
    >;
  });
}

async function registered(): Promise<string[]> {
  return currentWorker(ext).evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
      }
    ).chrome;
    return (await c.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });
}

async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await get();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await get();
  }
  return v;
}

beforeAll(async () => {
  site = await startSite();
  registry = await startFakeRegistry();
  ext = await launchExtension();
  options = await ext.context.newPage();
  await options.goto(ext.url('src/options/index.html'));
  await options.waitForSelector('input[name="highlight-mode"]');
});

afterAll(async () => {
  await ext?.close();
  await registry?.close();
  await site?.close();
});

test('the onboarding page opens on install', () => {
  expect(ext.onboarding).toBe(ext.url('src/onboarding/index.html'));
});

test('automatic highlighting is off until the user chooses, and nothing is registered', async () => {
  expect(await options.isChecked('input[name="highlight-mode"][value="off"]')).toBe(true);
  expect(await registered()).toEqual([]);
});

test('"these sites" with a granted site registers it, and the site is highlighted automatically', async () => {
  await options.check('input[name="highlight-mode"][value="sites"]');
  await options.fill('#site-input', 'http://127.0.0.1:8080/some/page');
  await options.click('button:has-text("Add site")');
  await options.waitForSelector('.site-list li:has-text("http://127.0.0.1")');
  expect(await stored()).toMatchObject({ highlightMode: 'sites', sites: ['http://127.0.0.1'] });
  expect(await until(registered, (m) => m.length > 0)).toEqual(['http://127.0.0.1/*']);
  const page = await ext.context.newPage();
  await page.goto(site.url('article.html'));
  await waitForHighlights(page, (h) => h['claimlens-unsupported']?.includes('42%') ?? false);
  await page.close();
  await screenshot(options, 'options');
});

test('a site that is not a site address is refused with a message', async () => {
  await options.fill('#site-input', 'not a site at all');
  await options.click('button:has-text("Add site")');
  await options.waitForSelector('.live:has-text("is not a site address")');
  expect((await stored()).sites).toEqual(['http://127.0.0.1']);
});

test('removing the site unregisters automatic highlighting', async () => {
  await options.click('button[aria-label="Remove http://127.0.0.1"]');
  expect(await until(registered, (m) => m.length === 0)).toEqual([]);
});

test('online checks, endpoints and colours are saved; a bad endpoint is refused', async () => {
  await options.uncheck('label.check:has-text("Verify code imports") input');
  await until(stored, (s) => s.online === false);
  await options.check('label.check:has-text("Verify code imports") input');
  await options.fill('.endpoints label:has-text("deps.dev") input', 'javascript:alert(1)');
  await options.click('button:has-text("Save endpoints")');
  await options.waitForSelector('.live:has-text("must be an http(s) address")');
  await options.fill('.endpoints label:has-text("deps.dev") input', registry.url);
  await options.fill('.endpoints label:has-text("PyPI") input', registry.url);
  await options.click('button:has-text("Save endpoints")');
  const s = await until(stored, (v) => v.depsdevUrl === registry.url);
  expect(s).toMatchObject({ online: true, depsdevUrl: registry.url, pypiUrl: registry.url });
  await options
    .locator('label.color:has-text("Unsupported claims") input')
    .evaluate((el: HTMLInputElement) => {
      el.value = '#d55e00';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  expect(
    (
      (await until(stored, (v) => (v.colors as Record<string, string>)?.unsupported === '#d55e00'))
        .colors as Record<string, string>
    ).unsupported,
  ).toBe('#d55e00');
});

test('the popup exports every format as a download, and copies Markdown', async () => {
  const page = await ext.context.newPage();
  await page.goto(site.url('article.html?export'));
  const tabId = await tabIdOf(ext, site.url('article.html?export'));
  const popup = await openExtensionPage(ext, `src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('section[data-group="imports"] li.item', { timeout: 30_000 });
  for (const [format, ext_] of [
    ['md', 'md'],
    ['html', 'html'],
    ['csv', 'csv'],
    ['json', 'json'],
    ['annotation', 'jsonld'],
  ]) {
    await popup.click('button:has-text("Export")');
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.click(`.menu button[data-format="${format}"]`),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^claimlens-how-vantage-mesh.*\\.${ext_}$`));
    const body = readFileSync((await download.path())!, 'utf8');
    expect(body.length).toBeGreaterThan(100);
    if (format === 'json') expect(JSON.parse(body).schemaVersion).toBe(1);
  }
  // The real clipboard accepts the copy (a focused extension page needs no permission to write)...
  await popup.bringToFront();
  await popup.click('button:has-text("Export")');
  await popup.click('.menu button[data-format="copy"]');
  await popup.waitForSelector('.toast:has-text("Markdown copied")');
  // ...and what was written is the Markdown report (reading the clipboard back needs a permission tests cannot grant).
  await popup.evaluate(() => {
    const w = window as unknown as { __copied: string };
    navigator.clipboard.writeText = async (text: string) => void (w.__copied = text);
  });
  await popup.click('button:has-text("Export")');
  await popup.click('.menu button[data-format="copy"]');
  const copied = await popup.evaluate(() => (window as unknown as { __copied: string }).__copied);
  expect(copied).toMatch(/^# /);
  expect(copied).toContain('42%');
  await popup.close();
  await page.close();
});

test('registry answers are kept in storage.local, and "Clear cache" forgets them', async () => {
  const keys = async (): Promise<string[]> =>
    currentWorker(ext).evaluate(async () => {
      const c = (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      return Object.keys(await c.storage.local.get(null)).filter((k) => k.startsWith('claimlens.cache.'));
    });
  expect((await until(keys, (k) => k.length > 0)).length).toBeGreaterThan(0);
  await options.bringToFront();
  await options.click('button:has-text("Clear cache")');
  await options.waitForSelector('.live:has-text("Cleared")');
  expect(await keys()).toEqual([]);
});

test('the onboarding page offers the same choice', async () => {
  await setSettings(ext, { highlightMode: 'off' });
  const page = await ext.context.newPage();
  await page.goto(ext.url('src/onboarding/index.html'));
  await page.waitForSelector('input[name="highlight-mode"][value="off"]:checked');
  expect(await page.textContent('body')).toContain('Your reading stays yours');
  await screenshot(page, 'onboarding', { fullPage: true });
  await page.close();
});
