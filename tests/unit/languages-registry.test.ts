// Every import language in src/core/code/languages/ is listed in index.ts, has its own test file, and is exercised
// by a saved fixture: a fence declares it and expected.json holds one of its imports. Names, aliases and registries
// add up, and the list's order does not change a guess.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { articleFromHtml, articleFromMarkdown } from '../../src/node/index';
import { guessLanguage, languageNamed, normalizeLanguage } from '../../src/core/code/language';
import { LANGUAGES } from '../../src/core/code/languages/index';
import { REGISTRIES } from '../../src/core/code/registries';
import type { Language } from '../../src/core/code/types';
import { listFixtures } from '../helpers/fixtures';

const DIR = new URL('../../src/core/code/languages/', import.meta.url).pathname;
const files = readdirSync(DIR).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts',
);

// A language's own name and its dialects' (TypeScript in javascript.ts): what the report's imports say.
const namesOf = (l: Language): string[] => [l.name, ...(l.dialects ?? []).map((d) => d.name)];

// Per fixture: the languages its fences declare (```kotlin, class="language-ts") and those its imports are in.
const fixtures = listFixtures().map((f) => {
  const source = readFileSync(f.source, 'utf8');
  const labels = [
    ...source.matchAll(/(?:```+|~~~+)[ \t]*([\w+#.-]+)/g),
    ...source.matchAll(/class="[^"]*?\b(?:language|lang)-([\w+#.-]+)/g),
  ].map((m) => normalizeLanguage(m[1]));
  const expected = join(f.dir, 'expected.json');
  const imports: { language: string }[] = existsSync(expected)
    ? JSON.parse(readFileSync(expected, 'utf8')).imports
    : [];
  return { ...f, text: source, fenced: new Set(labels), imported: new Set(imports.map((i) => i.language)) };
});

test.each(files)('%s is listed, tested and exercised by a fixture', async (file) => {
  const mod = (await import(join(DIR, file))) as Record<string, unknown>;
  const exported = Object.values(mod).filter(
    (v): v is Language => typeof v === 'object' && v !== null && 'extract' in v && 'classify' in v,
  );
  expect(exported, `${file} exports one language`).toHaveLength(1);
  const language = exported[0]!;
  expect(file, 'the file is named after its language').toBe(`${language.name}.ts`);
  expect(LANGUAGES, `${language.name} is listed in src/core/code/languages/index.ts`).toContain(language);
  expect(existsSync(join(DIR, `${language.name}.test.ts`)), `${language.name}.test.ts exists`).toBe(true);
  const names = namesOf(language);
  const exercising = fixtures.filter(
    (f) => names.some((n) => f.fenced.has(n)) && names.some((n) => f.imported.has(n)),
  );
  expect(
    exercising.map((f) => f.slug),
    `some fixture has a ${names.join('/')} fence and its imports in expected.json`,
  ).not.toEqual([]);
});

test('every listed language has its own file', () => {
  expect(LANGUAGES.map((l) => `${l.name}.ts`).sort()).toEqual([...files].sort());
});

test('names and aliases are unique, and each reads as its own name', () => {
  const all = LANGUAGES.flatMap((l) => [l, ...(l.dialects ?? [])]);
  const words = all.flatMap((d) => [d.name, ...(d.aliases ?? [])]);
  expect(
    words.filter((w, i) => words.indexOf(w) !== i),
    'declared twice',
  ).toEqual([]);
  for (const d of all) {
    for (const word of [d.name, ...(d.aliases ?? [])]) {
      expect(normalizeLanguage(word), `${word} names ${d.name}`).toBe(d.name);
      expect(languageNamed(d.name)?.name).toBe(d.name);
    }
  }
});

test('every registry is one some language looks packages up in, and every language registry is named', () => {
  const used = new Set(LANGUAGES.flatMap((l) => (l.registry ? [l.registry] : [])));
  expect([...used].sort()).toEqual(Object.keys(REGISTRIES).sort());
});

test('the order of the list does not change a guess (a tie between the two best is no guess)', () => {
  const blocks = fixtures.flatMap((f) => {
    const article = f.kind === 'html' ? articleFromHtml(f.text) : articleFromMarkdown(f.text);
    return article.blocks.filter((b) => b.kind === 'code').map((b) => b.text);
  });
  // Ties at 3: Java's import against Kotlin's fun, JavaScript's console against Go's fmt.
  const ties = ['import a.b.C;\nfun main() {}', 'console.log(x)\nfmt.Println(x)'];
  const reversed = [...LANGUAGES].reverse();
  const rotated = [...LANGUAGES.slice(3), ...LANGUAGES.slice(0, 3)];
  expect(blocks.length).toBeGreaterThan(10);
  for (const code of [...blocks, ...ties]) {
    const guess = guessLanguage(code);
    expect(guessLanguage(code, reversed), code).toBe(guess);
    expect(guessLanguage(code, rotated), code).toBe(guess);
  }
  expect(ties.map((code) => guessLanguage(code))).toEqual([null, null]);
});
