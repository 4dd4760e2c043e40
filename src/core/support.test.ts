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
      'a marker resolved to an entry with a URL',
      [md('Lighting is 9% of load [1].'), ...REFS],
      0,
      '9%',
      'linked',
      [
        'footnote: [1] Corvane Institute, "Warehouse energy audit", 2022. PDF -> https://corvane.org/audit.pdf',
      ],
    ],
    [
      'a marker resolved to an entry without a URL',
      [md('Lighting is 9% of load [2].'), ...REFS],
      0,
      '9%',
      'cited-unlinked',
      ['footnote: [2] Our own telemetry, 2024. (entry without URL)'],
    ],
    [
      'a marker with no reference entry',
      [md('Lighting is 9% of load [5].'), ...REFS],
      0,
      '9%',
      'cited-unlinked',
      ['footnote: [5] (missing: no entry 5 in the references)'],
    ],
    [
      'a superscript #anchor to an entry that links out',
      [md('Lighting is 9% of load.^{[1](#ref-1)}'), ...REFS],
      0,
      '9%',
      'linked',
      [
        'footnote: [1] Corvane Institute, "Warehouse energy audit", 2022. PDF -> https://corvane.org/audit.pdf',
      ],
    ],
    [
      'an #anchor to an entry without a URL',
      [md('Lighting is 9% of load ([note](#ref-2)).'), ...REFS],
      0,
      '9%',
      'cited-unlinked',
      ['anchor: [2] Our own telemetry, 2024. (entry without URL)'],
    ],
    [
      'an #anchor to a section is no evidence',
      [md('Lighting is 9% of load (see [Method](#method)).')],
      0,
      '9%',
      'unsupported',
      [],
    ],
    [
      'a placeholder link never counts',
      [md('Churn dropped 12% ([case study](#)).')],
      0,
      '12%',
      'unsupported',
      [],
    ],
    [
      'an example.com link never counts',
      [md('Churn dropped 12% ([case study](https://example.com/case)).')],
      0,
      '12%',
      'unsupported',
      [],
    ],
    [
      'a localhost link never counts',
      [md('Churn dropped 12% ([dashboard](http://localhost:3000/churn)).')],
      0,
      '12%',
      'unsupported',
      [],
    ],
    [
      'a placeholder link beside an unlinked citation',
      [md('Churn dropped 12% (Halloran, 2020; [PDF](#)).')],
      0,
      '12%',
      'cited-unlinked',
      ['author-year: Halloran, 2020'],
    ],
    [
      'a named report without a link',
      [md('We were ranked first in the Coldfield Cloud Index this spring.')],
      0,
      'ranked first',
      'cited-unlinked',
      ['source: the Coldfield Cloud Index'],
    ],
    [
      'a followable link outranks an unlinked citation',
      [md('Churn dropped 12% (Halloran, 2020; [replication](https://doi.org/10.5555/rep)).')],
      0,
      '12%',
      'linked',
      ['link: replication', 'author-year: Halloran, 2020'],
    ],
    [
      'a DOI in the sentence',
      [md('Recall rose to 0.91 (doi:10.5555/recall.91).')],
      0,
      '0.91',
      'linked',
      ['doi: 10.5555/recall.91'],
    ],
    [
      'an arXiv id in the sentence',
      [md('Training took 40% fewer steps (arXiv:2305.04321).')],
      0,
      '40%',
      'linked',
      ['arxiv: arXiv:2305.04321'],
    ],
    [
      'according to a linked source',
      [md('According to [Corvane](https://corvane.org/r), 60% of sites overcool.')],
      0,
      '60%',
      'linked',
      ['according-to: according to Corvane', 'link: Corvane'],
    ],
    [
      'a "Source*:*" line (escaped Markdown) under the paragraph',
      [
        md('A recent study projects the market to grow 20.99% a year.'),
        md('Source*:* [Market Research Future](https://www.marketresearchfuture.com/reports/api-testing).'),
      ],
      0,
      '20.99%',
      'linked',
      ['link: Market Research Future'],
    ],
    [
      'a link whose words state another figure',
      [
        md(
          'Reflow has powered over 1 million applications and earned [28,000+ GitHub stars](https://github.com/reflow/reflow).',
        ),
      ],
      0,
      'over 1 million applications',
      'unsupported',
      [],
    ],
    [
      'a "Context: [PR]" line under the section heading',
      [
        md('2X Faster Parser', 'heading', { level: 3 }),
        md('Context: [PR#9674](https://github.com/vuejs/core/pull/9674)', 'list-item'),
        md('We rewrote the parser. The benchmarks show a ~44% improvement when compiling templates.'),
      ],
      2,
      '~44%',
      'linked',
      ['link: PR#9674'],
    ],
    [
      'a "Context:" line under another heading',
      [
        md('2X Faster Parser', 'heading', { level: 3 }),
        md('Context: [PR#9674](https://github.com/vuejs/core/pull/9674)', 'list-item'),
        md('Reactivity', 'heading', { level: 3 }),
        md('Effects now trigger 44% less often in our tests.'),
      ],
      3,
      '44%',
      'unsupported',
      [],
    ],
    [
      'a link naming a dated survey is no other figure',
      [md('[Our 2026 survey](https://corvane.org/survey) found 71% of teams automate releases.')],
      0,
      '71%',
      'linked',
      ['link: Our 2026 survey'],
    ],
    [
      "a share of the Fortune 500 and the vendor's own customers page",
      [md('Reflow [powers applications](https://reflow.dev/customers) at 40% of Fortune 500 companies.')],
      0,
      '40%',
      'unsupported',
      [],
    ],
    [
      'a reference entry does not support the paragraph above it',
      [
        md('Cooling costs rose 5%.'),
        md('References', 'heading'),
        md('[1] Corvane Institute, 2022. https://corvane.org/audit'),
      ],
      0,
      '5%',
      'unsupported',
      [],
    ],
    [
      "a method's paper linked on its name earlier in the section",
      [
        md('[SWA-Gaussian](https://arxiv.org/abs/1902.02476) (SWAG) estimates a Gaussian over the weights.'),
        md('Figure 6. SWAG on CIFAR-100.'),
        md('Empirically, SWAG cuts calibration error by 31% against MC dropout.'),
      ],
      2,
      '31%',
      'linked',
      ['link: SWA-Gaussian'],
    ],
    [
      "a product's home page linked on its name is no source",
      [
        md('[Corvane Cloud](https://corvane.com/cloud) (CVC) is our hosted platform.'),
        md('CVC cuts cooling bills by 31% in the first year.'),
      ],
      1,
      '31%',
      'unsupported',
      [],
    ],
    [
      "a site's home page is no source, whatever the link says",
      [md('For 90% of developers, [Acme is the simpler, faster choice](https://www.acme.dev).')],
      0,
      '90%',
      'unsupported',
      [],
    ],
    [
      '... unless its words name a source',
      [md('For 90% of developers, speed matters most ([the Acme 2026 survey](https://www.acme.dev)).')],
      0,
      '90%',
      'linked',
      ['link: the Acme 2026 survey'],
    ],
    [
      "a method's paper linked in an earlier section",
      [
        md('[SWA-Gaussian](https://arxiv.org/abs/1902.02476) (SWAG) estimates a Gaussian over the weights.'),
        md('Results', 'heading', { level: 2 }),
        md('Empirically, SWAG cuts calibration error by 31% against MC dropout.'),
      ],
      2,
      '31%',
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
