// The background's work on a tab: read the page (content script), analyse it here, verify online, draw the
// highlights, set the badge and tell the open views. One analysis per tab at a time; stale results are dropped.
import { ANALYSED_CONTENT_TYPE, callContent, notifyViews, type RenderStyle } from '../shared/messages';
import { MESSAGE_LIMIT, megabytes, messageSize } from '../shared/message-size';
import { loadSettings } from '../shared/settings-store';
import { siteOf, type Settings } from '../shared/settings';
import { forViews, type TabState } from '../shared/tab-state';
import { t } from '../shared/i18n';
import {
  PLAN_ITEMS_FIRST_MESSAGE,
  PLAN_ITEMS_PER_MESSAGE,
  detailOf,
  renderPlan,
  type Detail,
} from '../shared/render-plan';
import type { Article } from '../core/article';
import type { Report } from '../core/report';
import { proseVerdict } from '../core/prose';
import { getState, setState } from './tab-store';
import { classifyRefusal, ensureContent, tabUrl } from './inject';
import { analyzeInSteps, prepareOffline, verifyOnline, wantsOnlineNow } from './pipeline';
import { topProblems } from '../core/top-problems';
import { updateBadge } from './badge';
import { isAutoSite } from './auto-highlight';
import { PREVIEW_ITEMS, previewOf } from './preview';
import { mark } from './timing';

// A generation per tab: a newer analysis makes an older one's results stale.
const generations = new Map<number, number>();
const running = new Map<number, Promise<TabState>>();

function nextGeneration(tabId: number): number {
  const n = (generations.get(tabId) ?? 0) + 1;
  generations.set(tabId, n);
  return n;
}

function isCurrent(tabId: number, generation: number): boolean {
  return generations.get(tabId) === generation;
}

/** Why: every state change is stored, shown on the badge and sent to the open views, in one place. */
export async function publish(state: TabState): Promise<TabState> {
  // A report too large for a message cannot reach the popup: say so rather than let the message fail. The size is
  // walked once here (a 1 MB page's state is ~17 MB) and handed on to the store.
  let size = messageSize(state, MESSAGE_LIMIT);
  if (state.report && size > MESSAGE_LIMIT) {
    const report = megabytes(messageSize(state.report, MESSAGE_LIMIT * 2));
    state = {
      ...state,
      status: 'error',
      report: null,
      error: t('reportTooLarge', report, megabytes(MESSAGE_LIMIT)),
    };
    size = messageSize(state);
  }
  const { saved, stored } = setState(state, size);
  // The views first (what the reader waits for); the storage copy and the badge beside them.
  await Promise.all([notifyViews('tab:updated', forViews(saved)), stored, updateBadge(saved)]);
  return saved;
}

/** Why: is an analysis of this tab running now (a content script's hello must not start a second one)? */
export function isAnalyzing(tabId: number): boolean {
  return running.has(tabId);
}

/** Why: how an analysis was started. */
interface AnalyzeOptions {
  /** Draw the highlights (default: keep what the tab had, or on for a first analysis: the user asked to check it). */
  highlights?: boolean;
  /** Told the state the analysis starts from (loading), once it is published. */
  started?: (loading: TabState) => void;
}

/** Why: the one path from "a tab" to "a report on screen". */
export function analyzeTab(tabId: number, opts: AnalyzeOptions = {}): Promise<TabState> {
  const generation = nextGeneration(tabId);
  const job = runAnalysis(tabId, generation, opts).finally(() => {
    if (running.get(tabId) === job) running.delete(tabId);
  });
  running.set(tabId, job);
  return job;
}

/**
 * Why: a view's call that starts an analysis is answered with the state it starts from (loading), not with the
 * finished report: the views follow every state through the broadcasts, and a long page's report (17 MB for 1 MB of
 * text) need not be serialized, sent and laid out twice.
 */
export function startAnalysis(tabId: number, opts: AnalyzeOptions = {}): Promise<TabState> {
  return new Promise((resolve, reject) => {
    analyzeTab(tabId, { ...opts, started: (loading) => resolve(forViews(loading)) }).then(resolve, reject);
  });
}

