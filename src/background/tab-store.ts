// Per-tab state: in memory for speed, mirrored to storage.session so a report survives the worker being stopped
// while idle (MV3 stops it after ~30 s; the popup opened a minute later must still show the report).
import browser from 'webextension-polyfill';
import { jsonOf, messageSize, utf8Bytes } from '../shared/message-size';
import { idleState, type TabState } from '../shared/tab-state';

/**
 * Why: storage.session holds 10 MB in Chrome and Firefox (Chrome counts the memory its copy takes). A state is kept
 * there as one JSON string: the browser copies a string at once, while an object of 18 000 claims (a 1 MB page's
 * report) is converted value by value, over two seconds of the worker's time on a two-core machine, only for a copy
 * over the quota to be refused. One that cannot fit stays in memory (a restart re-analyses).
 */
export const SESSION_QUOTA = 10 * 1024 * 1024;

const PREFIX = 'claimlens.tab.';
const states = new Map<number, TabState>();

interface SessionArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

// storage.session: Chrome 102+, Firefox 115+. Missing elsewhere: memory only.
function session(): SessionArea | null {
  const area = (browser.storage as unknown as { session?: SessionArea }).session;
  return area ?? null;
}

function isTabState(x: unknown): x is TabState {
  return typeof x === 'object' && x !== null && typeof (x as TabState).tabId === 'number' && 'status' in x;
}

/** Why: the state of one tab, from memory or, after a worker restart, from session storage. */
export async function getState(tabId: number): Promise<TabState> {
  const known = states.get(tabId);
  if (known) return known;
  const area = session();
  if (area) {
    try {
      const stored = (await area.get(PREFIX + tabId))[PREFIX + tabId];
      const found: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
      if (isTabState(found)) {
        states.set(tabId, found);
        return found;
      }
    } catch {
      // Session storage unavailable or corrupt: start over for this tab.
    }
  }
  return idleState(tabId);
}

/**
 * Why: every change goes through here so memory and session storage agree: memory at once (what getState answers
 * from then on), storage when `stored` settles. `size` is the state's messageSize when the caller has walked it
 * already (exact up to 1.5 times the quota at least).
 */
export function setState(state: TabState, size?: number): { saved: TabState; stored: Promise<void> } {
  const saved = { ...state, updatedAt: Date.now() };
  states.set(state.tabId, saved);
  return { saved, stored: store(saved, size) };
}

// messageSize over-estimates (numbers, non-ASCII): a state estimated beyond this is not even serialized.
const ESTIMATE_CUTOFF = 1.5 * SESSION_QUOTA;

async function store(next: TabState, size: number | undefined): Promise<void> {
  const area = session();
  if (!area) return;
  const key = PREFIX + next.tabId;
  try {
    // Only settled states are worth keeping across a worker restart.
    const text =
      next.status === 'loading' || (size ?? messageSize(next, ESTIMATE_CUTOFF)) > ESTIMATE_CUTOFF
        ? null
        : jsonOf(next);
    if (text === null || utf8Bytes(text) + key.length > SESSION_QUOTA) await area.remove(key);
    else await area.set({ [key]: text });
  } catch {
    // A closed session: memory still has it; a restart re-analyses.
  }
}

/** Why: a closed tab's report is not needed by anyone. */
export async function dropState(tabId: number): Promise<void> {
  states.delete(tabId);
  try {
    await session()?.remove(PREFIX + tabId);
  } catch {
    // Nothing to clean.
  }
}

/** Why: colour changes re-render every tab that shows highlights. */
export function knownStates(): TabState[] {
  return [...states.values()];
}
