// Command-line arguments: parsed with node:util, validated into one typed object or a usage error. A setting the
// config file can also give is null here when no flag (or environment variable) gave it, so the config can.
import { parseArgs } from 'node:util';
import type { Severity } from '../core/report';
import { SEVERITIES } from '../core/vocabulary';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats';
import {
  lookupEndpointsFromEnv,
  normalizeBaseUrl,
  type EndpointVariable,
  type LookupEndpoints,
} from '../verify/config';

/** Why: the CI formats, written from many files at once with their lines and columns. */
export const CI_FORMATS = ['sarif', 'github', 'junit'] as const;

/** Why: what `--format` may name: the terminal report, any export format, or a CI format. */
export type CliFormat = 'text' | ExportFormat | (typeof CI_FORMATS)[number];

const FORMATS: readonly CliFormat[] = ['text', ...EXPORT_FORMATS, ...CI_FORMATS];

/** Why: one place that says what `claimlens check` accepts. */
export interface CheckArgs {
  command: 'check';
  inputs: string[];
  sitemaps: string[];
  format: CliFormat;
  offline: boolean | null;
  failOn: Severity | null;
  depsdevUrl: string | null;
  pypiUrl: string | null;
  npmUrl: string | null;
  /** Every request's timeout (registries, links, the article's URL). */
  timeoutMs: number | null;
  /** One deadline for all online checks of a report. */
  deadlineMs: number | null;
  links: boolean | null;
  cache: boolean | null;
  /** Packagist, Crossref, doi.org, arXiv and Crossref's contact address, from CLAIMLENS_* variables. */
  lookups: LookupEndpoints;
  output: string | null;
  color: boolean;
  config: string | null;
  noConfig: boolean;
  baseline: string | null;
  updateBaseline: boolean;
  jobs: number | null;
  verbose: boolean;
  progress: boolean;
}

/** Why: a bad flag is a usage error (exit 2) with a one-line message, never a stack trace. */
export class UsageError extends Error {}

/** Why: `--help` prints it; the flags, their defaults and the exit codes in one screen. */
export const USAGE = `Usage: claimlens check <files|folders|globs|URLs>... [options]
       claimlens check --sitemap <URL|file> [options]

Folders are searched for .md .markdown .mdx .html .htm (.gitignore respected); quote globs: 'docs/**/*.md'.
Settings are read from .claimlens.yml or claimlens.config.json, found upward from here (flags win).

Options:
  --format <f>        text (default), ${EXPORT_FORMATS.join(', ')}, ${CI_FORMATS.join(', ')}
  --sitemap <s>       check every page a sitemap lists (index files followed, polite per host)
  --offline           skip online checks (package registries, link health)
  --fail-on <level>   exit 1 when a reported finding is at least ${SEVERITIES.join('|')}
  --baseline <file>   report only findings not in this baseline
  --update-baseline   write every finding reported now to the baseline (default claimlens-baseline.json)
  --config <file>     use this config file;  --no-config  use none
  --jobs <n>          files analysed at once (default: the number of cores)
  --depsdev-url <u>   deps.dev base URL   (env CLAIMLENS_DEPSDEV_URL, default https://api.deps.dev)
  --pypi-url <u>      PyPI base URL       (env CLAIMLENS_PYPI_URL, default https://pypi.org)
  --npm-url <u>       npm registry URL    (env CLAIMLENS_NPM_URL, default https://registry.npmjs.org)
  --timeout <ms>      timeout of every request (default 4000; fetching the article's URL: 10000)
  --deadline <ms>     one deadline for all online checks of a report (default 15000)
  --no-links          do not request the article's links (link health, "does the source say it")
  --no-cache          do not read or write the registry cache
  -o, --output <p>    write the report to a file (html and annotation of many inputs: a folder)
  --no-color          plain terminal output (also NO_COLOR=1);  --no-progress  no progress bar
  --verbose           say what the run did (files, threads, lookups, time) on stderr
  -h, --help          this help;  -v, --version  the version

Environment: CLAIMLENS_PACKAGIST_URL, CLAIMLENS_CROSSREF_URL, CLAIMLENS_DOI_URL, CLAIMLENS_ARXIV_URL (lookup
  endpoints) and CLAIMLENS_MAILTO (a contact address sent to Crossref).

Exit codes: 0 ran, 1 findings reached --fail-on, 2 bad input (unreadable file, bad config, not an article, unreachable URL).`;

