import { describe, expect, test } from 'vitest';
import type { Article, Block } from './article';
import { article, md } from '../../tests/helpers/blocks';
import { projectCitations as project, REFS } from '../../tests/helpers/citations';
import { findCitations } from './citations';

describe('findCitations: detectors', () => {
  test.each<
    [string, Block, { at: string; kind: string; followable: boolean; text?: string; href?: string }[]]
  >([
    [
      'a named source that says it, without a link',
      md('Borealis Research predicts that 70% of fleets will be electric. Our analysts found that it holds.'),
      [{ at: 'Borealis Research predicts', kind: 'according-to', followable: false }],
    ],
    [
      'no source in what a program reports',
      md('Tasks stay in the Started state according to `celery.events` for hours.'),
      [],
    ],
    [
      "a named party's own claim, its figure right after the verb",
      md(
        'Nvidia claims 30x higher throughput than A100s. Users claimed the tool. The vendor claims 40% savings.',
      ),
      [{ at: 'Nvidia claims', kind: 'according-to', followable: false }],
    ],
    [
      'a named source whose name is a link',
      md('[Ridgeway Institute](https://ridgeway.org/grid) estimated that grids lose 6% in transit.'),
      [{ at: 'Ridgeway Institute', kind: 'link', followable: true, href: 'https://ridgeway.org/grid' }],
    ],
    [
      'no named source across a sentence end, nor from the unnamed crowd',
      md('Fleets use PostgreSQL. Experts say that it scales. Studies found that it is fast.'),
      [],
    ],
    [
      'a hyperlink',
      md('Fleet idle time fell by a third ([Ridgeway report](https://ridgeway.org/fleet-2024)).'),
      [{ at: 'Ridgeway report', kind: 'link', followable: true, href: 'https://ridgeway.org/fleet-2024' }],
    ],
    [
      'author-year with et al.',
      md('Cooling takes 38% of site energy (Varga et al., 2017).'),
      [{ at: '(Varga et al., 2017)', kind: 'author-year', followable: false, text: 'Varga et al., 2017' }],
    ],
    [
      'author-year with an ampersand',
      md('Churn doubles after a bad release (Ito & Brandt, 2020).'),
      [{ at: '(Ito & Brandt, 2020)', kind: 'author-year', followable: false, text: 'Ito & Brandt, 2020' }],
    ],
    [
      'author-year with "and" and two citations',
      md('Both effects are known (Mbeki and Sorensen, 2015; Halloran, 2019a).'),
      [
        {
          at: 'Mbeki and Sorensen, 2015',
          kind: 'author-year',
          followable: false,
          text: 'Mbeki and Sorensen, 2015',
        },
        { at: 'Halloran, 2019a', kind: 'author-year', followable: false, text: 'Halloran, 2019a' },
      ],
    ],
    [
      'an organisation and a year',
      md('Spending will grow 9% next year (Forrester, 2024).'),
      [{ at: '(Forrester, 2024)', kind: 'author-year', followable: false }],
    ],
    [
      'narrative author-year',
      md('As Lindqvist et al. (2018) showed, cold starts dominate.'),
      [
        {
          at: 'Lindqvist et al. (2018)',
          kind: 'author-year',
          followable: false,
          text: 'Lindqvist et al. (2018)',
        },
      ],
    ],
    [
      'a parenthesised source',
      md('Breaches cost $4.1 million on average (Source: Halden Security Institute).'),
      [
        {
          at: '(Source: Halden Security Institute)',
          kind: 'source',
          followable: false,
          text: 'Source: Halden Security Institute',
        },
      ],
    ],
    [
      'a source line',
      md('Source: Veridian Research'),
      [
        {
          at: 'Source: Veridian Research',
          kind: 'source',
          followable: false,
          text: 'Source: Veridian Research',
        },
      ],
    ],
    [
      'according to, without a link',
      md('According to Pellam Group, most teams skip load tests.'),
      [
        {
          at: 'According to Pellam Group',
          kind: 'according-to',
          followable: false,
          text: 'according to Pellam Group',
        },
      ],
    ],
    [
      'according to, with a link',
      md('According to [the Pellam survey](https://pellam.io/survey), most teams skip load tests.'),
      [
        {
          at: 'According to the Pellam survey',
          kind: 'according-to',
          followable: true,
          href: 'https://pellam.io/survey',
        },
        { at: 'the Pellam survey', kind: 'link', followable: true },
      ],
    ],
    [
      'an author-year part beside a link in one parenthesis',
      md('Spoilage halves with sensors (see Halloran, 2020; [replication](https://doi.org/10.5555/rep)).'),
      [
        { at: 'Halloran, 2020', kind: 'author-year', followable: false },
        { at: 'replication', kind: 'link', followable: true },
      ],
    ],
    [
      'a named report',
      md("Rated the top scheduler in Coldfield's Spring 2025 Grid Report this year."),
      [{ at: "Coldfield's Spring 2025 Grid Report", kind: 'source', followable: false }],
    ],
    [
      'a named report with small words in its title',
      md('We placed first in the State of Platform Engineering Survey again.'),
      [{ at: 'the State of Platform Engineering Survey', kind: 'source', followable: false }],
    ],
    [
      'a DOI',
      md('The method is described in doi:10.1093/bioinformatics/btz123.'),
      [
        {
          at: '10.1093/bioinformatics/btz123',
          kind: 'doi',
          followable: true,
          href: 'https://doi.org/10.1093/bioinformatics/btz123',
        },
      ],
    ],
    [
      'an arXiv id',
      md('We follow the recipe of arXiv:2203.01234v2 closely.'),
      [
        {
          at: 'arXiv:2203.01234v2',
          kind: 'arxiv',
          followable: true,
          href: 'https://arxiv.org/abs/2203.01234v2',
        },
      ],
    ],
    [
      'a link whose text is inline code',
      {
        kind: 'paragraph',
        text: 'Parsing is 3x faster with parse.',
        links: [{ start: 26, end: 31, href: 'https://ridgeway.org/bench', text: 'parse' }],
        marks: [{ start: 26, end: 31, kind: 'code' }],
      },
      [{ at: 'parse', kind: 'link', followable: true, href: 'https://ridgeway.org/bench' }],
    ],
    [
      'a bare URL the adapter did not link',
      md('Raw numbers: https://data.ridgeway.org/fleet.csv.'),
      [{ at: 'https://data.ridgeway.org/fleet.csv', kind: 'link', followable: true }],
    ],
  ])('%s', (_name, block, expected) => {
    const got = project(article(block));
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });

  test.each([
    [
      'a placeholder link (claims beside it stay unsupported)',
      md('Median query time is 80 ms ([benchmarks](#)).'),
    ],
    ['a reserved test domain', md('See the [dashboard](https://metrics.acme.test/board) for uptime.')],
    ['a bare example.com URL', md('Post events to https://example.com/hook for now.')],
    ['placeholder anchor text', md('Full data: [[insert link]](https://ridgeway.org).')],
    ['a month and a year', md('The beta shipped (March, 2023) to all users.')],
    ['a plain parenthetical year', md('The project started (2019) as a side effort.')],
    ['according to plan', md('Everything went according to plan.')],
    [
      "the post's own benchmarks (held28)",
      md('It reaches state-of-the-art performance according to our performance benchmarks.'),
    ],
    ['an array index in prose code', md('Read `items[1]` before `items[2]`.')],
    ['a same-page section link', md('Setup is covered in [Installation](#installation).')],
    ['an e-mail link', md('Questions? [Write to us](mailto:team@ridgeway.org).')],
    ['open source: is not an attribution', md('Open source: the driving force of the project.')],
    ['a superscript exponent', md('Each rack covers 4 m^{2} of floor.')],
    ['a superscript inside a name', md('On τ^{2}-Bench the agent passes 47% of tasks.')],
    ['a citation-like string inside code', md('Run `cite (Smith et al., 2019)` to test.')],
  ])('no citation in %s', (_name, block) => {
    expect(findCitations(article(block))).toEqual([]);
  });

  test('code blocks are ignored', () => {
    const code = md('see https://ridgeway.org and (Varga et al., 2017)', 'code', { language: 'text' });
    expect(findCitations(article(code))).toEqual([]);
  });
});

