// "Did you mean" candidates from the bundled popular names: one or two slips away, never the name itself.
import { expect, test } from 'vitest';
import { editDistance, nearPopular } from './popular-packages';

test.each([
  ['pypi', 'reqeusts', ['requests']],
  ['pypi', 'pandass', ['pandas']],
  ['pypi', 'Scikit_Learn', []],
  ['pypi', 'liam-core', []],
  ['npm', 'expres', ['express']],
  ['npm', 'react', []],
  ['cargo', 'serd', ['serde']],
] as const)('%s %s -> %j', (registry, name, want) => {
  expect(nearPopular(registry, name)).toEqual(want);
});

test.each([
  ['requests', 'reqeusts', 1],
  ['abc', 'abc', 0],
  ['abc', 'xyz', 3],
  ['kitten', 'sitting', 3],
])('editDistance(%s, %s) = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
