// Which tab a view is about: `?tabId=N` (tests, and the side panel following a tab) or the active tab.
import browser from 'webextension-polyfill';

/** Why: `popup.html?tabId=N` lets end-to-end tests open the popup in a tab of its own (headless has no toolbar). */
export function tabIdFromUrl(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

/** Why: the popup belongs to the tab the user clicked from: the active tab of the current window. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
