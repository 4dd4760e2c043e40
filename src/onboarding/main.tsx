// The page that opens once, on install: what ClaimLens does, what it sends where (nothing from the page), and
// the user's choice of automatic highlighting (off by default: least privilege).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/ui.css';
import '../ui/pages.css';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { HighlightModeForm } from '../ui/HighlightModeForm';
import { localizePage } from '../ui/page-language';

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
          <h1 style="margin:0;font-size:24px">{t('welcomeTitle')}</h1>
          <p>{t('welcomeTagline')}</p>
        </div>
      </div>

      <section aria-labelledby="h-what">
        <h2 id="h-what">{t('whatItChecks')}</h2>
        <ol class="steps">
          <li>
            <strong>{t('stepNumbersLabel')}</strong>: {t('stepNumbersText')}
          </li>
          <li>
            <strong>{t('stepCitationsLabel')}</strong>: {t('stepCitationsText')}
          </li>
          <li>
            <strong>{t('groupLinksTitle')}</strong>: {t('stepLinksText')}
          </li>
          <li>
            <strong>{t('stepPackagesLabel')}</strong> {t('stepPackagesText')}
          </li>
        </ol>
      </section>

      <section aria-labelledby="h-how">
        <h2 id="h-how">{t('howToUse')}</h2>
        <p class="live" role="status" aria-live="polite">
          {message}
        </p>
        {settings && <HighlightModeForm settings={settings} onMessage={setMessage} />}
      </section>

      <section aria-labelledby="h-privacy">
        <h2 id="h-privacy">{t('readingStaysYours')}</h2>
        <p class="hint">{t('onboardingPrivacy')}</p>
        <p>
          <a href="/src/privacy/index.html" target="_blank" rel="noopener">
            {t('privacyLink')}
          </a>
        </p>
      </section>

      <div class="done">
        <button type="button" class="btn primary" onClick={() => window.close()}>
          {t('done')}
        </button>
        <span class="hint">{t('doneHint')}</span>
      </div>
    </div>
  );
}

localizePage('welcomeTitle');
render(<Onboarding />, document.getElementById('app')!);
