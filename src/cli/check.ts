// `claimlens check`: config, targets, parallel analysis, one verification pass, the team's choices, the baseline,
// the output, the exit code. Every step is a function in its own file; this one says the order.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createSafeFetch } from '../node/safe-fetch';
import { severityRank } from '../core/vocabulary';
import type { CheckArgs } from './args';
import { baselineOf, BaselineError, readBaseline, writeBaseline } from './baseline';
import { analyseTargets, collectTargets } from './collect';
import { ConfigError, loadConfig, type LoadedConfig } from './config/load';
import { applyBaseline, applyChoices, verifyFiles } from './finish';
import { renderFiles } from './formats/index';
import type { CliIo } from './io';
import { createProgress } from './progress';
import { resolveSettings, type Settings } from './settings';
import { createPool, poolSize } from './worker-pool';

/** Why: the run after its arguments are known; returns the exit code. */
export async function runCheck(args: CheckArgs, io: CliIo): Promise<number> {
  const started = performance.now();
  const cwd = resolve(io.cwd ?? process.cwd());
  const fail = (message: string) => (io.stderr(`claimlens: ${message}\n`), 2);
  let loaded: LoadedConfig;
  let settings: Settings;
  try {
    loaded = args.noConfig ? { file: null, dir: cwd, config: {} } : await loadConfig(cwd, args.config);
    settings = resolveSettings(args, loaded.config);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return fail(e.message);
  }

  // A file to write into a folder that is not there fails now, not after the work.
  const perFile = args.format === 'html' || args.format === 'annotation';
  if (
    args.output &&
    !perFile &&
    !(await stat(dirname(resolve(cwd, args.output))).catch(() => null))?.isDirectory()
  )
    return fail(`cannot write ${args.output}: no folder ${dirname(args.output)}`);

  // Pages and sitemaps go through the guarded fetch: the hosts the user named may be local (a preview server);
  // anything a redirect or a sitemap of theirs points elsewhere must be a public address.
  const named = createSafeFetch({
    allowPrivate: [...namedAuthorities([...args.inputs, ...args.sitemaps]), ...(io.allowPrivate ?? [])],
    resolve: io.resolve,
  });
  const opts = { cwd, loaded, settings, fetch: named, annotation: args.format === 'annotation' };
  const collected = await collectTargets(args.inputs, args.sitemaps, opts);
  const { targets } = collected;
  const errors = [...collected.errors];
  if (targets.length === 0) {
    for (const e of errors) io.stderr(`claimlens: ${e}\n`);
    if (errors.length) return 2;
    io.stderr(`claimlens: nothing to check: ${collected.ignored} file(s) ignored by the config\n`);
    return 0;
  }
  if (perFile && targets.length > 1 && !args.output)
    return fail(`--format ${args.format} of ${targets.length} inputs writes one file each: give -o <folder>`);

  const pool = createPool(poolSize(targets.length, settings.jobs), io.workerEntry ?? null);
  const progress = createProgress({
    total: targets.length,
    write: io.stderr,
    isTTY: args.progress && Boolean(io.stderrIsTTY),
    width: io.columns,
  });
  let analysed;
  try {
    analysed = await analyseTargets(targets, pool, progress, { ...opts, limit: collected.limit });
  } finally {
    progress.finish();
    await pool.close();
  }
  errors.push(...analysed.errors);
  let files = analysed.files;
  if (!settings.offline && files.length)
    files = await verifyFiles(files, settings, loaded, io, { progress: args.progress });
  files = applyChoices(files, loaded);

  if (args.baseline && !args.updateBaseline) {
    try {
      files = applyBaseline(files, await readBaseline(args.baseline), args.baseline);
    } catch (e) {
      if (!(e instanceof BaselineError)) throw e;
      return fail(e.message);
    }
  }

  const written = await output(files, args, io);
  if (written !== null) return fail(written);
  if (args.updateBaseline && args.baseline) {
    const baseline = baselineOf(files, args.baseline);
    await writeBaseline(args.baseline, baseline);
    io.stderr(`claimlens: wrote ${baseline.findings.length} finding(s) to ${args.baseline}\n`);
  }
  for (const e of errors) io.stderr(`claimlens: ${e}\n`);
  if (args.verbose) io.stderr(`${stats(files.length, pool, started)}\n`);
  if (errors.length) return 2;
  const failOn = settings.failOn;
  if (!args.updateBaseline && failOn) {
    const reached = files.some((f) =>
      f.report.findings.some((x) => severityRank(x.severity) <= severityRank(failOn)),
    );
    if (reached) return 1;
  }
  return 0;
}

// "host:port" of every http(s) URL the user named, as the guarded fetch's allow list spells them.
function namedAuthorities(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    if (!/^https?:\/\//i.test(input) || !URL.canParse(input)) return [];
    const url = new URL(input);
    return [`${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`];
  });
}

// Writes the output; returns an error line, or null when it went well.
async function output(
  files: Parameters<typeof renderFiles>[0],
  args: CheckArgs,
  io: CliIo,
): Promise<string | null> {
  if (files.length === 0) return null;
  const rendered = renderFiles(files, args.format, { color: args.color, width: io.columns });
  try {
    if ('body' in rendered) {
      if (args.output) await writeFile(args.output, rendered.body);
      else io.stdout(rendered.body);
    } else {
      const dir = args.output as string;
      await mkdir(dir, { recursive: true });
      for (const f of rendered.files) await writeFile(join(dir, f.name), f.body);
    }
  } catch (e) {
    return `cannot write ${args.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
  }
  return null;
}

// One line for --verbose: how much, how fast, on how many threads (the test of parallelism reads it), and the CPU
// time of the whole process, every thread included (on a busy machine, the wall time says little on its own).
function stats(files: number, pool: ReturnType<typeof createPool>, started: number): string {
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const cpu = process.cpuUsage();
  const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(2);
  const perThread = [...pool.threads.values()];
  const threads = pool.size ? `${pool.size} worker threads` : 'the main thread';
  return (
    `claimlens: ${files} file(s) in ${seconds} s on ${threads}; files per thread: ${perThread.join(', ')}; ` +
    `cpu ${cpuSeconds} s`
  );
}
