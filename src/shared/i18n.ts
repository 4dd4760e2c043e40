// The extension's words, from public/_locales/<locale>/messages.json through the browser's i18n API (which picks
// the user's language, English otherwise). Every browser context reads them here; the content script too, so this
// stays a few lines. tests/unit/locales.test.ts holds every locale to the keys and placeholders English has.
import type en from '../../public/_locales/en/messages.json';

/** Why: a key English lacks is a compile error, so a typo cannot ship an empty label. */
export type MessageKey = keyof typeof en;

/** Why: a counted message is written `<key>_one`, `<key>_other` (and whatever else a language needs); code names the key. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

type GetMessage = (key: string, substitutions?: string[]) => string;
const getMessage: GetMessage = (key, subs) =>
  (globalThis as unknown as { chrome: { i18n: { getMessage: GetMessage } } }).chrome.i18n.getMessage(
    key,
    subs,
  );

/** Why: the one way UI code says something; `subs` fill the message's placeholders ($1, $2, ... in order). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return getMessage(key, subs.map(String));
}

let rules: Intl.PluralRules | undefined;

/** Why: "1 claim", "2 claims": the form the message's own language uses for `count` ($1; `subs` are $2 on). */
export function tn(key: PluralKey, count: number, ...subs: (string | number)[]): string {
  // The locale the browser chose for our messages, which may differ from the browser's own language.
  rules ??= new Intl.PluralRules(t('locale'));
  const args = [count, ...subs].map(String);
  return getMessage(`${key}_${rules.select(count)}`, args) || getMessage(`${key}_other`, args);
}
