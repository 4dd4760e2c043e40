import { beforeEach, expect, test, vi } from 'vitest';

// A browser whose scripting API behaves like Chrome's: registering an id twice throws, and every call yields.
const registered = new Map<string, { matches: string[] }>();
const stored: Record<string, unknown> = {};
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));
const area = {
  get: async (k: string) => (await tick(), { [k]: stored[k] }),
  set: async (v: Record<string, unknown>) => (await tick(), Object.assign(stored, v)),
};
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { sync: area, local: area },
    permissions: { contains: async () => (await tick(), true) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => (
        await tick(),
        ids.filter((id) => registered.has(id)).map((id) => ({ id, ...registered.get(id) }))
      ),
      registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => {
        await tick();
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, { matches: s.matches });
        }
      },
      updateContentScripts: async (scripts: { id: string; matches: string[] }[]) => {
        await tick();
        for (const s of scripts) registered.set(s.id, { matches: s.matches });
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        await tick();
        for (const id of ids) registered.delete(id);
      },
    },
  },
}));
const { syncAutoHighlight } = await import('./auto-highlight');
const { saveSettings } = await import('../shared/settings-store');

beforeEach(() => {
  registered.clear();
  for (const k of Object.keys(stored)) delete stored[k];
});

test('syncs that come together (the switch saves a setting and gets a permission) register the script once', async () => {
  await saveSettings({ highlightMode: 'sites', sites: ['https://blog.example.org'] });
  const results = await Promise.allSettled([syncAutoHighlight(), syncAutoHighlight(), syncAutoHighlight()]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
  expect([...registered.values()].map((s) => s.matches)).toEqual([['https://blog.example.org/*']]);
});

test('each sync reads the settings when its turn comes: the last one wins', async () => {
  await saveSettings({ highlightMode: 'sites', sites: ['https://a.example.org'] });
  const first = syncAutoHighlight();
  await saveSettings({ highlightMode: 'sites', sites: ['https://a.example.org', 'https://b.example.org'] });
  const second = syncAutoHighlight();
  await first;
  expect(await second).toEqual(['https://a.example.org/*', 'https://b.example.org/*']);
  expect(registered.get('claimlens-auto')?.matches).toEqual([
    'https://a.example.org/*',
    'https://b.example.org/*',
  ]);
  await saveSettings({ highlightMode: 'off', sites: [] });
  expect(await syncAutoHighlight()).toEqual([]);
  expect(registered.size).toBe(0);
});

test('a failed sync does not stop the ones after it', async () => {
  await saveSettings({ highlightMode: 'sites', sites: ['https://blog.example.org'] });
  registered.set('claimlens-auto', { matches: [] });
  const { default: browser } = await import('webextension-polyfill');
  const update = browser.scripting.updateContentScripts;
  browser.scripting.updateContentScripts = async () => {
    throw new Error('update refused');
  };
  await expect(syncAutoHighlight()).rejects.toThrow('update refused');
  browser.scripting.updateContentScripts = update;
  expect(await syncAutoHighlight()).toEqual(['https://blog.example.org/*']);
});
