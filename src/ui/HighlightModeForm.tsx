// Automatic highlighting: off, on the sites the user lists, or everywhere. Each choice asks the browser for
// exactly the host permission it needs, inside the click (browsers refuse permission prompts after an await).
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
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
          onMessage('Permission for all sites was not granted; nothing changed.');
          return;
        }
        void apply({ highlightMode: 'all' }).then(() =>
          onMessage('Claims are highlighted on every site you visit.'),
        );
      });
      return;
    }
    void (async () => {
      // Link health and source checks need the same permission: it stays while either is on.
      const pageChecks = settings.checks.links || settings.checks['source-mentions'];
      if (settings.highlightMode === 'all' && !pageChecks)
        await browser.permissions.remove({ origins: [ALL_URLS] }).catch(() => false);
      await apply({ highlightMode: mode });
      onMessage(
        mode === 'off'
          ? 'Automatic highlighting is off. Click the toolbar button to check a page.'
          : 'Claims are highlighted on the sites below.',
      );
    })();
  };

  const addSite = (e: Event): void => {
    e.preventDefault();
    const site = normalizeSite(draft);
    if (!site) {
      onMessage(`“${draft}” is not a site address. Try example.org or https://blog.example.org.`);
      return;
    }
    void browser.permissions.request({ origins: [sitePattern(site)] }).then((granted) => {
      if (!granted) {
        onMessage(`Permission for ${site} was not granted.`);
        return;
      }
      setDraft('');
      void apply({ highlightMode: 'sites', sites: [...new Set([...settings.sites, site])] }).then(() =>
        onMessage(`Added ${site}.`),
      );
    });
  };

  const removeSite = (site: string): void => {
    void (async () => {
      await apply({ sites: settings.sites.filter((s) => s !== site) });
      // A site listed in the manifest (the test build's) cannot be removed; that is fine.
      await browser.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false);
      onMessage(`Removed ${site}.`);
    })();
  };

  const modes: { value: HighlightMode; label: string; hint: string }[] = [
    {
      value: 'off',
      label: 'Only when I click ClaimLens',
      hint: 'No access to any site until you click the toolbar button on it.',
    },
    {
      value: 'sites',
      label: 'Automatically on sites I choose',
      hint: 'ClaimLens asks for access to each site you add.',
    },
    {
      value: 'all',
      label: 'Automatically on every site',
      hint: 'Asks for access to all sites. Page text never leaves your browser.',
    },
  ];

  return (
    <div class="mode-form">
      <fieldset>
        <legend>Automatic highlighting</legend>
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
              <strong>{m.label}</strong>
              <span class="hint">{m.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {settings.highlightMode === 'sites' && (
        <div class="sites">
          <form onSubmit={addSite} class="add-site">
            <label for="site-input" class="sr-only">
              Site to highlight automatically
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
              Add site
            </button>
          </form>
          {settings.sites.length === 0 ? (
            <p class="hint">No sites yet. Add one above, or use “Always on” in the popup.</p>
          ) : (
            <ul class="site-list" aria-label="Sites highlighted automatically">
              {settings.sites.map((s) => (
                <li key={s}>
                  <span>{s}</span>
                  <button type="button" class="btn" aria-label={`Remove ${s}`} onClick={() => removeSite(s)}>
                    Remove
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
