// The line under the summary that says where the online checks stand: running, off, or unable to verify some
// packages (unknown, never missing).
import { t, tn } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import type { TabState } from '../shared/tab-state';

/** Why: "not verified" and "could not verify" must read differently from "missing". */
export function OnlineNote({ state, settings }: { state: TabState; settings: Settings }) {
  if (
    state.online === 'pending' &&
    settings.online &&
    !state.report?.imports.some((i) => i.registry !== null)
  )
    return (
      <p class="note" role="status">
        {t('onlinePendingWorks')}
      </p>
    );
  const imports =
    state.report?.imports.filter(
      (i) => i.registry !== null && i.status !== 'builtin' && i.status !== 'local',
    ) ?? [];
  if (imports.length === 0) return null;
  const unknown = imports.filter((i) => i.status === 'unknown').length;
  if (state.online === 'off' || !settings.online) {
    return <p class="note warn">{t('onlineOffImports')}</p>;
  }
  if (state.online === 'pending')
    return (
      <p class="note" role="status">
        {t('onlinePendingPackages')}
      </p>
    );
  if (state.online === 'failed' || unknown > 0) {
    return (
      <p class="note warn" role="status">
        {tn('packagesUnverified', unknown)}
      </p>
    );
  }
  return null;
}
