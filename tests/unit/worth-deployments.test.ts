// held35: "Postgres, the world's favorite database with millions of deployments" counts a product's deployments, an
// adoption figure (low when vague), not a statistic about the world (high). A share of the world's still is.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const worthOf = (markdown: string, text: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text))!.worth;

test("a product's deployments, counted vaguely, are adoption; the world's share is a statistic", () => {
  const adoption = "# T\n\nPostgres, the world's favorite database with millions of deployments, is free.";
  expect(worthOf(adoption, 'millions of deployments')).toBe('low');
  expect(worthOf('# T\n\n70% of the world’s developers use Postgres.', '70%')).toBe('high');
});
