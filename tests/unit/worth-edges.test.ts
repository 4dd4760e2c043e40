// The edges of the worth signals, through the whole engine: where a rule must stop ("Ideally" wishes only its own
// clause, a heading's figure is let go only when its section says it again) and what the rules that let claims go
// must not swallow beside them. One case per signal is worth-signals.test.ts's.
import { describe, expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

test('"Ideally" makes a wish of its own clause, not of what follows a "but"', () => {
  const claim = analyzeMarkdown(
    'Ideally logs are filtered by some key/value pair but most people are going to just search for a message.',
    { file: 'case.md' },
  ).claims.find((c) => c.text === 'most people');
  expect(claim?.worthReasons).not.toContain('an aim, not a claim that it was reached');
});

// A comparison is the author's own measurement only with the method described and the rival in the tables.
test.each([
  ['| Gateway | QPS |\n|---|---|\n| Kestrel | 41,200 |\n| Envoy | 38,900 |\n\nKestrel is better than Envoy.'],
  [
    'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.\n\n' +
      '| Gateway | QPS |\n|---|---|\n| Kestrel | 41,200 |\n| Envoy | 38,900 |\n\nKestrel is better than Traefik.',
  ],
])('a comparison outside the author’s own measurements stays a claim: %s', (markdown) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) =>
    c.text.startsWith('better than'),
  );
  expect(claim).toBeDefined();
  expect(claim!.worthReasons).not.toContain(
    "compared in the author's own measurements; the method is described",
  );
});

// A heading's figure is let go only when its own section says it again: "30x" is not "30%", "3x" nor "130x".
test.each([
  ['## Up to 40% faster builds\n\nWe rebuilt the cache layer this spring.'],
  ['## 30x faster\n\nQueries now finish 30% sooner than before.'],
  ['## 30x faster\n\nQueries now finish 130x sooner than before.'],
  ['## 30x faster\n\nIntro.\n\nMore intro.\n\nQueries now finish 30x sooner than before.'],
  ['## 30x faster\n\n## Details\n\nQueries now finish 30x sooner than before.'],
])('a heading figure its section does not state again stays a claim: %s', (markdown) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.block === 0);
  expect(claim).toBeDefined();
  expect(claim!.worthReasons).not.toContain('a heading whose section states the figure again');
});

// A superlative that names who it ranks, or ranks among all rivals, is a claim; a recommendation is not.
describe.each([
  ['Our scheduler is the fastest one on the market.', 'the fastest', true],
  ['Kestrel is the fastest vector database that any team can deploy.', 'the fastest', true],
  ["Kestrel's the fastest vector database on the market.", 'the fastest', true],
  ['Graftwork is the most popular release-notes tool on GitHub.', 'the most popular', true],
  ['Our Kestrel is the most popular choice for edge caching.', 'the most popular', true],
  ["Learn why we're the most popular open-source labeling platform today.", 'the most popular', true],
  ['The most popular way to deploy it is a container.', 'The most popular way', false],
  ['Keep connections alive; it is the cheapest performance win there is.', 'the cheapest', true],
  ['Acme is not just the fastest database on the market; it is also the cheapest.', 'the fastest', true],
  ["Acme isn't only the fastest database on the market; it is also the cheapest.", 'the fastest', true],
  ['The tz database lists every change; it is the best source for test cases.', 'the best source', false],
  [
    // The page also writes "kestrel.run" in lower case: the title still names the product.
    '# Routing in Kestrel\n\nKestrel removes the pain by providing helpful parameters and the best DX for developers. See kestrel.run for more.',
    'the best DX',
    true,
  ],
  ['# Routing in Kestrel\n\nThis approach gives the best UX for users.', 'the best UX', false],
  ['# The Routing Guide\n\nThe router gives you the best DX for nested pages.', 'the best DX', false],
  ['# Routing in Kestrel\n\nVite offers the best DX for small apps.', 'the best DX', false],
])('superlative in "%s"', (markdown, text, kept) => {
  test(kept ? 'is kept' : 'is let go', () => {
    const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text));
    expect(claim).toBeDefined();
    expect(claim!.worth !== 'none').toBe(kept);
  });
});

test('a bare superlative ranks its subject: "It is also the cheapest." is kept', () => {
  const claim = analyzeMarkdown('Our plan is simple. It is also the cheapest.', {
    file: 'case.md',
  }).claims.find((c) => c.text === 'the cheapest');
  expect(claim?.worth).not.toBe('none');
});

// "global-batch balance loss" is a term of the method, not the world.
test('"global-batch" names a method: "weights of 0.01 of the global-batch loss" is no statistic about the world', () => {
  const claim = analyzeMarkdown(
    'We added the micro-batch loss with constant weights of 0.01 of the global-batch loss.',
    {
      file: 'case.md',
    },
  ).claims.find((c) => c.text.startsWith('0.01'));
  expect(claim).toBeDefined();
  expect(claim!.worthReasons).not.toContain('a statistic about the market or the world');
});

