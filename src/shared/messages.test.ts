// The message wrapper against an in-process stand-in for runtime messaging: calls reach only the context they
// are addressed to, answers and errors cross intact, and strangers are ignored.
import { beforeEach, expect, test, vi } from 'vitest';

type Listener = (
  message: unknown,
  sender: { id?: string; tab?: { id: number } },
) => Promise<unknown> | undefined;
const listeners = new Set<Listener>();

// Delivers like the browser: to every listener but the sender; the first one that answers wins.
async function deliver(message: unknown, sender: { id?: string; tab?: { id: number } }): Promise<unknown> {
  for (const l of listeners) {
    const answer = l(message, sender);
    if (answer !== undefined) return answer;
  }
  throw new Error('Could not establish connection. Receiving end does not exist.');
}

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'self',
      sendMessage: (m: unknown) => deliver(m, { id: 'self' }),
      onMessage: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
    tabs: { sendMessage: (_tabId: number, m: unknown) => deliver(m, { id: 'self' }) },
  },
}));

const {
  callBackground,
  callContent,
  listenViews,
  MessageError,
  notifyViews,
  serveBackground,
  serveContent,
  isNoReceiver,
} = await import('./messages');

beforeEach(() => listeners.clear());

function serveStubBackground(signal?: AbortSignal): void {
  serveBackground(
    {
      'tab:get': ({ tabId }) => ({ tabId }) as never,
      'tab:analyze': () => {
        throw new MessageError('cannot read', 'no-access');
      },
      'tab:highlights': () => null as never,
      'tab:reveal': async ({ ref }) => ref === 'c1',
      'page:changed': () => undefined,
      'page:hello': () => ({ analyze: false }),
      'page:detail': () => null,
      'cache:clear': () => ({ cleared: 3 }),
      'auto:sync': () => ({ patterns: [] }),
    },
    signal,
  );
}

test('a call reaches the background and its answer comes back', async () => {
  serveStubBackground();
  expect(await callBackground('tab:reveal', { tabId: 1, ref: 'c1' })).toBe(true);
  expect(await callBackground('cache:clear', {})).toEqual({ cleared: 3 });
});

test('an error crosses with its message and code', async () => {
  serveStubBackground();
  const err = await callBackground('tab:analyze', { tabId: 1 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(MessageError);
  expect(err).toMatchObject({ message: 'cannot read', code: 'no-access' });
});

test('a view listening for broadcasts does not answer calls meant for the background', async () => {
  listenViews({ 'tab:updated': () => undefined });
  serveStubBackground();
  expect(await callBackground('cache:clear', {})).toEqual({ cleared: 3 });
});

test('content calls reach only the content script', async () => {
  serveStubBackground();
  serveContent({
    'content:ping': () => ({ highlights: true, url: 'https://example.org/', instance: 'x' }),
    'content:read': () => {
      throw new Error('not now');
    },
    'content:blocks': () => [],
    'content:render': () => null,
    'content:reveal': () => false,
    'content:step': () => false,
  });
  expect(await callContent(7, 'content:ping', {})).toEqual({
    highlights: true,
    url: 'https://example.org/',
    instance: 'x',
  });
  await expect(callContent(7, 'content:read', {})).rejects.toThrow('not now');
});

test('no content script is reported as no-receiver', async () => {
  const err = await callContent(7, 'content:ping', {}).catch((e: unknown) => e);
  expect(isNoReceiver(err)).toBe(true);
});

test('a broadcast with no open view is not an error', async () => {
  await expect(notifyViews('tab:updated', { tabId: 1 } as never)).resolves.toBeUndefined();
});

test.each([
  ['not an envelope', { type: 'cache:clear' }],
  ['another channel', { channel: 'someone-else', to: 'background', type: 'cache:clear', payload: {} }],
  [
    'an unknown call',
    { channel: 'claimlens/1', to: 'background', type: 'tab:delete-everything', payload: {} },
  ],
])('ignores %s', async (_name, message) => {
  serveStubBackground();
  const [listener] = [...listeners];
  expect(listener?.(message, { id: 'self' })).toBeUndefined();
});

test('ignores messages from another extension', () => {
  serveStubBackground();
  const [listener] = [...listeners];
  expect(
    listener?.(
      { channel: 'claimlens/1', to: 'background', type: 'cache:clear', payload: {} },
      { id: 'other' },
    ),
  ).toBeUndefined();
});

test('aborting the signal removes the listener', async () => {
  const controller = new AbortController();
  serveStubBackground(controller.signal);
  controller.abort();
  await expect(callBackground('cache:clear', {})).rejects.toThrow(/Receiving end/);
});

test('a reply too large for a message is an error with code too-large, not a failed message', async () => {
  serveBackground({
    'tab:get': () => ({ huge: 'x'.repeat(40 * 1024 * 1024) }) as never,
  } as never);
  const failure = await callBackground('tab:get', { tabId: 1 }).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(MessageError);
  expect((failure as InstanceType<typeof MessageError>).code).toBe('too-large');
  expect((failure as Error).message).toMatch(
    /^tab:get: over 4\d\.\d MB is too large .* \(the limit is 33\.6 MB\)$/,
  );
});

test('a call too large to send fails before it is sent', async () => {
  let reached = false;
  serveContent({ 'content:render': () => ((reached = true), null) } as never);
  const items = [
    {
      ref: 'c1',
      status: null,
      block: 0,
      quote: { exact: 'x'.repeat(40 * 1024 * 1024), prefix: '', suffix: '', start: 0, end: 1 },
    },
  ];
  const failure = await callContent(1, 'content:render', {
    renderId: 1,
    items,
    done: true,
    show: true,
    style: {} as never,
  }).catch((e: unknown) => e);
  expect((failure as InstanceType<typeof MessageError>).code).toBe('too-large');
  expect(reached).toBe(false);
});

test("the worker's large answers and broadcasts travel as one JSON string and arrive whole; small ones as they are", async () => {
  const big = {
    tabId: 7,
    status: 'ready',
    notes: Array.from({ length: 6000 }, (_, i) => `claim ${i} "quoted"`),
  };
  const sent: unknown[] = [];
  const seen: unknown[] = [];
  listeners.add((m) => (sent.push(m), undefined));
  serveBackground({ 'tab:get': ({ tabId }: { tabId: number }) => (tabId === 7 ? big : { tabId }) } as never);
  listenViews({ 'tab:updated': (s) => void seen.push(s) });
  expect(await callBackground('tab:get', { tabId: 7 })).toEqual(big);
  expect(await callBackground('tab:get', { tabId: 1 })).toEqual({ tabId: 1 });
  await notifyViews('tab:updated', big as never);
  await notifyViews('tab:updated', { tabId: 2 } as never);
  expect(seen).toEqual([big, { tabId: 2 }]);
  // On the wire: the broadcast of the large state is its JSON text, the small one an object.
  const wire = sent.filter((m) => (m as { type: string }).type === 'tab:updated') as Record<
    string,
    unknown
  >[];
  expect(typeof wire[0]!.json).toBe('string');
  expect(wire[0]!.payload).toBeUndefined();
  expect(wire[1]!.payload).toEqual({ tabId: 2 });
});

test('a packed answer too large for a message is still an error with code too-large', async () => {
  const huge = { tabId: 1, text: '"'.repeat(17 * 1024 * 1024) };
  serveBackground({ 'tab:get': () => huge } as never);
  const failure = await callBackground('tab:get', { tabId: 1 }).catch((e: unknown) => e);
  expect((failure as InstanceType<typeof MessageError>).code).toBe('too-large');
});