async function runAnalysis(tabId: number, generation: number, opts: AnalyzeOptions): Promise<TabState> {
  const [before, settings, url] = await Promise.all([getState(tabId), loadSettings(), tabUrl(tabId)]);
  const highlights = opts.highlights ?? (before.status === 'idle' ? true : before.highlights);
  const site = siteOf(url ?? before.url);
  let state: TabState = {
    ...before,
    status: 'loading',
    source: 'page',
    error: null,
    highlights,
    site,
    url: url ?? before.url,
  };
  // The loading state goes out while the page is read; the next state is published only after it.
  const announced = publish(state).then((loading) => opts.started?.(loading));
  announced.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile

  let read;
  try {
    mark('read:start');
    await ensureContent(tabId);
    const asked = callContent(tabId, 'content:read', highlights ? { style: renderStyle(settings) } : {});
    // A worker that has just started prepares its lexicons while the page reads itself, not after.
    prepareOffline();
    read = await asked;
    while (read.article.blocks.length < read.totalBlocks) {
      const more = await callContent(tabId, 'content:blocks', {
        readId: read.readId,
        from: read.article.blocks.length,
      });
      if (more.length === 0) throw new Error('The page changed while it was read');
      read.article.blocks.push(...more);
    }
    mark('read:end');
  } catch (err) {
    await announced;
    if (!isCurrent(tabId, generation)) return getState(tabId);
    const refusal = classifyRefusal(err, url);
    return publish({
      ...state,
      status: refusal.status,
      error: refusal.message,
      report: null,
      highlights: false,
    });
  }
  await announced;
  if (!isCurrent(tabId, generation)) return getState(tabId);
  state = {
    ...state,
    url: read.url,
    site: siteOf(read.url),
    instance: read.instance,
    title: read.article.title,
  };

  if (!ANALYSED_CONTENT_TYPE.test(read.contentType)) {
    const error = /pdf/i.test(read.contentType)
      ? t('unsupportedPdf')
      : t('unsupportedType', read.contentType);
    return publish({ ...state, status: 'unsupported', error, report: null });
  }
  if (read.article.blocks.length === 0 || read.chars === 0) {
    return publish({ ...state, status: 'no-article', report: null, error: t('noArticleFound') });
  }

  // The reader may have turned highlights off (or on) while the page was read: their latest choice wins.
  return analyzeAndPublish(state, read.article, settings, {
    current: () => isCurrent(tabId, generation),
    latestHighlights: opts.highlights === undefined,
  });
}

/**
 * Why: the one analyse-then-publish sequence, for a page (analyzeTab) and a selection (the context menu): the
 * offline report at once (drawn in the page when it is of the page), then the registries' statuses when an import
 * needs them. `current` says whether this analysis is still the tab's latest; a stale one publishes nothing.
 */
export async function analyzeAndPublish(
  before: TabState,
  article: Article,
  settings: Settings,
  opts: { current?: () => boolean; latestHighlights?: boolean } = {},
): Promise<TabState> {
  const { tabId } = before;
  const current = opts.current ?? (() => true);
  // Random bytes, base64 or minified code would give thousands of meaningless claims: refused, with the reason.
  const verdict = proseVerdict(article);
  if (!verdict.prose) {
    await clearPage(before, settings);
    return publish({
      ...before,
      status: 'no-article',
      report: null,
      error: t('notAnArticle', verdict.reason),
    });
  }
  let report: Report | null;
  // A long page's opening is drawn and shown while the rest is judged (pipeline.ts analyzeInSteps).
  let opening: Promise<TabState> | undefined;
  try {
    mark('analysis:start');
    report = await analyzeInSteps(
      article,
      (first, checked, total) => {
        if (!current()) return;
        const shown: TabState = {
          ...before,
          status: 'ready',
          report: first,
          error: null,
          online: settings.online ? 'pending' : 'off',
          top: topProblems(first).map((f) => f.ref),
          progress: { checked, total },
        };
        // The views get it while the page draws it (the worker is busy with the rest in between).
        opening = show(
          shown,
          settings,
          async () => {
            if (current()) await notifyViews('tab:updated', forViews({ ...shown, updatedAt: Date.now() }));
          },
          current,
        );
      },
      () => !current(),
    );
    mark('analysis:end');
  } catch (err) {
    await opening?.catch(() => undefined);
    await clearPage(before, settings);
    return publish({ ...before, status: 'error', report: null, error: t('analysisFailed', String(err)) });
  }
  // Shown before the whole report, never after it.
  await opening?.catch(() => undefined);
  if (!report) return getState(tabId);
  const online = await wantsOnlineNow(report, settings);
  let state: TabState = {
    ...before,
    status: 'ready',
    report,
    error: null,
    online: online ? 'pending' : settings.online ? 'done' : 'off',
  };
  if (opts.latestHighlights) state.highlights = (await getState(tabId)).highlights;
  if (!current()) return getState(tabId);
  // A long page's views get the summary and the top problems now, once the page has its first highlights to draw;
  // the whole report follows the highlights.
  const preview =
    report.claims.length + report.links.length > PREVIEW_ITEMS
      ? async (): Promise<void> => {
          await notifyViews('tab:updated', previewOf({ ...state, updatedAt: Date.now() }));
          mark('preview:sent');
        }
      : undefined;
  state = await show(state, settings, preview);
  if (!online) return state;

  try {
    const verified = await verifyOnline(report, settings);
    if (!current()) return getState(tabId);
    return show({ ...(await getState(tabId)), report: verified, online: 'done' }, settings);
  } catch {
    if (!current()) return getState(tabId);
    return publish({ ...(await getState(tabId)), online: 'failed' });
  }
}

let renderIds = 0;

