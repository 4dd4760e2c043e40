// The core path in real chromium: the popup checks a page, the page shows highlights (CSS.highlights), hovering
// shows the tooltip, clicking a finding scrolls to it, page text and scripts are untouched, and "off" leaves no trace.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFakeRegistry, type FakeRegistry } from '../helpers/fake-registry';
import {
  launchExtension,
  openExtensionPage,
  highlightName,
  pageHighlights,
  screenshot,
  setSettings,
  shadowTexts,
  startSite,
  tabIdOf,
  waitForHighlights,
  type Extension,
  type Site,
} from './harness';

let site: Site;
let registry: FakeRegistry;
let ext: Extension;
let page: Page;
let popup: Page;
let bodyBefore = '';

const HOSTILE = '<img src=x onerror=window.__pwned=1>';

// The item texts of one popup group, as a reader sees them.
async function groupTexts(p: Page, group: string): Promise<string[]> {
  return p.$$eval(`section[data-group="${group}"] li.item .text`, (els) =>
    els.map((e) => e.textContent ?? ''),
  );
}

// The viewport-relative centre of the first highlighted range whose text is `text`.
async function rangeCentre(p: Page, text: string): Promise<{ x: number; y: number }> {
  return p.evaluate((t) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    // The fixture page registers no highlights of its own: every one is ClaimLens's.
    for (const [, h] of registry) {
      for (const r of h) {
        if (r.toString() !== t) continue;
        const rect = r.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`no highlight for ${t}`);
  }, text);
}

