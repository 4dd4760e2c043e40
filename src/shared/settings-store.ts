// Reading and writing settings in storage.sync (falls back to storage.local where sync is unavailable).
import browser from 'webextension-polyfill';
import { normalizeSettings, type Settings } from './settings';

const KEY = 'claimlens.settings';

type Area = typeof browser.storage.sync;

// Firefox without an account and some Chromium builds reject sync; local keeps the user's choice on this device.
async function area(): Promise<Area> {
  try {
    await browser.storage.sync.get(KEY);
    return browser.storage.sync;
  } catch {
    return browser.storage.local;
  }
}

/** Why: every context reads the same settings, validated, with defaults for whatever is missing. */
export async function loadSettings(): Promise<Settings> {
  const store = await area();
  const found = (await store.get(KEY))[KEY];
  return normalizeSettings(found);
}

/** Why: a change from any page is merged into what is stored, validated, and then seen by every context. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = normalizeSettings({ ...current, ...patch, colors: { ...current.colors, ...patch.colors } });
  const store = await area();
  await store.set({ [KEY]: next });
  return next;
}

/** Why: the background re-registers content scripts and the views re-render when settings change elsewhere. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal?: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>): void => {
    const change = changes[KEY];
    if (change) listener(normalizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
