// judgeSupport on what counts as a source: numbered markers and #anchors resolved to reference entries, placeholder
// and local links, unlinked named reports, DOIs and arXiv ids, "Context:" lines, and links on a method's or a
// product's name. Where a source sits relative to the claim is support.test.ts's.
import { describe, expect, test } from 'vitest';
import type { Block } from './article';
import { md } from '../../tests/helpers/blocks';
import { supportOf } from '../../tests/helpers/support';

const REFS = [
  md('References', 'heading', { level: 2 }),
  md('[1] Corvane Institute, "Warehouse energy audit", 2022. [PDF](https://corvane.org/audit.pdf)'),
  md('[2] Our own telemetry, 2024.'),
];

describe('judgeSupport: what counts as a source', () => {
  test.each<[string, Block[], number, string, 'linked' | 'cited-unlinked' | 'unsupported', string[]]>([
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
      '... and once the article calls that home page a source, its other links there back their own figures',
      [
        md('Aider scored 26.3% on the [SWE Bench Lite benchmark](https://www.swebench.com).'),
        md('The other results in the chart:'),
        md('[19.0% AutoCodeRover](https://www.swebench.com/)', 'list-item'),
      ],
      2,
      '19.0%',
      'linked',
      ['link: 19.0% AutoCodeRover'],
    ],
    [
      "... not another site's home page",
      [
        md('Aider scored 26.3% on the [SWE Bench Lite benchmark](https://www.swebench.com).'),
        md('The other results in the chart:'),
        md('[19.0% AutoCodeRover](https://www.swebench.com/)', 'list-item'),
        md('[18.0% Acme Agent](https://www.acme.dev/)', 'list-item'),
      ],
      3,
      '18.0%',
      'unsupported',
      [],
    ],
    [
      '... nor that one when the article names it without source words',
      [
        md('Aider scored 26.3% on the [SWE Bench Lite](https://www.swebench.com).'),
        md('The other results in the chart:'),
        md('[19.0% AutoCodeRover](https://www.swebench.com/)', 'list-item'),
      ],
      2,
      '19.0%',
      'unsupported',
      [],
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
});

test('a price list takes its source from the paragraph that links the price page, for its prices only', () => {
  const intro = md(
    'We priced it by referring to [GCP monthly pricing](https://cloud.google.com/pricing). Two machines:',
  );
  expect(
    supportOf(
      [intro, md('n2-standard-4 (4 CPU, 16 GB) at $141/month', 'list-item')],
      1,
      '$141/month',
      'money',
    ),
  ).toEqual({
    support: 'linked',
    evidence: ['link: GCP monthly pricing'],
  });
  // A saving or a round under a price page's link is no list price.
  const page = md(
    'We compared it against [our pricing page](https://acme.io/pricing). What it saved our customers:',
  );
  expect(
    supportOf([page, md('Globex saved $240,000 in six months', 'list-item')], 1, '$240,000', 'money').support,
  ).toBe('unsupported');
  expect(
    supportOf([intro, md('We closed a $40M Series B at $2/month', 'list-item')], 1, '$40M', 'money').support,
  ).toBe('unsupported');
  expect(
    supportOf(
      [intro, md('Ours is 40% faster than n2-standard-4', 'list-item')],
      1,
      '40% faster',
      'percentage',
    ),
  ).toEqual({
    support: 'unsupported',
    evidence: [],
  });
});
