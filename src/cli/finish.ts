// After analysis: online checks for the whole run at once, then what the team chose to see (config policy, inline
// suppressions), then what is new since the baseline. Each step returns new CheckedFiles; reports stay valid.
import picomatch from 'picomatch';
import type { Finding } from '../core/report';
import { summarize } from '../core/summary';
import { createSafeFetch } from '../node/safe-fetch';
import { verifyReports } from '../node/verify-report';
import { defaultCachePath, fileCache } from '../verify/file-cache';
import type { FetchLike } from '../verify/index';
import { newFindings, type Baseline } from './baseline';
import type { CheckedFile } from './checked-file';
import { configRelative } from './collect';
import type { LoadedConfig } from './config/load';
import type { CliIo } from './io';
import { onlineProgressLine } from './progress';
import { applyPolicy, policyFor } from './policy';
import type { Settings } from './settings';
import { unsuppressed } from './suppressions';

/** Why: one registry client and one link pass for every file of the run; private names never leave the machine. */
export async function verifyFiles(
  files: CheckedFile[],
  settings: Settings,
  loaded: LoadedConfig,
  io: Pick<CliIo, 'env' | 'fetch' | 'allowPrivate' | 'resolve' | 'stderr' | 'stderrIsTTY'>,
  opts: { progress: boolean },
): Promise<CheckedFile[]> {
  const allow = loaded.config.allow ?? {};
  const privatePackage = allow.packages?.length ? picomatch(allow.packages, { dot: true }) : null;
  const quietHost = allow.hosts?.length ? picomatch(allow.hosts, { nocase: true, dot: true }) : null;
  // The cache file belongs to these endpoints: one written for others is read as empty.
  const scope = [settings.depsdevUrl, settings.pypiUrl, settings.npmUrl, settings.lookups.packagistUrl].join(
    ' ',
  );
  const cache = settings.cache ? fileCache(defaultCachePath(io.env), { scope }) : undefined;
  // One report's online checks show their progress (a run of many files has its own bar).
  const progress = opts.progress && io.stderrIsTTY && files.length === 1 ? io.stderr : null;
  try {
    const reports = await verifyReports(
      files.map((f) => f.report),
      {
        fetch: io.fetch as FetchLike | undefined,
        depsdevUrl: settings.depsdevUrl,
        pypiUrl: settings.pypiUrl,
        npmUrl: settings.npmUrl,
        ...settings.lookups,
        timeoutMs: settings.timeoutMs,
        deadlineMs: settings.deadlineMs,
        links: settings.links,
        cache,
        // The article's links were chosen by its page: every address they reach must be public.
        linkFetch: createSafeFetch({ allowPrivate: io.allowPrivate, resolve: io.resolve }),
        allowPrivateHosts: (io.allowPrivate?.length ?? 0) > 0,
        onProgress: progress
          ? (done, total, left) => progress(onlineProgressLine(done, total, left))
          : undefined,
        skipImport: (ref) =>
          privatePackage && ref.package && ref.registry && privatePackage(ref.package)
            ? 'private package (allow.packages in the config): not looked up'
            : null,
        skipLink: (ref) => {
          if (!quietHost || !ref.href) return null;
          const host = URL.canParse(ref.href) ? new URL(ref.href).hostname : null;
          return host && quietHost(host) ? 'not checked: host in allow.hosts of the config' : null;
        },
      },
    );
    return files.map((f, i) => ({ ...f, report: reports[i]! }));
  } finally {
    if (progress) progress('\r\x1b[K');
    // The answers are on disk before the process may exit, so the next run reads them.
    await cache?.flush();
  }
}

/** Why: rules, minimums, overrides and allowlisted sources, then the article's own suppression comments. */
export function applyChoices(files: CheckedFile[], loaded: LoadedConfig): CheckedFile[] {
  return files.map((file) => {
    const policed = applyPolicy(file.report, policyFor(loaded.config, configRelative(loaded, file.path)));
    const findings = unsuppressed(
      policed.findings,
      file.directives,
      (f) => file.positions.get(f.ref)?.line ?? null,
    );
    return { ...file, report: withFindings(policed, findings) };
  });
}

/** Why: `--baseline`: only what the baseline does not account for is reported (and can fail the run). */
export function applyBaseline(files: CheckedFile[], baseline: Baseline, baselinePath: string): CheckedFile[] {
  return files.map((file) => ({
    ...file,
    report: withFindings(file.report, newFindings(baseline, file, baselinePath)),
  }));
}

function withFindings(report: CheckedFile['report'], findings: Finding[]): CheckedFile['report'] {
  return { ...report, findings, summary: summarize({ ...report, findings }) };
}
