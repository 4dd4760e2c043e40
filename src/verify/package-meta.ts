// What a registry says about a package's history (its versions, when each was published, whether it is deprecated),
// from deps.dev (npm, PyPI, Go, Maven, Cargo, RubyGems), PyPI's JSON API (projects deps.dev has not seen yet) and
// Packagist; and deps.dev's similarly-named packages for a name that does not exist.
import type { ImportRef, Registry } from '../core/report';
import type { PackageRisk } from '../core/report-verify';
import { parseJson } from './http';
import { fetchText } from './lookup-request';
import { packagistPackageUrl, packagistVersions } from './packagist';
import { depsdevPackageUrl, normalizePypiName, pypiProjectUrl } from './registry';
import type { VerifyContext } from './verifier';

/** Why: one version as every registry can describe it. */
export interface VersionInfo {
  published?: string;
  deprecated?: boolean;
  isDefault?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;
/** Why: slopsquatting registers the invented name shortly before (or after) the post that invents it. */
export const NEW_PACKAGE_DAYS = 30;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Why: the risk flags from a version list; pure, so the thresholds are tested without a network. */
export function assessVersions(versions: VersionInfo[], now: number): PackageRisk {
  const times = versions
    .map((v) => (v.published ? Date.parse(v.published) : Number.NaN))
    .filter((t) => !Number.isNaN(t))
    .sort((a, b) => a - b);
  const first = times[0];
  const flags: PackageRisk['flags'] = [];
  const why: string[] = [];
  if (first !== undefined && now - first < NEW_PACKAGE_DAYS * DAY) {
    flags.push('new');
    const days = Math.max(0, Math.floor((now - first) / DAY));
    why.push(`first published ${days} day${days === 1 ? '' : 's'} ago`);
  }
  if (versions.length === 1) {
    flags.push('single-version');
    why.push('has a single version');
  }
  const current = versions.find((v) => v.isDefault) ?? versions[versions.length - 1];
  if (current?.deprecated) {
    flags.push('deprecated');
    why.push('is deprecated');
  }
  return {
    flags,
    ...(first !== undefined && { firstPublished: new Date(first).toISOString().slice(0, 10) }),
    versions: versions.length,
    reason: why.length ? why.join(', ') : `${versions.length} versions, nothing unusual`,
  };
}

function depsdevVersions(body: unknown): VersionInfo[] | null {
  if (!isObject(body) || !Array.isArray(body.versions)) return null;
  return body.versions.filter(isObject).map((v) => ({
    ...(typeof v.publishedAt === 'string' && { published: v.publishedAt }),
    ...(v.isDeprecated === true && { deprecated: true }),
    ...(v.isDefault === true && { isDefault: true }),
  }));
}

function pypiVersions(body: unknown): VersionInfo[] | null {
  if (!isObject(body) || !isObject(body.releases)) return null;
  return Object.values(body.releases).map((files) => {
    const times = (Array.isArray(files) ? files : [])
      .filter(isObject)
      .map((f) => f.upload_time_iso_8601 ?? f.upload_time)
      .filter((t): t is string => typeof t === 'string')
      .sort();
    return times[0] ? { published: times[0] } : {};
  });
}

/** Why: a package's versions from the registry that knows it best; null when no registry answered clearly. */
export async function packageVersions(
  ctx: VerifyContext,
  registry: Registry,
  name: string,
): Promise<VersionInfo[] | null> {
  const c = ctx.config;
  if (registry === 'packagist') {
    const got = await fetchText(ctx, packagistPackageUrl(c.packagistUrl, name), 'Packagist');
    if (got.kind !== 'answered' || got.status !== 200) return null;
    const body = parseJson(got.body);
    const list = packagistVersions(body, name);
    const abandoned = isObject(body) && JSON.stringify(body).includes('"abandoned":');
    return list.length
      ? list.map((v, i) => ({
          published: v.time,
          ...(i === 0 && abandoned && { deprecated: true, isDefault: true }),
        }))
      : null;
  }
  const pkg = registry === 'pypi' ? normalizePypiName(name) : name;
  const d = await fetchText(ctx, depsdevPackageUrl(c.depsdevUrl, registry, pkg), 'deps.dev');
  if (d.kind === 'answered' && d.status === 200) {
    const versions = depsdevVersions(parseJson(d.body));
    if (versions?.length) return versions;
  }
  if (registry !== 'pypi') return null;
  const p = await fetchText(ctx, pypiProjectUrl(c.pypiUrl, pkg), 'PyPI');
  if (p.kind !== 'answered' || p.status !== 200) return null;
  const versions = pypiVersions(parseJson(p.body));
  return versions?.length ? versions : null;
}

/** Why: exposed so tests and docs can show exactly what a "did you mean" asks deps.dev. */
export function similarNamesUrl(base: string, registry: Registry, name: string): string {
  return `${base}/v3alpha/systems/${registry.toUpperCase()}/packages/${encodeURIComponent(name)}:similarlyNamedPackages`;
}

/** Why: deps.dev's own "similarly named" list for a missing name; null when it did not answer (not cached). */
export async function similarNames(ctx: VerifyContext, ref: ImportRef): Promise<string[] | null> {
  if (!ref.registry || !ref.package || ref.registry === 'packagist') return [];
  const got = await fetchText(
    ctx,
    similarNamesUrl(ctx.config.depsdevUrl, ref.registry, ref.package),
    'deps.dev',
  );
  if (got.kind !== 'answered' || got.status !== 200) return null;
  const body = parseJson(got.body);
  if (!isObject(body) || !Array.isArray(body.packages)) return null;
  return body.packages
    .filter(isObject)
    .map((p) => (isObject(p.packageKey) ? p.packageKey.name : p.name))
    .filter((n): n is string => typeof n === 'string' && n !== '')
    .slice(0, 10);
}
