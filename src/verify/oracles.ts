// The services asked whether a package exists, and how each one says "yes", "no such package" or something else.
// deps.dev knows every registry but Packagist; npm and PyPI also answer for their own packages, so a `missing` there rests on two
// independent answers.
import type { Registry } from '../core/report';
import { packagistFound, packagistNotFound, packagistPackageUrl } from './packagist';

/** Why: one service's URL for a package and its way of saying found / not found. */
export interface Oracle {
  label: string;
  url(name: string): string;
  /** A 2xx body that really describes a package (not a captive portal or an HTML error page). */
  isFound(body: unknown): boolean;
  /** A 404 body that really says "no such package" (not a wrong base URL); `raw` when it is not JSON. */
  isNotFound(body: unknown, raw: string): boolean;
  /** Request headers (the npm registry's short metadata form). */
  headers?: Record<string, string>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const saysNotFound = (text: unknown): boolean => typeof text === 'string' && /not found/i.test(text);

/** Why: exposed so tests and docs can show exactly which URL a lookup asks. */
export function depsdevPackageUrl(base: string, registry: Registry, name: string): string {
  // The report's registry names are deps.dev's system names in lower case.
  return `${base}/v3/systems/${registry.toUpperCase()}/packages/${encodeURIComponent(name)}`;
}

/** Why: PyPI's JSON API is the authority on PyPI projects; deps.dev can lag behind a fresh upload. */
export function pypiProjectUrl(base: string, name: string): string {
  return `${base}/pypi/${encodeURIComponent(name)}/json`;
}

/** Why: the npm registry's own metadata endpoint, `GET {npm}/{name}`; a scope keeps its "@", its slash is %2F. */
export function npmPackageUrl(base: string, name: string): string {
  return name.startsWith('@')
    ? `${base}/@${encodeURIComponent(name.slice(1))}`
    : `${base}/${encodeURIComponent(name)}`;
}

/** Why: deps.dev, the first oracle for every registry. */
export function depsdevOracle(base: string, registry: Registry): Oracle {
  return {
    label: 'deps.dev',
    url: (name) => depsdevPackageUrl(base, registry, name),
    isFound: (b) => isObject(b) && isObject(b.packageKey),
    // gRPC code 5 is NOT_FOUND.
    isNotFound: (b) => isObject(b) && (b.code === 5 || saysNotFound(b.message)),
  };
}

/** Why: PyPI's JSON API, the second oracle for Python packages. */
export function pypiOracle(base: string): Oracle {
  return {
    label: 'PyPI',
    url: (name) => pypiProjectUrl(base, name),
    isFound: (b) => isObject(b) && isObject(b.info),
    isNotFound: (b) => isObject(b) && saysNotFound(b.message),
  };
}

/** Why: the npm registry itself, the second oracle for npm packages (deps.dev indexes new packages late). */
export function npmOracle(base: string): Oracle {
  return {
    label: 'the npm registry',
    url: (name) => npmPackageUrl(base, name),
    isFound: (b) =>
      isObject(b) && typeof b.name === 'string' && (isObject(b.versions) || isObject(b['dist-tags'])),
    isNotFound: (b) => isObject(b) && saysNotFound(b.error),
    headers: { accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8' },
  };
}

/** Why: Packagist, the only oracle for PHP packages (deps.dev has no Packagist). */
export function packagistOracle(base: string): Oracle {
  return {
    label: 'Packagist',
    url: (name) => packagistPackageUrl(base, name),
    isFound: packagistFound,
    isNotFound: packagistNotFound,
  };
}