// "global" names the market only when it scopes a statistic; the author's own global network is not the world.
test('"an active global community, with 12.2K+ stars and 10K+ Slack users" is no statistic about the world', () => {
  const claims = analyzeMarkdown(
    'Since graduation it has been driven by an active global community, with 639 contributors, 12.2K+ stars and 10K+ Slack users.',
    { file: 'case.md' },
  ).claims;
  expect(claims.length).toBeGreaterThan(0);
  for (const c of claims) expect(c.worthReasons).not.toContain('a statistic about the market or the world');
});
test("a company's size is no statistic about the world, worldwide or not", () => {
  const claims = analyzeMarkdown(
    'Today, the company has 3,000+ customers and 200+ employees worldwide. Yandex is an internet company that employs over 14,000 people.',
    { file: 'case.md' },
  ).claims;
  expect(claims.map((c) => c.text)).toEqual(expect.arrayContaining(['3,000+', '200+']));
  for (const c of claims) expect(c.worthReasons).not.toContain('a statistic about the market or the world');
  // A share of the world's companies still is one.
  const world = analyzeMarkdown('Over 60% of companies worldwide now run Kubernetes.', {
    file: 'w.md',
  }).claims;
  expect(world[0]!.worthReasons).toContain('a statistic about the market or the world');
});
test("a multiple the article's own table shows as a percentage is within its measurements", () => {
  const method =
    'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.';
  const table = '| Operation | vs Dask |\n|---|---|\n| Map | 3012.6% |\n| Reduce | -50.3% |';
  for (const [prose, text] of [
    ['The DTable offers a ~30 times speedup over Dask.', '~30 times'],
    ['Reduce is 50% slower.', '50% slower'],
  ] as const) {
    const claim = analyzeMarkdown(`${method}\n\n${prose}\n\n${table}`, { file: 'b.md' }).claims.find((c) =>
      c.text.startsWith(text),
    );
    expect(claim, prose).toBeDefined();
    expect(claim!.worthReasons).not.toContain("a result the article's own tables do not show");
  }
});
test('"the root of many of the top enterprise software industry trends" ranks topics, not a product', () => {
  const claims = analyzeMarkdown('This is the root of many of the top enterprise software industry trends.', {
    file: 'case.md',
  }).claims;
  expect(claims.filter((c) => c.worth !== 'none')).toEqual([]);
});

test.each([
  ['Looking back as a 2022 reader at state of the art 1989 deep learning tech, much has changed.', false],
  ['A state of the art classifier that took 3 days to train now trains in 90 seconds.', false],
  ['You can train 2022 state of the art models in a minute.', false],
  ['They test their production models against the state-of-the-art (SOTA) every week.', false],
  ['Kestrel is the state-of-the-art engine for vector search.', true],
])('"%s": state of the art claimed for the subject is %s', (markdown, claimed) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) =>
    /state.of.the.art/i.test(c.text),
  );
  expect(claim, JSON.stringify(analyzeMarkdown(markdown).claims.map((c) => c.text))).toBeDefined();
  expect(claim!.worth !== 'none').toBe(claimed);
});

test.each([
  ['In the 2010s, Evernote was one of the best note taking apps.', 'the best note taking apps', false],
  ['Evernote is one of the best note taking apps.', 'the best note taking apps', true],
  [
    'They have already selected the best model, and delivered it in the fastest way possible.',
    'the best model',
    false,
  ],
  [
    "Acme's team set an ambitious goal: host the fastest diffusion inference endpoints in the market.",
    'the fastest diffusion inference endpoints',
    false,
  ],
])('"%s": a rank claimed is %s', (markdown, text, claimed) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.startsWith(text));
  expect(claim, JSON.stringify(analyzeMarkdown(markdown).claims.map((c) => c.text))).toBeDefined();
  expect(claim!.worth !== 'none').toBe(claimed);
});

test('"the World section" of a news site is not the world', () => {
  const claim = analyzeMarkdown(
    'At each page request, I query the top 10 articles under the World section.',
    {
      file: 'bench.md',
    },
  ).claims.find((c) => c.text.startsWith('10'));
  expect(claim?.worthReasons ?? []).not.toContain('a statistic about the market or the world');
});
test('"a global infrastructure spanning 7 regions" is no statistic about the world', () => {
  const claim = analyzeMarkdown('Our global infrastructure spans 7 regions with automatic failover.', {
    file: 'case.md',
  }).claims.find((c) => c.text.startsWith('7'));
  expect(claim).toBeDefined();
  expect(claim!.worthReasons).not.toContain('a statistic about the market or the world');
});

