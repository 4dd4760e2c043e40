// The extension in a browser set to German: chromium picks _locales/de, so the manifest's name, the popup, the
// options page, the privacy policy and the toolbar tooltip speak German (plural forms included), while a browser in
// English gets English (every other e2e test). The privacy policy lists every online check with its hosts.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFakeRegistry, type FakeRegistry } from '../helpers/fake-registry';
import {
  currentWorker,
  launchExtension,
  openExtensionPage,
  screenshot,
  setSettings,
  startSite,
  tabIdOf,
  type Extension,
  type Site,
} from './harness';
import { DIST } from './harness';

let site: Site;
let registry: FakeRegistry;
let ext: Extension;

beforeAll(async () => {
  site = await startSite();
  registry = await startFakeRegistry();
  ext = await launchExtension(DIST, [], 'de');
  await setSettings(ext, {
    highlightMode: 'off',
    online: true,
    depsdevUrl: registry.url,
    pypiUrl: registry.url,
    npmUrl: registry.url,
    packagistUrl: registry.url,
    checks: { 'cited-works': false },
  });
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await registry?.close();
  await site?.close();
});

test('the browser picked German for ClaimLens', async () => {
  const words = await currentWorker(ext).evaluate(() => {
    const c = (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome;
    return [c.i18n.getMessage('locale'), c.i18n.getMessage('actionTitle')];
  });
  expect(words).toEqual(['de', 'ClaimLens: diesen Artikel prüfen']);
});

test('the popup and the toolbar tooltip speak German, counted words in their plural form', async () => {
  const page = await ext.context.newPage();
  await page.goto(site.url('store-article.html'));
  const tabId = await tabIdOf(ext, site.url('store-article.html'));
  const popup = await openExtensionPage(ext, `src/popup/index.html?tabId=${tabId}`, {
    width: 400,
    height: 600,
  });
  await popup.waitForSelector('section[data-group="imports"] li.item', { timeout: 30_000 });
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
  const headings = await popup.$$eval('section.group h2', (hs) =>
    hs.map((h) => h.firstChild?.textContent?.trim()),
  );
  expect(headings).toEqual(
    expect.arrayContaining(['Wichtigste Probleme', 'Zahlen ohne Beleg', 'Code-Importe']),
  );
  const text = await popup.evaluate(() => document.body.innerText);
  expect(text).toMatch(/\d+ Behauptungen/);
  expect(text).toContain('Markierungen auf dieser Seite');
  await screenshot(popup, 'popup-de');
  const title = await currentWorker(ext).evaluate(async (id) => {
    const c = (globalThis as unknown as { chrome: { action: { getTitle(o: object): Promise<string> } } })
      .chrome;
    return c.action.getTitle({ tabId: id });
  }, tabId);
  expect(title).toMatch(/^ClaimLens: \d+ schwerwiegende Befunde \(\d+ insgesamt\)$/);
  await popup.close();
  await page.close();
});

test('options link to the privacy policy, which lists every online check, what it sends and to whom', async () => {
  const options = await openExtensionPage(ext, 'src/options/index.html', { width: 1000, height: 900 });
  await options.waitForSelector('h2#h-privacy');
  expect(await options.title()).toBe('ClaimLens-Einstellungen');
  const opening = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/src/privacy/') });
  await options.click('a[href="/src/privacy/index.html"]');
  const privacy = await opening;
  await privacy.waitForSelector('tr[data-check]');
  expect(await privacy.title()).toBe('ClaimLens-Datenschutzerklärung');
  const rows = await privacy.$$eval('tr[data-check]', (trs) =>
    trs.map((tr) => [tr.getAttribute('data-check'), ...Array.from(tr.children, (c) => c.textContent ?? '')]),
  );
  expect(rows.map((r) => r[0])).toEqual([
    'imports',
    'package-risk',
    'cited-works',
    'links',
    'source-mentions',
  ]);
  const registryHost = new URL(registry.url).host;
  expect(rows[0]![3]).toBe(registryHost); // imports: the four registries, here one stand-in
  expect(rows[2]![3]).toBe('api.crossref.org, doi.org, export.arxiv.org');
  expect(rows[3]![3]).toBe('die Websites, auf die der Artikel verlinkt');
  expect(rows[3]![4]).toMatch(/^Nein/);
  expect(rows[0]![4]).toBe('Ja');
  await screenshot(privacy, 'privacy-de', { fullPage: true });
  await privacy.close();
  await options.close();
});
