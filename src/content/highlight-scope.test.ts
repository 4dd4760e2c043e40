import { afterEach, expect, test, vi } from 'vitest';

// A document just rich enough for the probe: elements, a shadow root, constructed sheets, computed styles.
function fakeBrowser(inheritedColor: string | null, opts: { shadow?: boolean } = {}) {
  const removed: unknown[] = [];
  const appended: unknown[] = [];
  const element = (): Record<string, unknown> => {
    const el: Record<string, unknown> = {
      style: {},
      append: () => undefined,
      remove: () => removed.push(el),
    };
    if (opts.shadow !== false) el.attachShadow = () => ({ adoptedStyleSheets: [], append: () => undefined });
    return el;
  };
  vi.stubGlobal('document', {
    createElement: element,
    documentElement: { append: (n: unknown) => appended.push(n) },
  });
  vi.stubGlobal(
    'CSSStyleSheet',
    class {
      replaceSync(): void {}
    },
  );
  vi.stubGlobal('getComputedStyle', (_el: unknown, pseudo: string) => {
    if (!/^::highlight\(probe\w+\)$/.test(pseudo)) throw new Error(`unexpected pseudo ${pseudo}`);
    return { color: inheritedColor ?? 'rgb(0, 0, 0)' };
  });
  return { removed, appended };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

test("':root' where the probe's child gets its parent's highlight colour, and the probe leaves nothing behind", async () => {
  const page = fakeBrowser('rgb(1, 2, 3)');
  const { highlightScope } = await import('./highlight-scope');
  expect(highlightScope()).toBe(':root');
  expect(page.appended).toHaveLength(1);
  expect(page.removed).toEqual(page.appended);
  // Asked once per page: the answer is kept.
  expect(highlightScope()).toBe(':root');
  expect(page.appended).toHaveLength(1);
});

test('the universal form where highlight styles do not inherit', async () => {
  const page = fakeBrowser(null);
  const { highlightScope } = await import('./highlight-scope');
  expect(highlightScope()).toBe('');
  expect(page.removed).toEqual(page.appended);
});

test('the universal form where the probe cannot run (no shadow roots)', async () => {
  const page = fakeBrowser('rgb(1, 2, 3)', { shadow: false });
  const { highlightScope } = await import('./highlight-scope');
  expect(highlightScope()).toBe('');
  expect(page.appended).toHaveLength(0);
});