// What the rows above let go must not swallow the claims beside them.
describe.each([
  ['Once we shipped the cache, p99 latency falls below 40 ms.', 'below 40 ms'],
  ['With the new planner, p99 latency drops 40%.', '40%'],
  ['Tracing adds only 2% overhead to every request.', '2%'],
  ['The new allocator cuts the overhead by 40%.', '40%'],
  ['Our agent is faster than Datadog on every query.', 'faster than Datadog'],
  ['Builds are 3x faster than before the rewrite.', '3x faster'],
  ['Customers save 30% on their cloud bill.', '30%'],
  ['Our bundle is 40% smaller than React’s bundle size.', '40% smaller'],
  ['Most teams run three telemetry agents, and they should not have to.', 'Most teams'],
  ['The vast majority of our customers came from Datadog.', 'The vast majority of our'],
  ['Moving to TiDB helped us achieve 99.99% availability.', '99.99%'],
  ['Most databases still ship with unsafe defaults.', 'Most databases'],
  ['Every doubling of the cluster size cuts costs by 30%.', '30%'],
  ['Queries will finish in under 2 ms once the index is built.', 'under 2 ms'],
  [
    'We evaluate in two settings: LLaMA-7B on an NVIDIA A10G GPU. In our experiments, Kestrel is 24x faster. With Kestrel, LMSYS was able to cut the number of GPUs used for serving by 50%.',
    '50%',
  ],
  ['Acme is not only faster than Kafka, it is cheaper.', 'faster than Kafka'],
  ['If you need speed, Acme is faster than Kafka on every workload.', 'faster than Kafka'],
  // A disclosed benchmark does not cover what most users' projects see.
  [
    'We ran every test on one machine with 8 cores; the raw output is in our benchmark repository.\n\nUpgrading from 3.x takes most projects less than an hour.',
    'less than an hour',
  ],
  // "For example" before what a named project saw is a reported result, not a worked example.
  [
    'For example, SwiftNIO saw a 20% speed improvement when serving the swift.org homepage after the upgrade.',
    '20%',
  ],
  // A disclosed benchmark does not cover what is "typical" beyond it.
  [
    'We measured compile times with the Kestrel benchmark suite on a 12-core system; we ran every test five times.\n\nImprovements of 20% or so are typical.',
    '20%',
  ],
  // A rival's stars, told in prose, are the rival's adoption.
  ['## About react-admin\n\nAs of now, it has gained 23,500 GitHub stars and wide use.', '23,500'],
  // Stars with nothing that says where they are counted are an adoption claim.
  ['Kestrel has over 5300 stars from happy developers.', 'over 5300'],
  // "other state-of-the-art systems" ranks the author's own with them.
  ['Kestrel is faster than other state-of-the-art serving systems like vLLM.', 'state-of-the-art'],
  // What the experiment found, after what it ran on, is a result.
  ['We tested with 10,000 users and saw checkout latency drop by 40%.', '40%'],
  // A ratio the output above does not give is still a claim.
  ['```\nseq 64.56\npar 16.69\n```\n\nThe parallel version is 5 times faster than Kafka.', '5 times faster'],
  // Reached, not aimed at; unnamed, with no names after.
  ['Kestra is the easiest orchestration tool on the market.', 'the easiest'],
  ['Thousands of companies, from startups to large enterprises, use Kestra daily.', 'large enterprises'],
  // "than that product" names a rival; a named rival after "than" stays a comparison.
  ['Kestrel is faster than that legacy broker from Acme.', 'faster than'],
  ['Kestrel is more useful than Kafka for small teams.', 'more useful than Kafka'],
  ['Latency is more important than Kafka admits.', 'more important than Kafka'],
  // A share of teams or companies is a claim about the world.
  ['The vast majority of teams still test by hand.', 'The vast majority of teams'],
  // A total the table does not add up to is still a figure to check.
  [
    '| Feature | Monthly price |\n|---|---|\n| Infrastructure | $29.2 |\n| Security | $13.1 |\n\nTotal price per node with Acme: $43.3 per node per month, cheaper than Datadog.',
    '$43.3',
  ],
  // One labelled line is no method, and a new section leaves the method behind.
  ['**Dataset**: 1998 World Cup logs.\n\nKestrel writes 4.2 times faster than Elasticsearch.', '4.2 times'],
  [
    '**Dataset**: World Cup logs.\n\n**Environment**: 3 machines.\n\n## Why\n\nKestrel writes 4.2 times faster than Elasticsearch.',
    '4.2 times',
  ],
  // A hedged share or saving is still asserted; only a hedged count of things is let go.
  ['Most teams use maybe 10% of what they pay for.', '10%'],
  ["That's potentially 80-90% savings on the monthly bill.", '80-90%'],
  // "up to 200 full-time employees" freed is an outcome, not the author's headcount.
  ['Moving to the managed service, we freed up the time of up to 200 full-time employees.', 'up to 200'],
  // Two measured quantities compared; a selling point against no named rival.
  [
    'Over the year, the number of paying teams grew far more slowly than task volume did.',
    'more slowly than',
  ],
  ['A static export loads faster than a server-rendered page.', 'faster than'],
  // "even assuming" concedes; it sets up no example.
  [
    'Joining used to take 12 minutes (even assuming the server stayed up); now it takes 30 seconds.',
    '30 seconds',
  ],
  // The span stops before "engines"; the noun after it still names the product ranked.
  ['Kestrel has grown to one of the fastest open-source OLAP query engines.', 'the fastest'],
  // A change its own ends contradict stays a claim (and arithmetic-mismatch says so).
  ['Latency fell from 200 ms to 20 ms, a 50% cut in our tail latency.', '50%'],
  // Timed on the author's machine against a named rival: a comparison still.
  ['On my laptop, Kestrel formats the repo in 2s, faster than Prettier.', '2s'],
  // How long builds used to run is a result, not how long a test ran.
  ['Our builds used to run for 45 minutes; with Kestrel they finish in 5.', '45 minutes'],
  // ... nor a study's figure, or a dated statistic, in the section it works through.
  [
    "Let's say a developer needs 60 hours to build a dashboard.\n\nAccording to a study by Forrester, low-code tools cut development time by 50-80%.",
    '50-80%',
  ],
  // A supposition does not reach what customers saw.
  ['Imagine cutting your cloud bill by 50%.\n\nCustomers save 40% on average after the switch.', '40%'],
])('"%s"', (markdown, text) => {
  test(`"${text}" is still a claim`, () => {
    const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text));
    expect(claim, JSON.stringify(analyzeMarkdown(markdown).claims.map((c) => c.text))).toBeDefined();
    expect(claim!.worth).not.toBe('none');
  });
});

