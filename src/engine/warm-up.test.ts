// The worker's warm-up: a valid article that takes the engine down its common paths, analysed one block per task,
// stopped between blocks on request, and leaving nothing behind that changes a later report.
import { expect, test } from 'vitest';
import { parseArticle } from '../core/article';
import { finalizeReport } from '../checks/index';
import { analyzeArticle } from './analyze';
import { WARM_UP_ARTICLE, warmUp } from './warm-up';

test('the built-in article is valid and reaches the common paths: figures, links, a table, code, findings', () => {
  expect(() => parseArticle(WARM_UP_ARTICLE)).not.toThrow();
  const report = finalizeReport(analyzeArticle(WARM_UP_ARTICLE));
  const kinds = new Set(report.claims.map((c) => c.kind));
  for (const k of ['percentage', 'multiplier', 'money', 'duration', 'superlative', 'comparative'])
    expect(kinds).toContain(k);
  expect(report.claims.some((c) => c.support === 'linked')).toBe(true);
  expect(report.claims.some((c) => c.worth === 'high' && c.support === 'unsupported')).toBe(true);
  expect(report.tables).toHaveLength(1);
  expect(report.imports.map((i) => i.module)).toEqual(['fastbuild_core', 'numpy']);
  expect(report.findings.some((f) => f.message.startsWith('Placeholder link'))).toBe(true);
});

test('runs to the end, one block per wait', async () => {
  let waits = 0;
  const w = warmUp({}, async () => void waits++);
  expect(await w.done).toBe(WARM_UP_ARTICLE.blocks.length);
  // One wait before the article's first step, one before each block and one before the report.
  expect(waits).toBe(WARM_UP_ARTICLE.blocks.length + 2);
});

test('stops before its next block once asked', async () => {
  let waits = 0;
  let w: ReturnType<typeof warmUp> | null = null;
  w = warmUp({}, async () => {
    if (++waits === 4) w?.stop();
  });
  expect(await w.done).toBe(2);
  expect(waits).toBe(4);
});

test('a report made after a warm-up is the report made without one', async () => {
  const article = {
    ...WARM_UP_ARTICLE,
    title: 'Another post',
    blocks: WARM_UP_ARTICLE.blocks.slice(1, 5).reverse(),
  };
  const at = () => new Date(0);
  const before = JSON.stringify(finalizeReport(analyzeArticle(article, { now: at })));
  await warmUp({}, async () => undefined).done;
  expect(JSON.stringify(finalizeReport(analyzeArticle(article, { now: at })))).toBe(before);
});
