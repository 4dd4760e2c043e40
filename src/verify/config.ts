// Endpoint configuration: environment variables with public defaults, validated once (by the same rule as the
// extension's settings, shared/settings.ts).
import { DEFAULT_SETTINGS, isMailAddress, parseBaseUrl } from '../shared/settings';

/** Why: the public endpoints, used when nothing overrides them (tests and mirrors do). */
export const DEFAULT_DEPSDEV_URL = 'https://api.deps.dev';
/** Why: PyPI's own JSON API, the second opinion before a Python package is called missing. */
export const DEFAULT_PYPI_URL = 'https://pypi.org';
/** Why: the npm registry's own metadata API, the second opinion before an npm package is called missing. */
export const DEFAULT_NPM_URL = 'https://registry.npmjs.org';

/** Why: a typo'd base URL should fail loudly at start-up, not turn every lookup into "unknown". */
export function normalizeBaseUrl(raw: string, label: string): string {
  const parsed = parseBaseUrl(raw);
  if (!parsed.ok) throw new Error(`${label} ${parsed.problem}: ${JSON.stringify(raw.trim())}`);
  return parsed.url;
}

/** Why: the environment variables that override the public endpoints. */
export type EndpointVariable =
  | 'CLAIMLENS_DEPSDEV_URL'
  | 'CLAIMLENS_PYPI_URL'
  | 'CLAIMLENS_NPM_URL'
  | 'CLAIMLENS_PACKAGIST_URL'
  | 'CLAIMLENS_CROSSREF_URL'
  | 'CLAIMLENS_DOI_URL'
  | 'CLAIMLENS_ARXIV_URL';

// The extension's defaults (shared/settings.ts) are the CLI's: one list of public endpoints.
const DEFAULTS: Record<EndpointVariable, string> = {
  CLAIMLENS_DEPSDEV_URL: DEFAULT_DEPSDEV_URL,
  CLAIMLENS_PYPI_URL: DEFAULT_PYPI_URL,
  CLAIMLENS_NPM_URL: DEFAULT_NPM_URL,
  CLAIMLENS_PACKAGIST_URL: DEFAULT_SETTINGS.packagistUrl,
  CLAIMLENS_CROSSREF_URL: DEFAULT_SETTINGS.crossrefUrl,
  CLAIMLENS_DOI_URL: DEFAULT_SETTINGS.doiUrl,
  CLAIMLENS_ARXIV_URL: DEFAULT_SETTINGS.arxivUrl,
};

/** Why: one endpoint from its variable; unset or blank means the public default, anything else must be a URL. */
export function baseUrlFromEnv(env: Record<string, string | undefined>, name: EndpointVariable): string {
  const value = env[name];
  return normalizeBaseUrl(value && value.trim() ? value : DEFAULTS[name], name);
}

/** Why: CLI and tests point lookups at mirrors or local servers via CLAIMLENS_DEPSDEV_URL / _PYPI_URL / _NPM_URL. */
export function configFromEnv(env: Record<string, string | undefined>): {
  depsdevUrl: string;
  pypiUrl: string;
  npmUrl: string;
} {
  return {
    depsdevUrl: baseUrlFromEnv(env, 'CLAIMLENS_DEPSDEV_URL'),
    pypiUrl: baseUrlFromEnv(env, 'CLAIMLENS_PYPI_URL'),
    npmUrl: baseUrlFromEnv(env, 'CLAIMLENS_NPM_URL'),
  };
}

/** Why: the endpoints of the cited-work and Packagist lookups, and Crossref's contact address (CLAIMLENS_MAILTO). */
export interface LookupEndpoints {
  packagistUrl: string;
  crossrefUrl: string;
  doiUrl: string;
  arxivUrl: string;
  mailto: string;
}

/** Why: the CLI reads these from the environment as it reads the registries'; a bad one fails at start-up. */
export function lookupEndpointsFromEnv(env: Record<string, string | undefined>): LookupEndpoints {
  const mailto = env.CLAIMLENS_MAILTO?.trim() ?? '';
  if (mailto && !isMailAddress(mailto))
    throw new Error(`CLAIMLENS_MAILTO is not an e-mail address: "${mailto}"`);
  return {
    packagistUrl: baseUrlFromEnv(env, 'CLAIMLENS_PACKAGIST_URL'),
    crossrefUrl: baseUrlFromEnv(env, 'CLAIMLENS_CROSSREF_URL'),
    doiUrl: baseUrlFromEnv(env, 'CLAIMLENS_DOI_URL'),
    arxivUrl: baseUrlFromEnv(env, 'CLAIMLENS_ARXIV_URL'),
    mailto,
  };
}
