// A long page's opening first (issue 11): on the 1 MB article the popup first shows the findings of the page's
// opening, saying the rest is still being checked (no export of a partial report), and the page highlights them;
// then the whole report replaces both, and no highlight of the opening vanishes or changes its colour.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  openExtensionPage,
  pageHighlights,
  tabIdOf,
  useSiteAndExtension,
  waitForHighlights,
} from './harness';

const env = useSiteAndExtension({ highlightMode: 'off', online: false });

const claimsShown = async (popup: Page): Promise<number> =>
  Number((await popup.textContent('.severity-line > span'))?.match(/\d+/)?.[0]);

test("the opening's findings come first and stay when the whole report arrives", async () => {
  const url = env.site.url('big.html?opening');
  const page = await env.ext.context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  const tabId = await tabIdOf(env.ext, url);
  const popup = await openExtensionPage(env.ext, `src/popup/index.html?tabId=${tabId}`);

  await popup.waitForSelector('main[data-opening] .summary', { timeout: 60_000 });
  expect(await popup.textContent('main[data-opening] [role="status"]')).toContain('still being checked');
  expect(await popup.$('.top-problems')).not.toBeNull();
  // A partial report is not offered for export.
  expect(await popup.$('#export-menu, .menu-wrap')).toBeNull();
  const openingClaims = await claimsShown(popup);
  const early = await waitForHighlights(page, (h) => Object.values(h).some((texts) => texts.length > 0));
  // Seen while the popup still showed the opening: these are the opening's own highlights.
  expect(await popup.$('main[data-opening]')).not.toBeNull();

  await popup.waitForSelector('main:not([data-opening]) .summary', { timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const ends = performance.getEntriesByName('claimlens:render:end').length;
      return ends >= 2 && ends === performance.getEntriesByName('claimlens:render:start').length;
    },
    null,
    { timeout: 60_000 },
  );
  const late = await pageHighlights(page);
  const wholeClaims = await claimsShown(popup);
  expect(wholeClaims).toBeGreaterThan(openingClaims * 10);
  let kept = 0;
  for (const [status, texts] of Object.entries(early))
    for (const text of texts) {
      expect(late[status], `"${text}" stays ${status}`).toContain(text);
      kept++;
    }
  expect(kept).toBeGreaterThan(5);
  await popup.close();
  await page.close();
}, 120_000);
