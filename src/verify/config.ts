// Endpoint configuration: environment variables with public defaults, validated once.

/** Why: the public endpoints, used when nothing overrides them (tests and mirrors do). */
export const DEFAULT_DEPSDEV_URL = 'https://api.deps.dev';
export const DEFAULT_PYPI_URL = 'https://pypi.org';

/** Why: a typo'd base URL should fail loudly at start-up, not turn every lookup into "unknown". */
export function normalizeBaseUrl(raw: string, label: string): string {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${label} is not a valid URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${label} must be an http(s) URL: ${JSON.stringify(value)}`);
  }
  if (url.search || url.hash)
    throw new Error(`${label} must not have a query or fragment: ${JSON.stringify(value)}`);
  return url.href.replace(/\/+$/, '');
}

/** Why: CLI and tests point lookups at mirrors or local servers via CLAIMLENS_DEPSDEV_URL / CLAIMLENS_PYPI_URL. */
export function configFromEnv(env: Record<string, string | undefined>): {
  depsdevUrl: string;
  pypiUrl: string;
} {
  const pick = (name: string, fallback: string): string => {
    const v = env[name];
    return normalizeBaseUrl(v && v.trim() ? v : fallback, name);
  };
  return {
    depsdevUrl: pick('CLAIMLENS_DEPSDEV_URL', DEFAULT_DEPSDEV_URL),
    pypiUrl: pick('CLAIMLENS_PYPI_URL', DEFAULT_PYPI_URL),
  };
}
