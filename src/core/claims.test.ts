import { describe, expect, test } from 'vitest';
import type { Article, Block } from './article';
import { extractClaims } from './claims';
import type { ClaimDraft, Tagger } from './claims';

const article = (...blocks: Block[]): Article => ({ title: 'Test', url: null, file: null, blocks });
const para = (text: string, extra: Partial<Block> = {}): Block => ({
  kind: 'paragraph',
  text,
  links: [],
  ...extra,
});
const row = (cells: string[], header: string[], isHeader = false): Block => {
  let at = 0;
  const ranges = cells.map((c) => {
    const r = { start: at, end: at + c.length };
    at += c.length + 3;
    return r;
  });
  return { kind: 'table-row', text: cells.join(' | '), links: [], cells: ranges, header, isHeader };
};
const claimsOf = (text: string, tagger?: Tagger): ClaimDraft[] =>
  extractClaims(article(para(text)), { tagger });
const brief = (c: ClaimDraft) => ({ kind: c.kind, text: c.text });

type Want = Partial<ClaimDraft> & { text: string };

// Phrases that hold exactly one claim, as a reader would highlight it (regex path, no tagger).
const ONE_CLAIM: [string, Want][] = [
  ['Energy use fell 12% after the move.', { kind: 'percentage', text: '12%', value: 12, unit: '%' }],
  [
    'Orbit, a leader in retail analytics, ships weekly.',
    { kind: 'superlative', text: 'a leader in retail analytics' },
  ],
  [
    'Medallia is a pioneer and leader in the field of experience management.',
    { kind: 'superlative', text: 'a pioneer and leader in the field' },
  ],
  ['We are the leading provider of edge caching.', { kind: 'superlative', text: 'the leading provider' }],
  [
    'Our lab is at the forefront of battery research.',
    { kind: 'superlative', text: 'at the forefront of battery research' },
  ],
  ['It offers industry-leading encryption.', { kind: 'superlative', text: 'industry-leading' }],
  ['A best-in-class editor for teams.', { kind: 'superlative', text: 'best-in-class' }],
  ['Built by a world-class crew.', { kind: 'superlative', text: 'world-class' }],
  ['Meet the fastest query engine around.', { kind: 'superlative', text: 'the fastest query engine' }],
  ['Hexa is the first vendor to sign the pledge.', { kind: 'superlative', text: 'the first vendor' }],
  ['Hexa is the only platform that encrypts logs.', { kind: 'superlative', text: 'the only platform' }],
  ['Ranked #1 by reviewers.', { kind: 'superlative', text: '#1' }],
  ['It is the number one choice of admins.', { kind: 'superlative', text: 'number one' }],
  [
    'Our parser outperforms Tree Sitter on big files.',
    { kind: 'comparative', text: 'outperforms Tree Sitter' },
  ],
  ['Writes land faster than Cassandra can ack them.', { kind: 'comparative', text: 'faster than Cassandra' }],
  ['A state-of-the-art vision model.', { kind: 'superlative', text: 'state-of-the-art' }],
  ['Support that is simply unmatched.', { kind: 'superlative', text: 'unmatched' }],
  ['The accuracy is unparalleled.', { kind: 'superlative', text: 'unparalleled' }],
  ['We run the world’s largest solar farm.', { kind: 'superlative', text: 'the world’s largest solar farm' }],
  ['Studies show remote teams ship more.', { kind: 'weasel', text: 'Studies show' }],
  ['Research shows that sleep matters.', { kind: 'weasel', text: 'Research shows' }],
  ['Experts agree that caching helps.', { kind: 'weasel', text: 'Experts agree' }],
  ['Analysts project that edge spending will grow.', { kind: 'weasel', text: 'Analysts project' }],
  ['It is widely known that outages cost money.', { kind: 'weasel', text: 'It is widely known' }],
  ['Many believe serverless is cheaper.', { kind: 'weasel', text: 'Many believe' }],
  ['A recent study found gains in recall.', { kind: 'weasel', text: 'A recent study' }],
  ['A recent pilot study confirmed the effect.', { kind: 'weasel', text: 'A recent pilot study' }],
  ['This is true according to industry reports.', { kind: 'weasel', text: 'according to industry reports' }],
  [
    'Customers saw up to 30% lower bills.',
    { kind: 'percentage', text: 'up to 30% lower', hedge: 'up to', value: 30 },
  ],
  ['We are a leading cloud provider in Europe.', { kind: 'superlative', text: 'a leading cloud provider' }],
  ['Payroll hit €1.2B last year.', { kind: 'money', text: '€1.2B', value: 1.2e9, unit: 'EUR' }],
  ['Loved by millions of gamers.', { kind: 'number', text: 'millions of gamers', vague: true }],
  ['Replies arrive in <80ms.', { kind: 'duration', text: '<80ms', hedge: '<', value: 80, unit: 'ms' }],
  ['Savings of 10–20% are typical.', { kind: 'range', text: '10–20%', value: 10, max: 20, unit: '%' }],
  [
    'Meet the fastest serverless Postgres-compatible database on the market.',
    { kind: 'superlative', text: 'the fastest serverless Postgres-compatible database' },
  ],
  [
    'We are the fastest-growing company in our category.',
    { kind: 'superlative', text: 'the fastest-growing company' },
  ],
  ['Call it the best database they have used.', { kind: 'superlative', text: 'the best database' }],
  [
    'It is the most loved database among developers.',
    { kind: 'superlative', text: 'the most loved database' },
  ],
  [
    'Rated the top accounts payable solution this fall.',
    { kind: 'superlative', text: 'the top accounts payable solution' },
  ],
  [
    'Ardentis, the #1 accounts payable automation platform for mid-market firms.',
    { kind: 'superlative', text: 'the #1 accounts payable automation platform' },
  ],
  [
    'Kestrel is the only observability platform that keeps every trace.',
    { kind: 'superlative', text: 'the only observability platform' },
  ],
  [
    'Veridane outperforms every competing grid-optimisation product on the market.',
    { kind: 'comparative', text: 'outperforms every competing grid-optimisation product' },
  ],
  ['Alloy is superior to Redis for queues.', { kind: 'comparative', text: 'superior to Redis' }],
  ['Industry research shows that checkouts fail.', { kind: 'weasel', text: 'Industry research shows' }],
  ['Analysts expect serverless to grow.', { kind: 'weasel', text: 'Analysts expect' }],
  ['The data shows that teams overpay for logging.', { kind: 'weasel', text: 'data shows' }],
  ['What I read was that the site cost millions.', { kind: 'weasel', text: 'What I read was that' }],
  [
    'The majority of customers asked for exports.',
    { kind: 'generalization', text: 'The majority of customers' },
  ],
  ['I also read that they spent a fortune on testing.', { kind: 'weasel', text: 'I also read that' }],
  [
    'As any security professional will tell you, dev dependencies are an attack vector.',
    { kind: 'weasel', text: 'As any security professional will tell you' },
  ],
  ['Ask any DBA about indexes.', { kind: 'weasel', text: 'Ask any DBA' }],
  ['Performance improved 3X at launch.', { kind: 'multiplier', text: '3X' }],
  [
    'We scanned each file with both tools, with results independently verified.',
    { kind: 'weasel', text: 'independently verified' },
  ],
];

