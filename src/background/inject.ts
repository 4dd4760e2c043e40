// Puts the content script into a tab (activeTab or a granted host), and says why when the browser refuses.
import browser from 'webextension-polyfill';
import { callContent, isNoReceiver, MessageError } from '../shared/messages';
import type { TabStatus } from '../shared/tab-state';
import { t } from '../shared/i18n';

/** Why: the built content script (vite.config.ts emits it under this name, outside web_accessible_resources). */
export const CONTENT_SCRIPT = 'content.js';

/** Why: a refusal becomes a state the popup explains, not a stack trace. */
export interface Refusal {
  status: Extract<TabStatus, 'restricted' | 'unsupported' | 'no-access' | 'error'>;
  message: string;
}

const RESTRICTED_URL =
  /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob|javascript):/i;
const STORE_URL =
  /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(?:[/?#]|$)/i;

/** Why: the messages each browser gives when it will not let an extension into a page, mapped to what we say. */
export function classifyRefusal(error: unknown, url: string | null | undefined): Refusal {
  const text = error instanceof Error ? error.message : String(error);
  if (
    (url && (RESTRICTED_URL.test(url) || STORE_URL.test(url))) ||
    /extensions gallery|web ?store|cannot access a (?:chrome|chrome-extension|edge|about):|cannot be scripted|chrome:\/\/|about:|moz-extension:/i.test(
      text,
    )
  ) {
    return {
      status: 'restricted',
      message: t('refusedRestricted'),
    };
  }
  if (/error page|showing error/i.test(text)) {
    return { status: 'unsupported', message: t('refusedNotLoaded') };
  }
  if (/pdf/i.test(text) || (url && /\.pdf(?:[?#]|$)/i.test(url))) {
    return { status: 'unsupported', message: t('refusedPdf') };
  }
  if (/permission|cannot access contents|host/i.test(text)) {
    return {
      status: 'no-access',
      message: t('refusedNoAccess'),
    };
  }
  return { status: 'error', message: t('refusedError', text) };
}

/** Why: the script is injected once per document; later calls find it by a ping. */
export async function ensureContent(tabId: number): Promise<{ instance: string; highlights: boolean }> {
  try {
    return await callContent(tabId, 'content:ping', {});
  } catch (err) {
    if (!isNoReceiver(err)) throw err;
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
  try {
    return await callContent(tabId, 'content:ping', {});
  } catch (err) {
    if (isNoReceiver(err)) throw new MessageError('The page refused the content script', 'no-receiver');
    throw err;
  }
}

/** Why: asks whether the document the state was made from is still in the tab (SPA vs. a real navigation). */
export async function currentInstance(tabId: number): Promise<string | null> {
  try {
    return (await callContent(tabId, 'content:ping', {})).instance;
  } catch {
    return null;
  }
}

/** Why: the tab's URL when the browser lets us see it (activeTab or host permission); null otherwise. */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ?? null;
  } catch {
    return null;
  }
}
