// The shipped manifests keep the least-privilege promise: no web-accessible resources (a page cannot probe for the
// extension), no content scripts declared for all sites, only activeTab/scripting/storage/contextMenus/sidePanel,
// and the lookup services (registries, Crossref, doi.org, arXiv) as the only hosts. The Firefox build passes `web-ext lint` with 0 errors.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { build } from 'vite';
import { DIST } from './harness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'claimlens-manifest-'));
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  background?: Record<string, unknown>;
  browser_specific_settings?: { gecko?: Record<string, unknown> };
};
// The lookup services (package registries; Crossref, doi.org and arXiv for cited works): the only hosts granted
// up front. The article's own links need the optional <all_urls>, asked for when the user turns those checks on.
const LOOKUP_HOSTS = [
  'https://api.deps.dev/*',
  'https://pypi.org/*',
  'https://registry.npmjs.org/*',
  'https://repo.packagist.org/*',
  'https://api.crossref.org/*',
  'https://doi.org/*',
  'https://export.arxiv.org/*',
];
let chrome: Manifest;
let firefox: Manifest;

async function buildInto(mode: string, dir: string): Promise<Manifest> {
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    root: ROOT,
    mode,
    logLevel: 'silent',
    build: { outDir: dir },
  });
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

beforeAll(async () => {
  chrome = await buildInto('production', join(out, 'chrome'));
  firefox = await buildInto('firefox', join(out, 'firefox'));
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

test.each([
  ['chrome', () => chrome],
  ['firefox', () => firefox],
  ['e2e', () => JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest],
])('%s build: no web-accessible resources and no content scripts declared', (_name, get) => {
  const m = get();
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.content_scripts).toBeUndefined();
  expect(m.optional_host_permissions).toEqual(['<all_urls>']);
});

test('the shipped Chrome build asks for the least it needs', () => {
  expect(chrome.manifest_version).toBe(3);
  expect([...(chrome.permissions ?? [])].sort()).toEqual([
    'activeTab',
    'contextMenus',
    'scripting',
    'sidePanel',
    'storage',
  ]);
  expect(chrome.host_permissions).toEqual(LOOKUP_HOSTS);
  expect(chrome.background).toEqual({ service_worker: expect.any(String), type: 'module' });
  expect(readFileSync(join(out, 'chrome', 'content.js'), 'utf8')).not.toMatch(/^\s*import\s|\bimport\(/m);
});

test('the Firefox build uses background scripts, a sidebar and gecko settings', () => {
  expect(firefox.background).toEqual({ scripts: [expect.any(String)], type: 'module' });
  expect(firefox.permissions).not.toContain('sidePanel');
  expect(firefox.side_panel).toBeUndefined();
  expect(firefox.sidebar_action).toMatchObject({ default_panel: 'src/sidepanel/index.html' });
  // Every page and script the manifest names was built.
  const named = [
    (firefox.sidebar_action as { default_panel: string }).default_panel,
    (firefox.action as { default_popup: string }).default_popup,
    (firefox.options_ui as { page: string }).page,
    ...((firefox.background?.scripts as string[]) ?? []),
    'src/onboarding/index.html',
    'content.js',
  ];
  for (const file of named)
    expect(readFileSync(join(out, 'firefox', file), 'utf8').length).toBeGreaterThan(0);
  expect(firefox.browser_specific_settings?.gecko).toMatchObject({
    id: expect.stringMatching(/@/),
    data_collection_permissions: { required: ['none'] },
  });
  expect(firefox.host_permissions).toEqual(LOOKUP_HOSTS);
});

test('the Firefox build passes web-ext lint with 0 errors', async () => {
  const bin = resolve(ROOT, 'node_modules/.bin/web-ext');
  const run = await promisify(execFile)(
    bin,
    ['lint', '--source-dir', join(out, 'firefox'), '--output', 'json', '--no-config-discovery'],
    {
      maxBuffer: 20 * 1024 * 1024,
    },
  ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
  const report = JSON.parse(run.stdout) as {
    summary: { errors: number };
    errors: { code: string; message: string }[];
  };
  expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
}, 120_000);

test.each([
  ['chrome', 'chrome'],
  ['firefox', 'firefox'],
])(
  '%s build: the content script leaves no performance marks and no guessable highlight names',
  (_name, dir) => {
    const code = readFileSync(join(out, dir, 'content.js'), 'utf8');
    expect(code).not.toContain('performance.mark');
    expect(code).not.toMatch(/claimlens[-:]/);
  },
);

test('the test build keeps its marks (the long-task test reads them)', () => {
  expect(readFileSync(join(DIST, 'content.js'), 'utf8')).toContain('claimlens:names:');
});
