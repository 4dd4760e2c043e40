// Numbered, caret and named footnote markers, superscripts and in-page anchors, resolved against the article's own
// reference list.
import { describe, expect, test } from 'vitest';
import type { Block } from './article';
import { article, md } from '../../tests/helpers/blocks';
import { projectCitations as project, REFS } from '../../tests/helpers/citations';

describe('findCitations: markers and reference lists', () => {
  test.each<
    [string, Block[], { at: string; kind: string; followable: boolean; text?: RegExp; href?: string }[]]
  >([
    [
      'a bracket marker resolving to an entry with a link',
      [md('Spoilage drops 11% with sensors [1].'), ...REFS],
      [{ at: '[1]', kind: 'footnote', followable: true, href: 'https://harbor-analytics.com/outlook' }],
    ],
    [
      'a marker resolving to an entry without a URL',
      [md('Pilot sites saw fewer alarms [2].'), ...REFS],
      [{ at: '[2]', kind: 'footnote', followable: false, text: /^\[2\] Field notes.*entry without URL/ }],
    ],
    [
      'a marker with no entry at all',
      [md('Night shifts are 7% slower [4].'), ...REFS],
      [{ at: '[4]', kind: 'footnote', followable: false, text: /^\[4\] \(missing: no entry 4/ }],
    ],
    [
      'a marker in an article with no reference list',
      [md('Night shifts are 7% slower [4].')],
      [{ at: '[4]', kind: 'footnote', followable: false, text: /no reference list/ }],
    ],
    [
      'a caret footnote and its definition line',
      [
        md('Docks idle 15% of the day [^3].'),
        md('[^3]: Port authority yearly review, 2021. https://port-review.org/2021'),
      ],
      [
        { at: '[^3]', kind: 'footnote', followable: true, href: 'https://port-review.org/2021' },
        { at: 'https://port-review.org/2021', kind: 'link', followable: true },
      ],
    ],
    [
      'a named footnote and its definition under a References heading',
      [
        md('Guidance[^cf] dramatically improves samples.'),
        md('References', 'heading'),
        md('[^cf]: Halvorsen, Mbeki, "Sample Guidance", 2021.', 'paragraph', {
          links: [{ start: 26, end: 41, text: 'Sample Guidance', href: 'https://papers.example-lab.net/cf' }],
        }),
      ],
      [
        {
          at: '[^cf]',
          kind: 'footnote',
          followable: true,
          href: 'https://papers.example-lab.net/cf',
          text: /^\[\^cf\] Halvorsen/,
        },
        { at: 'Sample Guidance', kind: 'link', followable: true },
      ],
    ],
    [
      'a named footnote that is a note, not a reference, cites nothing',
      [
        md('The decoder keeps 3 tokens per step[^naive].'),
        md('[^naive]: The implementation used here is naive, so take the speedup with a grain of salt.'),
      ],
      [],
    ],
    [
      'a named footnote with no definition',
      [md('Guidance[^nowhere] dramatically improves samples.')],
      [{ at: '[^nowhere]', kind: 'footnote', followable: false, text: /no footnote "nowhere"/ }],
    ],
    [
      'an entry whose only URL is a reserved example domain counts as unlinked',
      [
        md('Docks idle 15% of the day [^3].'),
        md('[^3]: Port authority yearly review, 2021. https://port.example.org/review'),
      ],
      [{ at: '[^3]', kind: 'footnote', followable: false, text: /entry without URL/ }],
    ],
    [
      'a superscript marker',
      [md('Returns fell by 6%.^{1}'), ...REFS],
      [{ at: '1', kind: 'footnote', followable: true }],
    ],
    [
      'a superscript link to an in-page entry counts once',
      [md('Returns fell by 6%.^{[1](#ref-1)}'), ...REFS],
      [{ at: '1', kind: 'footnote', followable: true }],
    ],
    [
      'an in-page anchor link to a reference entry',
      [md('Returns fell by 6% ([see note](#fn-2)).'), ...REFS],
      [{ at: 'see note', kind: 'anchor', followable: false, text: /^\[2\]/ }],
    ],
    [
      'a range of markers',
      [md('Both trends hold [1–2].'), ...REFS],
      [
        { at: '[1–2]', kind: 'footnote', followable: true },
        { at: '[1–2]', kind: 'footnote', followable: false },
      ],
    ],
    [
      'a marker that is itself an external link',
      [md('Returns fell by 6% [[1]](https://ridgeway.org/returns).'), ...REFS],
      [{ at: '[1]', kind: 'link', followable: true }],
    ],
  ])('%s', (_name, blocks, expected) => {
    const got = project(article(...blocks)).filter((c) => c.block === 0 || !REFS.includes(blocks[c.block]!));
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const { text, ...rest } = e;
      expect(got[i]).toMatchObject(rest);
      if (text) expect(got[i]!.text).toMatch(text);
    });
  });

  test('numbered list items under a "References" heading are numbered by position', () => {
    const a = article(
      md('Grid losses are 5% [2] and hardware waste 3% [1].'),
      md('References', 'heading', { level: 2 }),
      md('Okonjo, T. Grid losses, 2019.', 'list-item'),
      md('Marsh, L. Hardware lifetimes, 2020. https://doi.org/10.5555/hw.2020', 'list-item'),
    );
    const got = project(a).filter((c) => c.block === 0);
    expect(got.map((c) => [c.at, c.followable, c.href])).toEqual([
      ['[2]', true, 'https://doi.org/10.5555/hw.2020'],
      ['[1]', false, undefined],
    ]);
  });

  test('the "[1]" that opens a reference entry is not a citation of itself', () => {
    const a = article(...REFS);
    expect(project(a).filter((c) => c.kind === 'footnote')).toEqual([]);
  });

  test('a bold paragraph can head the reference list', () => {
    const a = article(
      md('Storage costs rose 4% [1].'),
      md('Notes'),
      md('1. Ledger Partners storage index, 2024. https://ledger.io/idx'),
    );
    expect(project(a)[0]).toMatchObject({ at: '[1]', followable: true, href: 'https://ledger.io/idx' });
  });

  test('a list closing the article, with no heading, holds the notes its "[^n]" markers point to', () => {
    const notes = (...items: string[]) =>
      article(
        md('I can see the repos I starred[^1], and a survey found 3 in 4 developers check stars[^2].'),
        md('Over to you.'),
        ...items.map((t) => md(t, 'list-item')),
        md('Thanks for reading.'),
      );
    const got = project(
      notes('https://github.com/al?tab=stars, a public page.', 'Borges, H. Stars, JSS, 2018.'),
    ).filter((c) => c.block === 0);
    expect(got.map((c) => [c.at, c.followable, c.href])).toEqual([
      ['[^1]', true, 'https://github.com/al?tab=stars'],
      ['[^2]', false, undefined],
    ]);
    // Too few items for the markers, or items that lead nowhere: a list, not the notes.
    for (const a of [notes('https://github.com/al?tab=stars'), notes('Milk', 'Eggs', 'https://ex.org/bread')])
      expect(project(a).filter((c) => c.block === 0 && c.followable)).toEqual([]);
  });

  test('an author-year citation is followable when the bibliography links it', () => {
    const a = article(
      md('Heat reuse pays back in 4 years (Okonjo, 2019).'),
      md('Bibliography', 'heading', { level: 2 }),
      md('Okonjo, T. (2019). Heat reuse economics. https://doi.org/10.5555/heat.2019'),
    );
    expect(project(a)[0]).toMatchObject({
      kind: 'author-year',
      followable: true,
      href: 'https://doi.org/10.5555/heat.2019',
    });
  });
});