// Sentences with no claim at all.
const NO_CLAIM: [string, string][] = [
  ['Maria is a leader in the Rust community.', 'a role in a community, no field or market'],
  ['We first met in 2015 in Oslo.', 'a year'],
  ['Emissions are a concern (Ortiz et al., 2019).', 'a citation year'],
  ['Read the 2022 report for context.', 'a report year'],
  ['Kelp has its roots in a research project at a university.', "a project's history, no research cited"],
  ['Our test data shows a spike in March.', "the author's own data, named as theirs (held22)"],
  ['This data shows us that:', 'the data of the chart above it (held29)'],
  ['Any of these tools will tell you the size.', 'a tool that reports, not a trade appealed to (held35)'],
  ['The audit was independently verified by NCC Group.', 'the verifier is named'],
  ['1X released a teaser video of its robot yesterday.', 'a company called 1X (held37)'],
  ['I did not understand it until I joined 1X.', 'a company called 1X (held37)'],
  [
    'For these companies (especially large enterprises with a fragmented architecture), Postgres should be ideal.',
    'a market described, not customers who use something (held35)',
  ],
  [
    'They believe they have a better handle on it than the data shows.',
    'data as the other side of a comparison (held29)',
  ],
  ['Python 3.13 removed the GIL flag.', 'a version'],
  ['The v4 API is stable.', 'a v-version'],
  ['Node 22 is required.', 'a runtime version'],
  ['Compile to ES2019.', 'an ES edition'],
  ['HTTP/2 multiplexes streams.', 'a protocol version'],
  ['We tried GPT-4 and Claude 3.', 'model names'],
  ['The first step is to install it.', '"the first step" is not leadership'],
  ['A leading wildcard in LIKE skips the index; so do the leading zeros.', '"leading" as "at the start"'],
  ['We used technologies at the leading edge of hosting and orchestration.', '"the leading edge", an idiom'],
  ['Section 2.4 covers setup.', 'a section number'],
  ['Step 3 adds the key.', 'a step number'],
  ['Call 020 7946 0958 or (212) 555-0147.', 'phone numbers'],
  ['Standup is at 9:45 and lunch at 12pm.', 'times of day'],
  ['We rent H100 nodes and S3 storage over IPv6.', 'identifiers'],
  ['Works on 5G and plays MP3 and 4K video.', 'identifiers'],
  ['Support is available 24/7.', '24/7'],
  ['Fine-tune Llama-3-8B locally.', 'a size inside a model name'],
  ['Docs live at https://acme.dev/v3/limits/100.', 'a URL'],
  ['This is well covered [4].', 'a footnote marker'],
  ['Ship the latest release today.', '"latest" is not a claim'],
  ['The design is simple and clean.', 'no numbers, no superlatives'],
  ['', 'empty text'],
  ['It might be the only run that happened under those conditions.', '"the only run" ranks no product'],
  ['Dashboards made incidents much easier to read.', '"easier to" is an infinitive, not a comparison'],
  ['This post looks at what published research says about leaks.', 'describes research, does not lean on it'],
  ['I read that paper twice before the talk.', 'reading a named thing is no hearsay'],
  ['I heard that the team was hiring, so I applied the same week.', 'a story, no figure behind it'],
  ['A log entry commits once the majority of peers accept it.', 'a quorum, not a share of people'],
  ['The majority of the CPU is consumed by curl.', "a profile's reading"],
  ['The logo sits at the top of the page.', '"the top of" is a place'],
  ['By the Kestrel Mesh Team · April 22, 2026 · 7 min read', 'a byline'],
];

