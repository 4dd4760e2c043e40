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

type Analyze = 'if-needed' | 'page';

/** Why: a call made before the view's first render, with every broadcast about its tab since (the newest kept). */
interface EarlyAsk {
  tabId: number;
  analyze: Analyze;
  answer: Promise<TabState>;
  latest: TabState | null;
  stop: AbortController;
}

let early: EarlyAsk | null = null;

/**
 * Why: the popup asks for its tab before it first renders: a stopped worker starts, and a check starts, while the
 * popup lays itself out, not after. The broadcasts that arrive before the view listens are kept for it.
 */
export function askEarly(tabId: number, analyze: Analyze): void {
  early?.stop.abort();
  const ask: EarlyAsk = {
    tabId,
    analyze,
    answer: callBackground('tab:get', { tabId, analyze }),
    latest: null,
    stop: new AbortController(),
  };
  // Listening in the same task as the call: no broadcast can arrive before.
  listenViews(
    {
      'tab:updated': (next) => {
        if (next.tabId === tabId) ask.latest = newer(ask.latest, next);
      },
    },
    ask.stop.signal,
  );
  // Its failure is the view's to show when it takes the answer; until then it is not an unhandled rejection.
  ask.answer.catch(() => undefined);
  early = ask;
}

/** Why: the view takes the early call for its tab once (and its listener stops); a later view asks again. */
export function takeEarly(tabId: number, analyze: Analyze): EarlyAsk | null {
  const ask = early;
  if (!ask || ask.tabId !== tabId || ask.analyze !== analyze) return null;
  early = null;
  ask.stop.abort();
  return ask;
}

/** Why: popup ('page': check this page now) and side panel ('if-needed') share one way to follow a tab. */
export function useTabState(tabId: number | null, analyze: Analyze): TabView {
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
    // Listening now: what the early call heard before is handed over, then its own listener stops.
    const ask = takeEarly(tabId, analyze);
    if (ask?.latest) {
      const heard = ask.latest;
      setState((s) => newer(s, heard));
    }
    (ask?.answer ?? callBackground('tab:get', { tabId, analyze }))
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
