// What the background knows about one tab, as the popup and the side panel render it.
import type { Report } from '../core/report';

/**
 * Why: every state a view must show something for, never silence.
 * - idle: nothing asked yet (the side panel on a tab nobody checked)
 * - loading: reading the page or analysing it
 * - ready: a report is here (it may be empty: see no-article)
 * - no-article: the page has no text to check
 * - restricted: the browser's own pages, the web store, other extensions' pages
 * - unsupported: a page kind we cannot read yet (PDF, images, plain downloads)
 * - no-access: a normal page we have no permission for (the user has not clicked the toolbar icon here)
 * - error: something unexpected; `error` says what
 */
export type TabStatus =
  'idle' | 'loading' | 'ready' | 'no-article' | 'restricted' | 'unsupported' | 'no-access' | 'error';

/** Why: the state of online checks decides whether "unknown" imports mean "not verified" or "could not verify". */
export type OnlineState = 'off' | 'pending' | 'done' | 'failed';

/** Why: one message shape carries everything a view needs for one tab. */
export interface TabState {
  tabId: number;
  status: TabStatus;
  /** 'selection' when the report is of text the user selected (context menu), not of the page. */
  source: 'page' | 'selection';
  url: string | null;
  title: string;
  report: Report | null;
  error: string | null;
  online: OnlineState;
  /** Highlights are drawn in the page now. */
  highlights: boolean;
  /** The page's site ("https://example.org") or null for non-web pages. */
  site: string | null;
  /** Claims and links that could not be found in the page any more (it changed since it was read). */
  unanchored: number;
  /** The content script instance that read the page; a new one means a new document. */
  instance: string | null;
  updatedAt: number;
  /**
   * Set while only the summary and the top problems have arrived (the background sends them first on a long page):
   * the refs of the top problems, in order. The whole report follows without it.
   */
  top?: string[];
  /**
   * Set while only a long page's opening is checked (with `top`): blocks checked of all. The report is the
   * opening's; the whole page's follows without it.
   */
  progress?: { checked: number; total: number };
}

/** Why: a fresh state for a tab nobody has checked yet. */
export function idleState(tabId: number): TabState {
  return {
    tabId,
    status: 'idle',
    source: 'page',
    url: null,
    title: '',
    report: null,
    error: null,
    online: 'off',
    highlights: false,
    site: null,
    unanchored: 0,
    instance: null,
    updatedAt: Date.now(),
  };
}

/**
 * Why: what the views are sent of a state. They show a report only when it is ready, so a loading state goes to them
 * without the report it is about to replace: on a long page that is megabytes they would parse and drop, while the
 * page itself is busy (a re-analysis after the page changed, "Check again").
 */
export function forViews(state: TabState): TabState {
  return state.status === 'loading' && state.report
    ? { ...state, report: null, top: undefined, progress: undefined }
    : state;
}
