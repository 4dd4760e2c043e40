// The extension build. One config: Chrome by default (dist/), Firefox with `--mode firefox` or
// CLAIMLENS_BROWSER=firefox (dist-firefox/), and the end-to-end test build with `--mode e2e` or CLAIMLENS_E2E=1
// (dist-e2e/: Chrome, plus http://127.0.0.1/* as a host the "user" granted).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { toFirefoxManifest, type Manifest } from './scripts/firefox-manifest.ts';
import { compromiseModelSnapshot } from './scripts/compromise-model.ts';

const root = import.meta.dirname;

/** Why: the content script is injected with scripting.executeScript({files}); it must be one classic file. */
export const CONTENT_SCRIPT_FILE = 'content.js';

/**
 * Why: the background is one classic script too. A module worker (crxjs's loader and the chunks it shares with the
 * pages) took chromium ~85 ms from the worker's start to its first line of code; one classic file takes ~35 ms, and
 * every cold start pays it.
 */
export const WORKER_FILE = 'background.js';

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox' || process.env.CLAIMLENS_BROWSER === 'firefox';
  const e2e = !firefox && (mode === 'e2e' || process.env.CLAIMLENS_E2E === '1');
  const outDir = firefox ? 'dist-firefox' : e2e ? 'dist-e2e' : 'dist';
  const manifest = extensionManifest({ firefox, e2e });
  // crxjs builds the manifest's pages; the background is built here (classicScript) and named in the manifest after.
  const { background, ...pagesManifest } = manifest;
  const workerEntry = background?.service_worker ?? background?.scripts?.[0];
  if (!workerEntry) throw new Error('manifest.json names no background script');
  return {
    root,
    publicDir: 'public',
    define: { __CLAIMLENS_E2E__: JSON.stringify(e2e) },
    plugins: [
      preact(),
      crx({
        manifest: pagesManifest as unknown as ManifestV3Export,
        browser: firefox ? 'firefox' : 'chrome',
      }),
      classicScript('src/content/index.ts', CONTENT_SCRIPT_FILE, 'ClaimLensContent'),
      // compromise is bundled here only: its model ships as data (scripts/compromise-model.ts).
      classicScript(workerEntry, WORKER_FILE, 'ClaimLensWorker', [compromiseModelSnapshot()]),
      backgroundInManifest(firefox ? { scripts: [WORKER_FILE] } : { service_worker: WORKER_FILE }),
      noWebAccessibleResources(),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: firefox ? 'firefox128' : 'chrome116',
      sourcemap: false,
      // Pages that the manifest does not name: the onboarding tab, the privacy policy and, for Firefox, the sidebar.
      rollupOptions: {
        input: {
          onboarding: resolve(root, 'src/onboarding/index.html'),
          privacy: resolve(root, 'src/privacy/index.html'),
          sidepanel: resolve(root, 'src/sidepanel/index.html'),
        },
      },
    },
  };
});

function extensionManifest({ firefox, e2e }: { firefox: boolean; e2e: boolean }): Manifest {
  const base = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  base.version = pkg.version;
  if (e2e) {
    // Stands for a user who granted one site; http://localhost/* stays ungranted for the negative test. The link
    // checks' test host (mapped to 127.0.0.1 by tests/e2e/verify.test.ts) stands for "access to all sites".
    base.host_permissions = [
      ...((base.host_permissions as string[]) ?? []),
      'http://127.0.0.1/*',
      'http://claimlens-e2e-sources.net/*',
    ];
    base.name = 'ClaimLens (test build)';
  }
  return firefox ? toFirefoxManifest(base) : base;
}

/**
 * Why: crxjs builds content scripts as ES chunks loaded through web_accessible_resources, which lets any page
 * probe for the extension by URL, and a background as ES modules behind a loader. Both are built here instead, each
 * as one self-contained IIFE, emitted as a plain file: the content script only scripting.executeScript and
 * scripting.registerContentScripts load; the background the manifest names (backgroundInManifest).
 */
function classicScript(entry: string, fileName: string, name: string, plugins: Plugin[] = []): Plugin {
  let config: ResolvedConfig;
  return {
    name: `claimlens:classic-script:${fileName}`,
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        logLevel: 'warn',
        publicDir: false,
        define: config.define,
        plugins,
        build: {
          write: false,
          emptyOutDir: false,
          target: config.build.target,
          minify: config.build.minify,
          sourcemap: false,
          lib: {
            entry: resolve(config.root, entry),
            formats: ['iife'],
            name,
            fileName: () => fileName,
          },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
        'output' in r ? r.output : [],
      );
      const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
      if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry} produced no bundle`);
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
  };
}

/**
 * Why: the built manifest names the classic background script (a service worker in Chrome, scripts in Firefox).
 * crxjs emits manifest.json last of all, so it is rewritten once written.
 */
function backgroundInManifest(background: Manifest['background']): Plugin {
  return {
    name: 'claimlens:background-in-manifest',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const file = resolve(options.dir ?? '', 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      if (built.background) throw new Error('crxjs built a background of its own');
      writeFileSync(file, JSON.stringify({ ...built, background }, null, 2) + '\n');
    },
  };
}

/**
 * Why: a page must not be able to probe for ClaimLens's files by URL (web_accessible_resources would let it); a
 * build that declares any fails. This does not make ClaimLens invisible: while it highlights a page, the page can
 * see its highlights and stylesheet (docs/page-visibility.md lists exactly what a page can observe).
 */
function noWebAccessibleResources(): Plugin {
  return {
    name: 'claimlens:no-web-accessible-resources',
    apply: 'build',
    enforce: 'post',
    writeBundle(_options, bundle) {
      const asset = bundle['manifest.json'];
      if (!asset || asset.type !== 'asset') return;
      const built = JSON.parse(String(asset.source)) as Manifest;
      if (built.web_accessible_resources) {
        throw new Error(
          'the built manifest.json declares web_accessible_resources; pages could probe for ClaimLens by URL',
        );
      }
    },
  };
}
