// The line under the summary that says where the online checks stand: running, off, or unable to verify some
// packages (unknown, never missing).
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
        Checking cited works, links and sources online…
      </p>
    );
  const imports =
    state.report?.imports.filter(
      (i) => i.registry !== null && i.status !== 'builtin' && i.status !== 'local',
    ) ?? [];
  if (imports.length === 0) return null;
  const unknown = imports.filter((i) => i.status === 'unknown').length;
  if (state.online === 'off' || !settings.online) {
    return <p class="note warn">Online checks off: imports not verified.</p>;
  }
  if (state.online === 'pending')
    return (
      <p class="note" role="status">
        Checking packages against their registries…
      </p>
    );
  if (state.online === 'failed' || unknown > 0) {
    return (
      <p class="note warn" role="status">
        {unknown} package{unknown === 1 ? '' : 's'} could not be verified (the registry did not answer): shown
        as unknown, not missing.
      </p>
    );
  }
  return null;
}
