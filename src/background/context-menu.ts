// "Check selected text with ClaimLens": the selection becomes a small article, shown in the side panel.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { selectionArticle } from './pipeline';
import { openSidePanel } from '../shared/side-panel';
import { getState } from './tab-store';
import { analyzeAndPublish, publish } from './tabs';
import { loadSettings } from '../shared/settings-store';
import { siteOf } from '../shared/settings';
import { t } from '../shared/i18n';

/** Why: the menu item's id, checked when a click comes back. */
export const MENU_ID = 'claimlens-check-selection';

/** Why: menus survive restarts in Chrome but not always in Firefox; (re)created at install and start-up. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('menuCheckSelection'),
    contexts: ['selection'],
  });
}

// The selection with its line breaks (activeTab is granted by the menu click); the menu's own copy otherwise.
async function selectedText(tabId: number, fallback: string): Promise<string> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => String(globalThis.getSelection?.() ?? ''),
    });
    const text = result?.result;
    if (typeof text === 'string' && text.trim().length >= fallback.trim().length) return text;
  } catch {
    // A frame or page we cannot script: the menu's text is enough.
  }
  return fallback;
}

/** Why: handles the click: opens the panel at once (user gesture), then analyses and publishes the report. */
export function onContextMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  if (info.menuItemId !== MENU_ID || !tab?.id || tab.id < 0) return;
  const tabId = tab.id;
  void openSidePanel({ windowId: tab.windowId }).catch(() => undefined);
  void (async () => {
    const text = await selectedText(tabId, info.selectionText ?? '');
    const url = tab.url ?? info.pageUrl ?? null;
    const article = selectionArticle(
      text,
      t('selectionFrom', tab.title || url || t('selectionThisPage')),
      url,
    );
    const before = await getState(tabId);
    const base = { ...before, source: 'selection' as const, url, site: siteOf(url), title: article.title };
    if (article.blocks.length === 0) {
      await publish({
        ...base,
        status: 'no-article',
        report: null,
        error: t('selectionEmpty'),
      });
      return;
    }
    await analyzeAndPublish({ ...base, error: null }, article, await loadSettings());
  })();
}