test("a ratio its own results table shows stays the author's own measurement", () => {
  const claims = analyzeMarkdown(
    'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.\n\nSo a 3.5x faster planner turns into a 16% faster query.\n\n| Measure | v3 | v4 | Change |\n|---|---|---|---|\n| Build time | 38 | 11 | 3.5x faster |\n| Query time | 1.92 | 1.61 | 16% faster |',
    { file: 'case.md' },
  ).claims.filter((c) => c.table === undefined && /3\.5x|16%/.test(c.text));
  expect(claims.map((c) => [c.text, c.worth])).toEqual([
    ['3.5x faster', 'none'],
    ['16% faster', 'none'],
  ]);
});

test('"79 out of 300" is the 26.3% its results table shows, to the table\'s precision', () => {
  const claims = analyzeMarkdown(
    'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.\n\nKestrel resolved 79 out of 300 instances; last year it was 2x fewer.\n\n| Set | Instances | Resolved | Rate |\n|---|---|---|---|\n| Total | 300 | 79 | 26.3% |\n| Hard | 100 | 12 | 12.0% |',
    { file: 'case.md' },
  ).claims.filter((c) => c.table === undefined);
  expect(claims.find((c) => c.text.startsWith('79 out of 300'))?.worth).toBe('none');
  expect(claims.find((c) => c.text.startsWith('2x'))?.worth).not.toBe('none');
});

// A ratio the article's own tables imply, in a sentence that names the metric, is its own measurement.
test.each([
  ['The laptop card has 53.1% fewer CUDA cores than the desktop one.', 'none'],
  ['The laptop card has 52.1% fewer CUDA cores than the desktop one.', 'high'],
  ['The laptop card is 53.1% cheaper than the desktop one.', 'high'],
  ['The laptop card has over 53% fewer CUDA cores than the desktop one.', 'high'],
])('"%s" is worth %s beside a spec table that gives 7,680 and 16,384 cores', (sentence, worth) => {
  const markdown =
    'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.\n\n' +
    '| GPU | VRAM (GB) | CUDA Cores | Bandwidth (GB/s) |\n|---|---|---|---|\n| RTX 4090 | 24 | 16,384 | 1008 |\n| RTX 4070 Laptop | 8 | 7,680 | 256 |\n\n' +
    '| Engine | Throughput | Change |\n|---|---|---|\n| Kestrel | 170.63 | 69.9% faster |\n\n' +
    sentence;
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find(
    (c) => c.table === undefined && /^(?:over )?5\d/.test(c.text),
  );
  expect(claim, sentence).toBeDefined();
  expect(claim!.worth === 'none' ? 'none' : 'high').toBe(worth);
});

