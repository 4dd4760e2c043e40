// The fallback where the CSS Custom Highlight API is missing (or refuses a content script): boxes over the text,
// in a closed shadow root outside <body>; the page's own DOM is untouched and teardown removes every trace.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { startSite, type Site } from './harness';

let site: Site;
let browser: Browser;
let page: Page;

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

beforeAll(async () => {
  const entry = fileURLToPath(new URL('./overlay-entry.ts', import.meta.url));
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry, name: 'Overlay', formats: ['iife'], fileName: 'overlay' },
    },
  });
  const first = Array.isArray(out) ? out[0] : out;
  const chunk = first && 'output' in first ? first.output.find((o) => o.type === 'chunk') : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('could not bundle the overlay painter');
  site = await startSite();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(site.url('article.html'));
  await page.addScriptTag({ content: chunk.code });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

// The overlay's boxes, read through the closed shadow root with CDP (pierce), as page-relative rects.
async function boxes(): Promise<Box[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node_ };
    const out: Box[] = [];
    const walk = (n: Node_, inShadow: boolean): void => {
      if (inShadow && n.nodeName === 'DIV' && n.attributes) {
        const style = n.attributes[n.attributes.indexOf('style') + 1] ?? '';
        const num = (k: string) =>
          Number(new RegExp(`(?:^|;)\\s*${k}:\\s*(-?[\\d.]+)px`).exec(style)?.[1] ?? NaN);
        if (/position:\s*absolute/.test(style) && !Number.isNaN(num('width'))) {
          out.push({ left: num('left'), top: num('top'), width: num('width'), height: num('height') });
        }
      }
      for (const s of n.shadowRoots ?? []) walk(s, true);
      for (const c of n.children ?? []) walk(c, inShadow);
    };
    walk(root, false);
    return out;
  } finally {
    await cdp.detach();
  }
}
interface Node_ {
  nodeName: string;
  attributes?: string[];
  children?: Node_[];
  shadowRoots?: Node_[];
}

test('draws boxes over the marked text, without touching the page', async () => {
  const before = await page.evaluate(() => document.body.outerHTML);
  const count = await page.evaluate(() =>
    (window as unknown as { Overlay: { paint(t: string[]): Promise<number> } }).Overlay.paint([
      '42%',
      '3x faster',
      '99.97%',
    ]),
  );
  expect(count).toBe(3);
  await page.waitForTimeout(200);
  const drawn = await boxes();
  expect(drawn.length).toBeGreaterThanOrEqual(3);
  // Each marked text lies under a box.
  const targets = await page.evaluate(() => {
    const out: { left: number; top: number; width: number; height: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const t of ['3x faster', '99.97%']) {
        const i = n.textContent!.indexOf(t);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + t.length);
        const b = r.getBoundingClientRect();
        out.push({ left: b.left + scrollX, top: b.top + scrollY, width: b.width, height: b.height });
      }
    }
    return out;
  });
  expect(targets).toHaveLength(2);
  for (const t of targets) {
    expect(
      drawn.some(
        (b) =>
          Math.abs(b.left - t.left) < 2 && Math.abs(b.top - t.top) < 2 && Math.abs(b.width - t.width) < 2,
      ),
    ).toBe(true);
  }
  expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
});

test('teardown removes every trace', async () => {
  await page.evaluate(() => (window as unknown as { Overlay: { stop(): void } }).Overlay.stop());
  expect(await boxes()).toEqual([]);
  expect(await page.evaluate(() => Array.from(document.documentElement.children, (e) => e.tagName))).toEqual([
    'HEAD',
    'BODY',
  ]);
});
