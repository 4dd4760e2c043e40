// What each online check sends, and to whom, in the words the options page and the popup show. One entry per check
// id of the settings (a Record, so a new check without an entry does not compile); the README's privacy section says
// the same (tests/unit/verifiers-registry.test.ts holds it to naming each one).
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
const hosts = (...urls: string[]): string => urls.map(host).join(', ');
const registries = (s: Settings) => hosts(s.depsdevUrl, s.pypiUrl, s.npmUrl, s.packagistUrl);

/** Why: the options page lists these, with a switch each. */
export const ONLINE_CHECK_INFO: Readonly<Record<OnlineCheckId, OnlineCheckInfo>> = {
  imports: {
    title: 'Code imports: does each package exist?',
    sends: 'The names of the packages the article’s code imports.',
    to: registries,
  },
  'package-risk': {
    title: 'Package risk: new, single-version or deprecated packages',
    sends: 'The same package names; for a missing one, up to five similar names to check they exist.',
    to: registries,
  },
  'cited-works': {
    title: 'Cited works: does the cited paper exist?',
    sends:
      'Cited DOIs and arXiv ids; for a citation like “Koomey et al., 2016”, the surnames, the year and the citation as written (and your contact address, if you set one).',
    to: (s) => hosts(s.crossrefUrl, s.doiUrl, s.arxivUrl),
  },
  links: {
    title: 'Link health: do the article’s links still lead somewhere?',
    sends:
      'A request for each link in the article, as a click would make, and one for a made-up page per site folder (to spot “not found” pages served as normal ones).',
    to: () => 'the sites the article links to',
  },
  'source-mentions': {
    title: 'Does the source say it? The linked page is read for the claim’s number',
    sends: 'A request for the page each linked claim links to. The page is read here, in your browser.',
    to: () => 'the sites the article links to',
  },
};

/** Why: the checks in the options page's order, each with whether it needs "access to all sites". */
export const ONLINE_CHECK_LIST = ONLINE_CHECKS.map((id) => ({
  id,
  page: PAGE_CHECKS.includes(id),
  ...ONLINE_CHECK_INFO[id],
}));
