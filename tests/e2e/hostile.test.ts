// Hostile pages in chromium: a page that tampers with CSS.highlights, 100,000 nested elements, a page that rewrites
// itself every frame, iframes with shadow DOM and an editor, and a page that blocks its own main thread. ClaimLens
// must not crash, must not break the page, must not cause a long task over 50 ms, and must put back highlights a
// page moved. (The 1 MB page is perf.test.ts.)
//
// Long tasks are attributed by ClaimLens's phase marks (test build only): a long task that overlaps its reading
// (read:start..read:end) or drawing (render:start..render:end) is counted as ClaimLens's, except (on the page that
// blocks itself) one that overlaps the page's own busy windows, which that page records. Between the two phases
// the content script waits for the worker; a page that re-renders every frame can have long frames of its own then
// (seen once: 81 ms while the popup window opened), and those are the page's.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import {
  highlightName,
  highlightNames,
  openExtensionPage,
  pageHighlights,
  tabIdOf,
  useSiteAndExtension,
  waitForHighlights,
} from './harness';

const env = useSiteAndExtension({ highlightMode: 'off', online: false });

interface LongTask {
  start: number;
  duration: number;
}

// Whatever a test opened is closed after it, pass or fail (a leftover tab with the same URL would be found first).
const open: Page[] = [];
afterEach(async () => {
  for (const p of open.splice(0)) await p.close().catch(() => undefined);
});

// Opens a page, has ClaimLens check it through the popup (as a reader would) and waits until it has drawn.
async function checkPage(path: string): Promise<{ page: Page; close(): Promise<void> }> {
  const page = await env.ext.context.newPage();
  open.push(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: LongTask[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(env.site.url(path));
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  const popup = await openExtensionPage(
    env.ext,
    `src/popup/index.html?tabId=${await tabIdOf(env.ext, env.site.url(path))}`,
  );
  open.push(popup);
  await popup.waitForSelector('.summary', { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('claimlens:render:end').length > 0, null, {
    timeout: 60_000,
  });
  return {
    page,
    close: async () => {
      await popup.close();
      await page.close();
    },
  };
}

// Long tasks that overlap one of ClaimLens's working phases (read:start..read:end, render:start..render:end) and
// not the page's own recorded busy windows.
async function ourLongTasks(page: Page): Promise<{ tasks: LongTask[]; phases: string }> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: LongTask[]; __busy?: [number, number][] };
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('claimlens:'));
    // Each phase (read, the early draw of a long plan's first part, render) from its start to its end; phases of
    // different kinds may overlap.
    const windows: [number, number][] = [];
    const open = new Map<string, number>();
    for (const m of marks) {
      const [, phase, edge] = /^claimlens:(read|early|render):(start|end)$/.exec(m.name) ?? [];
      if (!phase) continue;
      if (edge === 'start') open.set(phase, m.startTime);
      else if (open.has(phase)) {
        windows.push([open.get(phase)!, m.startTime]);
        open.delete(phase);
      }
    }
    for (const start of open.values()) windows.push([start, Infinity]);
    const busy = w.__busy ?? [];
    const overlaps = (t: LongTask, [b, e]: [number, number], slack = 0) =>
      t.start <= e + slack && t.start + t.duration >= b - slack;
    const tasks = w.__longTasks.filter(
      (t) => windows.some((win) => overlaps(t, win)) && !busy.some((win) => overlaps(t, win, 5)),
    );
    const phases = marks
      .filter((m) => !m.name.startsWith('claimlens:names'))
      .map((m) => `${m.name.slice(10)} ${Math.round(m.startTime)}`)
      .join(', ');
    return { tasks, phases };
  });
}

const sorted = (h: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k, [...v].sort()]));

