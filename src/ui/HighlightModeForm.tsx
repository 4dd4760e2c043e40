// Automatic highlighting: off, on the sites the user lists, or everywhere. Each choice asks the browser for
// exactly the host permission it needs, inside the click (browsers refuse permission prompts after an await).
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messages';
import { normalizeSite, sitePattern, type HighlightMode, type Settings } from '../shared/settings';
import { saveSettings } from '../shared/settings-store';

const ALL_URLS = '<all_urls>';

/** Why: shared by the onboarding page and the options page so both say and do the same thing. */
export function HighlightModeForm({
  settings,
  onMessage,
}: {
  settings: Settings;
  onMessage(text: string): void;
}) {
  const [draft, setDraft] = useState('');

  const apply = async (patch: Partial<Settings>): Promise<void> => {
    await saveSettings(patch);
    await callBackground('auto:sync', {});
  };

  const chooseMode = (mode: HighlightMode): void => {
    if (mode === 'all') {
      void browser.permissions.request({ origins: [ALL_URLS] }).then((granted) => {
        if (!granted) {
          onMessage(t('allSitesRefused'));
          return;
        }
        void apply({ highlightMode: 'all' }).then(() => onMessage(t('modeAllDone')));
      });
      return;
    }
    void (async () => {
      // Link health and source checks need the same permission: it stays while either is on.
      const pageChecks = settings.checks.links || settings.checks['source-mentions'];
      if (settings.highlightMode === 'all' && !pageChecks)
        await browser.permissions.remove({ origins: [ALL_URLS] }).catch(() => false);
      await apply({ highlightMode: mode });
      onMessage(t(mode === 'off' ? 'modeOffDone' : 'modeSitesDone'));
    })();
  };

  const addSite = (e: Event): void => {
    e.preventDefault();
    const site = normalizeSite(draft);
    if (!site) {
      onMessage(t('notASite', draft));
      return;
    }
    void browser.permissions.request({ origins: [sitePattern(site)] }).then((granted) => {
      if (!granted) {
        onMessage(t('sitePermissionRefusedFull', site));
        return;
      }
      setDraft('');
      void apply({ highlightMode: 'sites', sites: [...new Set([...settings.sites, site])] }).then(() =>
        onMessage(t('siteAdded', site)),
      );
    });
  };

  const removeSite = (site: string): void => {
    void (async () => {
      await apply({ sites: settings.sites.filter((s) => s !== site) });
      // A site listed in the manifest (the test build's) cannot be removed; that is fine.
      await browser.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false);
      onMessage(t('siteRemoved', site));
    })();
  };

  const modes: { value: HighlightMode; label: MessageKey; hint: MessageKey }[] = [
    { value: 'off', label: 'modeOffLabel', hint: 'modeOffHint' },
    { value: 'sites', label: 'modeSitesLabel', hint: 'modeSitesHint' },
    { value: 'all', label: 'modeAllLabel', hint: 'modeAllHint' },
  ];

  return (
    <div class="mode-form">
      <fieldset>
        <legend>{t('autoHighlightingLegend')}</legend>
        {modes.map((m) => (
          <label class="radio" key={m.value}>
            <input
              type="radio"
              name="highlight-mode"
              value={m.value}
              checked={settings.highlightMode === m.value}
              onChange={() => chooseMode(m.value)}
            />
            <span>
              <strong>{t(m.label)}</strong>
              <span class="hint">{t(m.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {settings.highlightMode === 'sites' && (
        <div class="sites">
          <form onSubmit={addSite} class="add-site">
            <label for="site-input" class="sr-only">
              {t('siteInputLabel')}
            </label>
            <input
              id="site-input"
              type="text"
              inputMode="url"
              placeholder="example.org"
              value={draft}
              onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit" class="btn primary">
              {t('addSite')}
            </button>
          </form>
          {settings.sites.length === 0 ? (
            <p class="hint">{t('noSitesYet')}</p>
          ) : (
            <ul class="site-list" aria-label={t('sitesListLabel')}>
              {settings.sites.map((s) => (
                <li key={s}>
                  <span>{s}</span>
                  <button
                    type="button"
                    class="btn"
                    aria-label={t('removeSiteLabel', s)}
                    onClick={() => removeSite(s)}
                  >
                    {t('remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
