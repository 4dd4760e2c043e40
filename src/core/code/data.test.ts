// The generated standard-library lists: shape, and the names the extractors rely on.
import { describe, expect, test } from 'vitest';
import node from '../data/node-builtins.json';
import python from '../data/python-stdlib.json';

describe('generated data', () => {
  test.each(['tomllib', 'asyncio', '__future__', 'os', 'json', 'sqlite3', 'annotationlib'])(
    'python stdlib has %s',
    (name) => {
      expect(python).toContain(name);
    },
  );

  test.each(['requests', 'numpy', 'liam_core'])('python stdlib lacks %s', (name) => {
    expect(python).not.toContain(name);
  });

  test.each(['fs', 'fs/promises', 'path', 'node:test' /* prefix-only */])('node builtins know %s', (name) => {
    const bare = name.replace(/^node:/, '');
    expect(name.startsWith('node:') ? node.prefixOnly : node.modules).toContain(bare);
  });

  test('prefix-only modules are not bare builtins ("test" alone is an npm package)', () => {
    for (const name of node.prefixOnly) expect(node.modules).not.toContain(name);
    expect(node.prefixOnly).toEqual(expect.arrayContaining(['test', 'test/reporters', 'sqlite', 'sea']));
  });

  test.each([
    ['python', python],
    ['node', node.modules],
  ])('%s list is sorted and without duplicates', (_name, list) => {
    expect([...new Set(list)].sort()).toEqual(list);
  });
});