describe('a page that tampers with CSS.highlights', () => {
  test.each([
    [
      'moves every unsupported range into the linked highlight',
      (u: string, l: string) => {
        const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const from = reg.get(u)!;
        const to = reg.get(l)!;
        for (const r of Array.from(from)) {
          to.add(r);
          from.delete(r);
        }
      },
    ],
    [
      'replaces a highlight of ours with its own',
      (u: string) => {
        const H = (globalThis as unknown as { Highlight: new () => Set<Range> }).Highlight;
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.set(u, new H());
      },
    ],
    [
      'clears the registry',
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear(),
    ],
    [
      'empties our stylesheet',
      () => {
        for (const s of document.adoptedStyleSheets) s.replaceSync('');
      },
    ],
  ])('%s: repainted correctly within a second', async (_name, tamper) => {
    const { page, close } = await checkPage('article.html');
    const drawn = sorted(
      await waitForHighlights(page, (h) => h['claimlens-unsupported']?.includes('42%') ?? false),
    );
    const byStatus = Object.fromEntries(Object.entries(await highlightNames(page)).map(([n, s]) => [s, n]));
    const rules = () =>
      page.evaluate(() => document.adoptedStyleSheets.map((s) => s.cssRules.length).join(','));
    const rulesBefore = await rules();
    // The page tampers and, in the same task (ClaimLens cannot run in between), checks that it took.
    const took = await page.evaluate(`(() => {
      const state = () => JSON.stringify([
        [...CSS.highlights].map(([n, h]) => [n, [...h].map((r) => r.toString()).sort()]),
        document.adoptedStyleSheets.map((s) => s.cssRules.length),
      ]);
      const before = state();
      (${tamper.toString()})(${JSON.stringify(byStatus['claimlens-unsupported'])}, ${JSON.stringify(byStatus['claimlens-linked'])});
      return state() !== before;
    })()`);
    const tamperedAt = Date.now();
    expect(took).toBe(true);
    let repairedIn = Infinity;
    while (Date.now() - tamperedAt < 3000) {
      if (
        JSON.stringify(sorted(await pageHighlights(page))) === JSON.stringify(drawn) &&
        (await rules()) === rulesBefore
      ) {
        repairedIn = Date.now() - tamperedAt;
        break;
      }
      await page.waitForTimeout(50);
    }
    console.log(`${_name}: repaired in ${repairedIn} ms`);
    expect(repairedIn).toBeLessThan(1000);
    await close();
  });

  test('strips the attribute that our rules select: put back within a second', async () => {
    const { page, close } = await checkPage('article.html');
    await waitForHighlights(page, (h) => h['claimlens-unsupported']?.includes('42%') ?? false);
    const attr = await highlightName(page, 'attribute');
    const marked = () => page.evaluate((a) => document.querySelectorAll(`[${a}]`).length, attr);
    const before = await marked();
    expect(before).toBeGreaterThan(0);
    const stripped = await page.evaluate((a) => {
      for (const el of document.querySelectorAll(`[${a}]`)) el.removeAttribute(a);
      return document.querySelectorAll(`[${a}]`).length;
    }, attr);
    expect(stripped).toBe(0);
    const strippedAt = Date.now();
    await page.waitForFunction((a) => document.querySelectorAll(`[${a}]`).length > 0, attr, {
      timeout: 3000,
    });
    const repairedIn = Date.now() - strippedAt;
    console.log(`stripped attribute: repaired in ${repairedIn} ms`);
    expect(repairedIn).toBeLessThan(1000);
    expect(await marked()).toBe(before);
    await close();
  });

  test('highlight names are random per page load, not "claimlens-*"', async () => {
    const { page, close } = await checkPage('article.html');
    const first = Object.keys(await highlightNames(page));
    // Five highlights and the attribute our rules select.
    expect(first.length).toBe(6);
    for (const n of first) expect(n).toMatch(/^(data-)?h[0-9a-z]{15}$/);
    expect(first.filter((n) => n.startsWith('data-'))).toHaveLength(1);
    await page.reload();
    const tabId = await tabIdOf(env.ext, env.site.url('article.html'));
    const popup = await openExtensionPage(env.ext, `src/popup/index.html?tabId=${tabId}`);
    open.push(popup);
    await popup.waitForSelector('.summary', { timeout: 60_000 });
    await waitForHighlights(page, (h) => (h['claimlens-unsupported']?.length ?? 0) > 0);
    const second = Object.keys(await highlightNames(page));
    expect(second.filter((n) => first.includes(n))).toEqual([]);
    await popup.close();
    await close();
  });
});

