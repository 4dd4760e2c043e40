// Packagist, the Composer registry, for PHP imports (deps.dev has no Packagist). Its metadata API serves one static
// file per package: `GET {base}/p2/{vendor}/{package}.json` -> `{ packages: { "vendor/package": [versions] } }`.

/** Why: the public endpoint, used when nothing overrides it (CLAIMLENS_PACKAGIST_URL, the options page). */
export const DEFAULT_PACKAGIST_URL = 'https://repo.packagist.org';

/** Why: Composer names are "vendor/package", lower case; anything else cannot be on Packagist. */
export function isComposerName(name: string): boolean {
  return /^[a-z0-9]([_.-]?[a-z0-9]+)*\/[a-z0-9](([_.]|-{1,2})?[a-z0-9]+)*$/.test(name);
}

/** Why: exposed so tests and docs can show exactly which URL a lookup asks. */
export function packagistPackageUrl(base: string, name: string): string {
  const [vendor = '', pkg = ''] = name.split('/');
  return `${base}/p2/${encodeURIComponent(vendor)}/${encodeURIComponent(pkg)}.json`;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Why: a 2xx that really lists versions of a package (not a CDN's HTML error page). */
export function packagistFound(body: unknown): boolean {
  return isObject(body) && isObject(body.packages) && Object.values(body.packages).some(Array.isArray);
}

/** Why: Packagist's 404 for a name it does not have; a 404 that says nothing (a wrong base URL) is not one. */
export function packagistNotFound(body: unknown, raw: string): boolean {
  if (isObject(body)) return body.status === 'error' || /not found/i.test(String(body.message ?? ''));
  return /not found/i.test(raw.slice(0, 2000));
}

/** Why: package risk reads versions and their release times from the same file. */
export function packagistVersions(body: unknown, name: string): { version: string; time?: string }[] {
  if (!isObject(body) || !isObject(body.packages)) return [];
  const list = body.packages[name];
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((v) => ({
    version: String(v.version ?? ''),
    ...(typeof v.time === 'string' && { time: v.time }),
  }));
}
