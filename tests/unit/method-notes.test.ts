// A benchmark whose method is a list of notes under its heading ("CPU is ...", "Benchmark was done on Linux"), then a
// second section of the same benchmark ("# Benchmark quality") with tables of the author's own error figures.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

const article = (notes: string, second: string) =>
  [
    '# A GPU encoder for block-compressed textures',
    '# Benchmark timings',
    'Notes:',
    '1. CPU is a 3.4GHz desktop part with 32GB RAM.',
    notes,
    '| | **Ours** | **Reference CPU encoder** |\n| --- | --- | --- |\n| Photo set (20 images) | 3,10 | 2,05 |',
    `# ${second}`,
    'Lower is better: the root mean squared logarithmic error of each image against its source.',
    '| | **Ours** | **Reference CPU encoder** |\n| --- | --- | --- |\n| **Average** | **0.0251736** | **0.0248113** |\n| photo01.png | 0.027741 | 0.027302 |',
  ].join('\n\n');

const NOTES =
  '1. Benchmark was done on Debian 12 with Mesa 23.\n1. Multithreaded tests were done with one process per image.';

test("notes that say where the benchmark was done disclose its method: the second section's tables are the author's own", () => {
  const claim = claimOf(article(NOTES, 'Benchmark quality'), '0.0251736');
  expect(claim.worth).toBe('none');
});

test('without the notes and under a heading that names no benchmark, the same table is a result with no method', () => {
  const claim = claimOf(article('', 'What we saw'), '0.0251736');
  expect(claim.worth).not.toBe('none');
});
