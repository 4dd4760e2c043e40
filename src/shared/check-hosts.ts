// Whom each online check asks: one table for the verifiers that make the requests (src/verify/verifiers) and the
// pages that tell the user (options, privacy policy), so what the user reads is what the code does.
import type { OnlineCheckId, Settings } from './settings';

/** Why: the lookup services' base URLs, as settings (the extension) or the verify config (the CLI) hold them. */
export type LookupUrls = Pick<
  Settings,
  'depsdevUrl' | 'pypiUrl' | 'npmUrl' | 'packagistUrl' | 'crossrefUrl' | 'doiUrl' | 'arxivUrl'
>;

/** Why: the hosts one check asks: configured services, and whether the article's own link targets too. */
export interface CheckHosts {
  /** Configured services (registries, Crossref, doi.org, arXiv). */
  endpoints: string[];
  /** The article's own link targets. */
  articleLinks: boolean;
}

/** Why: each verifier's `hosts`, and the privacy page's "to whom" column. */
export const CHECK_HOSTS: Readonly<Record<OnlineCheckId, (urls: LookupUrls) => CheckHosts>> = {
  imports: (c) => ({ endpoints: [c.depsdevUrl, c.pypiUrl, c.npmUrl, c.packagistUrl], articleLinks: false }),
  'package-risk': (c) => ({ endpoints: [c.depsdevUrl, c.pypiUrl, c.packagistUrl], articleLinks: false }),
  'cited-works': (c) => ({ endpoints: [c.crossrefUrl, c.doiUrl, c.arxivUrl], articleLinks: false }),
  links: () => ({ endpoints: [], articleLinks: true }),
  'source-mentions': () => ({ endpoints: [], articleLinks: true }),
};
