// No import cycle among src/ files, and none between its layers (src/core, src/checks, ...): data flows one way.
// The graph is the bundler parser's reading of every import, `import type` included (tests/helpers/module-graph.ts).
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { edgesBetween, findCycles, layerGraph, moduleGraph } from '../helpers/module-graph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * KNOWN_CYCLES: layer cycles known today, each to be removed by the change that fixes it; nothing else goes here.
 * (Empty since the pipeline moved to src/engine, above src/core and src/checks.)
 */
const KNOWN_CYCLES: string[][] = [];

const graph = moduleGraph(ROOT);
const show = (cycles: string[][]) => cycles.map((c) => c.join(' -> ')).join('\n');

describe('import cycles', () => {
  test('every relative import resolves (a graph with holes would hide cycles)', () => {
    expect(graph.edges.size).toBeGreaterThan(100);
    expect(graph.unresolved).toEqual([]);
  });

  test('no cycle among src/ files', () => {
    const cycles = findCycles(graph.edges);
    expect(cycles, `import cycles:\n${show(cycles)}`).toEqual([]);
  });

  test('no cycle between src/ layers other than the known ones, and each known one still exists', () => {
    const cycles = findCycles(layerGraph(graph.edges));
    const members = (c: string[]) => [...new Set(c)].sort().join(' ');
    const known = new Set(KNOWN_CYCLES.map(members));
    const unknown = cycles.filter((c) => !known.has(members(c)));
    const detail = unknown
      .flatMap((c) =>
        c
          .slice(1)
          .map((to, k) => `${c[k]} -> ${to}: ${edgesBetween(graph.edges, c[k]!, to).slice(0, 3).join('; ')}`),
      )
      .join('\n');
    expect(unknown, `layer cycles:\n${show(unknown)}\nthrough:\n${detail}`).toEqual([]);
    const gone = [...known].filter((k) => !cycles.some((c) => members(c) === k));
    expect(gone, 'fixed: remove these from KNOWN_CYCLES').toEqual([]);
  });
});

describe('findCycles', () => {
  const g = (edges: Record<string, string[]>) =>
    new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)] as [string, Set<string>]));

  test.each<[string, Record<string, string[]>, string[][]]>([
    ['none in a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['a pair', { a: ['b'], b: ['a'] }, [['a', 'b', 'a']]],
    ['a self-import', { a: ['a'], b: [] }, [['a', 'a']]],
    [
      'a long loop beside a tail',
      { a: ['b'], b: ['c'], c: ['d', 'x'], d: ['a'], x: [] },
      [['a', 'b', 'c', 'd', 'a']],
    ],
    [
      'two separate cycles',
      { a: ['b'], b: ['a'], c: ['d'], d: ['c'] },
      [
        ['a', 'b', 'a'],
        ['c', 'd', 'c'],
      ],
    ],
  ])('%s', (_name, edges, expected) => {
    expect(findCycles(g(edges))).toEqual(expected);
  });

  test('an `import type` is an edge', () => {
    // src/shared/tab-state.ts imports nothing but `import type { Report } from '../core/report'`.
    expect([...graph.edges.get('src/shared/tab-state.ts')!]).toEqual(['src/core/report.ts']);
  });
});
