// The side panel page renders the same report as the popup, follows the active tab, and updates when the page
// changes under it.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openExtensionPage, screenshot, tabIdOf, useSiteAndExtension } from './harness';

const env = useSiteAndExtension({ highlightMode: 'off', online: false });

async function texts(panel: Page, group: string): Promise<string[]> {
  return panel.$$eval(`section[data-group="${group}"] li.item .text`, (els) =>
    els.map((e) => e.textContent ?? ''),
  );
}

test('renders the report of a tab and updates when the page changes', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(env.site.url('article.html'));
  const tabId = await tabIdOf(env.ext, env.site.url('article.html'));
  const panel = await openExtensionPage(env.ext, `src/sidepanel/index.html?tabId=${tabId}`, {
    width: 400,
    height: 900,
  });
  await panel.waitForSelector('section[data-group="numbers"] li.item', { timeout: 30_000 });
  const titles = await panel.$$eval('section.group h2', (hs) =>
    hs.map((h) => h.firstChild?.textContent?.trim()),
  );
  expect(titles).toEqual(
    expect.arrayContaining(['Unsupported numbers', 'Cited but unlinked', 'Placeholder and missing links']),
  );
  expect(await texts(panel, 'numbers')).toContain('42%');
  // Page text with markup is text here too.
  const sentences = await panel.$$eval('li.item .sentence', (els) => els.map((e) => e.textContent ?? ''));
  expect(sentences.some((s) => s.includes('<img src=x onerror=window.__pwned=1>'))).toBe(true);
  expect(await panel.$$('img[src="x"]')).toHaveLength(0);
  await screenshot(panel, 'side-panel');

  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Since the rewrite, deploys finish 7x sooner.';
    document.querySelector('article')!.append(p);
  });
  await panel.waitForFunction(
    () =>
      Array.from(
        document.querySelectorAll('section[data-group="numbers"] li.item .text'),
        (e) => e.textContent,
      ).some((t) => t?.startsWith('7x')),
    null,
    { timeout: 20_000 },
  );
  await panel.close();
  await page.close();
});

test('follows the active tab', async () => {
  const article = await env.ext.context.newPage();
  await article.goto(env.site.url('article.html'));
  const clean = await env.ext.context.newPage();
  await clean.goto(env.site.url('clean.html'));
  // Granted pages are analysed by the panel itself ('if-needed'); open it unpinned, in the same window.
  const panel = await env.ext.context.newPage();
  await panel.goto(env.ext.url('src/sidepanel/index.html'));
  await article.bringToFront();
  await panel.waitForFunction(
    () =>
      document.querySelector('.top .source')?.textContent === 'How Vantage Mesh Runs Inference at the Edge',
    null,
    {
      timeout: 20_000,
    },
  );
  await clean.bringToFront();
  await panel.waitForFunction(
    () => document.querySelector('.top .source')?.textContent === 'Measuring cold starts',
    null,
    {
      timeout: 20_000,
    },
  );
  await panel.close();
  await clean.close();
  await article.close();
});