test.each([
  ['Text queries are 47% faster in Kestrel 2.12 than in 2.11.', '47% faster', false],
  ['Text queries are 57% faster than in Kestrel 1.0.', '57% faster', false],
  ['Builds are now 40% faster than in the last release.', '40% faster', false],
  ['NVMe is ~5.7x faster than the SATA SSDs in our previous-gen database servers.', '~5.7x faster', false],
  ['Text queries are 47% faster in Kestrel than in Elasticsearch.', '47% faster', true],
])('"%s": compared with a competitor is %s', (markdown, text, rival) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text === text);
  expect(claim).toBeDefined();
  expect(claim!.worthReasons.includes('compares with a competitor')).toBe(rival);
});

// "we switched to the new backend" is the author's change, not customers switching away from a rival.
test.each([
  [
    'Measuring from just before we switched to the new backend, up to just before adopting regalloc2, compile times improved by 22%.',
    '22%',
    false,
  ],
  ['The regalloc2 switchover made the compiler module build 6% faster.', '6% faster', false],
  ['Last year 22% of customers switched from Datadog to Kestrel.', '22%', true],
])('"%s": a share of customers is %s', (markdown, text, share) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text === text);
  expect(claim).toBeDefined();
  expect(claim!.worthReasons.includes('a share of users or customers')).toBe(share);
});

// "Analysis" as a product feature or the author's own run of a tool is no research.
test('"advanced analysis" and "running the analysis" report no research finding', () => {
  const reasons = (md: string, text: string) =>
    analyzeMarkdown(md, { file: 'a.md' }).claims.find((c) => c.text === text)?.worthReasons ?? [];
  expect(
    reasons(
      'Once you need advanced analysis or your events exceed 1 million per month, you upgrade.',
      '1 million',
    ),
  ).not.toContain('a research finding');
  expect(
    reasons('Running the analysis on a block using 4.5 bytes per sample yields this output.', '4.5 bytes'),
  ).not.toContain('a research finding');
});

// A change's record counts only where it is linked: in the section above, or right below as the change itself.
test.each([
  [
    'no record linked',
    'We stored the ranges in a vector.\n\nThis change made compiling about 20 times faster.',
  ],
  [
    'a record below that is not named as the change',
    'This change made compiling about 20 times faster.\n\nSee also the [cache integration](https://github.com/acme/jest/pull/599).',
  ],
  [
    'a record in another section',
    'We [stored the ranges in a vector](https://github.com/acme/ion/pull/12).\n\n## Results\n\nThis change made compiling about 20 times faster.',
  ],
])('a figure of a change is no linked change when %s', (_why, markdown) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) =>
    c.text.includes('20 times'),
  );
  expect(claim).toBeDefined();
  expect(claim!.worthReasons.join(' ')).not.toContain('its record');
});

// "Assumptions:" opens a worked example: its own figures and the section's sums below it set up a calculation.
test('an "Assumptions:" paragraph and the costs worked out below it are a worked example', () => {
  const markdown =
    '## What it costs\n\nAssumptions: 500 active users on a dashboard, syncing a handful of shapes each.\n\n' +
    '- Writes: 500 × 1,000 = 500K writes/month\n- Retention: ~2GB → $0.20\n- **Total: ~$2.70/month**\n\n' +
    'At 10,000 users that is $15/month.';
  const claims = analyzeMarkdown(markdown, { file: 'case.md' }).claims;
  for (const text of ['500 active users', '~$2.70/month', '$15/month'])
    expect(claims.find((c) => c.text === text)?.worth, text).toBe('none');
  // Without the assumptions, the total is an estimate with nothing shown.
  const bare = analyzeMarkdown('## What it costs\n\nThe same workload would cost ~$2.70/month in total.', {
    file: 'case.md',
  }).claims.find((c) => c.text === '~$2.70/month');
  expect(bare?.worth).toBe('medium');
});

test.each([
  ['100 users or 100,000 on the same stream, same price.', '100 users', 'none'],
  ['Whether you run 10 nodes or 1,000, it costs the same.', '10 nodes', 'none'],
  ['We serve 300 customers or 30% of the market.', '300 customers', 'medium'],
  ['We grew to 5,000 users or more in a year.', '5,000 users', 'medium'],
])('a count offered with another as its alternative illustrates scale: %s', (markdown, text, worth) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text === text);
  expect(claim?.worth).toBe(worth);
});

test.each([
  ['## About this release\n\nWe now serve 300 customers.', '300 customers', 'medium'],
  ['### About Brindle\n\nBrindle cut query latency by 40% for its customers.', '40%', 'high'],
])('an About section quiets only a company’s counts of itself: %s', (markdown, text, worth) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text === text);
  expect(claim?.worth).toBe(worth);
});

