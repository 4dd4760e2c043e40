// held35: "Postgres, the world's favorite database with millions of deployments" counts how widely a product runs,
// roughly: no statistic about the world (it was high). A share of the world's still is.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const worthOf = (markdown: string, text: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text))!.worth;

test("a product's deployments, counted vaguely, are no statistic of the world's; the world's share is", () => {
  const adoption = "# T\n\nPostgres, the world's favorite database with millions of deployments, is free.";
  expect(worthOf(adoption, 'millions of deployments')).toBe('none');
  expect(worthOf('# T\n\n70% of the world’s developers use Postgres.', '70%')).toBe('high');
});
