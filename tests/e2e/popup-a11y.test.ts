// The popup for keyboard and screen-reader users (issue 11, item 3): every control has a name, the groups are named
// regions with a heading and a list, a finding's messages are read after its name, Tab goes through the controls in
// the order they are shown with a visible focus ring on each, arrow keys move between findings, and the export menu
// is a menu.
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityTree, focusedNode, openExtensionPage, tabIdOf, useSiteAndExtension } from './harness';

const env = useSiteAndExtension({ highlightMode: 'off', online: false });
let popup: Page;

const INTERACTIVE = new Set([
  'button',
  'link',
  'checkbox',
  'switch',
  'searchbox',
  'textbox',
  'combobox',
  'menuitem',
  'radio',
  'tab',
]);

beforeAll(async () => {
  const page = await env.ext.context.newPage();
  const url = env.site.url('article.html?a11y');
  await page.goto(url);
  const tabId = await tabIdOf(env.ext, url);
  popup = await openExtensionPage(env.ext, `src/popup/index.html?tabId=${tabId}`, {
    width: 400,
    height: 600,
  });
  await popup.waitForSelector('section[data-group="imports"] li.item', { timeout: 30_000 });
  await popup.bringToFront();
});

test('every control has an accessible name, and each finding reads its messages after its name', async () => {
  const tree = await accessibilityTree(popup);
  const controls = tree.filter((n) => INTERACTIVE.has(n.role));
  expect(controls.length).toBeGreaterThan(20);
  expect(controls.filter((n) => n.name.trim() === '').map((n) => n.role)).toEqual([]);
  // The finding is listed twice, on the first screen and in its group; both read their message, the group's its quote.
  const findings = tree.filter((n) => n.role === 'button' && n.name.startsWith('Unsupported: 42%'));
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) expect(f.description).toContain('has no source');
  expect(findings.some((f) => f.description?.includes('inference costs fall by 42%'))).toBe(true);
  // The legend is a named group, not loose text.
  expect(tree.some((n) => n.role === 'group' && n.name === 'Highlight colours')).toBe(true);
});

test('each group is a region named by its heading, holding a list of its findings', async () => {
  const groups = await popup.$$eval('section[data-group]', (els) =>
    els.map((e) => ({ id: e.getAttribute('data-group')!, items: e.querySelectorAll('li.item').length })),
  );
  expect(groups.map((g) => g.id)).toEqual(['top', 'numbers', 'cited', 'leadership', 'links', 'imports']);
  for (const g of groups) {
    const section = popup.locator(`section[data-group="${g.id}"]`);
    const heading = (await section.getByRole('heading', { level: 2 }).textContent())!.trim();
    await expect(popup.getByRole('region', { name: heading, exact: true }).count()).resolves.toBe(1);
    const list = section.getByRole('list').first();
    await expect(list.getByRole('listitem').count()).resolves.toBeGreaterThanOrEqual(g.items);
  }
  await expect(popup.getByRole('heading', { level: 1, name: 'ClaimLens' }).count()).resolves.toBe(1);
});

test('Tab visits every control once, in the order they are shown, each with a visible focus ring', async () => {
  await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const focusable = await popup.evaluate(
    () =>
      Array.from(
        document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
      ).filter((e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0)
        .length,
  );
  interface Stop {
    key: string;
    top: number;
    bottom: number;
    left: number;
    ring: boolean;
  }
  const stops: Stop[] = [];
  for (let i = 0; i < focusable + 2; i++) {
    await popup.keyboard.press('Tab');
    const stop = await popup.evaluate((): Stop | null => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      const ring =
        el.matches(':focus-visible') &&
        ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none');
      const name = el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '';
      const key = `${el.tagName} ${name.trim().slice(0, 40)} @${Math.round(r.left)},${Math.round(r.top + scrollY)}`;
      return { key, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, ring };
    });
    if (!stop || stops.some((s) => s.key === stop.key)) break;
    stops.push(stop);
  }
  expect(stops).toHaveLength(focusable);
  expect(stops.filter((s) => !s.ring).map((s) => s.key)).toEqual([]);
  // Each stop is below the one before, or on the same line to its right.
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1]!, stops[i]!];
    const sameLine = b.top < a.bottom && a.top < b.bottom;
    expect(sameLine ? b.left > a.left : b.top >= a.bottom - 2, `${a.key} then ${b.key}`).toBe(true);
  }
});

test('arrow keys move between findings, past their links; Home and End go to the first and last', async () => {
  const items = popup.locator('li.item > button.main');
  const names = await items.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  await popup.focus('section[data-group="cited"] li.item > button.main');
  const at = await items.evaluateAll((els) => els.indexOf(document.activeElement as HTMLElement));
  // "about 2%" has an evidence list after its button; ArrowDown skips it.
  await popup.keyboard.press('ArrowDown');
  expect((await focusedNode(popup))?.name).toBe(names[at + 1]);
  await popup.keyboard.press('ArrowUp');
  expect((await focusedNode(popup))?.name).toBe(names[at]);
  await popup.keyboard.press('End');
  expect((await focusedNode(popup))?.name).toBe(names.at(-1));
  await popup.keyboard.press('Home');
  expect((await focusedNode(popup))?.name).toBe(names[0]);
});

test('the export menu is a menu: Enter opens it on its first item, arrows move, Escape gives focus back', async () => {
  await popup.focus('button:has-text("Export")');
  await popup.keyboard.press('Enter');
  await expect.poll(async () => (await focusedNode(popup))?.role).toBe('menuitem');
  const first = (await focusedNode(popup))!.name;
  await popup.keyboard.press('ArrowDown');
  expect((await focusedNode(popup))?.name).not.toBe(first);
  expect((await accessibilityTree(popup)).some((n) => n.role === 'menu' && n.name === 'Export report')).toBe(
    true,
  );
  await popup.keyboard.press('Escape');
  await expect.poll(async () => (await focusedNode(popup))?.name).toBe('Export ▾');
  expect(await popup.getAttribute('button:has-text("Export")', 'aria-expanded')).toBe('false');
});
