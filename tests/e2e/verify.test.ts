// The online checks in the built extension, in chromium, against 127.0.0.1 only (made-up hosts mapped there):
// claimlens-e2e-sources.net stands for a granted site (the e2e build declares it, as "access to all sites" would),
// claimlens-e2e-vendor.net is not granted. A request log in the worker (every fetch) and on each server shows what
// leaves the browser: identifiers for lookups, granted link targets when link checks are on, never article text.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFakeRegistry, type FakeRegistry } from '../helpers/fake-registry';
import { startFakeScholar, type FakeScholar } from '../helpers/fake-scholar';
import { startServer, type TestServer } from '../helpers/http-server';
import {
  currentWorker,
  launchExtension,
  openExtensionPage,
  screenshot,
  setSettings,
  shadowTexts,
  tabIdOf,
  waitForHighlights,
  SEED,
  type Extension,
} from './harness';

const GRANTED = 'claimlens-e2e-sources.net';
const VENDOR = 'claimlens-e2e-vendor.net';
const SAMPLE = fileURLToPath(new URL('../../samples/sample-post.md', import.meta.url));

let site: TestServer;
let registry: FakeRegistry;
let scholar: FakeScholar;
let ext: Extension;
let base: Record<string, unknown>;

const page = (title: string, body: string) => ({
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article>${body}</article></body></html>`,
});
const FILL = `<p>${'The operator runs eleven sites in three countries and reports on cooling and water. '.repeat(3)}</p>`;

function article(port: number): string {
  const at = (host: string, path: string) => `http://${host}:${port}${path}`;
  return `<h1>What our numbers stand on</h1>
<p>Data centers used roughly 1% of the world's electricity in 2018 (Masanet et al., 2020).</p>
<p>Our cooling redesign cut fleet energy use by 40% (<a href="${at(GRANTED, '/sources/different.html')}">operator report</a>).</p>
<p>The share of operators with a serious outage fell to 30% last year (<a href="${at(GRANTED, '/sources/survey.html')}">outage survey</a>).</p>
<p>Read <a href="${at(GRANTED, '/gone.html')}">our migration notes</a> and <a href="${at(VENDOR, '/guide.html')}">the vendor guide</a>.</p>
<pre><code class="language-python">import requests
import liam_core
</code></pre>`;
}

// A saved Markdown article as the page a reader would see.
function markdownPage(file: string): ReturnType<typeof page> {
  const text = readFileSync(file, 'utf8');
  const title = /^title:\s*"?(.+?)"?\s*$/m.exec(text)?.[1] ?? 'Article';
  return page(title, new MarkdownIt().render(text.replace(/^---\n[\s\S]*?\n---\n/, '')));
}

// Every fetch the worker makes, kept in the worker (the one place the extension talks to the network).
async function logRequests(): Promise<void> {
  await currentWorker(ext).evaluate(() => {
    const g = globalThis as unknown as { __log?: string[]; fetch: typeof fetch };
    if (g.__log) return;
    g.__log = [];
    const real = g.fetch.bind(globalThis);
    g.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      g.__log!.push(`${init?.method ?? 'GET'} ${String(input)} ${JSON.stringify(init?.headers ?? {})}`);
      return real(input, init);
    };
  });
}
const requestLog = () =>
  currentWorker(ext).evaluate(() => (globalThis as unknown as { __log: string[] }).__log);

let runs = 0;
// Each check opens the article in a tab of its own (a fresh URL, so the popup is for this tab and no earlier one).
async function checkInPopup(
  path: string,
  size?: { width: number; height: number },
): Promise<{ tab: Page; popup: Page }> {
  const url = `${site.url}${path}?run=${++runs}`;
  const tab = await ext.context.newPage();
  await tab.goto(url);
  const tabId = await tabIdOf(ext, url);
  const popup = await openExtensionPage(ext, `src/popup/index.html?tabId=${tabId}`, size);
  await popup.waitForSelector('section.group li.item', { timeout: 30_000 });
  // The pending note ("Checking packages…", "Checking cited works, links and sources…") goes when the checks end.
  await popup.waitForFunction(
    () => !document.querySelector('.note[role="status"]')?.textContent?.includes('Checking'),
    null,
    {
      timeout: 50_000,
    },
  );
  return { tab, popup };
}

const itemText = (p: Page, group: string, text: string) =>
  p.$$eval(
    `section[data-group="${group}"] li.item`,
    (lis, t) => lis.find((li) => li.querySelector('.text')?.textContent === t)?.textContent ?? '',
    text,
  );

