// The options page: automatic highlighting, online checks and their endpoints, highlight colours, the cache.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import '../ui/ui.css';
import '../ui/pages.css';
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

const COLOR_LABEL: Record<HighlightStatus, string> = {
  unsupported: 'Unsupported claims',
  'cited-unlinked': 'Cited but unlinked',
  'link-problem': 'Placeholder and missing links, made-up packages',
  linked: 'Linked claims',
};

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
      const which = !d.ok ? 'The deps.dev URL' : !p.ok ? 'The PyPI URL' : 'The npm registry URL';
      say(`${which} must be an http(s) address without ? or #.`);
      return;
    }
    const origins = [d.url, p.url, n.url]
      .map((u) => new URL(u))
      .filter((u) => !BUILT_IN.includes(u.origin))
      .map((u) => `${u.protocol}//${u.hostname}/*`);
    const ask = origins.length > 0 ? browser.permissions.request({ origins }) : Promise.resolve(true);
    void ask.then(async (granted) => {
      if (!granted) {
        say('Access to that endpoint was not granted; the endpoints were not changed.');
        return;
      }
      await saveSettings({ depsdevUrl: d.url, pypiUrl: p.url, npmUrl: n.url });
      say('Endpoints saved.');
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
        npm registry
        <input type="url" value={npm} onInput={(e) => setNpm((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="row">
        <button type="submit" class="btn primary">
          Save endpoints
        </button>
        <button
          type="button"
          class="btn"
          onClick={() =>
            void saveSettings({
              depsdevUrl: DEFAULT_SETTINGS.depsdevUrl,
              pypiUrl: DEFAULT_SETTINGS.pypiUrl,
              npmUrl: DEFAULT_SETTINGS.npmUrl,
            }).then(() => say('Endpoints reset.'))
          }
        >
          Use the public endpoints
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
        <h1>ClaimLens settings</h1>
      </header>
      <p class="live" role="status" aria-live="polite">
        {message}
      </p>

      <section aria-labelledby="h-auto">
        <h2 id="h-auto">Highlighting</h2>
        <HighlightModeForm settings={settings} onMessage={setMessage} />
      </section>

      <section aria-labelledby="h-online">
        <h2 id="h-online">Online checks</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.online}
            onChange={(e) => void saveSettings({ online: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>
            <strong>Online checks: verify code imports, cited works and links</strong>
            <span class="hint">
              Off: nothing leaves your browser. On: each check below sends only what it says. Page text stays
              in your browser.
            </span>
          </span>
        </label>
        <OnlineCheckSwitches settings={settings} say={setMessage} />
        <Endpoints settings={settings} say={setMessage} />
        <LookupEndpoints settings={settings} say={setMessage} />
      </section>

      <section aria-labelledby="h-colors">
        <h2 id="h-colors">Highlight colours</h2>
        <p class="hint">
          The default palette (Okabe–Ito) is distinguishable with every common form of colour blindness.
        </p>
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
              {COLOR_LABEL[s]}
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
            <strong>Highlight linked claims too</strong>
            <span class="hint">Off shows only what needs a closer look.</span>
          </span>
        </label>
        <button
          type="button"
          class="btn"
          onClick={() =>
            void saveSettings({ colors: DEFAULT_SETTINGS.colors }).then(() => setMessage('Colours reset.'))
          }
        >
          Reset colours
        </button>
      </section>

      <section aria-labelledby="h-cache">
        <h2 id="h-cache">Cache</h2>
        <p class="hint">
          Answers are kept for a while (packages that exist: 7 days, missing: 1 hour; cited works: 1 to 30
          days).
        </p>
        <button
          type="button"
          class="btn"
          onClick={() =>
            void callBackground('cache:clear', {}).then(({ cleared }) =>
              setMessage(`Cleared ${cleared} cached answer${cleared === 1 ? '' : 's'}.`),
            )
          }
        >
          Clear cache
        </button>
      </section>

      <section aria-labelledby="h-keys">
        <h2 id="h-keys">Keyboard</h2>
        <p class="hint">
          Alt+Shift+L shows or hides highlights on the current page. Change it in your browser’s extension
          shortcuts.
        </p>
        <p class="hint">
          Alt+Shift+J and Alt+Shift+K open the card of the next and previous highlight, with focus in it: Tab
          reaches its links, Escape closes it.
        </p>
      </section>
    </div>
  );
}

render(<Options />, document.getElementById('app')!);
