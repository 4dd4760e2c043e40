// Automatic highlighting: a registered content script on the sites the user chose AND granted; nothing else.
import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT } from './inject';
import { autoHighlightWanted, wantedPatterns, type Settings } from '../shared/settings';
import { loadSettings } from '../shared/settings-store';

const SCRIPT_ID = 'claimlens-auto';

/** Why: a pattern the user listed but did not grant (or later revoked) must not be registered. */
async function granted(patterns: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const origin of patterns) {
    try {
      if (await browser.permissions.contains({ origins: [origin] })) out.push(origin);
    } catch {
      // An invalid pattern (hand-edited storage): skip it.
    }
  }
  return out;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Why: keeps the one registered content script in step with the settings and the granted permissions.
 * Called at start-up, when settings change, when permissions are added or removed, and by the popup's switch.
 * Those often come together (the switch saves a setting AND asks for a permission): the syncs run one after the
 * other, each with the settings as they are when its turn comes, or two would both find no script and both
 * register it ("Duplicate script ID").
 */
export function syncAutoHighlight(): Promise<string[]> {
  const run = queue.then(
    () => loadSettings().then(syncNow),
    () => loadSettings().then(syncNow),
  );
  queue = run.catch(() => undefined);
  return run;
}

async function syncNow(settings: Settings): Promise<string[]> {
  const matches = await granted(wantedPatterns(settings));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return [];
  }
  const script = {
    id: SCRIPT_ID,
    js: [CONTENT_SCRIPT],
    matches,
    runAt: 'document_idle' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

/** Why: a page's content script asks whether this page is one the user chose to highlight automatically. */
export async function isAutoSite(settings: Settings, url: string | null): Promise<boolean> {
  if (!url || !autoHighlightWanted(settings, url)) return false;
  let origin: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    origin = `${u.protocol}//${u.hostname}/*`;
  } catch {
    return false;
  }
  try {
    return await browser.permissions.contains({ origins: [origin] });
  } catch {
    return false;
  }
}
