// The core beside whole-text compromise and a bare regex number scan, on articles given, in this process: the part
// of `npm run bench` that bench/speed-child.ts repeats in fresh processes for the typical articles.
import nlp from 'compromise';
import type { Article } from '../src/core/article';
import type * as Engine from './engine';

/** Why: one article's row of the table (median milliseconds). */
export interface SpeedRow {
  name: string;
  kB: number;
  /** The first call on the article (the first row pays module warm-up). */
  first: number;
  core: number;
  tag: number;
  scan: number;
}

/** Why: an article to time: its name, the core's runs and the whole-text compromise's runs. */
export type SpeedCase = readonly [name: string, article: Article, runs: number, compromiseRuns: number];

/** Why: the text compromise and the scan read, the article's blocks as one text. */
export const textOf = (a: Article): string => a.blocks.map((b) => b.text).join('\n\n');

// Median of `runs` timed calls after untimed ones, a fifth as many and at least half a second's worth, so JIT
// warm-up is not measured (the first article's 10 warm-up calls left it half-optimised: its median read 30% slow).
export function time(fn: () => unknown, runs: number): number {
  const warm = performance.now();
  for (let i = 0; i < Math.max(1, Math.round(runs / 5)) || performance.now() - warm < 1500; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)]!;
}

/** Why: the bare regex number scan, the cheapest reading of a text's numbers (here and in the floor). */
export const NUMBER_RE = /[$€£]?\d[\d,.]*\s?(%|x|ms|k|m|b)?/gi;

/** Why: the middle of a list of timings (the upper middle of an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Why: times the core on every article first, then the comparators: whole-text compromise runs change the type
 * feedback of compromise's own functions, which the core's tagger calls on candidate sentences, and a core timed
 * after them read up to 50% slower than the same code in a worker that only ever runs the core. `afterCore` runs
 * between the two (the 1 MB row measures the heap its report keeps there).
 */
export function timeArticles(
  engine: typeof Engine,
  cases: readonly SpeedCase[],
  afterCore: (name: string, article: Article) => void = () => undefined,
): SpeedRow[] {
  const { analyzeArticle, compromiseTagger } = engine;
  const rows: SpeedRow[] = [];
  for (const [name, article, runs] of cases) {
    const started = performance.now();
    analyzeArticle(article, { tagger: compromiseTagger });
    const first = performance.now() - started;
    const core = time(() => analyzeArticle(article, { tagger: compromiseTagger }), runs);
    afterCore(name, article);
    rows.push({ name, kB: textOf(article).length / 1024, first, core, tag: 0, scan: 0 });
  }
  for (const [k, [, article, runs, compromiseRuns]] of cases.entries()) {
    const text = textOf(article);
    rows[k]!.tag = time(() => nlp(text).json(), compromiseRuns);
    rows[k]!.scan = time(() => text.match(NUMBER_RE)?.length, runs);
  }
  return rows;
}
