// Every locale in public/_locales is complete and well-formed: the keys English has, no others, the same
// placeholders, every plural form its language needs; every key the code or the manifest uses exists, and every
// key is used. The helper (src/shared/i18n.ts) fills placeholders and picks plural forms.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readLocale, type LocaleMessage } from '../helpers/fake-i18n';
import { t, tn } from '../../src/shared/i18n';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCALES = readdirSync(join(ROOT, 'public/_locales')).sort();
const en = readLocale('en');
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
const files = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter(
  (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f),
);
const sources = files.map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'));
const code = sources.join('\n');

const placeholders = (m: LocaleMessage): Record<string, string> =>
  Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
const used = (m: LocaleMessage): string[] =>
  [...new Set(Array.from(m.message.matchAll(/\$(\w+)\$/g), (x) => x[1]!.toLowerCase()))].sort();
const plurals = Object.keys(en)
  .filter((k) => k.endsWith('_other'))
  .map((k) => k.slice(0, -'_other'.length));

test('English and at least one other language ship', () => {
  expect(LOCALES).toContain('en');
  expect(LOCALES.length).toBeGreaterThan(1);
  expect(JSON.parse(manifest).default_locale).toBe('en');
});

describe.each(LOCALES)('locale %s', (locale) => {
  const messages = readLocale(locale);

  test('has exactly the keys English has', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  test('says which language it is (the pages’ lang, the plural rules)', () => {
    expect(messages.locale?.message).toBe(locale.replace('_', '-'));
  });

  test('keys are valid and distinct ignoring case (the browsers match them so)', () => {
    const keys = Object.keys(messages);
    for (const k of keys) expect(k).toMatch(/^(?!@@)[A-Za-z0-9_@]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  test('every message is text, with the placeholders English defines, each used and each defined', () => {
    for (const [key, m] of Object.entries(messages)) {
      expect(typeof m.message, key).toBe('string');
      expect(m.message.trim(), key).not.toBe('');
      const defined = placeholders(m);
      expect(defined, `${key}: placeholders as in English`).toEqual(placeholders(en[key]!));
      expect(used(m), `${key}: every placeholder used, none undefined`).toEqual(Object.keys(defined).sort());
      for (const content of Object.values(defined)) expect(content, key).toMatch(/^\$[1-9]$/);
    }
  });

  test('every counted message has each plural form the language needs', () => {
    const forms = new Intl.PluralRules(locale.replace('_', '-')).resolvedOptions().pluralCategories;
    expect(plurals.length).toBeGreaterThan(0);
    for (const base of plurals) for (const form of forms) expect(messages).toHaveProperty(`${base}_${form}`);
  });

  test('the manifest’s name and description fit the stores’ limits', () => {
    expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

test('every key the code and the manifest name exists in English (so in every locale)', () => {
  const named = [
    ...Array.from(manifest.matchAll(/__MSG_(\w+)__/g), (m) => m[1]!),
    ...Array.from(code.matchAll(/\bt\(\s*'(\w+)'/g), (m) => m[1]!),
    ...Array.from(code.matchAll(/\btn\(\s*'(\w+)'/g), (m) => `${m[1]!}_other`),
  ];
  expect(named.length).toBeGreaterThan(100);
  expect(named.filter((k) => !(k in en))).toEqual([]);
});

test('the views write no sentence into their markup: text between tags goes through t() (names may stand)', () => {
  const written = files
    .filter((f) => f.endsWith('.tsx'))
    .flatMap((f) =>
      Array.from(readFileSync(join(ROOT, 'src', f), 'utf8').matchAll(/>([^<>{}]*)</g), (m) => m[1]!.trim())
        // Three words or more is a sentence; "PyPI" or "deps.dev API" is a name.
        .filter(
          (text) =>
            text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 3 && !/=>|[()]/.test(text),
        )
        .map((text) => `${f}: ${text}`),
    );
  expect(written).toEqual([]);
});

test('every key is used: by the manifest, or named in the code', () => {
  const unused = Object.keys(en).filter((k) => {
    const base = k.replace(/_(zero|one|two|few|many|other)$/, '');
    return !manifest.includes(`__MSG_${k}__`) && !code.includes(`'${k}'`) && !code.includes(`'${base}'`);
  });
  expect(unused).toEqual([]);
});

test('the helper fills placeholders in order and picks the plural form', () => {
  expect(t('badgeNothingFlagged')).toBe('ClaimLens: nothing flagged on this page');
  expect(t('importsLine', 1, 0, 4)).toBe('imports: 1 missing, 0 unknown, 4 exist');
  expect(tn('claimCount', 1)).toBe('1 claim');
  expect(tn('claimCount', 0)).toBe('0 claims');
  expect(tn('badgeHigh', 3, 12)).toBe('ClaimLens: 3 high-severity findings (12 in all)');
  expect(tn('badgeHigh', 1, 4)).toBe('ClaimLens: 1 high-severity finding (4 in all)');
});
