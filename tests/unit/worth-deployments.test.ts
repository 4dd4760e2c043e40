// held35: "Postgres, the world's favorite database with millions of deployments" counts how widely a product runs, a
// vague adoption figure (low), not a statistic about the world (it was high). Installations counted of the world
// ("Millions of installations of Log4j worldwide remain unpatched") still are one.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test("a product's deployments, counted vaguely, are its adoption; the world's installations are a statistic", () => {
  const adoption = "# T\n\nPostgres, the world's favorite database with millions of deployments, is free.";
  expect(worthOf(adoption, 'millions of deployments')).toBe('low');
  expect(worthOf('# T\n\nQuillbase now has millions of deployments across the world.', 'millions')).toBe(
    'low',
  );
  const world = '# T\n\nMillions of installations of Log4j worldwide remain unpatched today.';
  expect(worthOf(world, 'Millions of installations')).toBe('high');
});