/** Why: turns argv into CheckArgs, or 'help'/'version', or throws UsageError. */
export function parseCliArgs(
  argv: string[],
  env: Record<string, string | undefined>,
  isTTY: boolean,
): CheckArgs | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        sitemap: { type: 'string', multiple: true },
        offline: { type: 'boolean' },
        'fail-on': { type: 'string' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        jobs: { type: 'string' },
        'depsdev-url': { type: 'string' },
        'pypi-url': { type: 'string' },
        'npm-url': { type: 'string' },
        timeout: { type: 'string' },
        deadline: { type: 'string' },
        'no-links': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        'no-color': { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError(withSuggestion((e as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...inputs] = positionals;
  const sitemaps = values.sitemap ?? [];
  if (!command) throw new UsageError('missing command: try `claimlens check <files|URL>`');
  if (command !== 'check')
    throw new UsageError(`unknown command "${command}": try \`claimlens check <files|URL>\``);
  if (!inputs.length && !sitemaps.length)
    throw new UsageError('missing input: `claimlens check <files|folders|globs|URLs>` or `--sitemap <URL>`');
  const format = (values.format ?? 'text') as CliFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const failOn = values['fail-on'] ?? null;
  if (failOn !== null && !(SEVERITIES as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}`);
  if (values.config !== undefined && values['no-config'])
    throw new UsageError('--config and --no-config cannot be used together');
  return {
    command: 'check',
    inputs,
    sitemaps,
    format,
    offline: values.offline ? true : null,
    failOn: failOn as Severity | null,
    depsdevUrl: endpoint(values['depsdev-url'], '--depsdev-url', env, 'CLAIMLENS_DEPSDEV_URL'),
    pypiUrl: endpoint(values['pypi-url'], '--pypi-url', env, 'CLAIMLENS_PYPI_URL'),
    npmUrl: endpoint(values['npm-url'], '--npm-url', env, 'CLAIMLENS_NPM_URL'),
    lookups: lookups(env),
    timeoutMs: positive(values.timeout, '--timeout must be a positive number of ms'),
    deadlineMs: positive(values.deadline, '--deadline must be a positive number of ms'),
    links: values['no-links'] ? false : null,
    cache: values['no-cache'] ? false : null,
    output: values.output ?? null,
    color: isTTY && !values['no-color'] && !env.NO_COLOR && values.output === undefined,
    config: values.config ?? null,
    noConfig: values['no-config'] ?? false,
    baseline: values.baseline ?? (values['update-baseline'] ? 'claimlens-baseline.json' : null),
    updateBaseline: values['update-baseline'] ?? false,
    jobs: positive(values.jobs, '--jobs must be a whole number of at least 1', true),
    verbose: values.verbose ?? false,
    progress: !values['no-progress'],
  };
}

function positive(raw: string | undefined, message: string, whole = false): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) throw new UsageError(message);
  return n;
}

// A flag wins over its environment variable; null when neither is set (the config or the default decides).
function endpoint(
  flagValue: string | undefined,
  flag: string,
  env: Record<string, string | undefined>,
  variable: EndpointVariable,
): string | null {
  const fromEnv = env[variable]?.trim() ? env[variable] : undefined;
  const [raw, label] = flagValue !== undefined ? [flagValue, flag] : [fromEnv, variable];
  if (raw === undefined) return null;
  try {
    return normalizeBaseUrl(raw, label);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function lookups(env: Record<string, string | undefined>): LookupEndpoints {
  try {
    return lookupEndpointsFromEnv(env);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

// Every long flag, for "did you mean": read from the usage text so a new flag cannot be forgotten here.
const FLAGS = [...USAGE.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]);

/** Why: "Unknown option '--ofline'" says what is wrong; "did you mean --offline?" says how to fix it. */
export function withSuggestion(message: string): string {
  const typed = /option '(--?[^'=\s]+)/.exec(message)?.[1];
  if (!typed?.startsWith('--')) return message;
  const best = FLAGS.map((f) => [f, editDistance(typed, f)] as const).sort((a, b) => a[1] - b[1])[0];
  const cut = message.replace(/\. To specify a positional argument.*$/s, '').replace(/\.$/, '');
  return best && best[1] <= Math.max(2, Math.floor(typed.length / 4))
    ? `${cut}: did you mean ${best[0]}?`
    : cut;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
