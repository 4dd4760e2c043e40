// The keyboard shortcut and the context menu, through the handlers the browser calls (headless chromium can
// neither press extension shortcuts nor open context menus; the test build exposes the handlers).
import { expect, test } from 'vitest';
import {
  currentWorker,
  openExtensionPage,
  pageHighlights,
  tabIdOf,
  useSiteAndExtension,
  waitForHighlights,
} from './harness';

const env = useSiteAndExtension({ highlightMode: 'off', online: false });

interface TestHooks {
  onCommand(command: string, tab: { id: number }): Promise<void>;
  onContextMenuClick(
    info: { menuItemId: string; selectionText: string; pageUrl: string },
    tab: { id: number; url: string; title: string },
  ): void;
}

test('the shortcut turns highlights on in the current page, and off again', async () => {
  const page = await env.ext.context.newPage();
  await page.goto(env.site.url('article.html?cmd'));
  const tabId = await tabIdOf(env.ext, env.site.url('article.html?cmd'));
  const toggle = () =>
    currentWorker(env.ext).evaluate(
      (id) =>
        (globalThis as unknown as { __claimlensTest: TestHooks }).__claimlensTest.onCommand(
          'toggle-highlights',
          { id },
        ),
      tabId,
    );
  await toggle();
  await waitForHighlights(page, (h) => h['claimlens-unsupported']?.includes('42%') ?? false);
  await toggle();
  await page.waitForFunction(
    () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0,
  );
  expect(await pageHighlights(page)).toEqual({});
  await page.close();
});

test('"Check selected text" analyses the selection and shows it in the side panel', async () => {
  const page = await env.ext.context.newPage();
  const url = env.site.url('article.html?sel');
  await page.goto(url);
  await page.evaluate(() => {
    const p = Array.from(document.querySelectorAll('p')).find((x) =>
      x.textContent?.includes('inference costs fall'),
    )!;
    getSelection()!.selectAllChildren(p);
  });
  const tabId = await tabIdOf(env.ext, url);
  await currentWorker(env.ext).evaluate(
    ({ id, u }) =>
      (globalThis as unknown as { __claimlensTest: TestHooks }).__claimlensTest.onContextMenuClick(
        { menuItemId: 'claimlens-check-selection', selectionText: 'selected', pageUrl: u },
        { id, url: u, title: 'Vantage' },
      ),
    { id: tabId, u: url },
  );
  const panel = await openExtensionPage(env.ext, `src/sidepanel/index.html?tabId=${tabId}`, {
    width: 400,
    height: 800,
  });
  await panel.waitForSelector('section[data-group="numbers"] li.item', { timeout: 20_000 });
  expect(await panel.textContent('.top .source')).toBe('Selected text');
  const numbers = await panel.$$eval('section[data-group="numbers"] li.item .text', (els) =>
    els.map((e) => e.textContent),
  );
  expect(numbers).toEqual(['42%']);
  const leadership = await panel.$$eval('section[data-group="leadership"] li.item .text', (els) =>
    els.map((e) => e.textContent),
  );
  expect(leadership).toContain('a leader in edge inference');
  // A selection report is not the page's: no highlights were drawn for it.
  expect(await pageHighlights(page)).toEqual({});
  await panel.close();
  await page.close();
});