test.each([
  [
    "Multiplying Patterson's trend out, by the time bandwidth improves 1000x, latency improves only 6-30x.",
    '1000x',
    'none',
  ],
  ['If the trend holds, storage gets 10x cheaper by 2030.', '10x', 'none'],
  ['Bandwidth improved 1000x while latency improved 30x.', '1000x', 'medium'],
])('a trend the author carries forward is arithmetic, not a result: %s', (markdown, text, worth) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.startsWith(text));
  expect(claim?.worth).toBe(worth);
});

test('a vague count beside a comparison is the workload, not the comparison with a competitor', () => {
  const claim = analyzeMarkdown(
    'The model extracts answers from thousands of tables much more quickly than even the most experienced human.',
    { file: 'case.md' },
  ).claims.find((c) => c.text === 'thousands of tables');
  expect(claim?.worthReasons ?? []).not.toContain('compares with a competitor');
});

test.each([
  ['Our free, first-ever virtual conference will feature talks.', 'first-ever', 'none'],
  ['Our product is the first-ever database to do this.', 'first-ever', 'medium'],
  ['Kelpie is the framework of choice for search teams.', 'the framework of choice', 'medium'],
])('a first of one’s own and a choice someone made are not claims to lead: %s', (markdown, text, worth) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text === text);
  expect(claim?.worth).toBe(worth);
});

test('figures read off an example output the post shows ("Above is an example ...") are the example’s', () => {
  const markdown =
    '## How profilers work\n\n```\n70% main;compute;matmul\n5% main;compute;prepare\n```\n\n' +
    'Above is an example profile from a profiler.\n\nThis example shows that our code is in matmul() 70% of the time.';
  // (code blocks hold no claims: the one '70%' is the sentence's)
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text === '70%');
  expect(claim?.worth).toBe('none');
  // Only the paragraph right under it reads the example; the section's later claims are the author's own.
  const later = analyzeMarkdown(
    `${markdown}\n\nSkipping the kernel can improve performance by as much as 50x.`,
    {
      file: 'case.md',
    },
  ).claims.find((c) => c.text === 'as much as 50x');
  expect(later?.worth).toBe('high');
  const unshown = analyzeMarkdown('## Results\n\nOur code is in matmul() 70% of the time.', {
    file: 'case.md',
  }).claims;
  expect(unshown.find((c) => c.text === '70%')?.worth).not.toBe('none');
});

test('"100% funded" says a campaign reached its goal, a figure of speech', () => {
  const claim = analyzeMarkdown('The Kickstarter was 100% funded in 6.5 hours.', {
    file: 'case.md',
  }).claims.find((c) => c.text === '100%');
  expect(claim?.worth).toBe('none');
});

test.each([
  ['Most organizations that were compromised seemed to belong to the steel sector.', 'none'],
  ['Most organizations appear to run two clouds.', 'none'],
  ['Most organizations use Kubernetes.', 'low'],
])('a generalization offered as an impression ("seemed to") is hedged: %s', (markdown, worth) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) =>
    /^most organizations$/i.test(c.text),
  );
  expect(claim?.worth).toBe(worth);
});

test('a user base that tripled is adoption, not a performance result, and does not lend that to its neighbour', () => {
  const claims = analyzeMarkdown(
    "Over the past year we've seen Rust adoption increase by 64%, and our user base has tripled to 15,000+ developers.",
    { file: 'case.md' },
  ).claims;
  const tripled = claims.find((c) => c.text === 'tripled');
  expect(tripled?.worthReasons).not.toContain('a performance or benchmark result');
  expect(tripled?.worth).toBe('medium');
  expect(claims.find((c) => c.text === '64%')?.worth).toBe('high');
});

test('an unsigned quote keeps its weight; a signed one is the speaker’s', () => {
  const unsigned = analyzeMarkdown('> Using Kelp has allowed us to increase our page performance by 5-10x.', {
    file: 'case.md',
  }).claims.find((c) => c.text === '5-10x');
  expect(unsigned?.worth).toBe('high');
});

// Where this session's quieting rules must stop (each case a review found them crossing).
const worthOf = (markdown: string, text: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.startsWith(text))?.worth;

