// judgeSupport on where a source sits: the claim's sentence, its neighbours, its list item or table row, a caption
// or a pointer paragraph. What counts as a source is support-sources.test.ts's.
import { describe, expect, test } from 'vitest';
import type { Block } from './article';
import { article, claimDraft as claim, md } from '../../tests/helpers/blocks';
import { findCitations } from './citations';
import type { ClaimDraft } from './claims';
import { judgeSupport } from './support';
import { supportOf } from '../../tests/helpers/support';

const row = (cells: string[], isHeader = false): Block => {
  const b = md(cells.join(' | '), 'table-row', { isHeader, header: ['Metric', 'Value'] });
  return b;
};

const REFS = [
  md('References', 'heading', { level: 2 }),
  md('[1] Corvane Institute, "Warehouse energy audit", 2022. [PDF](https://corvane.org/audit.pdf)'),
  md('[2] Our own telemetry, 2024.'),
];

describe('judgeSupport', () => {
  test.each<[string, Block[], number, string, 'linked' | 'cited-unlinked' | 'unsupported', string[]]>([
    [
      'a link on the subject names what the sentence praises',
      [md('[Optional Segments](https://docs.acme.dev/segments) are the most flexible way to route traffic.')],
      0,
      'the most flexible way',
      'unsupported',
      [],
    ],
    [
      "an encyclopedia's entry on the subject is a source about it",
      [md('[JD.com](https://en.wikipedia.org/wiki/JD.com) is one of the largest retailers in China.')],
      0,
      'one of the largest retailers',
      'linked',
      ['link: JD.com'],
    ],
    [
      'a link in the same sentence',
      [md('Heat pumps cut bills by 31% ([Corvane audit](https://corvane.org/a)).')],
      0,
      '31%',
      'linked',
      ['link: Corvane audit'],
    ],
    [
      'no evidence at all',
      [md('Our scheduler is 3x faster than cron. It ships today.')],
      0,
      '3x',
      'unsupported',
      [],
    ],
    [
      'an author-year citation without a link',
      [md('Data halls use 2% of power (Okafor et al., 2018).')],
      0,
      '2%',
      'cited-unlinked',
      ['author-year: Okafor et al., 2018'],
    ],
    [
      'a link in the next sentence',
      [md('Idle servers waste 30% of capacity. The [raw traces](https://traces.corvane.org) are public.')],
      0,
      '30%',
      'linked',
      ['link: raw traces'],
    ],
    [
      'a next sentence that refers the reader to a linked page for the detailed numbers',
      [
        md(
          'Applying the snapshot on a phone took under 0.3 seconds. For more detailed numbers, please refer to the [sync README](https://git.corvane.org/sync).',
        ),
      ],
      0,
      '0.3 seconds',
      'linked',
      ['link: sync README'],
    ],
    [
      'a next sentence of linked examples that the claim sums up (held22)',
      [
        md(
          'Many teams reported that the new JIT cut their latency by 15 to 30%. Like Quillbase seeing [a 17% speedup](https://quillbase.dev/blog/jit) or Tallyforge seeing [a 26% speedup](https://tallyforge.io/jit).',
        ),
      ],
      0,
      '15 to 30%',
      'linked',
      ['link: a 17% speedup', 'link: a 26% speedup'],
    ],
    [
      'a link in the previous sentence',
      [md('We re-ran the [2023 benchmark](https://bench.corvane.org). Latency fell 18%.')],
      0,
      '18%',
      'linked',
      ['link: 2023 benchmark'],
    ],
    [
      "a link in the previous sentence, beside that sentence's own number",
      [
        md(
          'Sales grew to 4 million units ([annual report](https://corvane.org/ar)). That was up 9% on the year before.',
        ),
      ],
      0,
      '9%',
      'linked',
      ['link: annual report'],
    ],
    [
      'an unlinked citation in the previous sentence does not count',
      [md('Data halls use 2% of power (Okafor et al., 2018). Our platform cuts that by 40%.')],
      0,
      '40%',
      'unsupported',
      [],
    ],
    [
      'an unlinked citation in the next sentence does not count',
      [md('Our platform cuts costs by 40%. Data halls use 2% of power (Okafor et al., 2018).')],
      0,
      '40%',
      'unsupported',
      [],
    ],
    [
      'an unlinked citation in the sentence is not lifted by a link in the next one (that link is not Okafor)',
      [md('Data halls use 2% of power (Okafor et al., 2018). The [dataset](https://corvane.org/d) is open.')],
      0,
      '2%',
      'cited-unlinked',
      ['author-year: Okafor et al., 2018'],
    ],
    [
      "the nearest ring speaks: a link in the sentence hides the next sentence's link",
      [
        md(
          'Heat pumps cut bills by 31% ([audit](https://corvane.org/a)). Boilers lost 7% ([survey](https://corvane.org/s)).',
        ),
      ],
      0,
      '31%',
      'linked',
      ['link: audit'],
    ],
    [
      'a link two sentences away does not count',
      [md('See the [site](https://corvane.org). It is new. Uptime is 99.9%. Ask us anything.')],
      0,
      '99.9%',
      'unsupported',
      [],
    ],
    [
      'a link anywhere in the list item',
      [
        md(
          'Energy use fell 22%. Measured over a quarter by the [facilities team](https://corvane.org/fm). More next year.',
          'list-item',
        ),
      ],
      0,
      '22%',
      'linked',
      ['link: facilities team'],
    ],
    [
      'a sibling list item does not lend its link',
      [md('Energy use fell 22%.', 'list-item'), md('Method: [audit](https://corvane.org/fm).', 'list-item')],
      0,
      '22%',
      'unsupported',
      [],
    ],
    [
      'a link anywhere in the table row',
      [
        row(['Metric', 'Value', 'Source'], true),
        row(['Uptime', '99.95%', '[status page](https://status.corvane.org)']),
      ],
      1,
      '99.95%',
      'linked',
      ['link: status page'],
    ],
    [
      'a table row without a source',
      [row(['Metric', 'Value'], true), row(['Uptime', '99.95%'])],
      1,
      '99.95%',
      'unsupported',
      [],
    ],
    [
      'a "Source:" caption with a link before the table',
      [
        md('Yearly averages. Source: [Corvane survey 2023](https://corvane.org/s23)'),
        row(['Metric', 'Value'], true),
        row(['Average PUE', '1.58']),
      ],
      2,
      '1.58',
      'linked',
      ['link: Corvane survey 2023'],
    ],
    [
      'a "Source:" caption without a link',
      [md('Source: internal measurements'), row(['Metric', 'Value'], true), row(['Average PUE', '1.58'])],
      2,
      '1.58',
      'cited-unlinked',
      ['source: Source: internal measurements'],
    ],
    [
      'a table "as measured by" a linked tool, and the table right after it',
      [
        md(
          'The improvements as measured by [kestrel/perf-compare](https://github.com/kestrel/perf-compare):',
        ),
        row(['Case', 'v4.2', 'v4.3'], true),
        row(['cold start', '17249 ms', '5132 ms']),
        row(['Case', 'v4.2', 'v4.3'], true),
        row(['warm start', '6027 ms', '4536 ms']),
      ],
      4,
      '4536 ms',
      'linked',
      ['link: kestrel/perf-compare'],
    ],
    [
      'an intro paragraph before the table is not a source',
      [
        md('Here is how [our platform](https://corvane.org) did:'),
        row(['Metric', 'Value'], true),
        row(['Uptime', '99.95%']),
      ],
      2,
      '99.95%',
      'unsupported',
      [],
    ],
    [
      'a "Source:" line under the paragraph',
      [md('Freight delays fell 14% in the pilot.'), md('Source: [pilot report](https://corvane.org/pilot)')],
      0,
      '14%',
      'linked',
      ['link: pilot report'],
    ],
    [
      'the next paragraph that opens with "According to" argues for itself',
      [
        md('Our p99 latency fell 40% after the switch.'),
        md(
          'According to [the annual survey](https://corvane.org/survey), 49% of teams use it. Adoption keeps growing.',
        ),
      ],
      0,
      '40%',
      'unsupported',
      [],
    ],
    [
      'a one-sentence "According to X, ..." paragraph after it states its own figure',
      [
        md('Quarrylight is the leading analytics platform in the UK.'),
        md(
          'According to [our survey of 412 teams](https://corvane.org/survey), 71% still build reports by hand.',
        ),
      ],
      0,
      'the leading analytics platform',
      'unsupported',
      [],
    ],
    [
      'a one-line "According to X." credit under the paragraph',
      [
        md('Freight delays fell 14% in the pilot.'),
        md('According to [the pilot report](https://corvane.org/pilot).'),
      ],
      0,
      '14%',
      'linked',
      ['according-to: according to the pilot report', 'link: the pilot report'],
    ],
    [
      'a paragraph that introduces its linked data with a colon speaks for the next one',
      [
        md(
          'Looking at the [site analytics](https://stats.corvane.org/corvane.org) we can compare 2024 with 2025:',
        ),
        md('Visits grew by about 15%, a bit lower than the 45% growth of the year before.'),
      ],
      1,
      '45%',
      'linked',
      ['link: site analytics'],
    ],
    [
      'a colon after a link that names no data is no source',
      [
        md('We rewrote [the scheduler](https://corvane.org/scheduler) and here is what happened:'),
        md('Jobs finish 45% sooner than before.'),
      ],
      1,
      '45%',
      'unsupported',
      [],
    ],
    [
      'a link before an aside set off by two dashes is in the same clause',
      [
        md(
          'The [Corvane forecast](https://corvane.org/f) says revenues for cold storage – the services these halls sell – will reach $130 billion in 2030.',
        ),
      ],
      0,
      '$130 billion',
      'linked',
      ['link: Corvane forecast'],
    ],
    [
      'a dash that opens what the linked study found goes on about it',
      [
        md(
          'People cite [the studies Corvane ran](https://corvane.org/s) – one showing that every extra second of boot time cost 4% of trials.',
        ),
      ],
      0,
      '4%',
      'linked',
      ['link: the studies Corvane ran'],
    ],
    [
      '... one spaced dash still ends the clause',
      [
        md(
          'Read the [Corvane forecast](https://corvane.org/f) on halls – our own revenue will reach $130 billion in 2030.',
        ),
      ],
      0,
      '$130 billion',
      'unsupported',
      [],
    ],
  ])('%s', (_name, blocks, b, needle, support, evidence) => {
    expect(supportOf(blocks, b, needle)).toEqual({ support, evidence });
  });

  test('every claim of a 1 MB article is judged in well under a second', () => {
    const para = 'Fans use 12% of power [1]. Pumps use 8% more. See [the audit](https://corvane.org/a). ';
    const blocks = Array.from({ length: Math.ceil(1_000_000 / para.length) }, () => md(para));
    const a = article(...blocks, ...REFS);
    const cites = findCitations(a);
    const t0 = performance.now();
    let linked = 0;
    for (let b = 0; b < blocks.length; b++) {
      for (const needle of ['12%', '8%'])
        if (judgeSupport(a, claim(a, b, needle), cites).support === 'linked') linked++;
    }
    expect(linked).toBe(blocks.length * 2);
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  test.each([['a nonsense sentence range', { sentence: { start: -5, end: 1e9 } }]])(
    'does not throw on %s',
    (_name, patch) => {
      const a = article(md('Churn dropped 12% ([study](https://corvane.org/s)).'));
      const c = { ...claim(a, 0, '12%'), ...patch } as ClaimDraft;
      expect(() => judgeSupport(a, c, findCitations(a))).not.toThrow();
    },
  );
});

test('a link relative to the article ("2025-financials/") is a page below it, not the site’s top-level product page', () => {
  const linked = supportOf(
    [md('In 2024 [our budget increased by 13%](2025-financials/) and we hired two.')],
    0,
    '13%',
  );
  expect(linked.support).toBe('linked');
  const top = supportOf([md('In 2024 [our budget increased by 13%](/pricing) and we hired two.')], 0, '13%');
  expect(top.support).toBe('unsupported');
});
