// `npm run package`: the store packages. Production builds for Chrome and Firefox, each zipped with its manifest at
// the root (release/claimlens-chrome-<version>.zip, release/claimlens-firefox-<version>.zip), the Chrome Web Store's
// listing icon beside them, and `web-ext lint` run on the Firefox package as AMO will (0 errors or it fails).
// tests/package.test.ts runs the same functions and unzips what they wrote.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  type Dirent,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Why: the two stores, each with the vite mode that builds for it. */
export const BROWSERS = { chrome: 'production', firefox: 'firefox' } as const;
/** Why: a store by name. */
export type Browser = keyof typeof BROWSERS;

/** Why: the version every file name and manifest carries, from its one place. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Why: the package's file name, as the README and the stores' upload forms know it. */
export const packageName = (browser: Browser, version = packageVersion()): string =>
  `claimlens-${browser}-${version}.zip`;

// Every file under `dir`, as paths relative to it with forward slashes, sorted (a stable zip).
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** Why: what a store gets: the built folder as a zip, same bytes for the same build (fixed dates, sorted names). */
export function zipFolder(dir: string): Uint8Array {
  const files: Zippable = {};
  for (const path of filesUnder(dir)) {
    if (path.endsWith('.map'))
      throw new Error(`${dir} holds a source map (${path}); production builds must not`);
    files[path] = [readFileSync(join(dir, path)), { mtime: new Date('2020-01-01T00:00:00Z') }];
  }
  return zipSync(files, { level: 9 });
}

/** Why: the files of a zip, by path (the tests read packages with it; so can a reviewer). */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** Why: one production build per browser into `outDir` (never dist-e2e: the test hooks stay out). */
export async function buildFor(browser: Browser, outDir: string): Promise<void> {
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    root: ROOT,
    mode: BROWSERS[browser],
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

/** Why: builds and zips both packages into `outDir`; returns each zip's path. */
export async function makePackages(outDir: string): Promise<Record<Browser, string>> {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'claimlens-package-'));
  const version = packageVersion();
  const out = {} as Record<Browser, string>;
  try {
    for (const browser of Object.keys(BROWSERS) as Browser[]) {
      const dir = join(work, browser);
      await buildFor(browser, dir);
      out[browser] = join(outDir, packageName(browser, version));
      writeFileSync(out[browser], zipFolder(dir));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  copyFileSync(join(ROOT, 'store/icon-128.png'), join(outDir, 'claimlens-store-icon-128.png'));
  return out;
}

/** Why: what `web-ext lint` (AMO's linter) says about a package: its messages by kind. */
export interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

/** Why: lints a zip as AMO does, unpacked into a temporary folder (web-ext lints folders). */
export async function lintFirefoxPackage(zipPath: string): Promise<LintReport> {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-lint-'));
  try {
    for (const [path, bytes] of Object.entries(unzip(readFileSync(zipPath)))) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const bin = join(ROOT, 'node_modules/.bin/web-ext');
    const args = ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'];
    // web-ext exits non-zero when it finds errors; its JSON report is on stdout either way.
    const run = await promisify(execFile)(bin, args, { maxBuffer: 20 * 1024 * 1024 }).catch(
      (err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }),
    );
    return JSON.parse(run.stdout) as LintReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = join(ROOT, 'release');
  const zips = await makePackages(outDir);
  for (const path of Object.values(zips)) console.log(`wrote ${relative(ROOT, path)}`);
  console.log('wrote release/claimlens-store-icon-128.png');
  const lint = await lintFirefoxPackage(zips.firefox);
  for (const m of [...lint.errors, ...lint.warnings])
    console.log(`web-ext lint: ${m.code} ${m.message} ${m.file ?? ''}`);
  console.log(`web-ext lint: ${lint.summary.errors} errors, ${lint.summary.warnings} warnings`);
  if (lint.summary.errors > 0) process.exit(1);
}