test.each<[string, string, string, string]>([
  [
    'a worked example does not swallow a comparison with a rival below it',
    '## Cost\n\nAssumptions: 10 nodes at $0.20/hour for a month.\n\nIndependent benchmarks show Postgres 16 is 30% faster than MySQL 8 on this workload.',
    '30%',
    'high',
  ],
  [
    'an extrapolation quiets only what follows it',
    'Vite is 10x faster than Webpack, and if the trend holds, Webpack is done.',
    '10x',
    'high',
  ],
  [
    'an estimate against a rival is a comparison',
    'We calculated that Redis is 5x faster than Memcached based on the public numbers.',
    '5x',
    'high',
  ],
  [
    'an estimate with a decimal point is still one',
    'We estimated 2.5% savings based on the analysis of last year.',
    'estimated 2.5%',
    'none',
  ],
  [
    'a count someone else took is theirs',
    '## Methodology\n\nWe ran the scanning template in Listing 2 over 264,000 IP addresses; the raw results are in our repository.\n\nAccording to Shodan, we found that 30,000 Redis servers worldwide are exposed.',
    '30,000',
    'high',
  ],
  [
    'an About section of a topic keeps its results',
    '## About Kubernetes Adoption\n\nRedis handled 1.2 million requests per second on one node.',
    '1.2 million requests per second',
    'medium',
  ],
  [
    'a world figure of employees is no company size',
    'Layoffs hit 260,000 tech sector employees worldwide in 2023.',
    '260,000',
    'high',
  ],
  [
    'a quote signed by a report is no testimonial',
    '> 70% of breaches involve a human element.\n> — Verizon DBIR, 2023',
    '70%',
    'medium',
  ],
  [
    'a signed quote against a rival still compares',
    '> ClaimDB is 100x faster than Snowflake on every query we run.\n>\n> — Jane Doe, CEO, ClaimDB',
    '100x',
    'high',
  ],
  [
    'an example of a customer result is no example output',
    '## Results\n\nHere is an example from Shopify: after adopting Vite, their build times dropped by 90%.',
    '90%',
    'high',
  ],
  [
    'a vague multiple is the comparison',
    'Our engine is thousands of times faster than Spark.',
    'thousands of times',
    'high',
  ],
  [
    'the table above answers only in its own clause',
    '## Results\n\n| Metric | Before | After | Change |\n| --- | --- | --- | --- |\n| Vector queries | 2 | 500 | 250x |\n\nThe table above shows our own numbers; separately, Gartner reports a 250x rise in AI workloads since 2020.',
    '250x',
    'medium',
  ],
])('%s', (_name, markdown, text, worth) => {
  expect(worthOf(markdown, text)).toBe(worth);
});

test('a maker’s two generations are no competitors ("compared to its successor")', () => {
  const claim = analyzeMarkdown(
    'As compared to its successor Kelp K5, the Kelp K4 has 33% fewer shader units and 7% less memory bandwidth.',
    { file: 'case.md' },
  ).claims.find((c) => c.text === '33% fewer');
  expect(claim?.worthReasons).not.toContain('compares with a competitor');
  const rival = analyzeMarkdown('Compared to Brindle X9, the Kelp K4 is 33% faster on every query.', {
    file: 'case.md',
  }).claims.find((c) => c.text === '33% faster');
  expect(rival?.worthReasons).toContain('compares with a competitor');
});

test('compared with another mechanism of the same system is no competitor; compared with another engine is', () => {
  const own = analyzeMarkdown(
    'The batched marker mechanism achieves 31% lower write time compared to the direct marker file mechanism.',
    { file: 'case.md' },
  ).claims.find((c) => c.text === '31% lower');
  expect(own?.worthReasons).not.toContain('compares with a competitor');
  const rival = analyzeMarkdown('Our engine is 31% faster compared to the Flink engine.', {
    file: 'case.md',
  }).claims.find((c) => c.text === '31% faster');
  expect(rival?.worthReasons).toContain('compares with a competitor');
});

test.each<[string, string, 'none' | 'medium']>([
  ["We're not a large tech company with a dedicated security team.", 'a large tech company', 'none'],
  ['This is not a Fortune 500 company story.', 'Fortune 500', 'none'],
  ['We are a large tech company with many customers.', 'a large tech company', 'medium'],
  // What customers do not do still says who the customers are.
  ["Many Fortune 500 companies aren't using it yet.", 'Fortune 500 companies', 'medium'],
])('what the writer is not names no customer: %s', (sentence, text, worth) => {
  expect(worthOf(`# Notes\n\n${sentence}`, text)).toBe(worth);
});

test('"Thanks to Parquet, ParadeDB compacts data 5x more than ...": the thanks is a cause, the figure a claim', () => {
  expect(
    worthOf(
      '# Launch\n\nThanks to Parquet, ParadeDB compacts data 5x more than both Postgres and Elasticsearch.',
      '5x more',
    ),
  ).not.toBe('none');
  expect(worthOf('# Launch\n\nThanks to the 30 beta teams for their bug reports.', '30 beta teams')).toBe(
    'none',
  );
});

test('"even if you ..." concedes, it supposes nothing: the figure after it is asserted', () => {
  const post = (lead: string) =>
    `# Speed\n\nDevelopers drop slow tools, so ${lead} you start with the UI, you keep using it because your deploy now takes 5s.`;
  expect(worthOf(post('even if'), '5s')).not.toBe('none');
  expect(worthOf(post('if'), '5s')).toBe('none');
});

