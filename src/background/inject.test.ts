import { expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { classifyRefusal } = await import('./inject');

test.each([
  // Chrome
  ['Cannot access a chrome:// URL', 'chrome://settings', 'restricted'],
  ['The extensions gallery cannot be scripted.', null, 'restricted'],
  ['Cannot access a chrome-extension:// URL of different extension', null, 'restricted'],
  [
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    'https://example.org/',
    'no-access',
  ],
  [
    'Cannot access contents of url "https://example.org/". Extension manifest must request permission to access this host.',
    null,
    'no-access',
  ],
  ['Frame with ID 0 is showing error page', 'https://down.example.org/', 'unsupported'],
  [
    'Cannot access contents of url "https://example.org/paper.pdf".',
    'https://example.org/paper.pdf',
    'unsupported',
  ],
  // Firefox
  ['Missing host permission for the tab', 'https://example.org/', 'no-access'],
  ['Missing host permission for the tab', 'about:addons', 'restricted'],
  ['Missing host permission for the tab', 'https://addons.mozilla.org/en-US/firefox/', 'restricted'],
  // The web store by URL, whatever the message says
  ['No tab with id: 5', 'https://chromewebstore.google.com/detail/x', 'restricted'],
  ['Something odd', 'https://example.org/', 'error'],
])('%s (%s) -> %s', (message, url, status) => {
  const r = classifyRefusal(new Error(message), url);
  expect(r.status).toBe(status);
  expect(r.message.length).toBeGreaterThan(10);
});

test('the restricted message is the one the popup promises', () => {
  expect(classifyRefusal(new Error('Cannot access a chrome:// URL'), null).message).toBe(
    "This page can't be checked: browser pages and the web store are off-limits to extensions.",
  );
});
