// One case per worth signal, through the whole engine (Markdown in, claim worth out), so each rule is shown to fire
// on the kind of sentence it was written for. A signal without a case here fails the last test.
import { describe, expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';
import { QUIET } from '../../src/core/worth/quiet';
import { WEIGHT } from '../../src/core/worth/weight';

// [signal id, article (Markdown), claim text, expected worth]
const CASES: [string, string, string, string][] = [
  // QUIET: let go
  ['question', 'Do I still get 1 million free events?', '1 million', 'none'],
  [
    'own-comparison',
    'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.\n\n' +
      '| Gateway | p99 latency (ms) | QPS |\n|---|---|---|\n| Kestrel | 1.9 | 41,200 |\n| Envoy | 2.4 | 38,900 |\n\n' +
      '## Conclusion\n\nIn general, Kestrel is slightly better than Envoy in latency and QPS.',
    'better than Envoy',
    'none',
  ],
  [
    'own-comparison',
    'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.\n\n' +
      '| Gateway | p99 latency (ms) | QPS |\n|---|---|---|\n| Kestrel | 1.9 | 41,200 |\n| Envoy-Lite | 2.4 | 38,900 |\n| Hopper | 9.1 | 9,100 |\n\n' +
      '**Kestrel** and **Envoy-Lite** are the fastest gateways in this test.',
    'the fastest gateways',
    'none',
  ],
  [
    'own-comparison',
    'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.\n\n' +
      '| System | cores | time |\n|---|---|---|\n| Sparkle | 128 | 1784s |\n| Single thread | 1 | 153s |\n\n' +
      'The systems are almost a factor of two slower than the single-threaded one.',
    'slower than',
    'none',
  ],
  [
    'heading-restated',
    '## How to get the 30X\n\nAcme claims 30x higher throughput than the old cluster.',
    '30X',
    'none',
  ],
  [
    'reader-condition',
    "If you're tired of Datadog bills that grow faster than your revenue, try something else.",
    'faster than your revenue',
    'none',
  ],
  ['idiom', '## Death by a Thousand Cuts\n\nSmall costs add up.', 'a Thousand', 'none'],
  ['negated', "We're not getting a 40x speedup from the extra cores.", '40x speedup', 'none'],
  // Contractions with either apostrophe: "don't", "aren’t", "won't".
  ['negated', 'The new collections aren’t faster than the old ones.', 'faster than the old ones', 'none'],
  ['negated', "Caching doesn't make it 3x faster on cold starts.", '3x faster', 'none'],
  ['forecast', 'To achieve 99.9% availability, we deployed a cluster in three zones.', '99.9%', 'none'],
  ['forecast', 'The database system should be 99.99% available.', '99.99%', 'none'],
  ['forecast', 'By 2027 our platform will serve 1,000 customers.', '1,000 customers', 'none'],
  [
    'forecast',
    'We are currently working on the following improvements:\n\n- Accelerating vector indexing by 80%.\n- Smaller indexes.',
    '80%',
    'none',
  ],
  [
    'framing',
    'Like most logging applications, we let you search logs by text.',
    'most logging applications',
    'none',
  ],
  ['framing', 'For most databases, the cursor is an auto-incrementing ID.', 'most databases', 'none'],
  ['condition-or-term', 'Every doubling of the cluster size cuts costs by 30%.', 'doubling', 'none'],
  ['condition-or-term', 'Formula 2: (MySQL time - TiDB time) / TiDB time * 100%', '100%', 'none'],
  ['reader-condition', 'Instead, you can be 10x better in one, very specific way.', '10x better', 'none'],
  ['idiom', 'Ensuring ease of access has a threefold purpose: reuse, review and audit.', 'threefold', 'none'],
  [
    'forecast',
    'Reliability: the service needs to be as close to 100% uptime as possible.',
    'close to 100%',
    'none',
  ],
  ['idiom', 'We are 100% committed to keeping the core open.', '100%', 'none'],
  ['idiom', 'In a real application, this is only half the battle.', 'only half', 'none'],
  [
    'provenance',
    'The week before the upgrade, its CPU usage (from /proc/stat) averaged over 90%.',
    'over 90%',
    'none',
  ],
  [
    'figures-beside',
    'For a 256MB file, the index and filter blocks are about 0.5MB and 5MB, which is much larger than a data block (usually 4-32KB).',
    'larger than a data block',
    'none',
  ],
  [
    'parameter',
    'With one global dictionary, each time the load factor (keys / buckets) goes above 1.5, the table must grow.',
    'above 1.5',
    'none',
  ],
  ['parameter', 'The table then moves to a larger size (a power of 2) and rehashes.', '2', 'none'],
  ['parameter', 'The index block is far larger than a data block (usually 4-32KB).', '4-32KB', 'none'],
  [
    'parameter',
    'Prefetching starts at 8KB, doubling it on every later read, up to 256KB.',
    'doubling',
    'none',
  ],
  ['idiom', 'With a paid tier we would hit that conflict sooner than later.', 'sooner than', 'none'],
  ['idiom', 'A diagram explains the request path better than words.', 'better than words', 'none'],
  ['idiom', 'IT teams face greater-than-ever demand for internal tools.', 'greater-than', 'none'],
  [
    'idiom',
    'Platform teams will be at the forefront of making sure personal data stays in the region.',
    'at the forefront of making sure',
    'none',
  ],
  [
    'idiom',
    'The philosophy is akin to the Pareto principle: you get 80% of the results for 20% of the effort.',
    '80%',
    'none',
  ],
  [
    'negated',
    'Cloud hosting may not always be the most economical choice for a small shop.',
    'the most economical choice',
    'none',
  ],
  [
    'negated',
    'Computing an HVP is not much more expensive than computing a gradient.',
    'more expensive than',
    'none',
  ],
  [
    'own-yardstick',
    'The result was better than expected: memory stayed flat.',
    'better than expected',
    'none',
  ],
  ['own-yardstick', 'Thus, the former is less efficient than the latter.', 'less efficient than', 'none'],
  [
    'own-yardstick',
    "It's notable that Linkerd's worst-case latency at 200 RPS was worse than at 2,000 RPS.",
    'worse than',
    'none',
  ],
  ['own-yardstick', 'They went higher than that, and so the load grew.', 'higher than', 'none'],
  [
    'own-yardstick',
    'More important than the control plane, however, is the data plane.',
    'More important than',
    'none',
  ],
  [
    'own-yardstick',
    'Oversubscription makes the OS use more threads than necessary for the program.',
    'more threads than necessary',
    'none',
  ],
  ['discount', 'Scale: $1,999/month (6-month commitment). 20% usage discount.', '20%', 'none'],
  [
    'disclosed-cost',
    'The CPU overhead of MultiGet may increase 6-15%, with the worst case being a single batch.',
    '6-15%',
    'none',
  ],
  [
    'disclosed-cost',
    'This feature comes with some tradeoffs, such as an increase in precompilation time by 10%-50%.',
    '10%-50%',
    'none',
  ],
  [
    'forecast',
    'Rspack 1.x will iterate over 12 to 18 months, bringing more features.',
    '12 to 18 months',
    'none',
  ],
  [
    'own-artifact',
    'Svelte 4 reduces the package size by nearly 75%, so installs are quicker.',
    'nearly 75%',
    'none',
  ],
  [
    'own-artifact',
    'Since then, 170 contributors have joined, submitting over 5000 pull requests.',
    'over 5000 pull requests',
    'none',
  ],
  [
    'own-artifact',
    'Over 40 contributors with more than 130 merged pull requests from our community.',
    'more than 130',
    'none',
  ],
  ['own-artifact', '* Over 5300 Stars and 200 Forks on GitHub', 'Over 5300', 'none'],
  ['own-artifact', '- **13.4K+** GitHub stars', '13.4K+', 'none'],
  [
    'opinion',
    'Managed Kestrel may deliver faster query performance than standard Kestrel. We have not benchmarked this.',
    'faster query performance than standard',
    'none',
  ],
  [
    'opinion',
    "You'd think remote execution would give a much higher throughput than local execution.",
    'higher throughput than',
    'none',
  ],
  ['idiom', 'More heads are better than one.', 'better than one', 'none'],
  [
    'generic-comparison',
    'Some of the approaches we discussed above work better than others.',
    'better than others',
    'none',
  ],
  ['opinion', 'Most apps that work with Svelte 3 should be compatible with Svelte 4.', 'Most apps', 'none'],
  ['opinion', 'Probably FaunaDB is the best on this list in terms of consistency.', 'the best', 'none'],
  [
    'opinion',
    'Committing generated C code feels less yucky than committing machine code.',
    'less yucky than',
    'none',
  ],
  [
    'generic-superlative',
    'In practice, Groovy was the biggest obstacle in the whole path.',
    'the biggest obstacle',
    'none',
  ],
  [
    'generic-superlative',
    'One of the most practical design choices in this distro is the same-name replacement.',
    'the most practical design choices',
    'none',
  ],
  [
    'generic-superlative',
    'The top network is trained with estimated statistics. The bottom network is not.',
    'The top network',
    'none',
  ],
  ['generic-superlative', 'Previous state of the art used batch norm.', 'state of the art', 'none'],
  [
    'generic-superlative',
    'The state-of-the-art models in this domain are small, smaller than state-of-the-art language models.',
    'state-of-the-art',
    'none',
  ],
  [
    'generic-superlative',
    'WebAssembly is subject to LLVM’s state-of-the-art optimization passes.',
    'state-of-the-art',
    'none',
  ],
  ['forecast', 'We aim to hit $100M in revenue next year.', '$100M', 'none'],
  // A supposition earlier in the paragraph carries on; "for a team of 100 developers" sizes the example.
  [
    'example',
    'Assume a team where an engineer costs $150,000 a year. Kestrel saves 30 minutes a day, about $700 a month each. For a team of 100 developers, this comes out to roughly $70,000 each month.',
    'roughly $70,000',
    'none',
  ],
  [
    'example',
    "Let's say you track 15 events per user. Your product has 50,000 monthly active users.",
    '50,000',
    'none',
  ],
  ['example', 'For example, a table with 8 slots holds 6 keys at a 75% load.', '75%', 'none'],
  [
    'example',
    'If say 50% of the weights were kept in half precision, that would give exactly the speedup quoted.',
    '50%',
    'none',
  ],
  [
    'example',
    'An example of this would be: the service stays up 99.9% of the time each month.',
    '99.9%',
    'none',
  ],
  ['arithmetic', 'Infrastructure: 50 hosts × $15 = $750/month.', '$750/month', 'none'],
  ['arithmetic', 'The CLI package is 40% smaller (2.1 MB, down from 3.5 MB).', '40% smaller', 'none'],
  ['opinion', 'We think it is 10x better than writing SQL by hand.', '10x better', 'none'],
  ['thanks', 'Thanks to the 30 beta teams for their bug reports.', '30 beta teams', 'none'],
  ['sample-size', 'We asked 412 teams how they deploy.', '412 teams', 'none'],
  ['headcount', 'We grew from 38 to 71 people this year.', '71 people', 'none'],
  [
    'rule-of-thumb',
    'Every write still crosses the network, which is usually slower than locally attached disks.',
    'slower than locally attached disks',
    'low',
  ],
  [
    'reads-table',
    '| test | lumen | mysql |\n|---|---|---|\n| 1 | 0.20 | 0.90 |\n| 2 | 0.40 | 0.30 |\n| 3 | 0.10 | 0.50 |\n\nLumen was faster than stock MySQL on roughly two thirds of them, which surprised us.',
    'roughly two thirds',
    'none',
  ],
  ['repetitions', 'Each of the 14 test queries was run 7 times, and we report the median.', '7', 'none'],
  [
    'parameter',
    'The cache holds a maximum of 1024 entries and evicts after a 60-second cooldown.',
    '1024 entries',
    'none',
  ],
  ['parameter', 'Alerts at 50%, 75%, 90%, and 100% of the monthly quota.', '90%', 'none'],
  ['test-setup', 'All runs used a laptop with 32 GB RAM and 8 cores.', '32 GB', 'none'],
  [
    'experiment-setting',
    'We experiment with three MoE configs (3.4B with 0.6B activated, 15B with 2.54B activated) and two data sizes (120B tokens and 400B tokens).',
    '2.54B',
    'none',
  ],
  [
    'reads-output',
    '```\nBenchmark result:\n          user     system      total        real\nseq  64.560736   0.001101  64.561837 ( 64.562194)\npar  66.422010   0.015999  66.438009 ( 16.685797)\n```\n\nIt shows that the parallel version is 3.87 times faster than the sequential version.',
    '3.87 times faster',
    'none',
  ],
  [
    'names-customers',
    'Thousands of companies, from startups to large enterprises, including Huawei, Leroy Merlin and Tencent, use Kestra.',
    'large enterprises',
    'none',
  ],
  [
    'aspiration',
    'Our initial mission was to build the most efficient open-source workflow platform for data engineering.',
    'the most efficient',
    'none',
  ],
  [
    'aspiration',
    'Ideally, we could set a concurrency limit per user which is significantly smaller than the limit across all workers.',
    'significantly smaller',
    'none',
  ],
  ['aspiration', 'Kestra strives to be the easiest orchestration tool on the market.', 'the easiest', 'none'],
  [
    'own-share',
    'Even with caching, the vast majority of our build time was still spent downloading images.',
    'the vast majority of our',
    'none',
  ],
  [
    'own-code-share',
    'The vast majority of tests used the legacy PM syntax, so the new passes went untested.',
    'The vast majority of tests',
    'none',
  ],
  [
    'team-size',
    'A team of 3 data scientists can deploy a new ML use-case in a matter of days.',
    '3 data scientists',
    'none',
  ],
  [
    'test-setup',
    'Figure 5: Per-token latency of Llama 2 70B using tensor parallelism across 4 A100 GPUs, 16 clients.',
    '16 clients',
    'none',
  ],
  ['test-setup', '**Queries**: 14 queries, each run 50 times in a row.', '14 queries', 'none'],
  ['narrative-time', 'We spent 3 months rewriting the docs.', '3 months', 'none'],
  [
    'narrative-time',
    'Instead, we picked an alternative design which took more than 6 years of R&D.',
    'more than 6 years',
    'none',
  ],
  ['own-price', 'The Team plan costs $49 per month.', '$49 per month', 'none'],
  ['diagram', 'Slot | 0 | 1 | 2\n---|---|---|---\nKey | 56 | | 32', '56', 'none'],
  ['table-label', 'Rank | Store | Ops\n---|---|---\n1 | Alpha | 4,000', '1', 'none'],
  ['spec-table', 'Parameter | Default\n---|---\nTimeout | 30', '30', 'none'],
  ['spec-table', 'Plan | Seats | Storage\n---|---|---\nStarter | 3 | 5 GB\nTeam | 25 | 50 GB', '25', 'none'],
  ['code-output', '```sql\nSELECT count(*) FROM t;\n```\n\ncount | rows\n---|---\n42 | 7', '7', 'none'],
  [
    'price-table',
    'Tier | Old price | New price | % cheaper\n---|---|---|---\nTeam | $49 | $39 | 20%\nPro | $99 | $79 | 20%',
    '20%',
    'none',
  ],
  ['provenance', '17% of minutes were retries. Both numbers come from our pipeline database.', '17%', 'none'],
  ['plan-terms', 'The Starter plan includes 1 million events a month.', '1 million events a month', 'none'],
  [
    'own-measurement',
    '## Setup\n\nWe ran every test on one machine with 8 cores; the raw output is in our benchmark repository. We repeated every run five times.\n\nA full run takes 14 seconds.',
    '14 seconds',
    'none',
  ],
  [
    'own-measurement',
    'We evaluate in two settings: LLaMA-7B on an NVIDIA A10G GPU and LLaMA-13B on an A100 GPU. In our experiments, Kestrel achieves up to 24x higher throughput than HF.',
    'up to 24x higher',
    'none',
  ],
  [
    // "user-identifier" names a field of the data, not the company's users.
    'own-measurement',
    '## Setup\n\nWe ran every query five times on one machine with 8 cores.\n\n| Query | Ours | Theirs |\n|---|---|---|\n| logs count for a user-identifier per 10 min | 0.15s | 0.002s |',
    '0.15s',
    'none',
  ],
  [
    // "We measured", a benchmark suite and "a 12-core system": three cues of a disclosed method.
    'own-measurement',
    'We measured compile times with the Kestrel benchmark suite.\n\nCompiling in parallel on a 12-core system, the compiler module builds 21% faster.',
    '21% faster',
    'none',
  ],
  [
    // "In my benchmark", "I measured" and the benchmark's code and numbers to be found: three cues.
    'own-measurement',
    'In my benchmark on Vector, with 1 to 7 million elements, I measured an average slowdown of 25%.\n\nMy Vector benchmarks show a 35% speedup on average. Benchmark source code and numbers can be found [here](https://example.org/gist).',
    '35% speedup',
    'none',
  ],
  [
    // "an edge deployment" is an installation, not customers deploying it.
    'own-measurement',
    'We measured compile times with the Kestrel benchmark suite.\n\nCompiling in parallel on a 12-core system, the compiler module builds 21% faster. In an edge deployment, a 97% reduction in baseline RSS is the difference.',
    '97% reduction',
    'none',
  ],
  [
    'table-total',
    '| Feature | Price list | Monthly price |\n|---|---|---|\n| Infrastructure | $0.04 per hour | $29.2 |\n| Security | $0.018 per hour | $13.1 |\n| Logs | $0.20/GiB | $1.0 |\n\nTotal price per node: $43.3 per node per month',
    '$43.3',
    'none',
  ],
  [
    'results-under-method',
    '### Kestrel vs Elasticsearch\n\n**Benchmarking tool**: Rally\n\n**Dataset**: 1998 World Cup logs, 32G\n\n**Environment**: 3 machines with 16 cores and 64G\n\n- Results:\n  - Writing speed: 550 MB/s, 4.2 times that of Elasticsearch',
    '4.2 times',
    'none',
  ],
  [
    'generic-superlative',
    'Kestrel offers up to 2.3x higher throughput compared to state-of-the-art systems like vLLM.',
    'state-of-the-art',
    'none',
  ],
  [
    'figures-follow',
    'We evaluate Kestrel against vLLM on four A100 GPUs, following the benchmark setup below; the raw data is in our benchmark repository.\n\nIn this experiment, Kestrel outperforms vLLM in throughput and latency. On Llama-2 70B it gives 1.36 rps vs. 0.67 rps at the same latency.',
    'outperforms vLLM',
    'none',
  ],
  ['generic-superlative', 'FLAT is the simplest index Milvus supports.', 'the simplest index', 'none'],
  [
    'generic-superlative',
    'It also gave the best runtime behavior for this specific query pattern.',
    'the best runtime',
    'none',
  ],
  ['generic-superlative', 'This is the simplest form of the idea.', 'the simplest form', 'none'],
  [
    'generic-superlative',
    'Open formats let teams pick the best tools for their needs.',
    'the best tools',
    'none',
  ],
  [
    'method-comparison',
    'It is more accurate than using the location of the IP address.',
    'more accurate than using',
    'none',
  ],
  ['capacity', 'Our gateway is built to support millions of users.', 'millions of users', 'none'],
  [
    'capacity',
    'The new audit log makes it a platform ready for Fortune 500 companies.',
    'Fortune 500 companies',
    'none',
  ],
  ['quoted', '"It cut our bill by more than 40% in a month," says their CTO.', 'more than 40%', 'low'],
  // WEIGHT: what matters
  ['competitor', 'Our agent uses 80% less memory than Fluentd.', '80% less', 'high'],
  [
    'competitor-words',
    'It has better performance than Fluentd under load.',
    'better performance than Fluentd',
    'medium',
  ],
  [
    'competitor-words',
    'We ship query engines that are significantly faster than the competition.',
    'significantly faster',
    'medium',
  ],
  [
    'competitor-price',
    'We are cheaper than Beaconstat. Beaconstat charges $120 a month for the same.',
    '$120',
    'low',
  ],
  ['market', 'Data centres use 1% of global electricity.', '1%', 'high'],
  ['market', 'By 2027, over 15% of developer roles will go unfilled worldwide.', 'over 15%', 'high'],
  ['market-money', 'We compete in the $25B monitoring market.', '$25B', 'medium'],
  ['cost-estimate', 'Same workload on Acme: ~$200/month.', '~$200/month', 'medium'],
  ['funding', 'Our revenue reached $38 million this year.', '$38 million', 'medium'],
  ['performance', 'Customers on the new planner cut query latency by 40%.', '40%', 'high'],
  ['performance', 'Our customers report that inference costs fall by 42% in a quarter.', '42%', 'high'],
  ['performance', 'Switching to Kestrel made their nightly jobs 3x faster.', '3x faster', 'high'],
  [
    'performance',
    '---\ntitle: "How Kuro cut build times by 9x"\n---\n\nBuilds in CI are now 9x faster.',
    '9x faster',
    'high',
  ],
  ['performance', 'A 40% decrease in energy consumption during training.', '40% decrease', 'high'],
  ['own-performance', 'The new planner cut query latency by 40%.', '40%', 'medium'],
  [
    'own-performance',
    'We reduced our timings tenfold, but first: how Firecracker saves a snapshot to disk.',
    'tenfold',
    'medium',
  ],
  ['performance', 'An 85% cache hit rate saved a staggering 6 days of compute time per day.', '85%', 'high'],
  [
    'own-performance',
    'Together these make renderer startup roughly 43% faster under real-world conditions.',
    'roughly 43% faster',
    'medium',
  ],
  ['timing', "The team's hot reloads went down to 0.1s.", '0.1s', 'high'],
  ['own-timing', 'Hot reloads went down to 0.1s.', '0.1s', 'medium'],
  ['timing-figure', 'A full report now runs in under ten minutes.', 'under ten minutes', 'medium'],
  ['outcome-time', 'Customers complete the migration in 1-2 weeks.', '1-2 weeks', 'medium'],
  ['growth', 'Weekly active organisations grew 2.75x in four months.', '2.75x', 'medium'],
  ['adoption', 'More than 300 companies run it in production today.', 'More than 300 companies', 'medium'],
  ['usage', 'In March the platform routed 40 million shipments.', '40 million shipments', 'medium'],
  ['share', 'Over 70% of our customers renewed.', 'Over 70%', 'medium'],
  ['research', 'Research on the topic puts the error rate at 0.3.', '0.3', 'high'],
  ['research', 'A recent analysis found that 40% of teams overpay for logs.', '40%', 'high'],
  ['generalization', 'Most teams run three agents on every host.', 'Most teams', 'medium'],
  [
    'generalization',
    'Numerous companies are leveraging Kestrel in production today.',
    'Numerous companies are leveraging',
    'medium',
  ],
  ['generalization', 'A lot of teams pay more for logging than for compute.', 'A lot of teams pay', 'medium'],
  ['customer', 'Nine of them are Fortune 500 companies.', 'Fortune 500 companies', 'medium'],
  [
    'leadership',
    'Acme is the leading analytics platform for hospitals.',
    'the leading analytics platform',
    'medium',
  ],
  ['comparison', 'The new API is simpler than the old one.', 'simpler than', 'low'],
  ['weasel', 'Studies show that dashboards reduce stress.', 'Studies show', 'medium'],
  [
    'word-multiplier',
    'The jump to a GPU is still an order of magnitude though.',
    'an order of magnitude',
    'low',
  ],
  ['vague-adoption', 'The app reached millions of users.', 'millions of users', 'low'],
  ['vague-multiplier', 'Usage grew several-fold.', 'several-fold', 'low'],
  [
    'vague-magnitude',
    'The new planner makes an order of magnitude fewer allocations.',
    'an order of magnitude fewer',
    'low',
  ],
  ['metric', 'Uptime was 99.95% last quarter.', '99.95%', 'medium'],
  ['table-metric', 'Metric | Value\n---|---\nAlert latency | 42', '42', 'medium'],
  [
    'throughput',
    'It cuts storage costs while sustaining more than twenty thousand QPS of vector search traffic.',
    'twenty thousand QPS',
    'medium',
  ],
  [
    'beyond-own-data',
    'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.\n\nThe headline: Kestrel 4 is 2x faster than v3.\n\n| Measure | v3 | v4 | Change |\n|---|---|---|---|\n| Build time | 38 | 11 | 3.5x faster |\n| Query time | 1.92 | 1.61 | 16% faster |',
    '2x faster',
    'high',
  ],
  [
    'own-funding',
    'Today, we announce that we raised $15M Series A round led by Tiger Global.',
    '$15M',
    'low',
  ],
  [
    'own-funding',
    'We are thrilled to announce that Kestra has raised $3 million of funding to make orchestration simpler.',
    '$3 million',
    'low',
  ],
  // Goals, hedges, worked examples and the author's own team and figures.
  ['forecast', 'Caching will let us hit our target of sub 10 second median builds.', '10 second', 'none'],
  ['headcount', 'Since the launch we have grown from 3 to 14 full-time engineers.', '3', 'none'],
  ['team-size', 'Half of the team works on the engine, the other half on the cloud.', 'Half', 'none'],
  [
    'example',
    'We built Kestrel because it could help thousands of developers ship sooner.',
    'thousands',
    'none',
  ],
  [
    'example',
    'Imagine a small shop with 40 product pages and 200 images.\n\nSplitting the work across processes cuts the 60 seconds of rendering down to 12.',
    '60 seconds',
    'none',
  ],
  [
    'opinion',
    'Builds fan out to (potentially) 1000s of cloud functions, so work that takes minutes finishes in seconds.',
    '1000s',
    'none',
  ],
  [
    'opinion',
    'A lookup can take anywhere from 1 nanosecond to 20 seconds, or who knows, maybe longer.',
    '1 nanosecond',
    'none',
  ],
  ['generic-superlative', 'Here are the most significant features we are shipping next:', 'the most', 'none'],
  [
    'aspiration',
    'We started Kestrel to help small teams build world-class data products.',
    'world-class',
    'none',
  ],
  ['own-figure', 'The new encoder cut heap use by up to 45% (see Figure 2).', '45%', 'none'],
  [
    'own-figure',
    '**Figure 3:** heap by call path. 58% of the heap was allocated while encoding.',
    '58%',
    'none',
  ],
  [
    'generic-comparison',
    'Finishing work quickly draws more power than finishing it slowly.',
    'more power',
    'none',
  ],
  [
    'generic-comparison',
    'Decoding parallelizes well (some codecs better than others).',
    'better than others',
    'none',
  ],
  [
    'own-share',
    'The profile shows that parsing uses the majority of the startup time.',
    'the majority',
    'none',
  ],
  [
    'framing',
    'Most people who run Kestrel will be familiar with the slow first sync.',
    'Most people',
    'none',
  ],
  ['competitor', 'Kestrel lowered storage costs by 70% compared to Elasticsearch.', '70%', 'high'],
  [
    'vague-adoption',
    'Since the first release, hundreds of thousands of people have used Kestrel.',
    'hundreds of thousands',
    'low',
  ],
  ['vague-adoption', 'Today thousands of data scientists use Kestrel every week.', 'thousands', 'low'],
  ['adoption', 'Over 2 million developers use Kestrel every week.', 'Over 2 million developers', 'medium'],
  [
    'heading-restated',
    '# How we made Kestrel twenty times faster\n\n## Results\n\nA full check now goes from ~41s to ~2s, a ~20x speedup.',
    'twenty times faster',
    'none',
  ],
  [
    'own-machine',
    'All timings below were taken on my 12-core laptop.\n\nWith the cache, a full check of the repo takes 2.1 seconds.',
    '2.1 seconds',
    'none',
  ],
  [
    'example',
    'Imagine a repository with 1,000 files at ten milliseconds each. Formatting them one after another takes 10 seconds.',
    '10 seconds',
    'none',
  ],
  ['arithmetic', 'With the cache, runs go from ~29s to ~1.3s, for a ~22x speedup.', '~22x', 'none'],
  ['side-by-side', 'The 10x pricing gap at the entry tier ($25 vs $249) matters to startups.', '10x', 'none'],
  [
    'side-by-side',
    'Idle memory is ~41 MiB vs ~1.2 GiB, a 97% reduction for tenants.',
    '97% reduction',
    'none',
  ],
  ['arithmetic', 'The bundle was reduced by 25% from 12 megabytes to 9.1 megabytes.', '25%', 'none'],
  [
    'experiment-setting',
    'For a concrete example we generate a dummy dataset of 5 million product records.',
    '5 million',
    'none',
  ],
  [
    'formula',
    'With N nodes and M connections per node, we get a setup where N × M is greater than the database’s max_connections.',
    'greater than',
    'none',
  ],
  [
    'size-in-words',
    '7% is a significant number, so there is something to improve.',
    'a significant number',
    'none',
  ],
  [
    'reader-condition',
    'If you are going to use a cluster for yourself, see if it is faster than your laptop.',
    'faster than your laptop',
    'none',
  ],
  [
    'opinion',
    'When I first found Elastic, I liked that the UX was vastly superior to Kibana.',
    'superior to',
    'none',
  ],
  ['opinion', 'In a tradeoff, it should be acceptable to the majority of the users.', 'the majority', 'none'],
  ['idiom', 'Those products work in a 100% model-driven fashion.', '100%', 'none'],
  [
    'capacity',
    'The ability to handle a large number of requests is a must-have for any gateway.',
    'a large number',
    'none',
  ],
  [
    'vague-effect',
    'Huge pages do not remove TLB misses, but they greatly increase the chance of a hit.',
    'greatly increase the chance',
    'none',
  ],
  [
    'change-linked',
    'We [stored the ranges in a vector](https://bugzilla.example.org/show_bug.cgi?id=1918970) instead of a list.\n\n' +
      'This change made compiling the module about 20 times faster.',
    'about 20 times faster',
    'none',
  ],
  [
    'share-of-it',
    'It is estimated that by 2027 90% of most enterprise applications will embed a model.',
    'most enterprise applications',
    'none',
  ],
  [
    'figures-above',
    'Syscall latency over the year:\n\n- Initial: 412 cycles\n- After the signal rework: 287 cycles (-30%)',
    '-30%',
    'none',
  ],
  ['parameter', 'We lowered the pool timeout from 5 (default) to 1 second.', '1 second', 'none'],
  ['parameter', 'We scaled to 50 pods and then sent traffic for 10 minutes.', '10 minutes', 'none'],
  ['condition-or-term', 'You get EBC>=0 with a hello-world service.', '>=0', 'none'],
  ['forecast', 'We can probably get close to a 50x speedup in the future.', '50x', 'none'],
  ['forecast', "We're constantly told to move five to ten times faster.", 'ten times faster', 'none'],
  ['own-figure', 'The image above illustrates 5 different market segments.', '5', 'none'],
  [
    'own-machine',
    "On my 10 core computer, checking the monorepo's files goes down from ~7.5s to ~5.5s.",
    '~7.5s',
    'none',
  ],
  [
    'generic-superlative',
    'For your team, the best choice will depend on the workload.',
    'the best choice',
    'none',
  ],
  ['framing', 'The term retention is often found in the context of storage systems.', 'often', 'none'],
  [
    'test-load',
    'To test it, we generated a sustained load of 10,000 DNS queries per second and used dnsperf.',
    '10,000',
    'none',
  ],
  ['zero-baseline', 'August 2023, initial: 344 cycles (-0%, cumulative).', '-0%', 'none'],
  [
    'own-bill',
    'The cluster has 54TB of storage provisioned today, at a cost of $4320 per month.',
    '$4320 per month',
    'none',
  ],
  [
    'headcount',
    'Aiven has over 20 dedicated engineers in our open source program office.',
    'over 20',
    'none',
  ],
  [
    'mechanism',
    'The processes dirtied pages faster than the kernel could flush them to disk.',
    'faster than the kernel',
    'none',
  ],
  ['mechanism', 'Of the two layouts, one is much faster than the other.', 'faster than the other', 'none'],
  [
    'method-comparison',
    'Together you wait about ten seconds, which is faster than waiting for all dependencies to install.',
    'faster than waiting',
    'none',
  ],
];

describe.each(CASES)('signal %s', (id, markdown, text, worth) => {
  test(`"${text}" is worth ${worth}`, () => {
    const report = analyzeMarkdown(markdown, { file: 'case.md' });
    const claim = report.claims.find((c) => c.text === text || c.text.includes(text));
    expect(claim, `no claim "${text}" in ${JSON.stringify(report.claims.map((c) => c.text))}`).toBeDefined();
    expect(claim!.worth).toBe(worth);
    const signal = [...QUIET, ...WEIGHT].find((s) => s.id === id)!;
    expect(claim!.worthReasons, JSON.stringify(claim!.worthReasons)).toContain(signal.reason);
  });
});

test('every signal has a case above', () => {
  const covered = new Set(CASES.map(([id]) => id));
  expect([...QUIET, ...WEIGHT].map((s) => s.id).filter((id) => !covered.has(id))).toEqual([]);
});

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
    expect(claim!.worthReasons).not.toContain("a result the article's own measurements do not show");
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
