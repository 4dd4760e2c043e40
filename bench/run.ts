// `npm run bench`: the core's speed on a typical article and on a generated 1 MB article, beside a whole-text
// compromise tagging pass and a bare regex number scan of the same text, in one run.
// Targets: typical ≤ 10 ms, 1 MB ≤ 500 ms, core ≥ 10x faster than whole-text compromise tagging.
// Add --strict to exit 1 when a target is missed.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { analyzeArticle } from '../src/core/analyze';
import { compromiseTagger } from '../src/core/nlp';
import { markdownToArticle } from '../src/adapters/markdown';
import type { Article } from '../src/core/article';

const typicalMd = readFileSync(new URL('../samples/sample-post.md', import.meta.url), 'utf8');
const typical = markdownToArticle(typicalMd, { file: 'samples/sample-post.md' });
const big = generate(typical, 1024 * 1024);

function generate(seed: Article, bytes: number): Article {
  const blocks = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const b = seed.blocks[i % seed.blocks.length]!;
    // Vary the numbers so nothing is cached by accident.
    const text = b.kind === 'code' ? b.text : b.text.replace(/\d+/g, (d) => String((Number(d) + i) % 1000));
    blocks.push({ ...b, text, links: text === b.text ? b.links : [] });
    size += text.length;
  }
  return { ...seed, title: 'Generated 1 MB article', blocks };
}

const textOf = (a: Article) => a.blocks.map((b) => b.text).join('\n\n');

function time(fn: () => unknown, runs: number): { median: number; min: number } {
  fn(); // warm-up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)]!, min: t[0]! };
}

const NUMBER_RE = /[$€£]?\d[\d,.]*\s?(%|x|ms|k|m|b)?/gi;
const rows: [string, string, number, number, number][] = [];
for (const [name, article, runs, compromiseRuns] of [
  ['typical', typical, 50, 5],
  ['1 MB', big, 5, 1],
] as const) {
  const text = textOf(article);
  const core = time(() => analyzeArticle(article, { tagger: compromiseTagger }), runs).median;
  const tag = time(() => nlp(text).json(), compromiseRuns).median;
  const scan = time(() => text.match(NUMBER_RE)?.length, runs).median;
  rows.push([name, `${(text.length / 1024).toFixed(0)} kB`, core, tag, scan]);
}

const mem = process.memoryUsage();
console.log('ClaimLens core benchmark (median ms; Node ' + process.version + ')\n');
console.log(
  'article   size      core (analyze)   compromise whole-text   regex number scan   compromise/core',
);
for (const [name, size, core, tag, scan] of rows) {
  console.log(
    `${name.padEnd(9)} ${size.padEnd(9)} ${core.toFixed(2).padStart(10)} ms ${tag.toFixed(1).padStart(18)} ms ${scan.toFixed(2).padStart(16)} ms ${(tag / core).toFixed(1).padStart(14)}x`,
  );
}
console.log(`\nheap used ${(mem.heapUsed / 1e6).toFixed(0)} MB, rss ${(mem.rss / 1e6).toFixed(0)} MB`);

const [typ, mb] = rows;
const targets: [string, boolean][] = [
  [`typical article ≤ 10 ms (${typ![2].toFixed(2)} ms)`, typ![2] <= 10],
  [`1 MB article ≤ 500 ms (${mb![2].toFixed(0)} ms)`, mb![2] <= 500],
  [
    `≥ 10x faster than whole-text compromise (typical ${(typ![3] / typ![2]).toFixed(0)}x, 1 MB ${(mb![3] / mb![2]).toFixed(0)}x)`,
    typ![3] / typ![2] >= 10 && mb![3] / mb![2] >= 10,
  ],
];
console.log('\nTargets:');
for (const [what, ok] of targets) console.log(`  ${ok ? 'PASS' : 'MISS'}  ${what}`);
if (process.argv.includes('--strict') && targets.some(([, ok]) => !ok)) process.exitCode = 1;
