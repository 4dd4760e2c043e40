import { beforeEach, expect, test, vi } from 'vitest';
import type { TabState } from '../shared/tab-state';
import { idleState } from '../shared/tab-state';

// The messaging layer, recorded: each call to the background and each views listener (with its stop signal).
interface Reply {
  promise: Promise<TabState>;
  resolve(s: TabState): void;
  reject(e: Error): void;
}
const sent: { type: string; payload: unknown; reply: Reply }[] = [];
const listeners: { handlers: Record<string, (s: TabState) => void>; signal?: AbortSignal }[] = [];
vi.mock('../shared/messages', () => ({
  callBackground: (type: string, payload: unknown) => {
    const reply = {} as Reply;
    reply.promise = new Promise<TabState>((resolve, reject) => Object.assign(reply, { resolve, reject }));
    sent.push({ type, payload, reply });
    return reply.promise;
  },
  listenViews: (handlers: Record<string, (s: TabState) => void>, signal?: AbortSignal) =>
    listeners.push({ handlers, signal }),
}));

const { askEarly, takeEarly } = await import('./use-tab-state');

const state = (tabId: number, updatedAt: number, status: TabState['status']): TabState => ({
  ...idleState(tabId),
  status,
  updatedAt,
});
// What the background broadcasts reaches every listener that has not been stopped.
const broadcast = (s: TabState): void => {
  for (const l of listeners) if (!l.signal?.aborted) l.handlers['tab:updated']?.(s);
};

beforeEach(() => {
  sent.length = 0;
  listeners.length = 0;
});

test('the early call asks for the tab at once and keeps the newest broadcast about it until the view takes it', async () => {
  askEarly(7, 'page');
  expect(sent.map((m) => [m.type, m.payload])).toEqual([['tab:get', { tabId: 7, analyze: 'page' }]]);
  broadcast(state(7, 2, 'ready'));
  broadcast(state(7, 1, 'loading')); // older: not kept
  broadcast(state(8, 3, 'ready')); // another tab
  const ask = takeEarly(7, 'page');
  expect(ask?.latest).toMatchObject({ tabId: 7, updatedAt: 2, status: 'ready' });
  // Its listener stops once taken: what comes later is the view's own listener's to hear.
  broadcast(state(7, 9, 'error'));
  expect(ask?.latest?.updatedAt).toBe(2);
  expect(listeners[0]!.signal?.aborted).toBe(true);
  sent[0]!.reply.resolve(state(7, 1, 'loading'));
  await expect(ask!.answer).resolves.toMatchObject({ status: 'loading' });
});

test('it is taken once, and only by a view of the same tab and kind', () => {
  askEarly(7, 'page');
  expect(takeEarly(7, 'if-needed')).toBeNull();
  expect(takeEarly(8, 'page')).toBeNull();
  expect(takeEarly(7, 'page')).not.toBeNull();
  expect(takeEarly(7, 'page')).toBeNull();
});

test('a second early call replaces the first and stops its listener', () => {
  askEarly(7, 'page');
  askEarly(8, 'page');
  expect(listeners[0]!.signal?.aborted).toBe(true);
  expect(takeEarly(7, 'page')).toBeNull();
  expect(takeEarly(8, 'page')?.tabId).toBe(8);
});

test('a failed early call is not an unhandled rejection before a view takes it, and fails for the view that does', async () => {
  askEarly(7, 'page');
  sent[0]!.reply.reject(new Error('no worker'));
  await new Promise((r) => setTimeout(r, 0));
  await expect(takeEarly(7, 'page')!.answer).rejects.toThrow('no worker');
});