describe('pages that push the content script', () => {
  test('100,000 nested elements', async () => {
    const { page, close } = await checkPage('hostile-nested.html');
    const h = await waitForHighlights(page, (x) => x['claimlens-unsupported']?.includes('42%') ?? false);
    expect(h['claimlens-unsupported']).toContain('42%');
    expect(await page.evaluate(() => (window as unknown as { __built: number }).__built)).toBe(100_000);
    const { tasks, phases } = await ourLongTasks(page);
    expect(tasks, phases).toEqual([]);
    await close();
  });

  test('a page that rewrites itself every frame', async () => {
    const { page, close } = await checkPage('hostile-rewrite.html');
    await waitForHighlights(page, (x) => x['claimlens-unsupported']?.includes('42%') ?? false);
    const frames = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    const before = await frames();
    // Long enough for the watcher to re-read the page (its longest wait is 3 s) and draw again.
    await page.waitForTimeout(4000);
    expect((await frames()) - before).toBeGreaterThan(30); // the page kept animating
    expect((await pageHighlights(page))['claimlens-unsupported']).toContain('42%');
    const { tasks, phases } = await ourLongTasks(page);
    expect(tasks, phases).toEqual([]);
    await close();
  });

  test('iframes, shadow roots and a contenteditable editor', async () => {
    const { page, close } = await checkPage('hostile-frames.html');
    await waitForHighlights(page, (x) => x['claimlens-unsupported']?.includes('42%') ?? false);
    // The editor's claim is highlighted and styled (by the whole-page rule: nothing is written into editable
    // content), the editor still edits, and ClaimLens added nothing to it.
    await waitForHighlights(page, (x) => x['claimlens-unsupported']?.some((t) => t.includes('40%')) ?? false);
    const unsupported = await highlightName(page, 'unsupported');
    expect(
      await page.evaluate(
        (n) => getComputedStyle(document.querySelector('#editor p')!, `::highlight(${n})`).backgroundColor,
        unsupported,
      ),
    ).not.toBe('rgba(0, 0, 0, 0)');
    const editor = page.locator('#editor');
    const htmlBefore = await editor.innerHTML();
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed.');
    expect(await editor.innerText()).toContain('Typed.');
    expect((await editor.innerHTML()).replace(' Typed.', '')).toBe(htmlBefore);
    // The frames and shadow roots are intact.
    expect(await page.frameLocator('#same').locator('h1').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('fact-box')?.shadowRoot?.textContent)).toContain(
      '65%',
    );
    const { tasks, phases } = await ourLongTasks(page);
    expect(tasks, phases).toEqual([]);
    await close();
  });

  test.each([20, 80])(
    'one %i kB paragraph: the popup shows its report (was "Message exceeded 64MiB")',
    async (kb) => {
      const { page, close } = await checkPage(`hostile-paragraph.html?kb=${kb}`);
      const h = await waitForHighlights(page, (x) => (x['claimlens-unsupported']?.length ?? 0) > 10);
      expect(h['claimlens-unsupported']!.length).toBeGreaterThan(10);
      const { tasks, phases } = await ourLongTasks(page);
      expect(tasks, phases).toEqual([]);
      await close();
    },
  );

  test('a page that blocks its own main thread', async () => {
    const { page, close } = await checkPage('hostile-block.html');
    await waitForHighlights(page, (x) => x['claimlens-unsupported']?.includes('42%') ?? false);
    const ticks = () => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    const before = await ticks();
    await page.waitForTimeout(1500);
    expect((await ticks()) - before).toBeGreaterThanOrEqual(2); // its own work goes on
    const { tasks, phases } = await ourLongTasks(page);
    expect(tasks, phases).toEqual([]);
    await close();
  });
});
