// Pages that are not an article get words, not silence: no article, a browser page, a site without access,
// and a registry that is down (imports stay "unknown", never "missing").
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchExtension,
  openExtensionPage,
  pageHighlights,
  setSettings,
  startSite,
  tabIdOf,
  type Extension,
  type Site,
} from './harness';

let site: Site;
let ext: Extension;
let down: Server;
let downUrl = '';

beforeAll(async () => {
  site = await startSite();
  // A registry that answers every request with 503.
  down = createServer((_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json' });
    res.end('{"message":"unavailable"}');
  });
  await new Promise<void>((ok) => down.listen(0, '127.0.0.1', ok));
  downUrl = `http://127.0.0.1:${(down.address() as AddressInfo).port}`;
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await new Promise((ok) => down?.close(ok));
  await site?.close();
});

async function popupTextFor(url: string, tabId?: number): Promise<string> {
  const id = tabId ?? (await tabIdOf(ext, url));
  const popup = await openExtensionPage(ext, `src/popup/index.html?tabId=${id}`);
  await popup.waitForFunction(
    () => !document.querySelector('.spinner') && document.querySelector('.state, .groups'),
    null,
    {
      timeout: 30_000,
    },
  );
  const text = await popup.evaluate(() => document.body.innerText);
  await popup.close();
  return text;
}

test('a page without an article says so', async () => {
  const page = await ext.context.newPage();
  await page.goto(site.url('empty.html'));
  expect(await popupTextFor(site.url('empty.html'))).toContain('No article found on this page');
  // Nothing to highlight: the page was not restyled for a stylesheet of ours.
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  await page.close();
});

test('a page of encoded data is refused as not an article, and says why', async () => {
  const page = await ext.context.newPage();
  await page.goto(site.url('not-prose.html'));
  const text = await popupTextFor(site.url('not-prose.html'));
  expect(text).toContain('No article found on this page');
  expect(text).toMatch(
    /Not an article: long runs without spaces \(\d+% of it: base64, minified code or data\)\./,
  );
  expect(await pageHighlights(page)).toEqual({});
  // The stylesheet the page took while the worker analysed is gone with the report that never came.
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  await page.close();
});

test('a browser page says extensions cannot check it', async () => {
  const page = await ext.context.newPage();
  await page.goto('chrome://version');
  const tabId = await ext.worker.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; active?: boolean }[]> } };
      }
    ).chrome;
    // Without the tabs permission the worker cannot read chrome:// URLs; the newest tab is ours.
    const tabs = await c.tabs.query({});
    return Math.max(...tabs.map((t) => t.id ?? -1));
  });
  expect(await popupTextFor('chrome://version', tabId)).toContain(
    "This page can't be checked: browser pages and the web store are off-limits to extensions.",
  );
  await page.close();
});

test('a site the user has not granted is not touched, and the popup says how to check it', async () => {
  const page = await ext.context.newPage();
  await page.goto(site.ungranted('article.html'));
  const tabId = await ext.worker.evaluate(async () => {
    const c = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }
    ).chrome;
    const tabs = await c.tabs.query({});
    return Math.max(...tabs.map((t) => t.id ?? -1));
  });
  const text = await popupTextFor(site.ungranted('article.html'), tabId);
  expect(text).toContain('ClaimLens has no access to this page');
  expect(await pageHighlights(page)).toEqual({});
  await page.close();
});

test('a registry that is down leaves imports "unknown" in the popup, never "missing"', async () => {
  await setSettings(ext, {
    highlightMode: 'off',
    online: true,
    depsdevUrl: downUrl,
    pypiUrl: downUrl,
    npmUrl: downUrl,
  });
  const page = await ext.context.newPage();
  await page.goto(site.url('article.html'));
  const tabId = await tabIdOf(ext, site.url('article.html'));
  const popup = await openExtensionPage(ext, `src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('section[data-group="imports"] li.item', { timeout: 30_000 });
  await popup.waitForFunction(() => !document.body.innerText.includes('Checking packages'), null, {
    timeout: 30_000,
  });
  const imports = await popup.$$eval('section[data-group="imports"] li.item', (lis) =>
    lis.map(
      (li) => `${li.querySelector('.text')?.textContent}: ${li.querySelector('.verdict')?.textContent}`,
    ),
  );
  expect(imports).toEqual(expect.arrayContaining(['vantage_core: Not verified', 'numpy: Not verified']));
  expect(imports.join(' ')).not.toMatch(/Not found|Missing/);
  expect(await popup.evaluate(() => document.body.innerText)).toContain('shown as unknown, not missing');
  await popup.close();
  await page.close();
});

test('with online checks off the popup says imports were not verified', async () => {
  await setSettings(ext, { highlightMode: 'off', online: false });
  const page = await ext.context.newPage();
  await page.goto(site.url('article.html?offline'));
  const text = await popupTextFor(site.url('article.html?offline'));
  expect(text).toContain('Online checks off: imports not verified.');
  await page.close();
});