beforeAll(async () => {
  site = await startSite();
  registry = await startFakeRegistry();
  ext = await launchExtension();
  await setSettings(ext, {
    highlightMode: 'off',
    online: true,
    depsdevUrl: registry.url,
    pypiUrl: registry.url,
    npmUrl: registry.url,
  });
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 640 });
  await page.goto(site.url('article.html'));
  await page.waitForFunction(
    () => (window as unknown as { pageScriptReady?: boolean }).pageScriptReady === true,
  );
  bodyBefore = await page.evaluate(() => document.body.outerHTML);
  const tabId = await tabIdOf(ext, site.url('article.html'));
  popup = await openExtensionPage(ext, `src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('section[data-group="imports"] li.item', { timeout: 30_000 });
  // Online verification finishes after the offline report is shown.
  await popup.waitForFunction(() => !document.body.innerText.includes('Checking packages'), null, {
    timeout: 30_000,
  });
});

afterAll(async () => {
  await ext?.close();
  await registry?.close();
  await site?.close();
});

describe('popup', () => {
  test('lists the expected groups, each with its expected findings', async () => {
    const titles = await popup.$$eval('section.group h2', (hs) =>
      hs.map((h) => h.firstChild?.textContent?.trim()),
    );
    expect(titles).toEqual([
      'Top problems',
      'Unsupported numbers',
      'Cited but unlinked',
      'Leadership and weasel claims',
      'Placeholder and missing links',
      'Code imports',
    ]);
    // The first screen: at most six, worst first, one of each kind before a second of any.
    expect(await groupTexts(popup, 'top')).toEqual([
      '42%',
      'vantage_core',
      'about 2%',
      '(link)',
      'Table: Results',
      'a leader in edge inference',
    ]);
    // The results table is one finding (its cells are listed in it), not one per cell; before and after
    // columns are not a contradiction.
    expect(await groupTexts(popup, 'numbers')).toEqual(['42%', '3x faster', 'Table: Results']);
    expect(await groupTexts(popup, 'cited')).toEqual(['about 2%']);
    expect(await groupTexts(popup, 'leadership')).toContain('a leader in edge inference');
    expect(await groupTexts(popup, 'links')).toEqual(
      expect.arrayContaining(['(link)', 'deployment checklist', 'explore our GitHub repository']),
    );
    const cited = await popup.textContent('section[data-group="cited"] li.item');
    expect(cited).toContain('Brennan and Ortiz, 2021');
    // A year used as a date and code are never claims.
    for (const g of ['numbers', 'cited', 'leadership'])
      expect(await groupTexts(popup, g)).not.toContain('2021');
  });

  test('shows the made-up package as not found and the real one as existing', async () => {
    const imports = await popup.$$eval('section[data-group="imports"] li.item', (lis) =>
      lis.map(
        (li) => `${li.querySelector('.text')?.textContent} ${li.querySelector('.verdict')?.textContent}`,
      ),
    );
    expect(imports.find((t) => t.startsWith('vantage_core'))).toMatch(/Package not found/);
    // Packages that exist are "fine": shown once the reader asks for supported items.
    await popup.click('button.chip:has-text("Supported")');
    const all = await popup.$$eval('section[data-group="imports"] li.item .text', (els) =>
      els.map((e) => e.textContent),
    );
    expect(all).toEqual(expect.arrayContaining(['vantage_core', 'numpy']));
    await popup.click('button.chip:has-text("Supported")');
  });

  test('summary counts agree with the highlights drawn in the page', async () => {
    const tiles = await popup.$$eval('.summary .stat', (els) =>
      Object.fromEntries(
        els.map((e) => [e.querySelector('.l')?.textContent, Number(e.querySelector('.n')?.textContent)]),
      ),
    );
    const h = await pageHighlights(page);
    expect(tiles['Unsupported']).toBe(h['claimlens-unsupported']?.length);
    expect(tiles['Cited, unlinked']).toBe(h['claimlens-cited-unlinked']?.length);
    expect(tiles['Linked']).toBe(h['claimlens-linked']?.length);
    await screenshot(popup, 'popup');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(21, 25, 30)',
    );
    await screenshot(popup, 'popup-dark');
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
  });

  test('is keyboard navigable and labelled', async () => {
    await popup.bringToFront();
    await popup.focus('button.chip');
    const names: string[] = [];
    for (let i = 0; i < 8; i++) {
      await popup.keyboard.press('Tab');
      names.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
        }),
      );
    }
    expect(names.some((n) => n.endsWith('Show in page'))).toBe(true);
    expect(names.every((n) => n.length > 0)).toBe(true);
  });
});

describe('page', () => {
  test('registers one CSS highlight per status with the expected claims', async () => {
    const h = await waitForHighlights(page, (x) => (x['claimlens-unsupported']?.length ?? 0) > 0);
    expect(h['claimlens-unsupported']).toEqual(
      expect.arrayContaining(['42%', '3x faster', 'a leader in edge inference', '99.97%', '$21,500']),
    );
    expect(h['claimlens-cited-unlinked']).toEqual(['about 2%']);
    expect(h['claimlens-link-problem']).toEqual(
      expect.arrayContaining([
        '(link)',
        'deployment checklist',
        'explore our GitHub repository',
        'vantage_core',
      ]),
    );
    expect(h['claimlens-linked']).toContain('18%');
    expect(Object.values(h).flat()).not.toContain('2021');
  });

  test("the highlight's style reaches text inside nested elements (each element under a mark carries our attribute)", async () => {
    await waitForHighlights(page, (x) => (x['claimlens-unsupported']?.length ?? 0) > 0);
    const name = await highlightName(page, 'unsupported');
    const attr = await highlightName(page, 'attribute');
    const seen = await page.evaluate(
      ({ n, a }) => {
        // "42%": the "42" sits in a <b> inside its paragraph, the "%" in the paragraph itself.
        const b = [...document.querySelectorAll('b')].find((e) => e.textContent === '42')!;
        const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText));
        return {
          nested: getComputedStyle(b, `::highlight(${n})`).backgroundColor,
          paragraph: getComputedStyle(b.parentElement!, `::highlight(${n})`).backgroundColor,
          marked: [b.hasAttribute(a), b.parentElement!.hasAttribute(a)],
          unmarked: getComputedStyle(document.querySelector('h1')!, `::highlight(${n})`).backgroundColor,
          rule: rules.find((r) => r.includes(n)) ?? '',
        };
      },
      { n: name, a: attr },
    );
    // The rules select the attribute, so adopting them restyles nothing else in the page.
    expect(seen.rule.startsWith(`[${attr}]::highlight(`)).toBe(true);
    expect(seen.marked).toEqual([true, true]);
    expect(seen.nested).toMatch(/^rgba\(\d+, \d+, \d+, 0\.28\)$/);
    expect(seen.nested).toBe(seen.paragraph);
    expect(seen.unmarked).not.toBe(seen.nested);
  });

  test('shows a tooltip with the claim, its verdict and evidence on hover', async () => {
    await page.bringToFront();
    await page.evaluate(() => scrollTo(0, 0));
    const c = await rangeCentre(page, 'about 2%');
    await page.mouse.move(c.x - 30, c.y - 40);
    await page.mouse.move(c.x, c.y, { steps: 4 });
    let texts: string[] = [];
    for (let i = 0; i < 30 && !texts.some((t) => t.includes('about 2%')); i++) {
      await page.waitForTimeout(100);
      texts = await shadowTexts(page);
    }
    expect(texts).toEqual(expect.arrayContaining(['“about 2%”', 'Cited, not linked', 'Evidence']));
    expect(texts.join(' ')).toContain('Brennan and Ortiz, 2021');
    await screenshot(page, 'article-tooltip');
  });

  test('claim text with markup is shown as text in the popup and the tooltip, never run', async () => {
    const sentences = await popup.$$eval('li.item .sentence', (els) => els.map((e) => e.textContent ?? ''));
    expect(sentences.some((s) => s.includes(HOSTILE))).toBe(true);
    expect(await popup.$$('img[src="x"]')).toHaveLength(0);
    // Move off the previous card first (it may cover the next claim), then hover.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    const c = await rangeCentre(page, '3x faster');
    await page.mouse.move(c.x, c.y, { steps: 3 });
    let texts: string[] = [];
    for (let i = 0; i < 30 && !texts.some((t) => t.includes(HOSTILE)); i++) {
      await page.waitForTimeout(100);
      texts = await shadowTexts(page);
    }
    expect(texts.some((t) => t.includes(HOSTILE))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('clicking a finding in the popup scrolls the page to it and flashes it', async () => {
    await page.mouse.move(5, 5);
    await page.evaluate(() => scrollTo(0, 0));
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await popup.click('section[data-group="imports"] li.item:has-text("vantage_core") button.main');
    const flash = await highlightName(page, 'flash');
    await page.waitForFunction(
      (name) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(name),
      flash,
      {
        timeout: 5000,
      },
    );
    await page.waitForFunction(() => scrollY > 100, null, { timeout: 5000 });
    // Smooth scrolling: wait until it settles.
    let last = -1;
    for (let y = await page.evaluate(() => scrollY); y !== last; y = await page.evaluate(() => scrollY)) {
      last = y;
      await page.waitForTimeout(250);
    }
    const c = await rangeCentre(page, 'vantage_core');
    const height = await page.evaluate(() => innerHeight);
    expect(c.y).toBeGreaterThan(0);
    expect(c.y).toBeLessThan(height);
  });

  test("leaves the page's text and DOM as they were, and its scripts working", async () => {
    // The one change: the elements under shown highlights carry one attribute (random name) that our rules select.
    const attr = await highlightName(page, 'attribute');
    const seen = await page.evaluate((a) => {
      const body = document.body.cloneNode(true) as HTMLElement;
      const marked = [...body.querySelectorAll(`[${a}]`)];
      const values = marked.map((e) => e.getAttribute(a));
      for (const el of marked) el.removeAttribute(a);
      return { html: body.outerHTML, marked: marked.length, values };
    }, attr);
    expect(seen.marked).toBeGreaterThan(0);
    expect(new Set(seen.values)).toEqual(new Set(['']));
    expect(seen.html).toBe(bodyBefore);
    await page.click('#like');
    expect(await page.textContent('#likes')).toBe('1');
  });

  test('turning highlights off removes every trace', async () => {
    await popup.click('label.switch:has-text("Highlights on this page") input');
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0,
      null,
      {
        timeout: 5000,
      },
    );
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(
      await page.evaluate(() => Array.from(document.documentElement.children, (e) => e.tagName)),
    ).toEqual(['HEAD', 'BODY']);
    const attr = await highlightName(page, 'attribute');
    expect(await page.evaluate((a) => document.querySelectorAll(`[${a}]`).length, attr)).toBe(0);
    expect(await shadowTexts(page)).toEqual([]);
    // And on again: the same highlights come back.
    await popup.click('label.switch:has-text("Highlights on this page") input');
    await waitForHighlights(page, (x) => x['claimlens-unsupported']?.includes('42%') ?? false);
  });
});

describe('the "Always on" switch', () => {
  test('is on, and locked, where a *.wildcard entry covers the site', async () => {
    const base = { online: true, depsdevUrl: registry.url, pypiUrl: registry.url, npmUrl: registry.url };
    const always = 'label.switch:has-text("Always on 127.0.0.1") input';
    try {
      await setSettings(ext, { ...base, highlightMode: 'sites', sites: ['http://*.127.0.0.1'] });
      await popup.waitForSelector(`${always}:checked`, { timeout: 5000 });
      expect(await popup.isDisabled(always)).toBe(true);
      expect(await popup.getAttribute('label.switch:has-text("Always on")', 'title')).toMatch(
        /\*\.127\.0\.0\.1/,
      );
    } finally {
      await setSettings(ext, { ...base, highlightMode: 'off', sites: [] });
    }
    await popup.waitForSelector(`${always}:not(:checked):not(:disabled)`, { timeout: 5000 });
  });
});
