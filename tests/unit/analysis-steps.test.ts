// The analysis in steps (src/engine/analyze.ts startAnalysis), which lets the worker show a long page's opening
// before the rest is judged: in steps it gives analyzeArticle's report exactly, and an opening cut at a heading
// shows no finding the whole report withdraws or makes milder (a reader must not see a highlight vanish).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Article, Block } from '../../src/core/article';
import type { Report } from '../../src/core/report';
import { OPENING, analyzeArticle, openingEnd, startAnalysis } from '../../src/engine/analyze';
import { articleFromHtml, articleFromMarkdown, withTagger } from '../../src/node/index';
import { severityRank } from '../../src/core/vocabulary';
import { projectSources } from '../helpers/project-sources';

const articles: { name: string; article: Article }[] = projectSources().map(({ name, markdown, text }) => ({
  name,
  article: markdown ? articleFromMarkdown(text) : articleFromHtml(text),
}));
articles.push({
  name: 'samples/sample-post.md',
  article: articleFromMarkdown(
    readFileSync(new URL('../../samples/sample-post.md', import.meta.url), 'utf8'),
  ),
});

// A section whose table, below the prose, gives the prose's figure: the whole report has one finding, the table's.
const TABLE_BELOW = articleFromMarkdown(`# Launch

Intro paragraph about the release.

## Results

After the upgrade, query throughput grew by 45% for our customers.

Some more words about the rollout and the team.

| Metric | Change |
|---|---|
| Query throughput | 45% |
| Storage cost | -30% |

## Next

More text.
`);
articles.push({ name: 'a table below its prose', article: TABLE_BELOW });

// The worker's options: compromise with its per-article budget, which steps must share as one analysis does.
const opts = { ...withTagger({}), now: () => new Date('2026-01-01T00:00:00Z') };

function inSteps(article: Article, step: number): Report {
  const analysis = startAnalysis(article, opts);
  while (analysis.done < analysis.blocks) analysis.advance(analysis.done + step);
  return analysis.report();
}

test('the corpus is there to test on', () => {
  expect(articles.length).toBeGreaterThan(20);
});

describe.each(articles)('$name', ({ article }) => {
  test('in steps of any size, the report is the one analyzeArticle gives', () => {
    const whole = analyzeArticle(article, opts);
    for (const step of [1, 4, 17]) expect(inSteps(article, step)).toEqual(whole);
  });

  test('an opening cut at any heading shows only findings the whole report keeps, as grave or graver', () => {
    const whole = analyzeArticle(article, opts);
    const kept = new Map<string, number>();
    for (const f of whole.findings)
      for (const ref of [f.ref, ...(f.refs ?? [])]) kept.set(`${f.rule} ${ref}`, severityRank(f.severity));
    const cuts = article.blocks.flatMap((b, i) => (i > 0 && b.kind === 'heading' ? [i] : []));
    for (const cut of cuts) {
      const analysis = startAnalysis(article, opts);
      analysis.advance(cut);
      const opening = analysis.report();
      for (const f of opening.findings)
        for (const ref of [f.ref, ...(f.refs ?? [])]) {
          const rank = kept.get(`${f.rule} ${ref}`);
          expect(rank, `${f.rule} ${ref} "${f.message}" cut at block ${cut}`).toBeDefined();
          // A lower rank is graver (high first).
          expect(rank).toBeLessThanOrEqual(severityRank(f.severity));
        }
    }
  });
});

test("a step's report stays as it was when the analysis goes on", () => {
  const analysis = startAnalysis(TABLE_BELOW, opts);
  analysis.advance(3);
  const opening = analysis.report();
  const before = structuredClone(opening);
  analysis.advance(analysis.blocks);
  expect(opening).toEqual(before);
  expect(analysis.report().claims.length).toBeGreaterThan(opening.claims.length);
});

test('why the opening ends at a heading: cut inside a section, a figure its table gives later looks unsupported', () => {
  const whole = analyzeArticle(TABLE_BELOW, opts);
  expect(whole.findings.map((f) => f.rule)).toEqual(['unsupported-table']);
  const analysis = startAnalysis(TABLE_BELOW, opts);
  analysis.advance(TABLE_BELOW.blocks.findIndex((b) => b.kind === 'table-row'));
  expect(analysis.report().findings.map((f) => f.rule)).toEqual(['unsupported-number']);
});

describe('openingEnd', () => {
  const para = (n: number): Block => ({ kind: 'paragraph', text: 'x'.repeat(n), links: [] });
  const heading = (text: string): Block => ({ kind: 'heading', level: 2, text, links: [] }) as Block;
  const article = (blocks: Block[]): Article => ({ title: 'T', url: null, file: null, blocks });

  test('a short page is analysed in one step', () => {
    expect(openingEnd(article([para(3000), heading('Two'), para(3000)]))).toBeNull();
  });

  test("a long page's opening ends at the first heading after a screenful of text", () => {
    const blocks = [heading('One'), para(1000), heading('Two'), para(OPENING.minChars), heading('Three')];
    blocks.push(...Array.from({ length: 30 }, () => para(3000)));
    expect(openingEnd(article(blocks))).toBe(4);
  });

  test('without a heading in reach there is no opening (a cut inside a section could be withdrawn)', () => {
    const blocks = [heading('One'), ...Array.from({ length: 30 }, () => para(3000)), heading('Late')];
    expect(openingEnd(article(blocks))).toBeNull();
  });
});