describe('extractClaims finds', () => {
  test.each(ONE_CLAIM)('%s', (text, want) => {
    const found = claimsOf(text);
    expect(found.map(brief)).toEqual([{ kind: want.kind, text: want.text }]);
    expect(found[0]).toMatchObject(want);
  });
});

describe('extractClaims ignores', () => {
  test.each(NO_CLAIM)('%s (%s)', (text) => {
    expect(claimsOf(text).map(brief)).toEqual([]);
  });
});

describe('tables', () => {
  const H = ['Metric', 'Value', 'Status', 'Since'];
  const table = article(
    row(H, H, true),
    row(['Pods Running', '48', '✅ Healthy', '2021'], H),
    row(['Gateway Uptime', '99.95%', '✅ Stable', '2019'], H),
    row(['Search Latency', '<30ms', '⚠️ Watch', '2022'], H),
    row(['Cloud Spend', '$1.4M', 'n/a', '2023'], H),
  );
  const found = extractClaims(table);

  test('the header row gives no claims', () => {
    expect(found.filter((c) => c.block === 0)).toEqual([]);
  });

  test.each([
    [1, '48', 'number', 48, undefined, 'Pods Running / Value'],
    [2, '99.95%', 'percentage', 99.95, '%', 'Gateway Uptime / Value'],
    [3, '<30ms', 'duration', 30, 'ms', 'Search Latency / Value'],
    [4, '$1.4M', 'money', 1.4e6, 'USD', 'Cloud Spend / Value'],
  ])('row %i: %s', (block, text, kind, value, unit, context) => {
    const inRow = found.filter((c) => c.block === block);
    expect(inRow).toHaveLength(1); // status cells and the year column give nothing
    expect(inRow[0]).toMatchObject({
      text,
      kind,
      value,
      context,
      sentence: { start: 0, end: table.blocks[block]!.text.length },
    });
    expect(inRow[0]!.unit).toBe(unit);
    expect(table.blocks[block]!.text.slice(inRow[0]!.start, inRow[0]!.end)).toBe(text);
  });

  test('rows without cell ranges are split on " | "', () => {
    const bare: Block = {
      kind: 'table-row',
      text: 'Disk Used | 7 TB',
      links: [],
      header: ['What', 'Amount'],
    };
    expect(extractClaims(article(bare))).toMatchObject([
      { text: '7 TB', unit: 'TB', context: 'Disk Used / Amount' },
    ]);
  });
});

