// User settings, shared by every browser context. Stored in storage.sync (small) with defaults here.

/** Why: automatic highlighting is the user's choice, per the least-privilege promise. */
export type HighlightMode = 'all' | 'sites' | 'off';

/** Why: one place that says what a user can change, and what it is before they do. */
export interface Settings {
  highlightMode: HighlightMode;
  /** Origins ("https://example.org") where highlighting runs when mode is 'sites'. */
  sites: string[];
  online: boolean;
  depsdevUrl: string;
  pypiUrl: string;
  colors: Record<'unsupported' | 'cited-unlinked' | 'linked' | 'link-problem', string>;
}

/** Why: a colour-blind-safe palette (Okabe-Ito) by default. */
export const DEFAULT_SETTINGS: Settings = {
  highlightMode: 'off',
  sites: [],
  online: true,
  depsdevUrl: 'https://api.deps.dev',
  pypiUrl: 'https://pypi.org',
  colors: {
    unsupported: '#E69F00',
    'cited-unlinked': '#56B4E9',
    linked: '#009E73',
    'link-problem': '#CC79A7',
  },
};