async function tooltipFor(tab: Page, text: string): Promise<string> {
  await tab.bringToFront();
  await waitForHighlights(tab, (h) => Object.values(h).flat().includes(text));
  const c = await tab.evaluate((t) => {
    // The fixture pages register no highlights of their own (and ClaimLens's names are random): every one is ours.
    for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
      for (const r of h)
        if (r.toString() === t) {
          r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const box = r.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
    throw new Error(`no highlight for ${t}`);
  }, text);
  // Away from any card shown before (it may cover this mark), then onto the mark.
  await tab.mouse.move(1, 1);
  await tab.keyboard.press('Escape');
  await tab.mouse.move(c.x - 30, c.y - 40);
  await tab.mouse.move(c.x, c.y, { steps: 4 });
  let texts: string[] = [];
  for (let i = 0; i < 40 && !texts.some((t) => t.includes(text)); i++) {
    await tab.waitForTimeout(100);
    texts = await shadowTexts(tab);
  }
  return texts.join(' | ');
}

beforeAll(async () => {
  registry = await startFakeRegistry();
  scholar = await startFakeScholar();
  let port = 0;
  site = await startServer({
    // The article names its link targets' port, known once the server listens.
    '/article.html': () => page('What our numbers stand on', article(port)),
    '/sources/different.html': page(
      'Operator report',
      `<p>After the cooling redesign, fleet energy use fell 4% across the operator's sites.</p>${FILL}`,
    ),
    '/sources/survey.html': page(
      'Outage survey',
      `<p>Thirty per cent of operators reported a serious outage last year, down from earlier surveys.</p>${FILL}`,
    ),
    '/gone.html': { status: 404, body: 'not found' },
    '/seed.html': existsSync(SEED) ? markdownPage(SEED) : page('none', '<p>none</p>'),
    '/sample.html': markdownPage(SAMPLE),
  });
  port = Number(new URL(site.url).port);
  ext = await launchExtension(undefined, [
    `--host-resolver-rules=MAP ${GRANTED} 127.0.0.1, MAP ${VENDOR} 127.0.0.1`,
  ]);
  base = {
    highlightMode: 'off',
    online: true,
    depsdevUrl: registry.url,
    pypiUrl: registry.url,
    npmUrl: registry.url,
    packagistUrl: registry.url,
    crossrefUrl: scholar.url,
    doiUrl: scholar.url,
    arxivUrl: scholar.url,
  };
  await logRequests();
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await Promise.all([site?.close(), registry?.close(), scholar?.close()]);
});

describe('without the permission to request the article’s links', () => {
  test('no request leaves for any host but the lookup services', async () => {
    await setSettings(ext, base);
    const before = site.requests.length;
    const { tab, popup } = await checkInPopup('/article.html');
    // The page itself was loaded by the tab (with its icon); the extension asked the site for nothing.
    const asked = site.requests.slice(before).map((r) => r.url.split('?')[0]);
    expect(asked.filter((u) => u !== '/favicon.ico')).toEqual(['/article.html']);
    const hosts = new Set((await requestLog()).map((l) => new URL(l.split(' ')[1]!).host));
    expect([...hosts].sort()).toEqual([new URL(registry.url).host, new URL(scholar.url).host].sort());
    expect(await itemText(popup, 'links', 'our migration notes')).toBe('');
    // The popup offers the check, and says what it will ask for.
    expect(await popup.textContent('.note.page-checks')).toMatch(
      /Check links and sources.*access all sites/s,
    );
    await Promise.all([popup.close(), tab.close()]);
  });
});

describe('with the permission granted', () => {
  let tab: Page;
  let popup: Page;
  beforeAll(async () => {
    await setSettings(ext, { ...base, checks: { links: true, 'source-mentions': true } });
    ({ tab, popup } = await checkInPopup('/article.html'));
  }, 90_000);

  test('a broken link and the linked claims show their statuses', async () => {
    expect(await itemText(popup, 'links', 'our migration notes')).toMatch(/Broken.*HTTP 404/);
    expect(await itemText(popup, 'linked', '40%')).toContain('The source says 4%, not 40%');
    await popup.click('button.chip:has-text("Supported")');
    expect(await itemText(popup, 'linked', '30%')).toMatch(/Source states it: “Thirty per cent of operators/);
    expect(await itemText(popup, 'cited', 'roughly 1%')).toContain(
      'Cited, work found (no link in the article)',
    );
    expect(await itemText(popup, 'imports', 'liam_core')).toMatch(/Package not found/);
  });

  test('only the granted host was asked, for the linked URLs; the ungranted one never', () => {
    const asked = site.requests
      .filter((r) => String(r.headers.host ?? '').startsWith(GRANTED))
      .map((r) => `${r.method} ${r.url}`);
    expect(asked).toEqual(
      expect.arrayContaining(['HEAD /gone.html', 'GET /sources/different.html', 'GET /sources/survey.html']),
    );
    expect(site.requests.some((r) => String(r.headers.host ?? '').startsWith(VENDOR))).toBe(false);
  });

  test('the tooltip shows the found work (linked) and the source’s own words', async () => {
    const cited = await tooltipFor(tab, 'roughly 1%');
    expect(cited).toContain('Cited, work found (no link in the article)');
    expect(cited).toContain('Open “Recalibrating global data center energy-use estimates”');
    const linked = await tooltipFor(tab, '40%');
    expect(linked).toContain('The source says 4%, not 40%');
  });
});

describe.each([
  ['the seed (../shared/seed)', SEED, '/seed.html', 'Koomey et al., 2016', /Several possible works/],
  [
    'the sample (samples/sample-post.md)',
    SAMPLE,
    '/sample.html',
    'Albrecht et al., 2022',
    /Cited work not found/,
  ],
])('%s', (name, file, path, citation, shown) => {
  const present = existsSync(file);
  if (!present)
    console.log(`Skipping ${name}: ${file} does not exist (a clone without ../shared beside it).`);
  test.skipIf(!present)(`${citation}: its lookup in the popup and the tooltip`, async () => {
    await setSettings(ext, base);
    const { tab, popup } = await checkInPopup(path);
    const cited = await popup.textContent('section[data-group="cited"]');
    expect(cited).toContain(citation);
    expect(cited).toMatch(shown);
    const claim = await popup.$eval('section[data-group="cited"] li.item .text', (e) => e.textContent ?? '');
    expect(await tooltipFor(tab, claim)).toMatch(shown);
    await Promise.all([popup.close(), tab.close()]);
  });
});

// The popup as it opens at 400 x 600 (a toolbar popup's usual size): its top list holds the worst problem of each
// kind, and every one of them is on screen without scrolling.
describe.each<[string, string, string, (string | RegExp)[]]>([
  [
    'the seed (../shared/seed)',
    SEED,
    '/seed.html',
    ['1%', 'a leader in healthcare AI', '(link)', 'liam_core', /^Table: /, '40% decrease'],
  ],
  [
    'the sample (samples/sample-post.md)',
    SAMPLE,
    '/sample.html',
    [
      'sub-millisecond',
      'veridane_fluxcore',
      /^Table: /,
      'up to 9%',
      '(link)',
      'the world leader in AI-driven grid balancing',
    ],
  ],
])('%s: the first screen', (name, file, path, expected) => {
  const present = existsSync(file);
  if (!present)
    console.log(`Skipping ${name}: ${file} does not exist (a clone without ../shared beside it).`);
  test.skipIf(!present)('shows the worst problem of each kind at 400 x 600, without scrolling', async () => {
    await setSettings(ext, base);
    const { tab, popup } = await checkInPopup(path, { width: 400, height: 600 });
    const slug = path.replace(/\W+/g, '');
    await screenshot(popup, `first-screen-${slug}`);
    const onScreen = await popup.$$eval('section[data-group="top"] li.item', (lis) =>
      lis
        .filter((li) => {
          const box = li.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0;
        })
        .map((li) => li.querySelector('.text')?.textContent ?? ''),
    );
    console.log(name, JSON.stringify(onScreen));
    for (const want of expected)
      expect(
        onScreen.some((t) => (typeof want === 'string' ? t === want : want.test(t))),
        String(want),
      ).toBe(true);
    await Promise.all([popup.close(), tab.close()]);
  });
});

test('the request log: no article text left the browser, for any check', async () => {
  const log = await requestLog();
  expect(log.length).toBeGreaterThan(5);
  const prose = [SAMPLE, ...(existsSync(SEED) ? [SEED] : [])].map((f) => readFileSync(f, 'utf8'));
  prose.push(article(0).replace(/<[^>]+>/g, ' '));
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const runs = new Set<string>();
  // Any five words in a row of the articles (a citation alone is four: "Koomey et al 2016").
  for (const text of prose) {
    const w = words(text);
    for (let i = 0; i + 5 <= w.length; i++) runs.add(w.slice(i, i + 5).join(' '));
  }
  const sent = [...log, ...registry.requests, ...scholar.requests, ...site.requests.map((r) => r.url)];
  for (const line of sent) {
    const w = words(decodeURIComponent(line.replace(/\+/g, ' ')));
    for (let i = 0; i + 5 <= w.length; i++) expect(runs.has(w.slice(i, i + 5).join(' ')), line).toBe(false);
  }
});

test('the options page lists each online check with what it sends, to whom, and a switch', async () => {
  await setSettings(ext, base);
  const options = await ext.context.newPage();
  await options.goto(ext.url('src/options/index.html'));
  await options.waitForSelector('.online-checks label.check');
  const rows = await options.$$eval('.online-checks label.check', (ls) =>
    ls.map((l) => ({
      id: l.getAttribute('data-check'),
      on: (l.querySelector('input') as HTMLInputElement).checked,
      text: l.textContent ?? '',
    })),
  );
  expect(rows.map((r) => [r.id, r.on])).toEqual([
    ['imports', true],
    ['package-risk', true],
    ['cited-works', true],
    ['links', false],
    ['source-mentions', false],
  ]);
  for (const r of rows) expect(r.text).toMatch(/Sends: .+ To: .+/);
  expect(rows[2]!.text).toContain(new URL(scholar.url).host);
  expect(rows[3]!.text).toContain('the sites the article links to');
  await options.close();
});
