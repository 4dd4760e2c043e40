// Pairs of sentences through the whole engine: one a rule lets go, beside one it must keep (an own funding round
// and someone else's, a GPU count and a speed-up, an aside's example and a result). worth-edges.test.ts holds the
// longer cases.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

// Where the rules stop, each row a case that is let go beside one that is kept: [markdown, claim text, worth].
const METHOD =
  'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.';

// A benchmark's setup, with a table of ratios, and a results section below it.
const SETUP_WITH_TABLE = `## Setup\n\n${METHOD}\n\n| Mode | Batch size | Hit rate |\n| --- | --- | --- |\n| Short | 256 | 12% |\n| Long | 64 | 30% |\n\n## Results\n\nThe numbers follow.\n\n### Online serving\n\n`;

const EDGES: [string, string, string][] = [
  // held30 (Kvrocks): what a sentence supposes past a semicolon, for another figure, leaves the figure before it a
  // result; a supposition there with no figure is about the whole sentence.
  [
    'Tests show that with compression on, write throughput is increased by 2.5 times; the larger the value, the greater the gain, and writes improve when the value is 50KB.',
    'increased by 2.5 times',
    'medium',
  ],
  [
    'Tests show that with compression on, write throughput is increased by 2.5 times; it is the one we would check first if we did this again.',
    'increased by 2.5 times',
    'none',
  ],
  // A title's halving said again below in other words ("more than halved") is that claim's title; "2xx codes" is
  // no "2x".
  [
    '# How Quillpad Cut Our Build Times in Half\n\nWe moved CI to Quillpad in March. The API returns 2xx codes for every call.',
    'Cut Our Build Times in Half',
    'medium',
  ],
  [
    '# How Quillpad Cut Our Build Times in Half\n\nWe moved CI to Quillpad in March. Builds went from 20 minutes to 9 minutes, so build time was more than halved.',
    'Cut Our Build Times in Half',
    'none',
  ],
  [
    '# How Quillpad Cut Our Build Times in Half\n\nWe moved CI to Quillpad in March and have not looked back.',
    'Cut Our Build Times in Half',
    'medium',
  ],
  // held30: "less than half the storage size" is a fraction of the post's own baseline, not a rival's; "half the
  // storage of Parquet" is a rival's. The chart's lead-in that says the author compared both makes the comparison
  // under it the author's run.
  [
    'We wrote 5000 versions of the array to one file.\n\n![File sizes](sizes.png)\n\nWe can see from the figure that the file takes around 252MB - less than half the storage size.',
    'around 252MB',
    'none',
  ],
  [
    'We wrote 5000 versions of the array to one file.\n\n![File sizes](sizes.png)\n\nWe can see from the figure that the file takes around 252MB - less than half the storage of Parquet.',
    'around 252MB',
    'high',
  ],
  [
    'Next, we read the latest version 20 times. We also compare these read times with the time required to read an unversioned file.\n\n![ ](latest.png)\n\nWe can see that reading the latest version is ~5x-10x slower than reading an unversioned file.',
    '~5x-10x',
    'none',
  ],
  [
    'Next, we read the latest version 20 times.\n\n![ ](latest.png)\n\nWe can see that reading the latest version is ~5x-10x slower than reading an unversioned file.',
    '~5x-10x',
    'high',
  ],
  // Research as what the author does beside coding is no research finding (held30: "Research + code").
  [
    '**Research + code, instead of research and code later:** Some things that would have taken me a day or two to figure out now take 10 to 15 minutes.',
    '10 to 15 minutes',
    'none',
  ],
  [
    '**Research finding:** Some things that would have taken me a day or two to figure out now take 10 to 15 minutes.',
    '10 to 15 minutes',
    'high',
  ],
  // A summary that tells again a multiple the results gave (or its inverse) is the post's own result; a summary's
  // new multiple, or one under no summary heading, is not.
  [
    'With the fix the copy ran at 44 MB/s, up from 22.5 MB/s: almost doubled.\n\n## Summary\n\nRecovery time is cut in half.',
    'cut in half',
    'none',
  ],
  [
    'With the fix the copy ran at 44 MB/s, up from 22.5 MB/s: almost doubled.\n\n## 5. Conclusion\n\nRecovery time is cut in half.',
    'cut in half',
    'none',
  ],
  [
    'With the fix the copy ran at 44 MB/s, up from 22.5 MB/s: almost doubled.\n\n## Summary\n\nRecovery is now 3x faster.',
    '3x faster',
    'medium',
  ],
  [
    'With the fix the copy ran at 44 MB/s, up from 22.5 MB/s: almost doubled.\n\n## Operations\n\nRecovery time is cut in half.',
    'cut in half',
    'medium',
  ],
  // A summary of the runs just reported compares measured systems; the same words without a method do not.
  [
    `${METHOD}\n\nSummary: Quillpad's CPU use was higher than Lintly's at 600 rps.`,
    "higher than Lintly's",
    'none',
  ],
  ["Summary: Quillpad's CPU use was higher than Lintly's at 600 rps.", "higher than Lintly's", 'medium'],
  // Where today's rules stop (a review's cases): people a load test simulates, a small sum a person paid, a product
  // that pushes the state of the art, a quoted word in a comparison, an official implementation, a rival after a
  // figure, and tenants a benchmark spins up.
  [
    `${METHOD}\n\nWith 500 people editing the same document, p99 latency stayed under 40 ms.`,
    'under 40 ms',
    'none',
  ],
  ['Back in 2019 Maria paid $15 for our first logo.', '$15', 'none'],
  // A supposition written with a typographic apostrophe is one too (held24: "let’s say for the sake of argument").
  [
    'Modern cars work, let’s say for the sake of argument, at 98% of what is physically possible.',
    '98%',
    'none',
  ],
  ['Modern cars work at 98% of what is physically possible.', '98%', 'medium'],
  // What could be done is no result (held24: "Nothing stops us from making builds ... 100% reproducible").
  ['Nothing stops us from making build processes reliable and 100% reproducible.', '100%', 'none'],
  ['Quillpad made our build processes reliable and 100% reproducible.', '100%', 'medium'],
  // Today's machines against the ones of a past feat are history, no rival; a rough count is of the world only when
  // the world is named beside it (held24: tonsky).
  [
    'Our portable computers are thousands of times more powerful than the ones that brought man to the moon.',
    'thousands of times',
    'none',
  ],
  ['Quillpad is thousands of times faster than the tools that Lintly sells.', 'thousands of times', 'high'],
  [
    'A 3D game can fill the whole screen with hundreds of thousands of polygons in the same 16ms and also process input, recalculate the world and load resources.',
    'hundreds of thousands of polygons',
    'none',
  ],
  [
    'Hundreds of thousands of servers in the global market run on it.',
    'Hundreds of thousands of servers',
    'high',
  ],
  // The best of the author's own options, and the field's best as a noun, rank no product (held24).
  ['This is the most granular identifier we can use for sharding.', 'the most granular identifier', 'none'],
  [
    'Quillpad is the most granular tracing tool we can find on the market.',
    'the most granular tracing tool',
    'medium',
  ],
  [
    'I want state-of-the-art in software engineering to improve, not stand still.',
    'state-of-the-art',
    'none',
  ],
  [
    'There are bright spots showing that improving over state-of-the-art is possible.',
    'state-of-the-art',
    'none',
  ],
  ['Quillpad offers state-of-the-art performance.', 'state-of-the-art', 'medium'],
  // Two parts of one mechanism compared, however many words name the second (held24: a pipeline's segments).
  [
    'A CPU-intensive segment is producing output faster than the next segment of the pipeline can consume (a fast producer, slow consumer scenario).',
    'faster than the next segment',
    'none',
  ],
  ['Quillpad responds faster than the team at Lintly can ship a fix.', 'faster than the team', 'medium'],
  // "I'm pretty sure" offers a belief (held24), as "I think" does.
  [
    "I'd have to get my ruler to check, but I'm pretty sure that's larger than Germany.",
    'larger than Germany',
    'none',
  ],
  ["I'd have to get my ruler to check, but that's larger than Germany.", 'larger than Germany', 'medium'],
  // A summary that points at results further down, in a post with no results section, still needs its source.
  [
    "These changes yielded a 2x speedup in query latency. We'll dive into a detailed summary of overall improvements at the end.\n\n## Parallel parsing\n\nWe split the input.",
    '2x speedup',
    'medium',
  ],
  // A figure in the brackets of one let go is a variant of it; in a figure's brackets that needs a source, it does too.
  [
    'Quillpad cut build times to 27.3s (debug, Windows; 53.2s for release), faster than Lintly.',
    '53.2s',
    'medium',
  ],
  // Two figures set side by side, with the words they count, carry a ratio only when it is theirs (held24).
  [
    'Quillpad runs 3x to 4x faster than Lintly: 1.5 cycles per character versus 1.9 cycles per character.',
    '3x to 4x',
    'high',
  ],
  // The clients a benchmark runs are load, not customers (held24); clients who chose the product are.
  [
    `${METHOD}\n\nA thousand clients each attach to a stream of 200 events; Quillpad finished at about 146 ms p99 per client.`,
    'about 146 ms',
    'none',
  ],
  [
    `${METHOD}\n\n| metric | Quillpad | Lintly |\n|---|---|---|\n| per-client catch-up p99 (ms) | 146 | 186 |`,
    '146',
    'none',
  ],
  [`${METHOD}\n\nOver 500 clients chose Quillpad, and their bills fell 40%.`, '40%', 'high'],
  // A picture beside the author's own timing shows it; without the picture, or beside a customer's saving or a
  // rival's speed, the figure still wants its source.
  [
    'Our publish times dropped to approximately 600 seconds.\n\n![durations](d.png)',
    'approximately 600 seconds',
    'none',
  ],
  ['Our publish times dropped to approximately 600 seconds.', 'approximately 600 seconds', 'medium'],
  ['One customer using our cache cut its build time by 40%.\n\n![builds](b.png)', '40%', 'high'],
  ['We made queries 3x faster than Redis.\n\n![latency](l.png)', '3x faster', 'high'],
  // The author's own run, owned up to as rough in the next sentence; without that sentence, it wants its method.
  [
    "In this case, the original build took 25.9s and the new one took 25.0s. I didn't do careful measurements to see if those numbers were consistent.",
    '25.0s',
    'none',
  ],
  ['In this case, the original build took 25.9s and the new one took 25.0s.', '25.0s', 'medium'],
  // How long the author's own work took is a story; how long a product takes its users to set up is its claim.
  ['It took us about 3 days to build the first version, and we learned a lot.', 'about 3 days', 'none'],
  ['With our CLI, it took our users about 5 minutes to set up a cluster.', 'about 5 minutes', 'medium'],
  ['Setup took about 5 minutes to complete for our customers.', 'about 5 minutes', 'medium'],
  // A wish asserts no price; a truism about some of a kind (an acronym is a kind) compares with no rival.
  [
    'I only hope someone releases a cheaper 1 TB version, because that, for under $200, would be a mainstream upgrade.',
    'under $200',
    'none',
  ],
  [
    'Someone released a cheaper 1 TB version, because that, for under $200, would be a mainstream upgrade.',
    'under $200',
    'medium',
  ],
  [
    'Some SSDs are more efficient than others, and many factors go into it.',
    'more efficient than others',
    'none',
  ],
  ['Quillpad SSDs are more efficient than others on the market.', 'more efficient than others', 'medium'],
  // The storage hierarchy is the textbook; a product against memory, or against a rival, is a claim.
  ['Despite modern SSDs being fast, they are still much slower than memory.', 'slower than memory', 'none'],
  ['Quillbase queries run faster than Redis in memory.', 'faster than Redis', 'medium'],
  // A percentile's name and a workload's mix are no results; a cut in that latency and a share of reads served are
  // (held25).
  ['Our 99.9% latency dropped below 2ms after the upgrade.', '99.9%', 'none'],
  ['The new cache cut that by 95% latency overall.', '95%', 'medium'],
  ['With the cache, 75% reads are now served from memory.', '75%', 'medium'],
  // Charts under a heading that names the measure show the sentence right below them, a rough figure too; under a
  // heading that names something else they do not (held25).
  [
    '## Single and Multi Client Average Latency\n\n![](lat1.svg)\n![](lat2.svg)\n\nQuillbase was able to maintain sub-millisecond average latency for reads in the single-client test.',
    'sub-millisecond',
    'none',
  ],
  [
    '## Getting started\n\n![](lat1.svg)\n\nQuillbase was able to maintain sub-millisecond average latency for reads in the single-client test.',
    'sub-millisecond',
    'medium',
  ],
  // A load test's mix and rate are its setup; a rate the product reached is a result.
  [
    'The load test replays production traffic with 90% checks and 10% limit updates, at 40,000 requests per second.',
    '90%',
    'none',
  ],
  [
    'In production the limiter now serves 40,000 requests per second at peak.',
    '40,000 requests per second',
    'medium',
  ],
  // Two clients are customers: their saving beside a chart stays theirs to source.
  [
    '## Average Latency\n\n![](lat1.svg)\n\nTwo clients saw average latency drop by 40% after the upgrade.',
    '40%',
    'high',
  ],
  // What an earlier section set out, recalled; an earlier post is not on the page.
  ['As we saw in the previous section, most teams waste 30% of their cloud budget.', '30%', 'none'],
  ['As we saw in the previous post, most teams waste 30% of their cloud budget.', '30%', 'high'],
  // A table cell that explains a kind of index compares two things of the explanation (the cell ends at its bar).
  [
    '| Index | What it is | Result |\n|---|---|---|\n| IVF_FLAT | Standard ANN index with lower search cost than a full scan | Load stalled at 14% |',
    'lower search cost than a',
    'none',
  ],
  // A multiple told with its new value, of the count the sentence before gave; one that does not agree, or not
  // about that count, still wants its source (held25).
  [
    'We kept just over 12.6 million keys in Redis. Within a day, that number more than doubled to 26 million.',
    'more than doubled',
    'none',
  ],
  [
    'We kept 12.6 million keys in Redis. Within a day, that number tripled to 26 million.',
    'tripled',
    'medium',
  ],
  [
    'We kept 12.6 million keys in Redis. Within a day, our traffic more than doubled to 26 million.',
    'more than doubled',
    'high',
  ],
  // Without "we": a chart whose alt text names what the sentence measured shows it; one that names something else
  // does not (held25).
  [
    'Buffer pool requests have decreased by more than 50%, easing memory pressure.\n\n![Chart showing reduction in InnoDB Buffer Pool Requests](c.png)',
    'more than 50%',
    'none',
  ],
  [
    'Buffer pool requests have decreased by more than 50%, easing memory pressure.\n\n![Chart showing our release timeline](c.png)',
    'more than 50%',
    'medium',
  ],
  [
    'Buffer pool requests have decreased by more than 50%, easing memory pressure.\n\n![InnoDB buffer pool requests](c.png)',
    'more than 50%',
    'medium',
  ],
  // A post that says which machine its runs were on: its own timings below are measured; without it, they want one.
  [
    'The machine I am using is a 2019 laptop (quad-core i5, 8GB).\n\nThe batched version took about 8.5 minutes.',
    'about 8.5 minutes',
    'none',
  ],
  [
    'I ran all benchmarks on my desktop.\n\nThe batched version took about 8.5 minutes.',
    'about 8.5 minutes',
    'none',
  ],
  [
    'The machine I am using for the local runs is a 2022 desktop.\n\nThe batched version took about 8.5 minutes.',
    'about 8.5 minutes',
    'none',
  ],
  ['The batched version took about 8.5 minutes.', 'about 8.5 minutes', 'medium'],
  // A cost at the rate the sentence gives is worked out; without the rate it is an estimate; hardware is counted.
  ['Over a year, that is 1051.2kWh or £273 at 26p per kWh, not an insubstantial saving.', '£273', 'none'],
  ['Over a year, that is 1051.2kWh or £273, not an insubstantial saving.', '£273', 'medium'],
  ['I needed a PCIe to 4x SATA card for the four disks.', '4x', 'none'],
  ['The ideal is a board with 6-8 SATA ports.', '6-8', 'none'],
  ['4x Seagate IronWolf 4TB drives', '4x', 'none'],
  // Applicants to the author's own opening are no users; applications on a platform are.
  ['For the role we are hiring for, over 130 applications poured in.', 'over 130 applications', 'none'],
  ['Today over 130 applications run on our platform.', 'over 130 applications', 'medium'],
  // The sites a review works through are its sample; the sites that run a product are adoption.
  ["With 10 sites to get through, I'll post the raw data.", '10 sites', 'none'],
  ['Today 10 sites run our framework in production.', '10 sites', 'medium'],
  // A size supposed in words is no result; the same words for what happened are.
  [
    'To clear the backlog you would need orders of magnitude more workers.',
    'orders of magnitude more',
    'none',
  ],
  ['After the rewrite we needed orders of magnitude more workers.', 'orders of magnitude more', 'low'],
  // A level a condition names is no statistic.
  ['As long as the server utilization is below 70%, you can keep adding apps.', 'below 70%', 'none'],
  ['Our server utilization is below 70% after the move.', 'below 70%', 'medium'],
  // A delay the test adds is a setting; a delay it saw is a result.
  ['Just as expected, we hit problems at almost every additional 1ms of latency.', '1ms', 'none'],
  ['After the move, every query took an additional 4ms.', '4ms', 'medium'],
  // A batch size is a setting; "6x HDDs" counts drives; a size a limit sets ("the largest model that will fit on
  // your GPU") and "the most basic" rank nothing.
  ['Consumers are reading in batches of 100.', '100', 'none'],
  ['We process events in batches of 500 and saw a 40% cut in cost.', '40%', 'high'],
  ['I kept the 6x HDDs in a RAIDZ2 array and put 4x SSDs in a mirror.', '6x', 'none'],
  ['The new array is 6x faster than our old HDDs.', '6x faster', 'medium'],
  ['Find the largest model that will fit on your GPU.', 'the largest model', 'none'],
  ['Acme-70B is the largest model that runs on a single H100.', 'the largest model', 'medium'],
  [
    'They enable the most basic service mesh configurations.',
    'the most basic service mesh configurations',
    'none',
  ],
  // A customer's quotation of several sentences is quoted speech (theirs to weigh when the page names them); the same
  // words told by the author are not, nor is a figure after a quoted term.
  [
    `"Our old system was horrendous," Taylor said. "Historically our builds were slow. We'd have 40-minute build times."`,
    '40-minute',
    'none',
  ],
  [
    `"Our old system was horrendous," their lead said. "Historically our builds were slow. We'd have 40-minute build times."`,
    '40-minute',
    'low',
  ],
  ['Historically our builds were slow: we had 40-minute build times.', '40-minute', 'medium'],
  ['Our "fast" mode is 40% faster than Redis in every test.', '40% faster', 'high'],
  // A line drawn in the text ("shorter than this should be") is no comparison; a rival after "than" is.
  ['Filters with a lifetime shorter than this should be Bloom filters.', 'shorter than', 'none'],
  ['Our filters are much faster than Bloom filters.', 'faster than Bloom filters', 'medium'],
  // Where those rules stop (a review's cases): a quality superlative in a class that fits somewhere, a drive's
  // throughput, a batch of users, an inch mark before a quoted word, a rival after "than this would be", a year
  // before a rival's name.
  [
    'Acme Vector is the fastest vector database you can run on a single node.',
    'the fastest vector database',
    'medium',
  ],
  ['Start with the largest model that fits on your GPU.', 'the largest model', 'none'],
  [
    'Our new storage engine delivers 4x SSD throughput compared with ext4 on the same drives.',
    '4x',
    'medium',
  ],
  ['Our first batch of 12,000 beta users sent more than 4 million messages.', '12,000 beta users', 'medium'],
  [
    'We benchmarked on a 16" MacBook Pro. Acme now builds the Linux kernel 3x faster than GCC, even with a "cold" cache.',
    '3x faster',
    'high',
  ],
  ['Acme Queue is cheaper than this would be on Confluent Cloud.', 'cheaper than', 'low'],
  ['As of 2024 Datadog charges $23 per host per month for infrastructure monitoring.', '$23', 'low'],
  ['Running the nightly rollup in Snowflake costs $40 per run; on Acme the same job costs $3.', '$40', 'low'],
  [
    'The so-called “serverless tax" is real: our Lambda bill was 3x higher than EC2. The "cost explorer" view shows it.',
    '3x higher',
    'high',
  ],
  [
    '"We had tried every hosted CI product on the market and every one of them fell over once the monorepo passed a few hundred packages," our platform lead told the team in January. That quote stuck with me. After the switch, Acme CI runs our test suite 5x faster than GitHub Actions. We now call the old setup the "slow lane".',
    '5x faster',
    'high',
  ],
  // What the test runs ("... pods in this setup") and the method's own wait are the setup; a customer count and a
  // timing of the product are not.
  [
    'There will be a total of 48 application services and 144 application pods in this setup.',
    '144 application pods',
    'none',
  ],
  ['We now serve 144 customers in our cluster.', '144 customers', 'medium'],
  [
    'I booted the system, waited 5 minutes for idle power to level off, and took a measurement.',
    '5 minutes',
    'none',
  ],
  ['With Acme, deploys now finish in 5 minutes instead of 40.', '5 minutes', 'medium'],
  ['I waited 20 minutes for Jenkins to finish the build; with Acme it takes 2.', '20 minutes', 'medium'],
  // "a large number of deployments" counts things in words; of companies, it is adoption.
  ['Either manage a large number of deployments or pay a vendor to do it.', 'a large number', 'none'],
  ['A large number of companies have moved to Acme.', 'A large number', 'low'],
  // A unit before "costs" ("1 CPU costs"), and costs as a noun ("brings CPU costs from"), name no rival.
  ['The difference shows 1 CPU costs $23/month.', '$23/month', 'none'],
  ['In our test this brings CPU costs from over $300 down to $7.', 'over $300', 'none'],
  ['We are cheaper than Beaconstat. Beaconstat costs $120 a month.', '$120', 'low'],
  // A network's MTU is a setting, whatever the sentence says about the Internet.
  ['Jumbo frames are hard to get on the Internet, where the MTU is typically 1500.', '1500', 'none'],
  // "as an experiment" says how something was tried, not what an experiment found.
  ['I added a second version as an experiment and had to make over 100 changes.', 'over 100 changes', 'none'],
  ['An experiment at the lab found over 100 changes in the genome.', 'over 100 changes', 'high'],
  ['Acme-7 pushes the state of the art on SWE-bench Verified.', 'state of the art', 'medium'],
  [
    'Acme is much faster than "enterprise" observability suites like Splunk.',
    'faster than "enterprise" observability suites',
    'medium',
  ],
  ['Acme is 3x faster than the official Python implementation.', '3x faster', 'high'],
  ['Acme cuts infrastructure costs by 60% vs 25% for self-hosted brokers.', '60%', 'high'],
  [
    `${METHOD}\n\nThe benchmark spins up 2,000 tenants and 8,000 workspaces on a single node.`,
    '2,000 tenants',
    'none',
  ],
  // Workspaces connected to a product count its adoption; the accounts a pilot ran with are its sample.
  ['There are now more than 100k connected Quillpad Workspaces on quillpad.app.', 'more than 100k', 'medium'],
  ['The pilot ran with 60 accounts from March to June.', '60 accounts', 'none'],
  // An own survey's results are the post's; its product's speed or the market beyond it are not survey answers.
  [
    '# Tinkerboard owners poll\n\nWe ran a poll in May and 2,310 respondents took part.\n\nTinkerboard 3 boots 4x faster than Pi OS.',
    '4x faster',
    'high',
  ],
  // A survey post's product claims are the product's: a change it makes, a rival it beats, its adoption.
  ...[
    'Acme cuts mean time to resolution by 70%.',
    'Acme is used by 12,000 companies.',
    'Acme processes 3x more events than Lintly.',
  ].map((line): [string, string, string] => [
    `# The 2026 State of Observability Survey\n\nWe ran a survey of 1,200 platform engineers; here is what the respondents told us.\n\n${line}`,
    /70%|12,000 companies|3x more/.exec(line)![0],
    line.includes('3x') ? 'high' : 'medium',
  ]),
  // A long poll is no poll of people, and HTTP responses are no respondents.
  [
    '# Long poll vs WebSockets\n\nWe ran the old long poll beside the socket and got identical responses.\n\nThe socket cut server CPU by 45% against Pusher.',
    '45%',
    'medium',
  ],
  [
    'We ran a survey of our forum members; 1,204 respondents answered it.\n\nMost teams now deploy on Fridays.',
    'Most teams',
    'low',
  ],
  [
    'We ran a survey of our forum members; 1,204 respondents answered it.\n\nThe vast majority of respondents now deploy on Fridays.',
    'The vast majority of respondents',
    'none',
  ],
  // A company's own round, however the announcement words it; a bare "We raised" needs a title naming the round.
  ['# Notes\n\nToday we’ve raised a $12 million Series A round from Harrowgate.', '$12 million', 'low'],
  [
    '# Notes\n\nQuillpad is today announcing that it has raised $15M in Series A funding from Harrowgate.',
    '$15M',
    'low',
  ],
  ['# Notes\n\nHarrowgate will lead our $15M Series A funding round.', '$15M', 'low'],
  ["# Quillpad's Seed Round\n\nWe raised $5.5m to make writing more fun.", '$5.5m', 'low'],
  ['# Our year\n\nWe raised $5.5m to make writing more fun.', '$5.5m', 'medium'],
  ["# Quillpad's Seed Round\n\nLintly raised $40M last year.", '$40M', 'medium'],
  // "8x NVIDIA H100" counts the machine's GPUs; "8x faster on H100" is a result.
  ['Bare metal: 8x NVIDIA H100 80GB with NVLink and 2TB RAM.', '8x', 'none'],
  ['We run 4x A100 nodes in the lab.', '4x', 'none'],
  ['Our engine is 8x faster on H100 than Lintly.', '8x faster', 'high'],
  // One version of the author's code against another, or "versus" between two figures, is no rival.
  ['The raw loop version runs 3x faster than the transform version.', '3x faster', 'medium'],
  // (Here the two figures do not give the 3x; when they do, it is their ratio and let go: see side-by-side.)
  ['It runs 3x faster: 2 cycles per byte versus just above 12 cycles per byte.', '3x faster', 'medium'],
  ['It runs 3x faster: 2 cycles per byte versus just above 7 cycles per byte.', '3x faster', 'none'],
  ['It runs 3x faster, versus Lintly at 7 cycles per byte.', '3x faster', 'high'],
  // A figure an aside offers as an example; "e.g." elsewhere in the sentence leaves its own result alone.
  ['Progress needs small advances (e.g. 1% at a time) with costly evaluation.', '1%', 'none'],
  ['Set a small budget (say, 50 ms) per request.', '50 ms', 'none'],
  ['Complex queries (e.g. URL contains app) dropped to less than 1 second.', 'less than 1 second', 'medium'],
  // A confidence level is a convention; a probability of something else is a claim.
  ['There is a 95% probability that customers churn.', '95%', 'medium'],
  // "an advance in the state of the art" names the field's frontier; "is the state of the art" claims it.
  ['These represent a genuine, and useful, advance in the state of the art.', 'state of the art', 'none'],
  ['Our model is the state of the art for retrieval.', 'state of the art', 'medium'],
  ['Other great teams are all pushing the state of the art forward.', 'state of the art', 'none'],
  // Praise of the author's own people asks for no source; a product called world-class does.
  ['We already have a world-class team of top engineers.', 'world-class', 'none'],
  ['Quillpad ships a world-class editor for teams.', 'world-class', 'medium'],
  // "in today's world", "on the same internet": idioms of time and place, no statistic about the world.
  ['That’s 55 MB in today’s world.', '55 MB', 'none'],
  ['And yet, on the same internet, Lintly needs 13 MB of code to show a page.', '13 MB', 'none'],
  ['The world’s data halls use 2% of all power.', '2%', 'high'],
  // Research as the topic, or as work done, is no finding of it; "a study found" is.
  [
    'The arguments for doing robotic research in simulation are well known: no need to maintain thousands of robots.',
    'thousands of robots',
    'none',
  ],
  ['After much research and prototyping, we moved to a GPU with 64 Tensor Cores.', '64', 'none'],
  ['A study found that 40% of robots wear down within a year.', '40%', 'high'],
  // A condition or a question claims nothing; a claim after the condition's comma, or before an "if", is claimed.
  [
    'Even if you score well, if your method is worse than an existing solution, nobody cares.',
    'worse than an existing solution',
    'none',
  ],
  [
    'It is entirely possible that in a typical workload, the majority of objects are small.',
    'the majority of objects',
    'none',
  ],
  ['If you use Quillpad, builds are faster than with Lintly.', 'faster than', 'low'],
  ['Most teams use Quillpad if they ship weekly.', 'Most teams', 'low'],
  // Whom a thing is made for is no statistic; the same words stated as a fact are.
  [
    'Foundational crates are intended to be used by most Rust applications.',
    'most Rust applications',
    'none',
  ],
  ['Most Rust applications depend on serde.', 'Most Rust applications', 'low'],
  // "The best choice is" advice on a kind of thing; naming a product, or the author's own, ranks it.
  ['The best choice is crates engineered to be lean.', 'The best choice', 'none'],
  ['The best choice is our platform.', 'The best choice', 'medium'],
  ['Quillpad is the best choice for logs.', 'the best choice', 'medium'],
  // A figure handed over to a timed run below it is that run's output; code that times nothing shows none.
  ['Our engine is 30% faster than Lintly:\n\n```\nimport lintly\n```', '30% faster', 'high'],
  // A test's setup (a replication factor, the load a tool sent) is no result; users who came are.
  ['An RBD pool with 3x replication was used.', '3x', 'none'],
  [
    'Benchmarking requests were sent from 200 concurrent users, using the siege benchmarking tool.',
    '200 concurrent users',
    'none',
  ],
  ['Our app now serves 200 concurrent users at peak.', '200 concurrent users', 'medium'],
  [
    'A Gatling simulation ramped up to add a growing number of users over 10 minutes.',
    'a growing number of',
    'none',
  ],
  // What theory predicts, beside a measured figure that stays.
  ['They are in theory "twice as fast" as single-precision floats.', 'twice as fast', 'none'],
  ['Sorting got a speedup of 1.38x, much less than the 2x we would theoretically expect.', '2x', 'none'],
  ['Sorting got a speedup of 1.38x, much less than the 2x we would theoretically expect.', '1.38x', 'high'],
  // The author's own firsts, aims and hopes; a first in a field is a claim.
  ['The team has concluded its first ever open source performance lockdown.', 'first ever', 'none'],
  ['Quillpad is the first ever open source performance lockdown tool.', 'first ever', 'medium'],
  ['After the round, the focus shifted into putting together a world-class team.', 'world-class', 'none'],
  ['We have managed to build a world-class analytical database with a small team.', 'world-class', 'medium'],
  ['Our mission is an open-source CMS that provides a 10x experience for developers.', '10x', 'none'],
  [
    'I had low expectations before launch, but the result undercut those by less than half.',
    'less than half',
    'none',
  ],
  // The author's own team growing; customers who came are adoption.
  ['We also added 3 members to the team this year.', '3 members', 'none'],
  ['We also added 300 customers this year.', '300 customers', 'medium'],
  // A section of goals sets targets; a section of results reports them.
  ['## Next Month Goals\n\n**Launch team sync and reach $100 MRR.**', '$100', 'none'],
  ['## Goals and results\n\nWe reached $100 MRR in March.', '$100', 'medium'],
  // A comparison the chart beside it shows; one that names a rival stays.
  [
    'The result showed that mmt4d is faster than the existing matmul implementation, as we can see in the following chart:',
    'faster than the existing matmul implementation',
    'none',
  ],
  ['Quillpad is faster than Lintly, as we can see in the following chart:', 'faster than Lintly', 'medium'],
  // ... and where those rules stop: production load, teams ramping up, plans and past results, a rival named.
  [
    'Hey folks, Quillpad now handles 50,000 concurrent users in production.',
    '50,000 concurrent users',
    'medium',
  ],
  ['A growing number of teams are ramping up on Quillpad.', 'A growing number of', 'low'],
  ['## Plans\n\nThe Pro plan costs 50% less than Datadog.', '50% less', 'high'],
  ['## Goals\n\nLast year Quillpad grew revenue 300%.', '300%', 'medium'],
  ['Quillpad delivers 10x replication throughput compared to Debezium.', '10x', 'medium'],
  [
    'Quillpad exceeded customer expectations, cutting query latency by 60% compared to Snowflake.',
    '60%',
    'high',
  ],
  ['Quillpad is 3x faster than Lintly, so you should expect the same in production.', '3x faster', 'high'],
  ['Last quarter we onboarded 5,000 developers onto Quillpad Cloud.', '5,000 developers', 'medium'],
  [
    'Quillpad is much faster than the alternatives, as we can see in the following chart:',
    'faster than the alternatives',
    'medium',
  ],
  // A timing on the one chip the sentence names is the author's own run.
  ['On an A100 GPU, the expression f16.sum sums one billion floats in 2.1ms.', '2.1ms', 'none'],
  ['Quillpad cut the p99 latency to 2.1ms.', '2.1ms', 'medium'],
  ['On an A100 GPU, Quillpad cut the p99 latency to 2.1ms, faster than Lintly.', '2.1ms', 'high'],
  // A chip's spec against another's is no result; the memory a program uses is (held26: Jan).
  ['As compared to its successor, the Tessel 30 has 33% fewer compute cores.', '33% fewer', 'none'],
  ['Quillpad uses 33% less memory than Lintly.', '33% less', 'high'],
  // ... unless the article's own spec table gives another figure: then it is that mismatch, no benchmark result.
  [
    `${METHOD}\n\n| GPU | CUDA Cores |\n|---|---|\n| Tessel 40 | 16,384 |\n| Tessel 30 | 10,496 |\n\n` +
      '| Engine | Throughput | Change |\n|---|---|---|\n| Kestrel | 170.63 | 69.9% faster |\n\n' +
      'As compared to its successor, the Tessel 30 has 33% fewer CUDA cores.',
    '33% fewer',
    'medium',
  ],
  ['The new build has 30% less memory usage than Lintly.', '30% less', 'high'],
  // A note under a table keeps the prose after it reading the table; a paragraph of its own does not.
  [
    '| Package | Quill 1.5 | Quill 1.6 |\n| --- | --- | --- |\n| Plots | 3156 | 118 |\n\n' +
      'Not a note, but a paragraph of its own about the test machine and its setup.\n\n' +
      'You can see that key packages have invalidated thousands of methods in Quill 1.5, sometimes more than 10% of the total.',
    'more than 10%',
    'high',
  ],
  // A round bound the article's own table meets ("20%+" for 24.88%) is its measurement; one the table falls short of
  // or far exceeds is not (held26: Jan).
  ...['20%+', '30%+', '10%+'].map((bound): [string, string, string] => [
    `${METHOD}\n\nQuillpad was:\n\n- **${bound} smaller model files** than Lintly\n\n## Results\n\n` +
      '| Metric | Lintly | Quillpad | Difference |\n| --- | --- | --- | --- |\n| Disk size (GB) | 4.06 | 3.05 | 24.88% smaller |',
    bound,
    bound === '20%+' ? 'none' : 'high',
  ]),
  // The author's dummy client beside the author's chart, and a sentence that says the same again in other words; a
  // customer's result beside it is someone else's (held26: mahdytech).
  [
    'I re-ran my dummy client again and again: lower QPS gave more requests with latency over 10ms. In other words, at 1k QPS there were 100 queries every second above 50ms.\n\n![](chart.png)',
    'above 50ms',
    'none',
  ],
  [
    'I re-ran my dummy client again and again: lower QPS gave more requests with latency over 10ms.\n\n![](chart.png)',
    'over 10ms',
    'none',
  ],
  [
    'I talked to our client again and again: lower QPS gave them more requests with latency over 10ms.\n\n![](chart.png)',
    'over 10ms',
    'medium',
  ],
  // A belief left standing, a hypothesis not tested next and a memory with no disclaimer stay claims (held26).
  [
    'When planning a move to bare metal, many believe that hiring administrators is a necessity. They hire early.',
    'many believe',
    'medium',
  ],
  [
    'Loved languages are more often used in new green-field projects. We saw this at work.',
    'often used in new green-field projects',
    'low',
  ],
  ['Ruby is a better language now than it was then.', 'better language now than it', 'low'],
  // What the author spent on its own servers is no money raised; a round it raised is (held26: OneUptime).
  ['We allocated and invested $150,000 in new servers for the cluster.', '$150,000', 'none'],
  ['Sequoia invested $150,000 in Quillpad last spring.', '$150,000', 'medium'],
  // A class of workloads, not the product ranked (held26: Kubernetes).
  [
    'The next release makes it easier to build and run the most demanding container-based applications.',
    'the most demanding container-based applications',
    'none',
  ],
  ['Quillpad is the most demanding test suite on the market.', 'the most demanding test suite', 'medium'],
  // An HTML table with its header in bold cells, a label under it, then prose that reads it (held26: TiKV).
  [
    '<table><tr><td><strong>Keys</strong></td><td><strong>P99 latency for Quillbase</strong></td><td><strong>P99 latency for the client</strong></td></tr>' +
      '<tr><td>10</td><td>31 ms</td><td>33 ms</td></tr><tr><td>100</td><td>58 ms</td><td>267 ms</td></tr></table>\n\nResult analysis:\n\n' +
      'The client had higher latency than Quillbase.',
    'higher latency than Quillbase',
    'none',
  ],
  // A timing the post's code output does not print, a short figure it prints by chance, and a caption that says
  // more than the picture's alt text stay claims (held26: n0, Earthly).
  [
    '```\nhash_many_simd 1024 bytes, 1048576 blobs: 547.307667ms\n```\n\nWe went from 1.282111833s to 547.307667ms, a factor of 2.34.',
    '1.282111833s',
    'medium',
  ],
  ['```\nsleep(120)\n```\n\nQuillpad cut the p99 latency to 120ms.', '120ms', 'medium'],
  ['![Languages in the list](graph1.svg)\n\nOut of 22 languages in the list, 63% are brown', '63%', 'medium'],
  // Words a lead-in gives to the person it names are a testimonial; the same words unattributed are the post's.
  [
    'According to the Leroy Merlin manager, the true revolution was:\n\n> "Quillpad is the first tool that allowed us to build a use case within hours."',
    'the first tool',
    'low',
  ],
  [
    'The true revolution was:\n\n> "Quillpad is the first tool that allowed us to build a use case within hours."',
    'the first tool',
    'medium',
  ],
  // "if you amortize ..." says how a saving is worked out, not a case supposed; "if you save ..." supposes one (held26:
  // OneUptime's headline saving, a judge's miss).
  [
    "Compared with our previous AWS bill, we're saving over $230,000 per year if you amortize the servers over 5 years.",
    'over $230,000 per year',
    'medium',
  ],
  ['If you save over $230,000 per year, you can hire two more engineers.', 'over $230,000 per year', 'none'],
  // A product named after the verb is ranked by its adoption; a kind of thing after it is not (held26: Earthly, a
  // judges' miss).
  ['The most adopted CI for greenfield apps is GitHub Actions.', 'The most adopted CI', 'medium'],
  [
    'The most adopted CI for greenfield apps is the one your team already knows.',
    'The most adopted CI',
    'none',
  ],
  // A guess stated as one, and the same figure asserted (ferrocache fixture).
  [
    'My hypothesis was that at 45k QPS there was always other traffic on the connection to carry the ACK early.',
    '45k QPS',
    'none',
  ],
  [
    'At 45k QPS there was always other traffic on the connection to carry the ACK early.',
    '45k QPS',
    'medium',
  ],
  // The rate a run was driven at, and the client the author ran, beside the author's chart.
  ['Then I ran the same client at 45k QPS from the same host.', '45k QPS', 'none'],
  [
    'I re-ran my load client for ten minutes. Then I ran the same client, and only 0.04% of requests went over 5ms.\n\n![](chart.png)',
    'only 0.04%',
    'none',
  ],
  [
    'We onboarded a new customer. Then the same client saw only 0.04% of requests go over 5ms.\n\n![](chart.png)',
    'only 0.04%',
    'medium',
  ],
  // Where this stop's rules stop (its review): a production rate, memory a program uses after a change, a quote led
  // in by no one, "That is" with no comma, a printout with thousands separators, a method named in lower case.
  ['Our production API runs at 45k QPS across three regions.', '45k QPS', 'medium'],
  [
    'Since the team has migrated the parser to Rust, the service now uses 40% less memory than the Go version.',
    '40% less',
    'high',
  ],
  [
    'As I said in the intro, here is the short version:\n\n> Quillbase cuts query latency by 70% for every customer.',
    '70%',
    'high',
  ],
  [
    'I re-ran my load client on the old build and saw 1.9% of requests over 5ms. That is 3x more than before.\n\n![](chart.png)',
    '3x more',
    'high',
  ],
  ['```\n{"total_ms": 18865, "calls": 2000}\n```\n\nThe whole run took 18,865 ms.', '18,865 ms', 'none'],
  [
    'with some care, we can count the invalidations that loading each package triggers:\n\n' +
      '| Package | Invalidations |\n| --- | --- |\n| Plots | 3156 |\n| Frames | 4126 |',
    '3156',
    'medium',
  ],
  // A rate a test ran with; a rate a product sustains stays a claim.
  ['I had run many experiments with 40k QPS against the service.', '40k QPS', 'none'],
  ['Quillpad sustains 40k QPS on one node.', '40k QPS', 'medium'],
  // A deduction the author then tests; the same comparison asserted stays.
  [
    'The store lives in the same cluster, so it should be a smaller network hop than the one between the client and us.',
    'smaller network hop than the one',
    'none',
  ],
  [
    'The store lives in the same cluster, and it is a smaller network hop than the one between the client and us.',
    'smaller network hop than the one',
    'low',
  ],
  // held27: a machine counted in a setup list or a sponsor's thanks; the same multiplier as a speed-up stays.
  ['Test machine:\n\n- 2x Intel Xeon Platinum 8470, 52C/104T, 105M Cache (350W)', '2x', 'none'],
  ['Hot Aisle sponsored this benchmark by providing access to 8x MI300x hardware.', '8x', 'none'],
  ['Quillpad is 2x faster on an Intel Xeon Platinum 8470.', '2x faster', 'medium'],
  // A result between two of the benchmark's charts is what they show; beside one chart, with no first person, the
  // post's tables decide.
  [
    `${SETUP_WITH_TABLE}![](requests.png)\n\nThe 8xH100 node processes 74% more requests per second and halves the time to first token.\n\n![](ttft.png)`,
    '74% more',
    'none',
  ],
  [
    `${SETUP_WITH_TABLE}![](requests.png)\n\nThe 8xH100 node processes 74% more requests per second and halves the time to first token.`,
    '74% more',
    'medium',
  ],
  // A factor multiplied out in words; a world the author pictures; a goal; a conclusion drawn from the runs.
  ['A database with 20 workspaces needs more than 50 (20 multiplied with 2.5x) connections.', '2.5x', 'none'],
  ['A database with 20 workspaces needs 2.5x more connections with Quillpad.', '2.5x more', 'high'],
  ['The main limit to an agent world with millions of apps is database access.', 'millions of apps', 'none'],
  ['We live in a world with millions of apps, and Quillpad runs most of them.', 'millions of apps', 'high'],
  ["Quillpad's goal is simple - To be the best platform to build AI apps.", 'the best platform', 'none'],
  ['Quillpad is the best platform to build AI apps.', 'the best platform', 'medium'],
  [
    `${METHOD}\n\nSo it is fair to say that the random-key table is slower than the sequential-key table.`,
    'slower than the sequential-key table',
    'none',
  ],
  [
    `${METHOD}\n\nThe random-key table is slower than the sequential-key table.`,
    'slower than the sequential-key table',
    'low',
  ],
  [
    `${METHOD}\n\nThese numbers tell us that:\n\n- at low compression, many smaller files is faster than one large one;`,
    'faster than one large one',
    'none',
  ],
  [
    `${METHOD}\n\nAt low compression:\n\n- many smaller files is faster than one large one;`,
    'faster than one large one',
    'low',
  ],
  // ... but not a conclusion about a rival the runs never measured, nor a new clause after an old assumption.
  [
    `${METHOD}\n\nSo it is fair to say that Quillpad is more reliable than Oracle for this workload.`,
    'more reliable than Oracle',
    'medium',
  ],
  [
    'We initially assumed that the migration would hurt, and yet Quillpad is much faster than Lintly.',
    'faster than Lintly',
    'medium',
  ],
  // A claim the author declines to make, and what would have been (held29); the same words asserted stay.
  [
    'I am not going to run a tiny snippet of bytecode in a loop and call it faster than the previous interpreter.',
    'faster than the previous interpreter',
    'none',
  ],
  [
    'We ran the whole suite on both builds and call it faster than the previous interpreter.',
    'faster than the previous interpreter',
    'low',
  ],
  ['The easiest choice would have been to run an in-place upgrade.', 'The easiest choice', 'none'],
  ['Quillpad is the easiest choice for teams that run Postgres.', 'the easiest choice', 'medium'],
  // A world the author pictures is not this one, with its statistics.
  ['In a world where 90% of companies run on the cloud, security matters more than ever.', '90%', 'high'],
  // Research institutes among a product's users find nothing; "6.7 million active servers" counts a product's use.
  [
    'It has been used by Quillpad, several startups and research institutes, generating 40% of all tokens.',
    '40%',
    'medium',
  ],
  ['Research shows that 40% of all tokens are wasted.', '40%', 'high'],
  [
    'People spend 4 billion minutes a day on Quillchat, across 6.7 million active servers.',
    '6.7 million active servers',
    'medium',
  ],
  [
    'People spend 4 billion minutes a day in chat apps, across 6.7 million servers.',
    '6.7 million servers',
    'high',
  ],
  // held28: a ranking the post's own runs give; a figure of speech; the author's own estimate or old assumption as
  // the other side of a comparison; traffic from around the world, a service's own users and a test's sample.
  [
    `${METHOD}\n\nAnd Quillpad now reaches state-of-the-art performance according to our performance benchmarks.`,
    'state-of-the-art',
    'none',
  ],
  [
    `${METHOD}\n\nAnd Quillpad now reaches state-of-the-art performance, according to the vendors.`,
    'state-of-the-art',
    'medium',
  ],
  ['This love drives us to continually meet and surpass expectations.', 'surpass expectations', 'none'],
  ['Quillpad will surpass Lintly in every benchmark.', 'surpass Lintly', 'low'],
  [
    'We were able to finish the rewrite much faster than initially estimated.',
    'faster than initially estimated',
    'none',
  ],
  ['We were able to finish the rewrite much faster than Lintly.', 'faster than Lintly', 'medium'],
  [
    'This is mainly due to our original assumption that model execution would be much slower than the CPU parts.',
    'slower than the CPU parts',
    'none',
  ],
  [
    'This is mainly due to model execution being much slower than the CPU parts.',
    'slower than the CPU parts',
    'medium',
  ],
  [
    'The service handles billions of requests per day from devices all over the world.',
    'billions of requests',
    'none',
  ],
  ['Billions of requests per day are made by devices all over the world.', 'Billions of requests', 'high'],
  [
    'As of today, ~80% of all users that have logged in since January 2024 have 2FA enabled.',
    '~80%',
    'medium',
  ],
  ['As of today, ~80% of all users have 2FA enabled.', '~80%', 'high'],
  [
    'Testing on less data misled us (our testing was a subset of 10 million records).',
    '10 million records',
    'none',
  ],
  ['Last month our platform processed 10 million records.', '10 million records', 'medium'],
  // What developers waste is a statistic about the world, as what they spend is (held28's judges' miss).
  ['Every day developers waste millions of hours waiting for builds to finish.', 'millions of hours', 'high'],
  // ... whatever else the sentence says around the world; a research lab's finding is research (review of held28).
  ['Developers from companies around the world spend 40% of their time on maintenance.', '40%', 'high'],
  ['A research lab at MIT found that 40% of AI-generated code has security bugs.', '40%', 'high'],
  // The idiom is the claim's own words: a figure beside it stays.
  ['Quillpad meets and surpasses expectations: it is 3x faster than Lintly.', '3x faster', 'high'],
  // A multiple of two shares set side by side ("83% versus 38%") is their ratio (held29).
  [
    'Teams on hosted platforms were breached at more than twice the rate of self-hosted ones: 83% versus 38%.',
    'twice the rate',
    'none',
  ],
  [
    'Teams on hosted platforms were breached at more than twice the rate of self-hosted ones.',
    'twice the rate',
    'high',
  ],
  // A comparison beside a chart of the post's runs is what the chart shows; set against a figure from elsewhere ("the
  // average volume seen by Twitter") it is not.
  [
    `${METHOD}\n\n## Results\n\n![](lookups.png)\n\nOn the 70B model, the random-key table is slower than the sequential-key table.`,
    'slower than the sequential-key table',
    'none',
  ],
  [
    `${METHOD}\n\n## Results\n\nOn the 70B model, the random-key table is slower than the sequential-key table.`,
    'slower than the sequential-key table',
    'low',
  ],
  // "As the chart shows", with the chart right there, reads a rival's runs off it too.
  [
    "![Throughput by clients](skerry.png)\n\nAs the chart shows, Quillpad's throughput is higher than Lintly's on the 70B model, by 1.3x at 4 clients.",
    "higher than Lintly's",
    'none',
  ],
  [
    "As the chart shows, Quillpad's throughput is higher than Lintly's on the 70B model, by 1.3x at 4 clients.",
    "higher than Lintly's",
    'medium',
  ],
  // A picture beside a comparison with a rival the runs never measured (a hero image) backs nothing.
  [
    `${METHOD}\n\n## Results\n\n![](throughput.png)\n\nOn the 70B model, the throughput of Quillpad is higher than Lintly.`,
    'higher than Lintly',
    'medium',
  ],
  [
    `${METHOD}\n\n![](logo.png)\n\nQuillpad is more secure than any other database on the market.`,
    'more secure than any other database',
    'medium',
  ],
  [
    `${METHOD}\n\n## Results\n\n![](queue.png)\n\nPostgres will clear the queue at a rate of over 7k messages per second, which is still higher than the average volume seen by Twitter in 2023.`,
    'higher than the average volume',
    'medium',
  ],
];

test.each(EDGES)('%j: "%s" is worth %s', (markdown, text, worth) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text === text);
  expect(claim?.worth).toBe(worth);
});
