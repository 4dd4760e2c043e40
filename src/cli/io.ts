// The process boundary: what the CLI reads from and writes to, injected so tests run it in-process.
import type { Resolver } from '../node/safe-fetch';

/** Why: the process boundary in one place; returns the exit code so tests can call it in-process. */
export interface CliIo {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  /** For the lookup services (registries, Crossref); pages and links always go through the guarded fetch. */
  fetch?: typeof fetch;
  /** Tests only: exact host:port authorities of test servers that links may reach. Never a flag. */
  allowPrivate?: readonly string[];
  /** Tests only: how host names resolve (a made-up name for a test server). Default: the system's DNS. */
  resolve?: Resolver;
  /** Where relative paths start and the config is looked for (default: the process's working directory). */
  cwd?: string;
  /** The progress bar is drawn only when stderr is a terminal. */
  stderrIsTTY?: boolean;
  /** Terminal width for the text report and the summary table. */
  columns?: number;
  /** The worker threads' entry file (worker.ts / worker.js); without it every file is analysed in this thread. */
  workerEntry?: URL | null;
}
