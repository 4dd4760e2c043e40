// The live state of one tab for a view: asked once, then kept current by the background's broadcasts.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { callBackground, listenViews } from '../shared/messages';
import type { TabState } from '../shared/tab-state';

/** Why: what a view renders: the state (null until the first answer) or why there is none. */
export interface TabView {
  state: TabState | null;
  error: string | null;
  /** Reads and analyses the page again. */
  recheck(): void;
}

/** Why: a broadcast and the answer to our own call can arrive in either order; the newer state wins. */
export function newer(current: TabState | null, next: TabState): TabState {
  if (!current || current.tabId !== next.tabId) return next;
  return next.updatedAt >= current.updatedAt ? next : current;
}

/** Why: popup ('page': check this page now) and side panel ('if-needed') share one way to follow a tab. */
export function useTabState(tabId: number | null, analyze: 'if-needed' | 'page'): TabView {
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (tabId === null) return;
    const controller = new AbortController();
    setState((s) => (s && s.tabId === tabId ? s : null));
    setError(null);
    listenViews(
      {
        'tab:updated': (next) => {
          if (next.tabId === tabId) setState((s) => newer(s, next));
        },
      },
      controller.signal,
    );
    callBackground('tab:get', { tabId, analyze })
      .then((next) => !controller.signal.aborted && setState((s) => newer(s, next)))
      .catch(
        (err: unknown) =>
          !controller.signal.aborted && setError(String(err instanceof Error ? err.message : err)),
      );
    return () => controller.abort();
  }, [tabId, analyze]);

  const recheck = useCallback(() => {
    if (tabId === null) return;
    setError(null);
    callBackground('tab:analyze', { tabId })
      .then((next) => setState((s) => newer(s, next)))
      .catch((err: unknown) => setError(String(err instanceof Error ? err.message : err)));
  }, [tabId]);

  return { state, error, recheck };
}
