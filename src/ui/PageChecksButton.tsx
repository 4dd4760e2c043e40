// The popup's offer to check this article's links and linked sources: shown when the article has some and those
// checks are off (or their permission is not granted); one click asks the browser, with a plain explanation first.
import type { Report } from '../core/report';
import { t } from '../shared/i18n';
import { PAGE_CHECKS, type Settings } from '../shared/settings';
import { enablePageChecks, usePageAccess } from './page-access';

const hasPages = (r: Report): boolean =>
  r.links.some((l) => l.status === 'unchecked' && !!l.href && /^https?:\/\//i.test(l.href)) ||
  r.claims.some((c) => c.support === 'linked' && c.value !== undefined && !c.source);

/** Why: link health and "does the source say it" run only when the reader opts in; this is where they can. */
export function PageChecksButton({
  report,
  settings,
  onEnabled,
  onRefused,
}: {
  report: Report;
  settings: Settings;
  onEnabled(): void;
  onRefused(): void;
}) {
  const access = usePageAccess();
  const on = access && PAGE_CHECKS.every((id) => settings.checks[id]);
  if (!settings.online || on || !hasPages(report)) return null;
  return (
    <div class="note page-checks">
      <button
        type="button"
        class="btn"
        // permissions.request must run inside the click, before any await.
        onClick={() =>
          void enablePageChecks(settings, PAGE_CHECKS).then((ok) => (ok ? onEnabled() : onRefused()))
        }
      >
        {t('checkLinksAndSources')}
      </button>
      <span class="hint">{t('pageAccessExplanation')}</span>
    </div>
  );
}
