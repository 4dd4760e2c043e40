// The same helper over the German messages, as a browser set to German would give them: the words, placeholders
// in German word order and German plural forms (the browser's own lookup is tested in tests/e2e/locale.test.ts).
import { beforeAll, expect, test } from 'vitest';
import { installFakeI18n } from '../helpers/fake-i18n';
import type * as I18n from '../../src/shared/i18n';

let i18n: typeof I18n;
beforeAll(async () => {
  installFakeI18n('de');
  i18n = await import('../../src/shared/i18n');
});

test('German words, placeholders and plurals', () => {
  expect(i18n.t('savedFile', 'bericht.md')).toBe('bericht.md gespeichert');
  expect(i18n.tn('claimCount', 1)).toBe('1 Behauptung');
  expect(i18n.tn('claimCount', 7)).toBe('7 Behauptungen');
  expect(i18n.tn('cacheCleared', 2)).toBe('2 gespeicherte Antworten gelöscht.');
});
