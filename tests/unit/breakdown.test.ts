// A breakdown of one whole into shares is one claim: one finding over its shares (held27: "50% inactive, 30% medium
// usage, and 20% power users" was three findings).
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const LEAD = 'In a typical B2B company, customers across pricing tiers follow a pattern:';

const numberFindings = (markdown: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).findings.filter((f) => f.rule === 'unsupported-number');

test('shares that add up to 100% are one finding over all of them', () => {
  const [f, ...rest] = numberFindings(`${LEAD} 50% inactive, 30% medium usage, and 20% power users.`);
  expect(rest).toEqual([]);
  expect(f?.message).toBe('"50%, 30% and 20%" has no source: a share of users or customers.');
  expect(f?.refs).toHaveLength(3);
});

test('shares with longer labels between them are one breakdown too', () => {
  const [f, ...rest] = numberFindings(
    'Inference buyers follow a pattern: 55% are startups shipping a single product, 30% are mid-market teams with a few models, and 15% are enterprises.',
  );
  expect(rest).toEqual([]);
  expect(f?.refs).toHaveLength(3);
});

test('shares that do not add up to a whole, or stand in two sentences, are findings of their own', () => {
  expect(numberFindings(`${LEAD} 50% inactive, 30% medium usage, and 10% power users.`)).toHaveLength(3);
  expect(
    numberFindings(`${LEAD} 50% inactive. Of the rest, 30% show medium usage, and 20% are power users.`),
  ).toHaveLength(3);
});

test('a change from one share to another, and results that happen to add up to 100%, are no breakdown', () => {
  const [change, ...more] = numberFindings('Our market share went from 60% to 40% after the launch.');
  expect(more).toEqual([]);
  expect(change?.message).toMatch(/^"60% to 40%" has no source/);
  expect(numberFindings('Quillpad is 50% faster, 30% cheaper, and 20% smaller than Lintly.')).toHaveLength(3);
});
