import { describe, expect, test } from 'vitest';
import type { Block } from './article';
import { article, claimDraft as claim, md } from '../../tests/helpers/blocks';
import { findCitations } from './citations';
import { judgeSupport } from './support';

// A data review's figures stand on the data its method section links (held22: a CVE review's 23 findings, every
// one on a figure counted from the two datasets its "Methodology" links).
const METHOD = [
  md('Methodology', 'heading', { level: 2 }),
  md(
    'This review uses one data source: the advisory export from [advisories.corvane.org](https://advisories.corvane.org/all.json). All charts and statistics were generated with pandas.',
  ),
];
const REVIEW = [
  md('In 2026, 12,480 advisories were published, a 14.2% increase from the year before.'),
  md('| Severity | Count |\n|---|---|'),
  md('The data shows a spike in March.'),
  md('The security market will reach $40 billion by 2030.'),
];
const supportOf = (blocks: Block[], b: number, text: string, kind?: 'weasel' | 'superlative') => {
  const a = article(...blocks);
  return judgeSupport(a, claim(a, b, text, kind), findCitations(a));
};

describe("a data review's own figures", () => {
  test('are linked to the data its method section links, wherever they stand', () => {
    const blocks = [...REVIEW, ...METHOD];
    const got = supportOf(blocks, 0, '14.2% increase');
    expect(got.support).toBe('linked');
    expect(got.evidence.map((e) => e.href)).toEqual(['https://advisories.corvane.org/all.json']);
    expect(supportOf(blocks, 0, '12,480').support).toBe('linked');
  });

  test('"the data shows" refers to that data', () => {
    expect(supportOf([...REVIEW, ...METHOD], 2, 'data shows', 'weasel').support).toBe('linked');
  });

  test('a market forecast is beyond any dataset of the post', () => {
    expect(supportOf([...REVIEW, ...METHOD], 3, '$40 billion').support).toBe('unsupported');
  });

  test('a method section that links no data (a product page) backs nothing', () => {
    const home = [
      md('Methodology', 'heading', { level: 2 }),
      md('We ran everything on [Corvane Cloud](https://corvane.org/cloud) with default settings.'),
    ];
    expect(supportOf([...REVIEW, ...home], 0, '14.2% increase').support).toBe('unsupported');
  });

  test("a benchmark's scripts are its method, no dataset for the figures around it", () => {
    const bench = [
      md('Methodology', 'heading', { level: 2 }),
      md(
        'We repeated every run five times. The scripts and the raw output are in [our benchmark repository](https://github.com/corvane/bench).',
      ),
    ];
    expect(supportOf([...REVIEW, ...bench], 0, '14.2% increase').support).toBe('unsupported');
  });

  test("what others found is no count of the post's data", () => {
    const others = [md('Industry surveys show that 60% of teams overprovision their clusters.'), ...METHOD];
    expect(supportOf(others, 0, '60%').support).toBe('unsupported');
  });

  test('a data link outside the method section is no source for the whole post', () => {
    const elsewhere = [md('Background', 'heading', { level: 2 }), METHOD[1]!];
    expect(supportOf([...REVIEW, ...elsewhere], 0, '14.2% increase').support).toBe('unsupported');
  });
});
