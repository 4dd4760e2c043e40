// The settings a run uses, each from the first place that gives it: a flag (or, for endpoints, its environment
// variable), then the config file, then the default.
import type { Severity } from '../core/report';
import { DEFAULT_DEPSDEV_URL, DEFAULT_NPM_URL, DEFAULT_PYPI_URL, normalizeBaseUrl } from '../verify/config';
import { DEFAULT_DEADLINE_MS } from '../verify/run';
import type { CheckArgs } from './args';
import { ConfigError } from './config/load';
import type { Config } from './config/schema';
import { POLITENESS } from './inputs/host-limiter';

/** Why: everything the run reads after start-up, resolved once. */
export interface Settings {
  offline: boolean;
  links: boolean;
  cache: boolean;
  /** Every request's timeout (registries, links). */
  timeoutMs: number;
  /** Fetching a page to check (a URL or a sitemap's page): 10 s unless a timeout was given. */
  fetchTimeoutMs: number;
  /** One deadline for all the online checks of a report. */
  deadlineMs: number;
  depsdevUrl: string;
  pypiUrl: string;
  npmUrl: string;
  /** Packagist, Crossref, doi.org, arXiv and Crossref's contact address, from CLAIMLENS_* variables. */
  lookups: CheckArgs['lookups'];
  failOn: Severity | null;
  jobs: number | null;
  sitemap: { perHost: number; delayMs: number; maxPages: number };
}

/** Why: flags win over the config, which wins over the defaults. */
export function resolveSettings(args: CheckArgs, config: Config): Settings {
  const verify = config.verify ?? {};
  return {
    lookups: args.lookups,
    offline: args.offline ?? verify.offline ?? false,
    links: args.links ?? verify.links ?? true,
    cache: args.cache ?? verify.cache ?? true,
    timeoutMs: args.timeoutMs ?? verify.timeoutMs ?? 4000,
    fetchTimeoutMs: args.timeoutMs ?? verify.timeoutMs ?? 10_000,
    deadlineMs: args.deadlineMs ?? verify.deadlineMs ?? DEFAULT_DEADLINE_MS,
    depsdevUrl: args.depsdevUrl ?? configUrl(verify.depsdevUrl ?? DEFAULT_DEPSDEV_URL, 'verify.depsdevUrl'),
    pypiUrl: args.pypiUrl ?? configUrl(verify.pypiUrl ?? DEFAULT_PYPI_URL, 'verify.pypiUrl'),
    npmUrl: args.npmUrl ?? configUrl(verify.npmUrl ?? DEFAULT_NPM_URL, 'verify.npmUrl'),
    failOn: args.failOn ?? config.failOn ?? null,
    jobs: args.jobs ?? config.jobs ?? null,
    sitemap: {
      perHost: config.sitemap?.perHost ?? POLITENESS.perHost,
      delayMs: config.sitemap?.delayMs ?? POLITENESS.delayMs,
      maxPages: config.sitemap?.maxPages ?? 1000,
    },
  };
}

// The schema checks that it is a URL; the registry client also needs http(s) and no query.
function configUrl(raw: string, key: string): string {
  try {
    return normalizeBaseUrl(raw, key);
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
}
