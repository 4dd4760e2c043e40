// The privacy policy, inside the extension (linked from the options and welcome pages): what each online check
// sends and to whom, built from the same list of checks and the same host table the verifiers use, with the
// user's own endpoints; what is stored where; which pages ClaimLens reads.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/ui.css';
import '../ui/pages.css';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { onlineCheckList } from '../ui/online-checks';
import { localizePage } from '../ui/page-language';

function Privacy() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    onSettingsChanged(setSettings, controller.signal);
    return () => controller.abort();
  }, []);

  return (
    <div class="page privacy">
      <header class="page-head">
        <img src="/icons/icon-128.png" alt="" width="40" height="40" />
        <h1>{t('privacyTitle')}</h1>
      </header>
      <p>{t('privacyIntro')}</p>

      <section aria-labelledby="h-checks">
        <h2 id="h-checks">{t('privacyChecksHeading')}</h2>
        <p class="hint">{t('privacyChecksIntro')}</p>
        <table class="checks-table">
          <thead>
            <tr>
              <th scope="col">{t('privacyColCheck')}</th>
              <th scope="col">{t('privacyColSends')}</th>
              <th scope="col">{t('privacyColTo')}</th>
              <th scope="col">{t('privacyColDefault')}</th>
            </tr>
          </thead>
          <tbody>
            {onlineCheckList().map((c) => (
              <tr key={c.id} data-check={c.id}>
                <th scope="row">{c.title}</th>
                <td>{c.sends}</td>
                <td class="to">{c.to(settings)}</td>
                <td>
                  {c.page
                    ? t('privacyDefaultPage')
                    : DEFAULT_SETTINGS.checks[c.id]
                      ? t('privacyDefaultOn')
                      : t('privacyDefaultOff')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="h-stored">
        <h2 id="h-stored">{t('privacyStoredHeading')}</h2>
        <p>{t('privacyStored')}</p>
      </section>

      <section aria-labelledby="h-access">
        <h2 id="h-access">{t('privacyAccessHeading')}</h2>
        <p>{t('privacyAccess')}</p>
      </section>
      <p class="hint">{t('privacyLanguageNote')}</p>
    </div>
  );
}

localizePage('privacyTitle');
render(<Privacy />, document.getElementById('app')!);