/** Why: how the page draws its highlights, sent with a read that will be shown and with every plan. */
function renderStyle(s: Settings): RenderStyle {
  return { colors: s.colors, showLinked: s.showLinked ?? true };
}

/**
 * Why: a page whose analysis gave no report keeps neither an earlier report's highlights nor the stylesheet its read
 * took for the ones it expected (see 'content:read').
 */
async function clearPage(state: TabState, settings: Settings): Promise<void> {
  if (state.source !== 'page') return;
  try {
    await callContent(state.tabId, 'content:render', {
      renderId: ++renderIds,
      items: [],
      done: true,
      show: false,
      style: renderStyle(settings),
    });
  } catch {
    // The page went away: nothing of ours is left in it.
  }
}

/**
 * Why: draws (or removes) the report's highlights in the page, then publishes the state. `beside` (the preview of a
 * long report) runs once the page's first batch is on its way, and always before the state is published; nothing is
 * published once `current` says a newer analysis took over.
 */
async function show(
  state: TabState,
  settings?: Settings,
  beside?: () => Promise<void>,
  current: () => boolean = () => true,
): Promise<TabState> {
  let besideDone: Promise<void> | undefined;
  const runBeside = (): Promise<void> => (besideDone ??= beside?.() ?? Promise.resolve());
  const s = settings ?? (await loadSettings());
  if (state.report && state.source === 'page') {
    try {
      const plan = renderPlan(state.report, s.showLinked ?? true);
      const style = renderStyle(s);
      const renderId = ++renderIds;
      let result = null;
      // In batches, so neither side parses megabytes in one task; an empty plan still sends one (done) message. The
      // first is small: the page draws it at once (the top of the article) while the rest is on its way.
      for (
        let i = 0, n = PLAN_ITEMS_FIRST_MESSAGE;
        i === 0 || i < plan.length;
        i += n, n = PLAN_ITEMS_PER_MESSAGE
      ) {
        const items = plan.slice(i, i + n);
        const done = i + n >= plan.length;
        const drawn = callContent(state.tabId, 'content:render', {
          renderId,
          items,
          done,
          show: state.highlights,
          style,
        });
        // The preview goes out while the page draws its first batch; a failure of it surfaces at publishing, below.
        if (i === 0) await Promise.all([drawn, runBeside().catch(() => undefined)]);
        result = await drawn;
        if (done) break;
      }
      mark('render:end');
      state = { ...state, unanchored: result?.unanchored ?? 0 };
    } catch {
      // The page went away while we worked: the state stays, the next navigation resets it.
      state = { ...state, highlights: false };
    }
  }
  await runBeside();
  // A newer analysis took over while this one drew (a long page's opening, then "Check again"): its state stands.
  if (!current()) return getState(state.tabId);
  const published = await publish(state);
  mark('published');
  return published;
}

/** Why: the tooltip's details for one item of the report shown in a tab. */
export async function detail(tabId: number, ref: string): Promise<Detail | null> {
  const state = await getState(tabId);
  return state.report && state.source === 'page' ? detailOf(state.report, ref) : null;
}

/** Why: the popup's toggle and the keyboard command. */
export async function setHighlights(tabId: number, on: boolean): Promise<TabState> {
  const state = await getState(tabId);
  if (state.status !== 'ready' || !state.report || state.source !== 'page') {
    if (!on) return publish({ ...state, highlights: false });
    return analyzeTab(tabId, { highlights: true });
  }
  return show({ ...state, highlights: on });
}

/** Why: colour changes in the options page apply to pages that show highlights now. */
export async function restyle(states: TabState[], settings: Settings): Promise<void> {
  for (const s of states)
    if (s.status === 'ready' && s.highlights && s.source === 'page') await show(s, settings);
}

/** Why: "clicking a finding scrolls the page to it"; highlights are turned on first if they were off. */
export async function reveal(tabId: number, ref: string): Promise<boolean> {
  let state = await getState(tabId);
  if (state.source !== 'page' || !state.report) return false;
  if (!state.highlights) state = await setHighlights(tabId, true);
  try {
    return await callContent(tabId, 'content:reveal', { ref });
  } catch {
    return false;
  }
}

/** Why: the state a view asks for; a first look at a tab analyses it (the popup opening means "check this"). */
export async function getTab(tabId: number, analyze?: 'if-needed' | 'page'): Promise<TabState> {
  const state = await getState(tabId);
  if (running.has(tabId) && state.status === 'loading') return forViews(state);
  if (!analyze) return state;
  const needed = state.status === 'idle' || state.status === 'no-access' || state.status === 'error';
  if (needed || (analyze === 'page' && state.source === 'selection')) return startAnalysis(tabId);
  return state;
}

/** Why: the automatic content script says hello on every page load of a site the user chose. */
export async function hello(tabId: number, url: string): Promise<boolean> {
  if (running.has(tabId)) return false;
  const settings = await loadSettings();
  if (!(await isAutoSite(settings, url))) return false;
  void analyzeTab(tabId, { highlights: true });
  return true;
}
