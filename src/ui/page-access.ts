// The optional "access to all sites" permission that link health and "does the source say it" need: asked for
// inside a click (browsers refuse a prompt after an await), watched so every view shows the truth, and given back
// when nothing needs it any more.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { PAGE_CHECKS, type OnlineCheckId, type Settings } from '../shared/settings';
import { saveSettings } from '../shared/settings-store';

/** Why: the one permission the page checks ask for. */
export const ALL_SITES = { origins: ['<all_urls>'] };

/** Why: is "access to all sites" granted now? Follows grants and removals made anywhere. */
export function usePageAccess(): boolean {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    const update = (): void =>
      void browser.permissions.contains(ALL_SITES).then(setGranted, () => setGranted(false));
    update();
    browser.permissions.onAdded.addListener(update);
    browser.permissions.onRemoved.addListener(update);
    return () => {
      browser.permissions.onAdded.removeListener(update);
      browser.permissions.onRemoved.removeListener(update);
    };
  }, []);
  return granted;
}

/** Why: turns page checks on: the prompt first (inside the click), the settings saved whatever the popup's fate. */
export function enablePageChecks(settings: Settings, ids: readonly OnlineCheckId[]): Promise<boolean> {
  const asking = browser.permissions.request(ALL_SITES);
  // Saved before the answer: Firefox closes the popup while its permission prompt is open.
  const checks = { ...settings.checks };
  for (const id of ids) checks[id] = true;
  const saving = saveSettings({ checks });
  return Promise.all([asking, saving]).then(async ([granted]) => {
    if (!granted) await saveSettings({ checks: settings.checks });
    return granted;
  });
}

/** Why: turns one page check off, and gives the permission back when no page check or highlighting needs it. */
export async function disablePageCheck(settings: Settings, id: OnlineCheckId): Promise<void> {
  const checks = { ...settings.checks, [id]: false };
  await saveSettings({ checks });
  const stillNeeded = PAGE_CHECKS.some((p) => checks[p]) || settings.highlightMode === 'all';
  if (!stillNeeded) await browser.permissions.remove(ALL_SITES).catch(() => false);
}
