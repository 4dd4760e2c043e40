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
      // A large state travels as its JSON text (messages.ts).
      sendMessage: async (m: { type: string; payload?: TabState; json?: string }) =>
        void calls.push(`views:${m.type}:${(m.payload ?? (JSON.parse(m.json!) as TabState)).status}`),
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
  // Kept as one JSON string (the browser copies a string at once; an object is converted value by value).
  expect(JSON.parse(session.get('claimlens.tab.3') as string)).toEqual(saved);
});

test('after a worker restart, the state comes back from session storage', async () => {
  vi.resetModules();
  const restarted = await import('./tab-store');
  expect(await restarted.getState(3)).toEqual(JSON.parse(session.get('claimlens.tab.3') as string));
  // A state written by an earlier version, as an object, is still read.
  session.set('claimlens.tab.4', { ...idleState(4), status: 'no-article' });
  expect((await restarted.getState(4)).status).toBe('no-article');
});

test('a state over the quota is not written to session storage (memory keeps it); one just under is', async () => {
  const { SESSION_QUOTA } = await import('./tab-store');
  const over: TabState = { ...idleState(5), status: 'no-article', error: 'e'.repeat(SESSION_QUOTA) };
  calls.length = 0;
  const published = publish(over);
  await flush();
  expect(calls).toContain('storage:remove');
  expect(calls).not.toContain('storage:set');
  pendingWrites.shift()!();
  await published;
  expect((await getState(5)).error).toHaveLength(SESSION_QUOTA);

  const under: TabState = { ...idleState(6), status: 'no-article', error: 'e'.repeat(SESSION_QUOTA - 4096) };
  calls.length = 0;
  const stored = publish(under);
  await flush();
  expect(calls).toContain('storage:set');
  pendingWrites.shift()!();
  await stored;
  expect(JSON.parse(session.get('claimlens.tab.6') as string).error).toHaveLength(SESSION_QUOTA - 4096);
});

test('utf8Bytes counts what TextEncoder would write', async () => {
  const { utf8Bytes } = await import('../shared/message-size');
  const lone = String.fromCharCode(0xd800);
  const samples = [
    '',
    'plain',
    'naïve café',
    '€ and 漢字',
    'emoji 😀 pair',
    `lone ${lone} surrogate`,
    `${lone}`,
    '😀😀',
  ];
  for (const s of samples) expect(utf8Bytes(s)).toBe(new TextEncoder().encode(s).length);
});
