// The browser's i18n API for unit tests: getMessage over public/_locales/<locale>/messages.json, substituting
// placeholders as Chrome and Firefox do ($NAME$ -> its content, "$1".."$9" -> the substitutions).
import { readFileSync } from 'node:fs';

/** Why: a message entry as messages.json writes it. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** Why: the locales ship under public/_locales; tests read them as the browser would. */
export function readLocale(locale: string): Record<string, LocaleMessage> {
  const url = new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, LocaleMessage>;
}

/** Why: what chrome.i18n.getMessage returns for a locale (an unknown key gives '', as in the browser). */
export function fakeGetMessage(locale: string): (key: string, subs?: string | string[]) => string {
  const messages = readLocale(locale);
  const byKey = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, subs = []) => {
    const entry = byKey.get(key.toLowerCase());
    if (!entry) return '';
    const list = typeof subs === 'string' ? [subs] : subs;
    const fill = (s: string): string => s.replace(/\$([1-9])/g, (_, n: string) => list[Number(n) - 1] ?? '');
    const named = new Map(
      Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
    );
    return entry.message.replace(/\$(\w+)\$|\$([1-9])/g, (whole, name?: string, n?: string) =>
      name !== undefined ? fill(named.get(name.toLowerCase()) ?? whole) : (list[Number(n) - 1] ?? ''),
    );
  };
}

/** Why: UI modules call chrome.i18n (src/shared/i18n.ts); in Node it is this, in English unless a test says. */
export function installFakeI18n(locale = 'en'): void {
  const scope = globalThis as unknown as { chrome?: Record<string, unknown> };
  scope.chrome ??= {};
  scope.chrome.i18n = { getMessage: fakeGetMessage(locale), getUILanguage: () => locale };
}
