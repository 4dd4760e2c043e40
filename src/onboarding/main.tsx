// The page that opens once, on install: what ClaimLens does, what it sends where (nothing from the page), and
// the user's choice of automatic highlighting (off by default: least privilege).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/ui.css';
import '../ui/pages.css';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { HighlightModeForm } from '../ui/HighlightModeForm';

function Onboarding() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    onSettingsChanged(setSettings, controller.signal);
    return () => controller.abort();
  }, []);

  return (
    <div class="page">
      <div class="hero">
        <img src="/icons/icon-128.png" alt="" width="72" height="72" />
        <div>
          <h1 style="margin:0;font-size:24px">Welcome to ClaimLens</h1>
          <p>See which claims in a tech article stand on evidence, and which do not.</p>
        </div>
      </div>

      <section aria-labelledby="h-what">
        <h2 id="h-what">What it checks</h2>
        <ol class="steps">
          <li>
            <strong>Numbers without a source</strong>: “cuts costs by 37%”, “12x faster”, table metrics.
          </li>
          <li>
            <strong>Citations you cannot follow</strong>: “(Hartmann et al., 2019)” with no link.
          </li>
          <li>
            <strong>Placeholder and missing links</strong>: “(link)”, “see our GitHub repository” with no
            link.
          </li>
          <li>
            <strong>Made-up packages</strong> in code samples, checked against npm, PyPI and other registries.
          </li>
        </ol>
      </section>

      <section aria-labelledby="h-how">
        <h2 id="h-how">How do you want to use it?</h2>
        <p class="live" role="status" aria-live="polite">
          {message}
        </p>
        {settings && <HighlightModeForm settings={settings} onMessage={setMessage} />}
      </section>

      <section aria-labelledby="h-privacy">
        <h2 id="h-privacy">Your reading stays yours</h2>
        <p class="hint">
          Articles are analysed inside your browser. The only thing that leaves it is the name of a package a
          code sample imports, sent to deps.dev or PyPI to see whether it exists (you can turn that off in
          Settings). No analytics.
        </p>
      </section>

      <div class="done">
        <button type="button" class="btn primary" onClick={() => window.close()}>
          Done
        </button>
        <span class="hint">
          Pin ClaimLens to the toolbar, open an article and click it. Alt+Shift+L toggles highlights.
        </span>
      </div>
    </div>
  );
}

render(<Onboarding />, document.getElementById('app')!);
