// The worker is stopped whenever it is idle: a report must survive that, and the popup's per-site switch must
// register automatic highlighting like the options page does.
import { expect, test } from 'vitest';
import {
  currentWorker,
  openExtensionPage,
  shadowTexts,
  tabIdOf,
  useSiteAndExtension,
  waitForHighlights,
} from './harness';

const env = useSiteAndExtension({ highlightMode: 'off', online: false });

test('a report and its tooltips survive the worker being stopped', async () => {
  const url = env.site.url('article.html?restart');
  const page = await env.ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(env.ext, url);
  const popup = await openExtensionPage(env.ext, `src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('section[data-group="numbers"] li.item');
  await popup.close();
  await waitForHighlights(page, (h) => h['claimlens-unsupported']?.includes('42%') ?? false);

  const before = currentWorker(env.ext).url();
  const saved = async (): Promise<{ status?: string; updatedAt?: number }> =>
    currentWorker(env.ext).evaluate(async (id) => {
      const c = (
        globalThis as unknown as {
          chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome;
      // Kept as one JSON string (tab-store.ts says why).
      const text = (await c.storage.session.get(`claimlens.tab.${id}`))[`claimlens.tab.${id}`];
      return (typeof text === 'string' ? JSON.parse(text) : {}) as { status?: string; updatedAt?: number };
    }, tabId);
  const stored = await saved();
  expect(stored.status).toBe('ready');
  const cdp = await env.ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  for (let i = 0; i < 50 && env.ext.context.serviceWorkers().length > 0; i++)
    await new Promise((r) => setTimeout(r, 100));

  // The popup wakes the worker; the report comes back from session storage, not from a new analysis.
  // (Opened as a plain tab: with the worker stopped there is nobody to ask for a window.)
  const again = await env.ext.context.newPage();
  await again.goto(env.ext.url(`src/popup/index.html?tabId=${tabId}`));
  await again.waitForSelector('section[data-group="numbers"] li.item', { timeout: 15_000 });
  expect(
    await again.$$eval('section[data-group="numbers"] li.item .text', (els) => els.map((e) => e.textContent)),
  ).toContain('42%');
  expect(env.ext.context.serviceWorkers().map((w) => w.url())).toContain(before);
  // Not analysed again: the stored state is the one from before the restart.
  expect((await saved()).updatedAt).toBe(stored.updatedAt);
  await again.close();

  // A tooltip's details come from the woken worker too.
  await page.bringToFront();
  const c = await page.evaluate(() => {
    // The fixture page registers no highlights of its own: every one is ClaimLens's.
    for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      for (const r of h) {
        if (r.toString() !== '42%') continue;
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }
    throw new Error('no 42% highlight');
  });
  await page.mouse.move(c.x, c.y, { steps: 3 });
  let texts: string[] = [];
  for (let i = 0; i < 40 && !texts.includes('“42%”'); i++) {
    await page.waitForTimeout(100);
    texts = await shadowTexts(page);
  }
  expect(texts).toContain('“42%”');
  await page.close();
});

test("the popup's per-site switch asks for the site and turns automatic highlighting on there", async () => {
  const url = env.site.url('clean.html?switch');
  const page = await env.ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(env.ext, url);
  const popup = await openExtensionPage(env.ext, `src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('label.switch:has-text("Always on 127.0.0.1") input');
  await popup.click('label.switch:has-text("Always on 127.0.0.1") input');
  await popup.waitForSelector('.toast:has-text("automatically")');
  const matches = await currentWorker(env.ext).evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
      }
    ).chrome;
    return (await c.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });
  expect(matches).toEqual(['http://127.0.0.1/*']);
  expect(await popup.isChecked('label.switch:has-text("Always on 127.0.0.1") input')).toBe(true);
  // And a new page on that site is highlighted with no click.
  const next = await env.ext.context.newPage();
  await next.goto(env.site.url('article.html?auto-after-switch'));
  await waitForHighlights(next, (h) => h['claimlens-unsupported']?.includes('42%') ?? false);
  await next.close();
  await popup.close();
  await page.close();
});