test('"to make sure it completes in 3 seconds" is the bound a page is held to, not its timing', () => {
  expect(
    worthOf(
      '# RUM\n\nThe team now monitors the table load to make sure it completes in 3 seconds for most users.',
      '3 seconds',
    ),
  ).toBe('none');
  expect(
    worthOf('# RUM\n\nAfter the rewrite, the table load completes in 3 seconds for most users.', '3 seconds'),
  ).not.toBe('none');
});

describe('a funding press release and the boilerplate around it', () => {
  const release = (title: string, sentence: string) => `# ${title}\n\n${sentence}`;
  const reasonsOf = (markdown: string, text: string) =>
    analyzeMarkdown(markdown, { file: 'pr.md' }).claims.find((c) => c.text.startsWith(text));

  test("under a round's title, \"it has raised a total of $9.3M\" is the company's own round, no workload's cost", () => {
    const c = reasonsOf(
      release(
        'Quillpad raises Series A led by Northbank',
        'Quillpad today announced it has raised a total of $9.3M.',
      ),
      '$9.3M',
    );
    expect(c?.worthReasons).toContain("the company's own funding round, on record elsewhere");
    expect(c?.worthReasons).not.toContain('an estimate of what a workload costs, with no calculation shown');
    expect(c?.worth).toBe('low');
  });

  test('without a round in the title, "has raised $9.3M" stays money raised', () => {
    const c = reasonsOf(release('Quillpad in 2025', 'Quillpad has raised a total of $9.3M.'), '$9.3M');
    expect(c?.worthReasons).not.toContain("the company's own funding round, on record elsewhere");
  });

  test("an About section counts the firm's exits; a count of countries is reach, not a statistic of the world", () => {
    const about = reasonsOf(
      '# News\n\n## About Northbank Ventures\n\nIn the last three years alone, Northbank has had 46 exits and made new investments.',
      '46 exits',
    );
    expect(about?.worth).toBe('none');
    const reach = reasonsOf(
      '# News\n\nQuillpad subscribers are located in more than 150 countries worldwide.',
      'more than 150',
    );
    expect(reach?.worthReasons).not.toContain('a statistic about the market or the world');
    const world = reasonsOf('# News\n\nAbout 70% of developers worldwide use Git.', 'About 70%');
    expect(world?.worthReasons).toContain('a statistic about the market or the world');
  });

  test('"even the most complex identity solutions" ranks nothing', () => {
    const c = reasonsOf(
      '# News\n\nIt makes it easy to implement even the most complex identity solutions.',
      'the most complex',
    );
    expect(c?.worth).toBe('none');
    const boast = reasonsOf(
      '# News\n\nIt is the most complete identity solution on the market.',
      'the most complete',
    );
    expect(boast?.worth).not.toBe('none');
  });
});

test('"Say 1 in 1,000 requests fails. You\'re sampling at 10%." and a "Scenario:" box: the figures are supposed', () => {
  expect(
    worthOf(
      '# Sampling\n\nSay 1 in 1,000 requests fails. You are sampling at 10%. The trace may not exist.',
      '10%',
    ),
  ).toBe('none');
  expect(worthOf('# Sampling\n\nOne in 1,000 requests fails. We sample at 10% of traffic.', '10%')).not.toBe(
    'none',
  );
  expect(
    worthOf(
      '# Cost\n\n> **Scenario:** 100 hosts, 430 GB logs/day.\n>\n> Signal volume ratio: 40% logs, 30% metrics.',
      '40%',
    ),
  ).toBe('none');
});

test.each<[string, string, boolean]>([
  ['In the elastic world: our 3 server clusters are beefier than average.', '3 server clusters', false],
  [
    'Gotransverse, which provides billing for companies around the world, deploys approximately 1,800 servers on EC2.',
    'approximately 1,800',
    false,
  ],
  ['About 70% of developers worldwide use Git.', 'About 70%', true],
  ['Globally, 40% of companies, which run Kubernetes, use Helm.', '40%', true],
])(
  'a statistic of the world, or the world in an aside or beside our own things: %s',
  (sentence, text, world) => {
    const c = analyzeMarkdown(`# Notes\n\n${sentence}`, { file: 'w.md' }).claims.find((x) =>
      x.text.startsWith(text),
    );
    expect(c?.worthReasons.includes('a statistic about the market or the world')).toBe(world);
  },
);

test('"We also wanted it to be 10x better than anything out there" is an aim', () => {
  const aim =
    '# Pricing\n\nWe also wanted it to be 10x better than anything out there, given AI, which is going to 100x the number of databases.';
  expect(worthOf(aim, '10x better')).toBe('none');
  // The rest of the sentence is no aim of theirs.
  expect(worthOf(aim, '100x')).not.toBe('none');
  expect(
    worthOf('# Pricing\n\nWe wanted speed, and it is 10x better than anything out there.', '10x better'),
  ).not.toBe('none');
});
