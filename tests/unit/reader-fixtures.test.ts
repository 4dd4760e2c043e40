// Every reader-judged article (tests/reader/<slug>/) is well-formed: its labels parse, every labelled span is text
// a reader sees on the rendered page (the project's adapters remove the markup), and its items can be told apart.
import { describe, expect, test } from 'vitest';
import { loadReaderArticles, pageText, squash, type ReaderArticle } from '../../scripts/eval/articles';
import type { Where } from '../../scripts/eval/labels';
import { perfectReport, scoreArticle, share } from '../../scripts/eval/score';

const articles = loadReaderArticles();

test('there are at least 14 articles, three of them HTML, and each kind is present', () => {
  expect(articles.length).toBeGreaterThanOrEqual(14);
  expect(articles.filter((a) => a.format === 'html').length).toBeGreaterThanOrEqual(3);
  expect(new Set(articles.map((a) => a.labels.kind))).toEqual(new Set(['vendor', 'well-sourced', 'code']));
});

// Where a span must be found, by its `where`: the article's blocks, the YAML front matter, markup the adapter removes,
// or the page outside the article (chrome a tool must not read, so it must not also be in the blocks).
function located(article: ReaderArticle, sentence: string, where: Where = 'body'): string | null {
  const page = pageText(article);
  const s = squash(sentence);
  if (where === 'body') return page.blocks.some((b) => b.includes(s)) ? null : 'not in any rendered block';
  if (where === 'front-matter')
    return page.frontMatter.some((v) => v.includes(s)) ? null : 'not in any front matter string';
  // Markup the adapter removes ({: style=...}, $$...$$): in the saved source, never in the article's blocks.
  if (where === 'markup') {
    if (page.blocks.some((b) => b.includes(s)))
      return 'is still in the article: the adapter should remove it';
    return squash(article.source).includes(s) ? null : 'not in the saved source';
  }
  if (page.blocks.some((b) => b.includes(s))) return 'is in the article, not in page chrome';
  return page.page.includes(s) ? null : 'not on the page';
}

describe.each(articles.map((a) => [a.slug, a] as const))('%s', (_slug, article) => {
  const { labels } = article;
  const spans = [
    ...labels.must_flag.map((i) => ['must_flag', i] as const),
    ...labels.must_not_flag.map((i) => ['must_not_flag', i] as const),
    ...labels.placeholders.map((i) => ['placeholders', i] as const),
  ];

  test('every text sits in its sentence, and every sentence is on the rendered page', () => {
    const problems = spans.flatMap(([list, item]) => {
      const out: string[] = [];
      if (!squash(item.sentence).includes(squash(item.text)))
        out.push(`${list} ${JSON.stringify(item.text)}: text is not inside its sentence`);
      const where = located(article, item.sentence, item.where);
      if (where) out.push(`${list} ${JSON.stringify(item.sentence)}: ${where}`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  test('every labelled import is written in one of the code blocks', () => {
    const code = pageText(article).blocks.join('\n');
    const absent = labels.imports.filter((i) => !code.includes(i.module)).map((i) => i.module);
    expect(absent).toEqual([]);
  });

  test('5 to 20 must_not_flag items: the noise a naive number-flagger would produce', () => {
    expect(labels.must_not_flag.length).toBeGreaterThanOrEqual(5);
    expect(labels.must_not_flag.length).toBeLessThanOrEqual(20);
  });

  test('a perfect report scores 100%: each must_flag item is told apart from the items around it', () => {
    const s = scoreArticle(article.slug, labels, perfectReport(labels));
    expect(
      s.verdicts.filter(
        (v) => v.label !== 'must_flag' && v.label !== 'placeholder' && v.label !== 'missing_import',
      ),
    ).toEqual([]);
    expect(share(s.mustFlagFound) ?? 1).toBe(1);
    expect(share(s.placeholdersFound) ?? 1).toBe(1);
    expect(share(s.severityAgrees) ?? 1).toBe(1);
  });
});