describe('findCitations: robustness', () => {
  test.each([
    ['no blocks', { title: '', url: null, file: null, blocks: [] }],
    ['unbalanced brackets', article(md('[[[[ (((( Source: ( according to [^ 10.1/'))],
  ])('does not throw on %s', (_name, a) => {
    expect(() => findCitations(a as Article)).not.toThrow();
  });

  // Each row repeats one trigger across a single 300 kB block: the scan must stay linear.
  test.each([
    ['according to', 'according to '],
    ['Source:', 'Source: '],
    ['open parentheses', '('],
    ['author-like commas', '(Aa, Bb, Cc, Dd, Ee, Ff, Gg'],
    ['DOI prefixes', '10.1234/'],
    ['markers', '[1] '],
    ['named-report words', 'in Big Big Big Big Report '],
  ])('a block of repeated %s stays fast', (_name, unit) => {
    const text = unit.repeat(Math.ceil(300_000 / unit.length));
    const refs = [md('References', 'heading'), md(`[1] ${'[2] Entry, 2020. '.repeat(5000)}`)];
    const t0 = performance.now();
    findCitations(article({ kind: 'paragraph', text, links: [] }, ...refs));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  test('a 1 MB article is scanned in well under a second', () => {
    const para =
      'Spoilage fell 12% after rollout [1] (Varga et al., 2017); see [the log](https://ridgeway.org/log) and ' +
      'doi:10.1000/xyz123 (Source: Harbor Analytics). According to Pellam Group, 40% of fleets lag. ';
    const blocks = Array.from({ length: Math.ceil(1_000_000 / para.length) }, () => md(para));
    const a = article(...blocks, ...REFS);
    const t0 = performance.now();
    const cites = findCitations(a);
    const ms = performance.now() - t0;
    expect(cites.length).toBeGreaterThan(blocks.length * 5);
    expect(ms).toBeLessThan(1500);
  });
});
