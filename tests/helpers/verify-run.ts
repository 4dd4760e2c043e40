// Runs one verifier through the real runner (src/verify/run.ts) against 127.0.0.1, the way the CLI and the worker do.
import type { Report } from '../../src/core/report';
import { matchSource } from '../../src/engine/source-match';
import { memoryCache, type Cache } from '../../src/verify/cache';
import { runVerifiers } from '../../src/verify/run';
import type { Verifier, VerifyConfig } from '../../src/verify/verifier';

/** Why: every verifier test states only its report, its server's base URL and the knobs it is about. */
export function runOne(
  verifier: Verifier,
  report: Report,
  base: string,
  opts: { config?: Partial<VerifyConfig>; cache?: Cache; now?: () => number; deadlineMs?: number } = {},
): Promise<Report> {
  return runVerifiers(report, {
    fetch: globalThis.fetch,
    verifiers: [verifier],
    config: {
      depsdevUrl: base,
      pypiUrl: base,
      npmUrl: base,
      packagistUrl: base,
      crossrefUrl: base,
      doiUrl: base,
      arxivUrl: base,
      timeoutMs: 400,
      allowPrivateHosts: true,
      ...opts.config,
    },
    cache: opts.cache ?? memoryCache(),
    now: opts.now,
    deadlineMs: opts.deadlineMs,
    tools: { matchSource },
  });
}
