// The benchmark's two typical articles: the bundled sample post, and two saved fixture articles (one per adapter)
// read as one ~12 kB page.
import { readFileSync } from 'node:fs';
import type { Article } from '../src/core/article';
import type * as Engine from './engine';

/** Why: the sample and the pair, read with the engine's own adapters; run.ts and speed-child.ts time the same. */
export function typicalArticles(engine: typeof Engine): { sample: Article; pair: Article } {
  const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  const fromFile = (path: string): Article =>
    path.endsWith('.html')
      ? engine.articleFromHtml(read(path), { file: path })
      : engine.articleFromMarkdown(read(path), { file: path });
  const sample = fromFile('samples/sample-post.md');
  const parts = [
    fromFile('tests/fixtures/html-well-sourced-footnotes/source.html'),
    fromFile('tests/fixtures/md-polyglot-imports/source.md'),
  ];
  const pair: Article = {
    ...parts[0]!,
    title: 'Two fixture articles',
    blocks: parts.flatMap((a) => a.blocks),
  };
  return { sample, pair };
}

/** Why: the typical rows' cases (name, article, core runs, whole-text compromise runs). */
export const typicalCases = (a: { sample: Article; pair: Article }) =>
  [
    ['typical', a.sample, 200, 40],
    ['typical 2', a.pair, 100, 40],
  ] as const;
