// The options page: automatic highlighting, online checks and their endpoints, highlight colours, the cache.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import '../ui/ui.css';
import '../ui/pages.css';
import { t, tn, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messages';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STATUSES,
  parseBaseUrl,
  type HighlightStatus,
  type Settings,
} from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';
import { HighlightModeForm } from '../ui/HighlightModeForm';
import { LookupEndpoints, OnlineCheckSwitches } from '../ui/OnlineChecks';
import { localizePage } from '../ui/page-language';

const COLOR_LABEL: Record<HighlightStatus, MessageKey> = {
  unsupported: 'colorUnsupported',
  'cited-unlinked': 'groupCitedTitle',
  'link-problem': 'colorLinkProblem',
  linked: 'groupLinkedTitle',
};

// The privacy policy, an extension page built beside this one (vite.config.ts).
const PRIVACY_PAGE = '/src/privacy/index.html';

// Endpoints other than the two in the manifest need a host permission of their own (asked when saved).
const BUILT_IN = ['https://api.deps.dev', 'https://pypi.org', 'https://registry.npmjs.org'];

function Endpoints({ settings, say }: { settings: Settings; say(t: string): void }) {
  const [depsdev, setDepsdev] = useState(settings.depsdevUrl);
  const [pypi, setPypi] = useState(settings.pypiUrl);
  const [npm, setNpm] = useState(settings.npmUrl);
  useEffect(() => {
    setDepsdev(settings.depsdevUrl);
    setPypi(settings.pypiUrl);
    setNpm(settings.npmUrl);
  }, [settings.depsdevUrl, settings.pypiUrl, settings.npmUrl]);

  const save = (e: Event): void => {
    e.preventDefault();
    const d = parseBaseUrl(depsdev);
    const p = parseBaseUrl(pypi);
    const n = parseBaseUrl(npm);
    if (!d.ok || !p.ok || !n.ok) {
      say(t('badUrl', !d.ok ? 'deps.dev' : !p.ok ? 'PyPI' : t('npmRegistry')));
      return;
    }
    const origins = [d.url, p.url, n.url]
      .map((u) => new URL(u))
      .filter((u) => !BUILT_IN.includes(u.origin))
      .map((u) => `${u.protocol}//${u.hostname}/*`);
    const ask = origins.length > 0 ? browser.permissions.request({ origins }) : Promise.resolve(true);
    void ask.then(async (granted) => {
      if (!granted) {
        say(t('endpointRefused'));
        return;
      }
      await saveSettings({ depsdevUrl: d.url, pypiUrl: p.url, npmUrl: n.url });
      say(t('endpointsSaved'));
    });
  };

  return (
    <form onSubmit={save} class="endpoints">
      <label>
        deps.dev API
        <input
          type="url"
          value={depsdev}
          onInput={(e) => setDepsdev((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        PyPI
        <input
          type="url"
          value={pypi}
          onInput={(e) => setPypi((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('npmRegistry')}
        <input type="url" value={npm} onInput={(e) => setNpm((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="row">
        <button type="submit" class="btn primary">
          {t('saveEndpoints')}
        </button>
        <button
          type="button"
          class="btn"
          onClick={() =>
            void saveSettings({
              depsdevUrl: DEFAULT_SETTINGS.depsdevUrl,
              pypiUrl: DEFAULT_SETTINGS.pypiUrl,
              npmUrl: DEFAULT_SETTINGS.npmUrl,
            }).then(() => say(t('endpointsReset')))
          }
        >
          {t('usePublicEndpoints')}
        </button>
      </div>
    </form>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    onSettingsChanged(setSettings, controller.signal);
    return () => controller.abort();
  }, []);
  if (!settings) return null;

  const setColor = (status: HighlightStatus, value: string): void => {
    void saveSettings({ colors: { ...settings.colors, [status]: value } });
  };

  return (
    <div class="page">
      <header class="page-head">
        <img src="/icons/icon-128.png" alt="" width="40" height="40" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <p class="live" role="status" aria-live="polite">
        {message}
      </p>

      <section aria-labelledby="h-auto">
        <h2 id="h-auto">{t('sectionHighlighting')}</h2>
        <HighlightModeForm settings={settings} onMessage={setMessage} />
      </section>

      <section aria-labelledby="h-online">
        <h2 id="h-online">{t('sectionOnline')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.online}
            onChange={(e) => void saveSettings({ online: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>
            <strong>{t('onlineSwitch')}</strong>
            <span class="hint">{t('onlineSwitchHint')}</span>
          </span>
        </label>
        <OnlineCheckSwitches settings={settings} say={setMessage} />
        <Endpoints settings={settings} say={setMessage} />
        <LookupEndpoints settings={settings} say={setMessage} />
      </section>

      <section aria-labelledby="h-colors">
        <h2 id="h-colors">{t('highlightColours')}</h2>
        <p class="hint">{t('coloursHint')}</p>
        <div class="colors">
          {HIGHLIGHT_STATUSES.map((s) => (
            <label class="color" key={s}>
              <input
                type="color"
                value={settings.colors[s]}
                onInput={(e) => setColor(s, (e.currentTarget as HTMLInputElement).value)}
              />
              <span
                class="sample"
                style={`background: ${settings.colors[s]}40; border-bottom: 2px solid ${settings.colors[s]}`}
              >
                40%
              </span>
              {t(COLOR_LABEL[s])}
            </label>
          ))}
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.showLinked ?? true}
            onChange={(e) => void saveSettings({ showLinked: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>
            <strong>{t('showLinked')}</strong>
            <span class="hint">{t('showLinkedHint')}</span>
          </span>
        </label>
        <button
          type="button"
          class="btn"
          onClick={() =>
            void saveSettings({ colors: DEFAULT_SETTINGS.colors }).then(() => setMessage(t('coloursReset')))
          }
        >
          {t('resetColours')}
        </button>
      </section>

      <section aria-labelledby="h-cache">
        <h2 id="h-cache">{t('sectionCache')}</h2>
        <p class="hint">{t('cacheHint')}</p>
        <button
          type="button"
          class="btn"
          onClick={() =>
            void callBackground('cache:clear', {}).then(({ cleared }) =>
              setMessage(tn('cacheCleared', cleared)),
            )
          }
        >
          {t('clearCache')}
        </button>
      </section>

      <section aria-labelledby="h-keys">
        <h2 id="h-keys">{t('sectionKeyboard')}</h2>
        <p class="hint">{t('keyboardHint')}</p>
        <p class="hint">{t('keyboardCardsHint')}</p>
      </section>

      <section aria-labelledby="h-privacy">
        <h2 id="h-privacy">{t('sectionPrivacy')}</h2>
        <p>
          <a href={PRIVACY_PAGE} target="_blank" rel="noopener">
            {t('privacyLink')}
          </a>
        </p>
      </section>
    </div>
  );
}

localizePage('optionsTitle');
render(<Options />, document.getElementById('app')!);
