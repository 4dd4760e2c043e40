// The options page's online checks: one switch per check, each saying what it sends and to whom; the checks that
// request the article's own links ask for "access to all sites" first, with a plain explanation; and the endpoints of
// Packagist, Crossref, doi.org and arXiv with Crossref's contact address.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, isMailAddress, parseBaseUrl, type Settings } from '../shared/settings';
import { saveSettings } from '../shared/settings-store';
import { onlineCheckList } from './online-checks';
import { disablePageCheck, enablePageChecks, usePageAccess } from './page-access';

// Endpoints the manifest grants; any other needs a host permission of its own (asked when saved).
const BUILT_IN = [
  'https://repo.packagist.org',
  'https://api.crossref.org',
  'https://doi.org',
  'https://export.arxiv.org',
];
type Field = 'packagistUrl' | 'crossrefUrl' | 'doiUrl' | 'arxivUrl';
const FIELDS: [Field, string][] = [
  ['packagistUrl', 'Packagist'],
  ['crossrefUrl', 'Crossref API'],
  ['doiUrl', 'doi.org'],
  ['arxivUrl', 'arXiv API'],
];

/** Why: a switch per online check, with what it sends and to whom, on the options page. */
export function OnlineCheckSwitches({ settings, say }: { settings: Settings; say(t: string): void }) {
  const access = usePageAccess();
  return (
    <div class="online-checks">
      {onlineCheckList().map((c) => {
        const on = settings.checks[c.id] && (!c.page || access);
        const toggle = (want: boolean): void => {
          if (!c.page) {
            void saveSettings({ checks: { ...settings.checks, [c.id]: want } });
            return;
          }
          // permissions.request must run inside the click, before any await.
          if (want)
            void enablePageChecks(settings, [c.id]).then((granted) =>
              say(granted ? t('checkTurnedOn', c.title) : t('allSitesRefusedCheckOff')),
            );
          else void disablePageCheck(settings, c.id);
        };
        return (
          <label class="check" key={c.id} data-check={c.id}>
            <input
              type="checkbox"
              checked={on}
              disabled={!settings.online}
              onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>
              <strong>{c.title}</strong>
              <span class="hint">{t('checkSendsTo', c.sends, c.to(settings))}</span>
              {c.page && <span class="hint">{t('pageAccessExplanation')}</span>}
            </span>
          </label>
        );
      })}
    </div>
  );
}

/** Why: the lookup services' addresses (mirrors, test servers) and the contact address Crossref asks for. */
export function LookupEndpoints({ settings, say }: { settings: Settings; say(t: string): void }) {
  const [draft, setDraft] = useState<Record<Field | 'mailto', string>>(settings);
  useEffect(() => setDraft(settings), [settings]);
  const save = (e: Event): void => {
    e.preventDefault();
    const parsed = FIELDS.map(([field, label]) => ({ field, label, url: parseBaseUrl(draft[field]) }));
    const bad = parsed.find((p) => !p.url.ok);
    if (bad) return say(t('badUrl', bad.label));
    const mailto = draft.mailto.trim();
    if (mailto && !isMailAddress(mailto)) return say(t('badMailto'));
    const urls = Object.fromEntries(parsed.map((p) => [p.field, p.url.ok ? p.url.url : ''])) as Record<
      Field,
      string
    >;
    const origins = Object.values(urls)
      .map((u) => new URL(u))
      .filter((u) => !BUILT_IN.includes(u.origin))
      .map((u) => `${u.protocol}//${u.hostname}/*`);
    const ask = origins.length > 0 ? browser.permissions.request({ origins }) : Promise.resolve(true);
    void ask.then(async (granted) => {
      if (!granted) return say(t('endpointRefused'));
      await saveSettings({ ...urls, mailto });
      say(t('lookupsSaved'));
    });
  };
  const reset = (): void => {
    const d = DEFAULT_SETTINGS;
    void saveSettings({
      packagistUrl: d.packagistUrl,
      crossrefUrl: d.crossrefUrl,
      doiUrl: d.doiUrl,
      arxivUrl: d.arxivUrl,
    }).then(() => say(t('lookupsReset')));
  };
  const set = (name: Field | 'mailto') => (e: Event) =>
    setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value });
  return (
    <form onSubmit={save} class="endpoints lookups">
      {FIELDS.map(([name, label]) => (
        <label key={name}>
          {label}
          <input type="url" name={name} value={draft[name]} onInput={set(name)} />
        </label>
      ))}
      <label>
        {t('mailtoLabel')}
        <input type="email" name="mailto" value={draft.mailto} onInput={set('mailto')} />
      </label>
      <div class="row">
        <button type="submit" class="btn primary">
          {t('saveLookups')}
        </button>
        <button type="button" class="btn" onClick={reset}>
          {t('usePublicServices')}
        </button>
      </div>
    </form>
  );
}
