import { expect, test, vi } from 'vitest';
import { idleState, type TabState } from '../shared/tab-state';

// The browser as the publishing path meets it: session storage whose writes wait until the test lets them finish,
// the badge, and the views' channel, each call recorded in order.
const calls: string[] = [];
const pendingWrites: (() => void)[] = [];
const session = new Map<string, unknown>();
const wait = (what: string) => () =>
  new Promise<void>((resolve) => {
    calls.push(what);
    pendingWrites.push(resolve);
  });
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: async (k: string) => (session.has(k) ? { [k]: session.get(k) } : {}),
        set: async (items: Record<string, unknown>) => {
          await wait('storage:set')();
          for (const [k, v] of Object.entries(items)) session.set(k, v);
        },
        remove: wait('storage:remove'),
      },
      local: { get: async () => ({}), set: async () => undefined, remove: async () => undefined },
      sync: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: () => undefined },
    },
    action: {
      setBadgeBackgroundColor: async () => void calls.push('badge:color'),
      setBadgeText: async () => void calls.push('badge:text'),
      setTitle: async () => void calls.push('badge:title'),
    },
    runtime: {
      sendMessage: async (m: { type: string; payload: TabState }) =>
        void calls.push(`views:${m.type}:${m.payload.status}`),
    },
    i18n: { getMessage: () => '', getUILanguage: () => 'en' },
  },
}));
const { publish } = await import('./tabs');
const { getState } = await import('./tab-store');

const flush = () => new Promise((r) => setTimeout(r, 0));

test('the views and the badge are told at once; the storage copy is written beside them, and publish ends with it', async () => {
  const state: TabState = { ...idleState(3), status: 'no-article', error: 'nothing to check' };
  let done = false;
  const published = publish(state).then((s) => ((done = true), s));
  await flush();
  // The storage write has not finished, yet the views have the state and the worker answers with it.
  expect(calls).toEqual(
    expect.arrayContaining(['storage:set', 'views:tab:updated:no-article', 'badge:text', 'badge:title']),
  );
  expect(pendingWrites).toHaveLength(1);
  expect((await getState(3)).status).toBe('no-article');
  expect(done).toBe(false);
  pendingWrites.shift()!();
  const saved = await published;
  expect(saved.status).toBe('no-article');
  expect(session.get('claimlens.tab.3')).toEqual(saved);
});
