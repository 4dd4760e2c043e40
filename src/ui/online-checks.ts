// What each online check sends, and to whom, in the words the options page, the popup and the privacy policy show.
// One entry per check id of the settings (a Record, so a new check without an entry does not compile); whom it asks
// comes from the same table the verifiers use (src/shared/check-hosts.ts). The README's privacy section says the
// same (tests/unit/verifiers-registry.test.ts holds it to naming each one).
import { CHECK_HOSTS } from '../shared/check-hosts';
import { t, type MessageKey } from '../shared/i18n';
import { ONLINE_CHECKS, PAGE_CHECKS, type OnlineCheckId, type Settings } from '../shared/settings';

/** Why: a check as a reader decides about it: its name, what leaves the browser, where it goes. */
export interface OnlineCheckInfo {
  title: string;
  sends: string;
  to(settings: Settings): string;
}

const host = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

const WORDS: Readonly<Record<OnlineCheckId, { title: MessageKey; sends: MessageKey }>> = {
  imports: { title: 'checkImportsTitle', sends: 'checkImportsSends' },
  'package-risk': { title: 'checkPackageRiskTitle', sends: 'checkPackageRiskSends' },
  'cited-works': { title: 'checkCitedWorksTitle', sends: 'checkCitedWorksSends' },
  links: { title: 'checkLinksTitle', sends: 'checkLinksSends' },
  'source-mentions': { title: 'checkSourceMentionsTitle', sends: 'checkSourceMentionsSends' },
};

/** Why: the hosts a check asks with these settings, in words ("api.deps.dev, pypi.org"). */
export function checkRecipients(id: OnlineCheckId, settings: Settings): string {
  const { endpoints, articleLinks } = CHECK_HOSTS[id](settings);
  return [...new Set(endpoints.map(host))].concat(articleLinks ? [t('articleLinkedSites')] : []).join(', ');
}

/** Why: the words for one check, in the reader's language. */
export function onlineCheckInfo(id: OnlineCheckId): OnlineCheckInfo {
  return { title: t(WORDS[id].title), sends: t(WORDS[id].sends), to: (s) => checkRecipients(id, s) };
}

/** Why: the checks in the options page's order, each with whether it needs "access to all sites". */
export function onlineCheckList(): (OnlineCheckInfo & { id: OnlineCheckId; page: boolean })[] {
  return ONLINE_CHECKS.map((id) => ({ id, page: PAGE_CHECKS.includes(id), ...onlineCheckInfo(id) }));
}
