// Command-line arguments: parsed with node:util, validated into one typed object or a usage error.
import { parseArgs } from 'node:util';
import type { Severity } from '../core/report';
import { SEVERITIES } from '../core/vocabulary';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats';
import { baseUrlFromEnv, normalizeBaseUrl, type EndpointVariable } from '../verify/config';

/** Why: what `--format` may name: the terminal report, or any export format. */
export type CliFormat = 'text' | ExportFormat;

const FORMATS: readonly CliFormat[] = ['text', ...EXPORT_FORMATS];

/** Why: one place that says what `claimlens check` accepts. */
export interface CheckArgs {
  command: 'check';
  input: string;
  format: CliFormat;
  offline: boolean;
  failOn: Severity | null;
  depsdevUrl: string;
  pypiUrl: string;
  npmUrl: string;
  /** Every request's timeout (registries, links, the article's URL). */
  timeoutMs: number;
  /** The article's URL gets 10 s unless --timeout says otherwise. */
  fetchTimeoutMs: number;
  /** One deadline for all online checks of the report. */
  deadlineMs: number;
  links: boolean;
  cache: boolean;
  output: string | null;
  color: boolean;
}

/** Why: a bad flag is a usage error (exit 2) with a one-line message, never a stack trace. */
export class UsageError extends Error {}

/** Why: `--help` prints it; the flags, their defaults and the exit codes in one screen. */
export const USAGE = `Usage: claimlens check <file.md|file.html|URL> [options]

Options:
  --format <f>        text (default), ${EXPORT_FORMATS.join(', ')}
  --offline           skip online checks (package registries, link health)
  --fail-on <level>   exit 1 when a finding is at least ${SEVERITIES.join('|')}
  --depsdev-url <u>   deps.dev base URL   (env CLAIMLENS_DEPSDEV_URL, default https://api.deps.dev)
  --pypi-url <u>      PyPI base URL       (env CLAIMLENS_PYPI_URL, default https://pypi.org)
  --npm-url <u>       npm registry URL    (env CLAIMLENS_NPM_URL, default https://registry.npmjs.org)
  --timeout <ms>      timeout of every request (default 4000; fetching the article's URL: 10000)
  --deadline <ms>     one deadline for all online checks of a report (default 15000)
  --no-links          do not check link health online
  --no-cache          do not read or write the registry cache
  -o, --output <file> write the report to a file instead of stdout
  --no-color          plain terminal output (also NO_COLOR=1)
  -h, --help          this help;  -v, --version  the version

Exit codes: 0 ran, 1 findings reached --fail-on, 2 bad input (unreadable file, not an article, unreachable URL).`;

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
        offline: { type: 'boolean' },
        'fail-on': { type: 'string' },
        'depsdev-url': { type: 'string' },
        'pypi-url': { type: 'string' },
        'npm-url': { type: 'string' },
        timeout: { type: 'string' },
        deadline: { type: 'string' },
        'no-links': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        'no-color': { type: 'boolean' },
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
  const [command, input, ...extra] = positionals;
  if (!command) throw new UsageError('missing command: try `claimlens check <file|URL>`');
  if (command !== 'check')
    throw new UsageError(`unknown command "${command}": try \`claimlens check <file|URL>\``);
  if (!input) throw new UsageError('missing input: `claimlens check <file.md|file.html|URL>`');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const format = (values.format ?? 'text') as CliFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const failOn = values['fail-on'] ?? null;
  if (failOn !== null && !(SEVERITIES as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}`);
  const timeoutMs = values.timeout === undefined ? 4000 : Number(values.timeout);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new UsageError('--timeout must be a positive number of ms');
  const deadlineMs = values.deadline === undefined ? 15_000 : Number(values.deadline);
  if (!Number.isFinite(deadlineMs) || deadlineMs <= 0)
    throw new UsageError('--deadline must be a positive number of ms');
  return {
    command: 'check',
    input,
    format,
    offline: values.offline ?? false,
    failOn: failOn as Severity | null,
    depsdevUrl: endpoint(values['depsdev-url'], '--depsdev-url', env, 'CLAIMLENS_DEPSDEV_URL'),
    pypiUrl: endpoint(values['pypi-url'], '--pypi-url', env, 'CLAIMLENS_PYPI_URL'),
    npmUrl: endpoint(values['npm-url'], '--npm-url', env, 'CLAIMLENS_NPM_URL'),
    timeoutMs,
    fetchTimeoutMs: values.timeout === undefined ? 10_000 : timeoutMs,
    deadlineMs,
    links: !values['no-links'],
    cache: !values['no-cache'],
    output: values.output ?? null,
    color: isTTY && !values['no-color'] && !env.NO_COLOR && values.output === undefined,
  };
}

// A flag wins over its environment variable, which wins over the public default; verify/config validates all three.
function endpoint(
  flagValue: string | undefined,
  flag: string,
  env: Record<string, string | undefined>,
  variable: EndpointVariable,
): string {
  try {
    return flagValue === undefined ? baseUrlFromEnv(env, variable) : normalizeBaseUrl(flagValue, flag);
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