describe('where claims may not come from', () => {
  test('code blocks are never claims', () => {
    expect(extractClaims(article({ kind: 'code', text: 'limit = 500  # 40% of 10,000', links: [] }))).toEqual(
      [],
    );
  });

  test('inline code and superscripts are skipped, and do not glue onto numbers', () => {
    const text = 'Set retries=5 and expect 98.5%2 success.';
    const marks = [
      { start: 4, end: 13, kind: 'code' as const },
      { start: 30, end: 31, kind: 'sup' as const },
    ];
    expect(extractClaims(article(para(text, { marks })))).toMatchObject([{ text: '98.5%', value: 98.5 }]);
  });

  test('exclude ranges are honoured per block', () => {
    const text = 'Use rose 9% (Data Survey 2024, 55 sites). The leading provider agrees.';
    const cite = { start: text.indexOf('('), end: text.indexOf(')') + 1 };
    const found = extractClaims(article(para(text), para(text)), { exclude: (b) => (b === 0 ? [cite] : []) });
    expect(found.filter((c) => c.block === 0).map((c) => c.text)).toEqual(['9%', 'The leading provider']);
    expect(found.filter((c) => c.block === 1).map((c) => c.text)).toEqual([
      '9%',
      '55 sites',
      'The leading provider',
    ]);
  });

  test('a reference list holds no claims', () => {
    const found = extractClaims(
      article(
        para('Tail latency grew 63% [1].'),
        para('References', { kind: 'heading', level: 2 }),
        para('1. J. Dean, "The Tail at Scale," vol. 56, 367(6481), 2013, 12 pages.', { kind: 'list-item' }),
        para('[2] Field notes from 40 pilot sites, 2023.'),
      ),
    );
    expect(found.map((c) => [c.block, c.text])).toEqual([[0, '63%']]);
  });
});

describe('shape', () => {
  const blocks = [
    para('Intro text with no claims.'),
    para(
      'We cut costs 20%. A separate sentence says the only tool that works is ours, unmatched and 3x faster.',
    ),
    { kind: 'list-item', text: 'Served 4,000 clinics. Nearly half renewed.', links: [] } as Block,
    { kind: 'heading', text: '2.1 Results for 2024', links: [], level: 2 } as Block,
  ];
  const a = article(...blocks);
  const found = extractClaims(a);

  test('text is always the block slice; order is block then start', () => {
    for (const c of found) expect(c.text).toBe(a.blocks[c.block]!.text.slice(c.start, c.end));
    const keys = found.map((c) => c.block * 1e6 + c.start);
    expect(keys).toEqual([...keys].sort((x, y) => x - y));
  });

  test('the sentence holds the claim, in a list item too', () => {
    const t = blocks[1]!.text;
    const only = found.find((c) => c.text === 'the only tool')!;
    expect(t.slice(only.sentence.start, only.sentence.end)).toMatch(/^A separate sentence.*faster\.$/);
    // "Served 4,000 clinics. Nearly half renewed.": what the second sentence says is not the first's.
    const half = found.find((c) => c.text === 'Nearly half')!;
    expect(blocks[2]!.text.slice(half.sentence.start, half.sentence.end)).toBe('Nearly half renewed.');
  });

  test('section numbers and years in headings are not claims', () => {
    expect(found.filter((c) => c.block === 3)).toEqual([]);
  });

  test('one claim per span', () => {
    const byBlock = new Map<number, ClaimDraft[]>();
    for (const c of found) byBlock.set(c.block, [...(byBlock.get(c.block) ?? []), c]);
    for (const list of byBlock.values())
      for (let k = 1; k < list.length; k++) expect(list[k]!.start).toBeGreaterThanOrEqual(list[k - 1]!.end);
  });

  test.each([['no blocks', { title: '', url: null, file: null, blocks: [] }]])(
    'does not throw on %s',
    (_name, bad) => {
      expect(() => extractClaims(bad as unknown as Article)).not.toThrow();
    },
  );
});

describe('performance', () => {
  test('a generated 1 MB article is scanned in linear time', () => {
    const sample = [
      'Nova, a pioneer in fleet telemetry, trimmed idle time by up to 35% in 2022 (Reyes et al., 2020).',
      'Over 8,000 depots run it with <40ms p95 and 99.9% uptime; studies show drivers like it.',
      'The firm raised $3.1 million, serves thousands of carriers and is 2x faster than legacy tools.',
      'Node 20 and Python 3.12 are supported; call 555-010-2030 at 8:15 or read Section 4.2.',
    ];
    const make = (bytes: number): Article => {
      const blocks: Block[] = [];
      for (let size = 0, k = 0; size < bytes; k++) {
        const text = sample
          .slice(k % 4)
          .concat(sample.slice(0, k % 4))
          .join(' ');
        blocks.push(para(text));
        size += text.length;
      }
      return article(...blocks);
    };
    const small = make(100_000);
    const big = make(1_000_000);
    extractClaims(small); // warm up the regex JIT
    let t0 = performance.now();
    const a = extractClaims(small);
    const tSmall = performance.now() - t0;
    t0 = performance.now();
    const b = extractClaims(big);
    const tBig = performance.now() - t0;
    expect(b.length).toBeGreaterThan(a.length * 8);
    expect(tBig).toBeLessThan(5000); // generous: ~300 ms on the dev machine
    expect(tBig).toBeLessThan(tSmall * 30 + 200); // ~10x the text, nowhere near 100x the time
  });
});
