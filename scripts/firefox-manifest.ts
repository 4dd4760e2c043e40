// Turns the Chrome manifest (manifest.json, the source of truth) into Firefox's: background scripts instead of a
// service worker, sidebar_action instead of side_panel, and the gecko settings AMO requires.

/** Why: the manifest is plain JSON; only the fields we touch are typed. */
export type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  permissions?: string[];
  icons?: Record<string, string>;
  side_panel?: { default_path: string };
  name?: string;
};

/** Why: one stable add-on id so storage and granted permissions survive updates. */
export const GECKO_ID = 'claimlens@claimlens.dev';

/** Why: `data_collection_permissions` is understood from Firefox 140 on; older versions would ignore the promise. */
export const GECKO_MIN_VERSION = '140.0';

/** Why: Firefox MV3 runs background scripts (an event page), has no sidePanel API and wants gecko settings. */
export function toFirefoxManifest(chrome: Manifest): Manifest {
  const { side_panel, minimum_chrome_version: _minChrome, background, permissions = [], ...rest } = chrome;
  const worker = background?.service_worker;
  const out: Manifest = {
    ...rest,
    permissions: permissions.filter((p) => p !== 'sidePanel'),
    background: { scripts: worker ? [worker] : (background?.scripts ?? []) },
    browser_specific_settings: {
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // ClaimLens sends package names to the configured registries and nothing else: no personal data.
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
  if (side_panel) {
    out.sidebar_action = {
      default_panel: side_panel.default_path,
      default_title: chrome.name ?? 'ClaimLens',
      default_icon: chrome.icons ?? {},
      open_at_install: false,
    };
  }
  return out;
}
