// The report of one tab, as the popup and the side panel show it: header, state, summary, controls, filters,
// grouped findings, legend. Keyboard navigable (every action is a button or a form control) and labelled.
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Severity } from '../core/report';
import { SEVERITIES } from '../core/vocabulary';
import { emptyVerdict } from '../core/empty-verdict';
import { t, tn, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messages';
import {
  DEFAULT_SETTINGS,
  autoHighlightWanted,
  coveringWildcard,
  sitePattern,
  type Settings,
} from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';
import { hasSidePanel, openSidePanel } from '../shared/side-panel';
import { ExportMenu } from './ExportMenu';
import { GroupList, TopList } from './GroupList';
import { OnlineNote } from './OnlineNote';
import { PageChecksButton } from './PageChecksButton';
import { DEFAULT_FILTER, filterGroups, groupReport, itemsOf, topItems, type Filter } from './groups';
import { StateMessage } from './StateMessage';
import { Summary } from './Summary';
import type { TabView } from './use-tab-state';

/** Why: the user's colours drive the legend and item accents, so the popup matches the page. */
export function colorVars(colors: Settings['colors']): Record<string, string> {
  return {
    '--c-unsupported': colors.unsupported,
    '--c-cited-unlinked': colors['cited-unlinked'],
    '--c-linked': colors.linked,
    '--c-link-problem': colors['link-problem'],
  };
}

const SEVERITY_CHIP: Record<Severity, MessageKey> = {
  high: 'severityHigh',
  medium: 'severityMedium',
  low: 'severityLow',
};

function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then((s) => !controller.signal.aborted && setSettings(s));
    onSettingsChanged(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  return settings;
}

/** Why: one component for both surfaces; `surface` only changes a few controls (the popup can open the panel). */
export function ReportView({
  tabId,
  view,
  surface,
}: {
  tabId: number | null;
  view: TabView;
  surface: 'popup' | 'sidepanel';
}) {
  const settings = useSettings();
  const { state, error, recheck } = view;
  const [filter, setFilter] = useState<Filter>(DEFAULT_FILTER);
  const [toast, setToast] = useState<string | null>(null);
  const report = state?.status === 'ready' ? state.report : null;
  const groups = useMemo(() => (report ? groupReport(report) : []), [report]);
  const shown = useMemo(() => filterGroups(groups, filter), [groups, filter]);
  // A preview (summary and top problems first, on a long page) names its top problems; the whole report follows.
  const preview = state?.status === 'ready' ? state.top : undefined;
  const top = useMemo(
    () => (report ? (preview ? itemsOf(groups, preview) : topItems(report, groups)) : []),
    [report, groups, preview],
  );
  const unfiltered = filter.query.trim() === '' && filter.severities.size === SEVERITIES.length;
  const total = shown.reduce((n, g) => n + g.items.length, 0);

  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(null), 2500);
    return () => clearTimeout(t);
  }, [toast]);

  const site = state?.site ?? null;
  const autoOn = !!site && autoHighlightWanted(settings, site);
  // On through "*.example.org": this site's switch cannot turn it off alone (Settings can).
  const wildcard = site && settings.highlightMode === 'sites' ? coveringWildcard(settings.sites, site) : null;
  const isPage = state?.source !== 'selection';

  const reveal = (ref: string): void => {
    if (tabId === null || !isPage) return;
    void callBackground('tab:reveal', { tabId, ref }).then((ok) => {
      if (!ok) setToast(t('textGone'));
    });
  };
  const toggleHighlights = (on: boolean): void => {
    if (tabId !== null) void callBackground('tab:highlights', { tabId, on });
  };
  // permissions.request must run inside the click, before any await.
  const toggleAuto = (on: boolean): void => {
    if (!site) return;
    if (on) {
      const asking = browser.permissions.request({ origins: [sitePattern(site)] });
      // Saved before the answer: Firefox closes the popup while its permission prompt is open, and the
      // background registers only sites whose permission was granted (it listens for grants, too).
      const previous = { highlightMode: settings.highlightMode, sites: settings.sites };
      const saving = saveSettings({
        highlightMode: settings.highlightMode === 'all' ? 'all' : 'sites',
        sites: [...new Set([...settings.sites, site])],
      });
      void Promise.all([asking, saving])
        .then(async ([granted]) => {
          if (!granted) {
            await saveSettings(previous);
            setToast(t('sitePermissionRefused', site));
            return;
          }
          await callBackground('auto:sync', {});
          setToast(t('autoHighlighting', site));
        })
        .catch((err: unknown) =>
          setToast(t('autoHighlightFailed', err instanceof Error ? err.message : String(err))),
        );
    } else {
      const sites = settings.sites.filter((s) => s !== site);
      void saveSettings({
        sites,
        highlightMode:
          sites.length === 0 && settings.highlightMode === 'sites' ? 'off' : settings.highlightMode,
      })
        .then(() => browser.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false))
        .then(() => callBackground('auto:sync', {}));
    }
  };
  const toggleSeverity = (s: Severity): void => {
    const next = new Set(filter.severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    setFilter({ ...filter, severities: next });
  };

  return (
    <div class={`app ${surface}`} style={colorVars(settings.colors)}>
      <header class="top">
        <img src="/icons/icon-48.png" alt="" />
        <div class="titles">
          <h1>{t('extName')}</h1>
          <p class="source" title={state?.url ?? ''}>
            {state?.source === 'selection' ? t('selectedText') : state?.title || state?.url || t('thisPage')}
          </p>
        </div>
        <div class="actions">
          {report && !preview && <ExportMenu report={report} onDone={setToast} />}
          {surface === 'popup' && hasSidePanel() && tabId !== null && (
            <button
              type="button"
              class="btn"
              title={t('sidePanelHint')}
              onClick={() => {
                void openSidePanel({ tabId }).then(
                  () => window.close(),
                  () => setToast(t('sidePanelFailed')),
                );
              }}
            >
              {t('sidePanel')}
            </button>
          )}
          <button
            type="button"
            class="icon-btn"
            aria-label={t('recheckLabel')}
            title={t('checkAgain')}
            onClick={recheck}
          >
            ↻
          </button>
        </div>
      </header>

      {!report ? (
        <StateMessage state={state} error={error} onRetry={recheck} />
      ) : preview && state?.progress ? (
        <main data-opening="">
          <p class="note" role="status">
            {t('openingChecked')}
          </p>
          <Summary report={report} />
          <TopList items={top} onReveal={reveal} />
        </main>
      ) : preview ? (
        <main>
          <Summary report={report} />
          <TopList items={top} onReveal={reveal} />
          <p class="note" role="status">
            {t('previewLoadingRest')}
          </p>
        </main>
      ) : (
        <main>
          <Summary report={report} />
          {unfiltered && !filter.fine && <TopList items={top} onReveal={reveal} />}
          {state && <OnlineNote state={state} settings={settings} />}
          <PageChecksButton
            report={report}
            settings={settings}
            onEnabled={recheck}
            onRefused={() => setToast(t('pageChecksRefused'))}
          />
          {state && state.unanchored > 0 && isPage && (
            <p class="note">{tn('unanchored', state.unanchored)}</p>
          )}
          <div class="controls">
            {isPage && (
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={!!state?.highlights}
                  onChange={(e) => toggleHighlights((e.currentTarget as HTMLInputElement).checked)}
                />
                {t('highlightsOnPage')}
              </label>
            )}
            {isPage && site && (
              <label
                class="switch"
                title={
                  settings.highlightMode === 'all'
                    ? t('onForAllSites')
                    : wildcard
                      ? t('onForPattern', wildcard.replace(/^https?:\/\//, ''))
                      : ''
                }
              >
                <input
                  type="checkbox"
                  role="switch"
                  checked={autoOn}
                  disabled={settings.highlightMode === 'all' || !!wildcard}
                  onChange={(e) => toggleAuto((e.currentTarget as HTMLInputElement).checked)}
                />
                {t('alwaysOn', site.replace(/^https?:\/\//, ''))}
              </label>
            )}
          </div>
          <div class="filters" role="group" aria-label={t('filters')}>
            {SEVERITIES.map((s) => (
              <button
                type="button"
                class="chip"
                aria-pressed={filter.severities.has(s)}
                key={s}
                onClick={() => toggleSeverity(s)}
              >
                {t(SEVERITY_CHIP[s])}
              </button>
            ))}
            <button
              type="button"
              class="chip"
              aria-pressed={filter.fine}
              onClick={() => setFilter({ ...filter, fine: !filter.fine })}
            >
              {t('supportedChip')}
            </button>
            <input
              type="search"
              class="search"
              placeholder={t('filterPlaceholder')}
              aria-label={t('filterLabel')}
              value={filter.query}
              onInput={(e) => setFilter({ ...filter, query: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          {total === 0 ? (
            <div class="state">
              <strong>{report.findings.length === 0 ? emptyVerdict(report).title : t('noMatch')}</strong>
              {report.findings.length > 0 ? t('changeFilters') : emptyVerdict(report).detail}
            </div>
          ) : (
            <>
              <GroupList groups={shown} onReveal={reveal} />
            </>
          )}
        </main>
      )}

      <footer class="foot">
        <div class="legend" role="group" aria-label={t('highlightColours')}>
          <span class="tone-unsupported">
            <i /> {t('toneUnsupported')}
          </span>
          <span class="tone-cited-unlinked">
            <i /> {t('toneCitedUnlinked')}
          </span>
          <span class="tone-link-problem">
            <i /> {t('toneLinkProblem')}
          </span>
          <span class="tone-linked">
            <i /> {t('toneLinked')}
          </span>
        </div>
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('settingsLink')}
        </a>
      </footer>
      {/* A live region that is always there, so a screen reader reads each message put in it. */}
      <div class="toast-region" role="status">
        {toast && <div class="toast">{toast}</div>}
      </div>
    </div>
  );
}
