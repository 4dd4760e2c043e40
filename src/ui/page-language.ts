// An extension page's title and language, from the locale the browser chose for ClaimLens's messages.
import { t, type MessageKey } from '../shared/i18n';

/** Why: the HTML files say English; the page says what its words are in (tab title, lang for screen readers). */
export function localizePage(title: MessageKey): void {
  document.title = t(title);
  document.documentElement.lang = t('locale');
}
