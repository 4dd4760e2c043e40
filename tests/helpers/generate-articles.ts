// Generated blog posts for many-file runs (the parallelism test and `npm run bench:files`): deterministic, varied,
// about 600 words each, with unsourced and linked figures, superlatives, citations, a table and a Python block
// whose imports come from a small pool (real and invented), so a run has many repeats of few distinct packages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Why: the packages the generated code imports: the first four exist on PyPI, the last three do not. */
export const GENERATED_PACKAGES = [
  'numpy',
  'pandas',
  'requests',
  'httpx',
  'acmeflux',
  'vectorstorm',
  'quantaloop',
];

const TOPICS = ['caching', 'search', 'billing', 'observability', 'onboarding', 'storage', 'queues', 'auth'];
const SUPERLATIVES = ['the fastest', 'the leading', 'the most reliable', 'best-in-class', 'the only'];

// A small deterministic generator, so every run and every machine writes the same files.
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** Why: one post as Markdown (front matter, prose, a table, a code block); `i` picks its numbers and topic. */
export function generateArticle(i: number): string {
  const r = random(i + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const n = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo));
  const topic = pick(TOPICS);
  const para = () =>
    [
      `Teams that moved their ${topic} to our platform saw latency fall by ${n(10, 90)}% within a quarter.`,
      `We rebuilt the ${topic} pipeline around a write-ahead log, which is why recovery takes seconds instead of minutes.`,
      `Our engine is ${pick(SUPERLATIVES)} option for ${topic} at scale, and customers report ${n(2, 20)}x fewer incidents.`,
      `According to an internal survey, ${n(50, 99)}% of engineers prefer the new dashboard (Okafor et al., ${n(2015, 2024)}).`,
      `The [public benchmark](https://example.org/bench/${i}) shows p99 latency of ${n(3, 40)} ms under load.`,
      `Studies show that ${topic} costs grow with traffic, but ours stayed flat at $${n(2, 90)}k a month.`,
      `Migration took ${n(2, 12)} weeks for the median customer, and nobody had to rewrite their clients.`,
    ]
      .sort(() => r() - 0.5)
      .slice(0, 4)
      .join(' ');
  const imports = [pick(GENERATED_PACKAGES), pick(GENERATED_PACKAGES), pick(GENERATED_PACKAGES)];
  return [
    '---',
    `title: "Field notes on ${topic}, part ${i}"`,
    `date: 2024-0${n(1, 9)}-1${n(0, 9)}`,
    '---',
    '',
    `# Field notes on ${topic}`,
    '',
    para(),
    '',
    para(),
    '',
    '## Results',
    '',
    '| Metric | Before | After |',
    '| --- | --- | --- |',
    `| p50 latency | ${n(20, 90)} ms | ${n(2, 19)} ms |`,
    `| Error rate | ${n(2, 9)}.${n(0, 9)}% | 0.${n(1, 9)}% |`,
    '',
    para(),
    '',
    '```python',
    ...imports.map((p) => `import ${p}`),
    '',
    `client = ${imports[0]}.connect("${topic}")`,
    '```',
    '',
    para(),
    '',
    para(),
    '',
    `Read more in our [documentation](https://docs.example.org/${topic}) or see the changelog (link).`,
    '',
  ].join('\n');
}

/** Why: writes `count` posts under `dir` (in a few sub-folders, as a real docs tree has) and returns their paths. */
export function writeArticles(dir: string, count: number): string[] {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `section-${i % 5}`);
    mkdirSync(sub, { recursive: true });
    const path = join(sub, `post-${String(i).padStart(4, '0')}.md`);
    writeFileSync(path, generateArticle(i));
    paths.push(path);
  }
  return paths;
}
