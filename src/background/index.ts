// The background worker (Chrome service worker, Firefox event page). Every listener is registered at the top
// level, synchronously, so a stopped worker is woken by the event that needs it.
import './boot-mark';
import browser, { type Tabs } from 'webextension-polyfill';
import { serveBackground } from '../shared/messages';
import { onSettingsChanged } from '../shared/settings-store';
import { idleState } from '../shared/tab-state';
import {
  analyzeTab,
  detail,
  getTab,
  hello,
  isAnalyzing,
  publish,
  restyle,
  reveal,
  setHighlights,
  startAnalysis,
} from './tabs';
import { dropState, getState, knownStates } from './tab-store';
import { currentInstance } from './inject';
import { clearCacheIfEndpointsChanged, clearRegistryCache } from './pipeline';
import { syncAutoHighlight } from './auto-highlight';
import { createContextMenu, onContextMenuClick } from './context-menu';
import { STEP_COMMANDS, stepMarks } from './steps';
import { configureSidePanel } from '../shared/side-panel';
import { mark } from './timing';

const ONBOARDING_PAGE = 'src/onboarding/index.html';

// Content scripts have a tab; extension pages (popup, side panel, options) pass the tab id they look at.
function senderTab(sender: { tab?: { id?: number } }): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number' || id < 0) throw new Error('This call must come from a page');
  return id;
}

serveBackground({
  'tab:get': ({ tabId, analyze }) => getTab(tabId, analyze),
  'tab:analyze': ({ tabId }) => startAnalysis(tabId),
  'tab:highlights': ({ tabId, on }) => setHighlights(tabId, on),
  'tab:reveal': ({ tabId, ref }) => reveal(tabId, ref),
  'page:changed': async (_payload, sender) => {
    const tabId = senderTab(sender);
    const state = await getState(tabId);
    // Only pages someone looked at are re-analysed; an untouched page's edits are none of our business.
    if (state.status !== 'idle' && state.source === 'page' && !isAnalyzing(tabId)) void analyzeTab(tabId);
  },
  'page:hello': async ({ url }, sender) => ({ analyze: await hello(senderTab(sender), url) }),
  'page:detail': ({ ref }, sender) => detail(senderTab(sender), ref),
  'cache:clear': async () => ({ cleared: await clearRegistryCache() }),
  'auto:sync': async () => ({ patterns: await syncAutoHighlight() }),
});

browser.runtime.onInstalled.addListener((details) => {
  void createContextMenu();
  void configureSidePanel();
  void syncAutoHighlight();
  if (details.reason === 'install')
    void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PAGE) });
});

browser.runtime.onStartup.addListener(() => {
  void createContextMenu();
  void syncAutoHighlight();
});

browser.contextMenus.onClicked.addListener(onContextMenuClick);

// The keyboard shortcuts: highlights on or off in the active tab, and the next or previous highlight's card (the
// command grants activeTab for it).
async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  const by = STEP_COMMANDS.get(command);
  if (command !== 'toggle-highlights' && !by) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (by) {
    await stepMarks(tabId, by);
    return;
  }
  const state = await getState(tabId);
  await setHighlights(tabId, !(state.status === 'ready' && state.highlights));
}

browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

// Headless chromium can neither press extension shortcuts nor click context menus: the test build (only) lets
// the end-to-end tests call the same handlers the browser would. Production builds drop this block.
if (__CLAIMLENS_E2E__) {
  (globalThis as unknown as Record<string, unknown>).__claimlensTest = { onCommand, onContextMenuClick };
}

// A new document in the tab (not an SPA route change: the content script would still answer) resets its state.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'complete') return;
  void (async () => {
    const state = await getState(tabId);
    if (state.status === 'idle' || isAnalyzing(tabId) || state.source === 'selection') return;
    const instance = await currentInstance(tabId);
    if (instance !== null && instance === state.instance) return;
    if (isAnalyzing(tabId)) return;
    await publish({ ...idleState(tabId) });
  })();
});

browser.tabs.onRemoved.addListener((tabId) => void dropState(tabId));

browser.permissions.onAdded.addListener(() => void syncAutoHighlight());
browser.permissions.onRemoved.addListener(() => void syncAutoHighlight());

onSettingsChanged((settings) => {
  void syncAutoHighlight();
  void clearCacheIfEndpointsChanged(settings);
  void restyle(knownStates(), settings);
});

// Every module evaluated and every listener registered: the end of the worker's start (the speed test reads it).
mark('worker:ready');
