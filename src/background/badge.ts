// The toolbar badge: how many high-severity findings this tab's page has, at a glance.
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/tab-state';
import { t, tn } from '../shared/i18n';

/** Why: the badge's text, colour and tooltip for a state (pure, so it is tested without a browser). */
export function badgeFor(state: TabState): { text: string; title: string } {
  if (state.status !== 'ready' || !state.report || state.source !== 'page') {
    return { text: '', title: t('actionTitle') };
  }
  const high = state.report.summary.findings.high;
  const total = state.report.findings.length;
  const text = high > 999 ? '999+' : high > 0 ? String(high) : '';
  const title = total === 0 ? t('badgeNothingFlagged') : tn('badgeHigh', high, total);
  return { text, title };
}

/** Why: Okabe-Ito vermillion, readable with white text and distinct from the page highlight colours. */
const BADGE_COLOR = '#B8410B';

/** Why: applied on every state change of a tab; a closed tab makes these calls fail, which is fine. */
export async function updateBadge(state: TabState): Promise<void> {
  const { text, title } = badgeFor(state);
  try {
    await Promise.all([
      browser.action.setBadgeBackgroundColor({ tabId: state.tabId, color: BADGE_COLOR }),
      browser.action.setBadgeText({ tabId: state.tabId, text }),
      browser.action.setTitle({ tabId: state.tabId, title }),
    ]);
  } catch {
    // The tab is gone.
  }
}
