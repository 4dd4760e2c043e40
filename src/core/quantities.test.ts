import { describe, expect, test } from 'vitest';
import { scanQuantities } from './quantities';
import { expectNoQuantity, expectOneQuantity, type ExpectedQuantity } from '../../tests/helpers/quantities';

type Expected = ExpectedQuantity;

// One quantity per phrase: what a reader would highlight and its normalised value.
const CLAIMS: [string, Expected][] = [
  ['the new cache halves the p99 latency', { kind: 'multiplier', text: 'halves', value: 0.5 }],
  [
    'we saw the conversion rate multiplied by 3',
    { kind: 'multiplier', text: 'multiplied by 3', value: 3, unit: 'x' },
  ],
  [
    'the overall performance increased by eight times',
    { kind: 'multiplier', text: 'increased by eight times', value: 8, unit: 'x' },
  ],
  // the sign first: "x10 faster", "by a factor of x10"
  [
    'build apps more visually, up to x10 faster',
    { kind: 'multiplier', text: 'up to x10 faster', value: 10, unit: 'x', hedge: 'up to' },
  ],
  ['grown downloads by a factor of x10', { kind: 'multiplier', text: 'x10', value: 10, unit: 'x' }],
  ['it is ×3 cheaper to run', { kind: 'multiplier', text: '×3 cheaper', value: 3, unit: 'x' }],
  // percentages
  ['emissions rose by 3% last quarter', { kind: 'percentage', text: '3%', value: 3, unit: '%' }],
  [
    'an availability of 99.95% across regions',
    { kind: 'percentage', text: '99.95%', value: 99.95, unit: '%' },
  ],
  [
    'roughly 60 percent of buyers',
    { kind: 'percentage', text: 'roughly 60 percent', value: 60, hedge: 'roughly' },
  ],
  ['some 12 per cent of traffic', { kind: 'percentage', text: 'some 12 per cent', value: 12, hedge: 'some' }],
  ['a 45% drop in cost', { kind: 'percentage', text: '45% drop', value: 45, unit: '%' }],
  ['churn fell -4% year on year', { kind: 'percentage', text: '-4%', value: -4 }],
  [
    'margins grew 2 percentage points',
    { kind: 'percentage', text: '2 percentage points', value: 2, unit: 'pp' },
  ],
  // counts
  ['trusted by 12,500 customers', { kind: 'number', text: '12,500 customers', value: 12500 }],
  ['we published 231 posts', { kind: 'number', text: '231 posts', value: 231 }],
  ['serving 3.4 million riders', { kind: 'number', text: '3.4 million riders', value: 3400000 }],
  ['over 1.5M downloads', { kind: 'number', text: 'over 1.5M downloads', value: 1500000, hedge: 'over' }],
  ['more than 20k teams', { kind: 'number', text: 'more than 20k teams', value: 20000, hedge: 'more than' }],
  ['a 70B parameter model', { kind: 'number', text: '70B', value: 70e9 }],
  ['5,000+ engineers', { kind: 'number', text: '5,000+', value: 5000, hedge: '+' }],
  ['already 1900 users signed up', { kind: 'number', text: '1900 users', value: 1900 }],
  ['twelve million rows a day', { kind: 'number', text: 'twelve million rows a day', value: 12e6 }],
  ['half a million installs', { kind: 'number', text: 'half a million installs', value: 5e5 }],
  ['stores 40 TB of logs', { kind: 'number', text: '40 TB', value: 40, unit: 'TB' }],
  ['links at 100Gbps', { kind: 'number', text: '100Gbps', value: 100, unit: 'Gbps' }],
  // money
  [
    'raised $4.2 million in seed funding',
    { kind: 'money', text: '$4.2 million', value: 4200000, unit: 'USD' },
  ],
  ['a €7B market', { kind: 'money', text: '€7B', value: 7e9, unit: 'EUR' }],
  ['salaries from £65k', { kind: 'money', text: '£65k', value: 65000, unit: 'GBP' }],
  ['saved $300m a year', { kind: 'money', text: '$300m', value: 300e6, unit: 'USD' }],
  ['costs 250 USD per seat', { kind: 'money', text: '250 USD per seat', value: 250, unit: 'USD' }],
  ['priced at $19/month', { kind: 'money', text: '$19/month', value: 19, unit: 'USD' }],
  [
    'up to US$2bn in savings',
    { kind: 'money', text: 'up to US$2bn', value: 2e9, unit: 'USD', hedge: 'up to' },
  ],
  // multipliers
  ['builds run 4x faster', { kind: 'multiplier', text: '4x faster', value: 4, unit: 'x' }],
  ['a 30x improvement', { kind: 'multiplier', text: '30x improvement', value: 30, unit: 'x' }],
  ['indexes 7× more pages', { kind: 'multiplier', text: '7× more', value: 7, unit: 'x' }],
  ['a 1.5X gain', { kind: 'multiplier', text: '1.5X gain', value: 1.5 }],
  ['the 2000X speedup on cold reads', { kind: 'multiplier', text: '2000X speedup', value: 2000 }],
  ['a threefold rise', { kind: 'multiplier', text: 'threefold', value: 3, unit: 'x' }],
  ['a 10-fold jump', { kind: 'multiplier', text: '10-fold', value: 10, unit: 'x' }],
  ['five times cheaper', { kind: 'multiplier', text: 'five times cheaper', value: 5 }],
  ['8 times faster than before', { kind: 'multiplier', text: '8 times faster', value: 8 }],
  ['twice as fast as v1', { kind: 'multiplier', text: 'twice as fast', value: 2 }],
  [
    'its ingest rate per core is six times that of Fluentd',
    { kind: 'multiplier', text: 'six times that of', value: 6 },
  ],
  ['its hit rate is 2.5 times that of the LRU cache', { kind: 'multiplier', text: '2.5 times', value: 2.5 }],
  ['at least 2x more', { kind: 'multiplier', text: 'at least 2x more', value: 2, hedge: 'at least' }],
  ['builds run 3x-5x faster', { kind: 'range', text: '3x-5x' }],
  // durations
  ['p99 under 80ms', { kind: 'duration', text: 'under 80ms', value: 80, unit: 'ms', hedge: 'under' }],
  ['responses in <15 ms', { kind: 'duration', text: '<15 ms', value: 15, unit: 'ms', hedge: '<' }],
  ['build time now -> 20min', { kind: 'duration', text: '20min', value: 20, unit: 'min' }],
  ['Map | $405.7%$ | faster', { kind: 'percentage', text: '405.7%', value: 405.7, unit: '%' }],
  ['with $r = 0.8$ for HumanEval', { kind: 'number', text: '0.8', value: 0.8 }],
  ['cold starts of ~300ms', { kind: 'duration', text: '~300ms', value: 300, hedge: '~' }],
  // A round number made plural counts things; "100s of CPU time" is still seconds.
  ['fan out to 1000s of cloud functions', { kind: 'number', text: '1000s', value: 1000 }],
  ['it took 100s of CPU time', { kind: 'duration', text: '100s', value: 100, unit: 's' }],
  [
    'sub-second queries',
    { kind: 'duration', text: 'sub-second', value: 1, unit: 's', hedge: '<', vague: true },
  ],
  ['sub-ms reads', { kind: 'duration', text: 'sub-ms', unit: 'ms', vague: true }],
  ['sub-20ms p95', { kind: 'duration', text: 'sub-20ms', value: 20, unit: 'ms', hedge: '<' }],
  ['deploys finish in 4.5 seconds', { kind: 'duration', text: '4.5 seconds', value: 4.5, unit: 's' }],
  ['set up within 10 minutes', { kind: 'duration', text: '10 minutes', value: 10, unit: 'min' }],
  ['a 90s timeout', { kind: 'duration', text: '90s', value: 90, unit: 's' }],
  ['a 5-minute setup', { kind: 'duration', text: '5-minute', value: 5, unit: 'min' }],
  ['tail latency of 200 µs', { kind: 'duration', text: '200 µs', value: 200, unit: 'us' }],
  // a duration in two or three units is one figure, in its first unit
  ['indexing finished in 3h27m.', { kind: 'duration', text: '3h27m', value: 3.45, unit: 'h' }],
  ['the job ran 1h 20m 30s', { kind: 'duration', text: '1h 20m 30s', value: 1.3417, unit: 'h' }],
  ['a cold build of 5min30s', { kind: 'duration', text: '5min30s', value: 5.5, unit: 'min' }],
  [
    'the Python version takes 21 minutes, 52 seconds',
    { kind: 'duration', text: '21 minutes, 52 seconds', value: 21.867, unit: 'min' },
  ],
  [
    'popular for 20+ years, yet',
    { kind: 'duration', text: '20+ years', value: 20, unit: 'year', hedge: '+' },
  ],
  [
    'done in 2 hours and 5 minutes',
    { kind: 'duration', text: '2 hours and 5 minutes', value: 2.083, unit: 'h' },
  ],
  // ranges
  ['savings of 15–25%', { kind: 'range', text: '15–25%', value: 15, max: 25, unit: '%' }],
  ['savings of 15-25%', { kind: 'range', text: '15-25%', value: 15, max: 25, unit: '%' }],
  [
    'between 3 and 8 ms of overhead',
    { kind: 'range', text: 'between 3 and 8 ms', value: 3, max: 8, unit: 'ms' },
  ],
  [
    'between 2 and 4 percent',
    { kind: 'range', text: 'between 2 and 4 percent', value: 2, max: 4, unit: '%' },
  ],
  ['a $2M–$5M budget', { kind: 'range', text: '$2M–$5M', value: 2e6, max: 5e6, unit: 'USD' }],
  ['$3-6 million', { kind: 'range', text: '$3-6 million', value: 3e6, max: 6e6, unit: 'USD' }],
  ['2 to 3 weeks of work', { kind: 'range', text: '2 to 3 weeks', value: 2, max: 3, unit: 'week' }],
  ['teams of 5-9 people', { kind: 'range', text: '5-9 people', value: 5, max: 9 }],
  // a tilde touching both numbers is a range, not a hedge on the second
  ['throughput up 50~100x', { kind: 'range', text: '50~100x', value: 50, max: 100 }],
  // hedges in words
  ['up to 35% less power', { kind: 'percentage', text: 'up to 35% less', value: 35, hedge: 'up to' }],
  ['almost half of respondents', { kind: 'percentage', text: 'almost half', value: 50, hedge: 'almost' }],
  [
    'more than a third of sites',
    { kind: 'percentage', text: 'more than a third', value: 33.33, hedge: 'more than' },
  ],
  ['two in five admins', { kind: 'percentage', text: 'two in five', value: 40, unit: '%' }],
  ['1 in 4 startups', { kind: 'percentage', text: '1 in 4', value: 25 }],
  ['8 out of 10 dentists', { kind: 'percentage', text: '8 out of 10', value: 80 }],
  // a rating is read whole, never from its decimals ("2 out of 5")
  ['a satisfaction rating of 4.2 out of 5', { kind: 'percentage', text: '4.2 out of 5', value: 84 }],
  ['one in every ten clicks', { kind: 'percentage', text: 'one in every ten', value: 10 }],
  ['a quarter of budgets', { kind: 'percentage', text: 'a quarter', value: 25 }],
  ['two-thirds of CIOs', { kind: 'percentage', text: 'two-thirds', value: 66.67 }],
  ['half of all banks', { kind: 'percentage', text: 'half', value: 50 }],
  ['nearly 9,000 stores', { kind: 'number', text: 'nearly 9,000 stores', value: 9000, hedge: 'nearly' }],
  ['approximately 70% of nodes', { kind: 'percentage', text: 'approximately 70%', hedge: 'approximately' }],
  ['≥99.9% uptime', { kind: 'percentage', text: '≥99.9%', value: 99.9, hedge: '≥' }],
  // vague magnitudes
  ['used by millions of people', { kind: 'number', text: 'millions of people', vague: true }],
  ['worth billions of dollars', { kind: 'money', text: 'billions of dollars', vague: true, unit: 'USD' }],
  ['thousands of developers', { kind: 'number', text: 'thousands of developers', vague: true }],
  [
    'hundreds of millions of devices',
    { kind: 'number', text: 'hundreds of millions of devices', vague: true },
  ],
  ['dozens of integrations', { kind: 'number', text: 'dozens of integrations', vague: true }],
  [
    'declines thousands of legitimate transactions',
    { kind: 'number', text: 'thousands of legitimate transactions', vague: true },
  ],
  [
    'absorbs millions of rooftop solar panels',
    { kind: 'number', text: 'millions of rooftop solar panels', vague: true },
  ],
  [
    'thousands of new, unique secrets a day',
    { kind: 'number', text: 'thousands of new, unique secrets', vague: true },
  ],
  // scale words in a title-case headline
  ['Raises $85 Million Series C', { kind: 'money', text: '$85 Million', value: 85e6, unit: 'USD' }],
  // what a count counts, and how often
  ['offices in 38 countries', { kind: 'number', text: '38 countries', value: 38 }],
  [
    'handles 1.2 million events per second',
    { kind: 'number', text: '1.2 million events per second', value: 1.2e6 },
  ],
  [
    'serves 40 billion flag evaluations a month',
    { kind: 'number', text: '40 billion flag evaluations a month', value: 4e10 },
  ],
  // durations in words: only when hedged or compared
  [
    'changes propagate in about two seconds',
    { kind: 'duration', text: 'about two seconds', value: 2, unit: 's', hedge: 'about' },
  ],
  [
    'lookups finish in under a millisecond',
    { kind: 'duration', text: 'under a millisecond', value: 1, unit: 'ms', hedge: 'under' },
  ],
  ['close the books four days faster', { kind: 'duration', text: 'four days faster', value: 4, unit: 'day' }],
  // ... or an average
  [
    'customers see a return within four months on average',
    { kind: 'duration', text: 'four months on average', value: 4, unit: 'month' },
  ],
  ['builds are 30 ms faster', { kind: 'duration', text: '30 ms faster', value: 30, unit: 'ms' }],
  // ratios with "times"
  ['slow one time in a hundred', { kind: 'percentage', text: 'one time in a hundred', value: 1 }],
];

// Digits that assert nothing.
const NOT_CLAIMS: [string, string][] = [
  ['all of the above third-party scripts run first', 'a hyphenated word, not a fraction'],
  ['over half-baked plans', 'a hyphenated word, not a fraction'],
  ['each weight is multiplied by two before the sum', 'arithmetic on a value, no metric'],
  ['For each of these two halves of the execution, there are two phases', 'halves, the noun'],
  ['it runs on x86 hosts', 'an architecture, not a multiplier'],
  ['the crate builds on x64 and arm64', 'an architecture, not a multiplier'],
  ['sprint x2 starts now', 'a name with a digit'],
  ['founded in 2014', 'a year'],
  ['(Lee and Park, 2021)', 'an author-year citation'],
  ['the 2023 survey', 'a year before a noun'],
  ['in 2019-2022', 'a year range'],
  ['in 2019–20', 'a short year range'],
  ['on 2024-03-18', 'an ISO date'],
  ['on 03/18/2024', 'a slash date'],
  ['on March 18, 2024', 'a month date'],
  ['on 18 March', 'a day-month date'],
  ['since January 2020', 'month and year'],
  ['the 1980s', 'a decade'],
  ['Python 3.11 adds this', 'a version'],
  ['requires Node 18', 'a runtime version'],
  ['move to v3', 'v-version'],
  ['uses ES2020 modules', 'an ES edition'],
  ['speaks HTTP/3', 'a protocol version'],
  ['built on GPT-4o', 'a model name'],
  ['create table t as (select rnd_int() i from row_source(5000000))', "a function call's argument"],
  ['the 2-channel 7800X is quicker on one core', 'a processor model'],
  ['benchmarked on an AMD Ryzen 9 6900X last week', 'a processor model'],
  ['load Mistral-7B-Instruct', 'a size inside a model name'],
  ['Llama-3-70B checkpoints', 'a hyphenated model name'],
  ['version 4.2 is out', 'a version word'],
  ['release 1.0.3', 'a dotted version'],
  ['were addressed in the 2.0 version that shipped', 'a release named by the word after it'],
  ['the early feedback from 2.0 users is good', "a major release's users"],
  ['Ubuntu 22.04 images', 'an OS version'],
  ['Gemini 1.5 handles it', 'a capitalised name with a decimal'],
  ['see Section 4.1', 'a section number'],
  ['Step 3: deploy', 'a step number'],
  ['issues blocks to DRAM bank 0', 'a memory bank index'],
  ['GPU 0 ran out of memory', 'a device index'],
  ['pinned to core 3', 'a core index'],
  ['in Chapter 7', 'a chapter number'],
  ['Table 2 lists', 'a table number'],
  ['on page 14', 'a page number'],
  ['(pp. 10-12)', 'a page range'],
  ['ISO 27001 certified', 'a standard'],
  ['SOC 2 report', 'a compliance name'],
  ['1. Open the console', 'list numbering'],
  ['2) Click save', 'list numbering with a paren'],
  ['One easy way is to 1) Synchronize the counts; 2) Calculate the loss', 'steps numbered inside a sentence'],
  ['the 1st run', 'an ordinal'],
  ['our 3rd office', 'an ordinal'],
  ['call +1 415 555 0100', 'a phone number'],
  ['call (415) 555-0100', 'a US phone number'],
  ['meet at 9:30', 'a time'],
  ['opens at 10am', 'a time with am'],
  ['by 5 p.m. today', 'a time with p.m.'],
  ['at 3 o’clock', 'o’clock'],
  ['rent H200 GPUs', 'a product code'],
  ['an S3 bucket', 'a service name'],
  ['over IPv6', 'a protocol'],
  ['5G coverage', 'a network generation'],
  ['MP4 exports', 'a format'],
  ['3D scans', 'a dimension'],
  ['24/7 support', 'an availability phrase'],
  ['24x7 on-call', 'an availability phrase'],
  ['4K screens', 'a resolution'],
  ['an 8-core CPU', 'a hyphenated spec'],
  ['a 5-star review', 'a rating'],
  ['see https://example.org/a/2024/42', 'a URL'],
  ['docs at acme.io/v2/guide', 'a bare URL'],
  ['mail ops2@acme.io', 'an e-mail address'],
  ['as shown[3] before', 'a footnote marker'],
  ['as shown [12, 14]', 'a footnote list'],
  ['a claim (2) here', 'an enumerator'],
  ['issue #482 fixed', 'an issue number'],
  ['at 192.168.0.1', 'an IP address'],
  ['in C++17', 'a language standard'],
  ['set retries=3 in the config', 'an assignment: code in prose'],
  ['the server listens on port 5432', 'a port number'],
  ['<img src=x onerror=window.__pwned=1> as text', 'markup shown as text'],
  ['a 16:9 display', 'a ratio'],
  ['Find all x that satisfy (2x+10)(x+3) < (3x+9)(x+8).', 'algebra'],
  ['0x1F flag', 'a hex literal'],
  ['1920x1080 output', 'a resolution'],
  ['Product · 6 min read', 'a reading time'],
  ['posted 3 days ago', 'a relative date'],
  ['a free 30-day trial', 'a term, not a measurement'],
  ['a 12-month contract', 'a term, not a measurement'],
  ['100 Montgomery Street, Suite 1200', 'a street address'],
  ['San Francisco, CA 94104', 'a ZIP code'],
  ['Science 367(6481), 2020', 'a journal volume and issue'],
  ['red shoes size 9', 'a size'],
  ['Meet Lumora DB 4 today', 'a product number after an acronym'],
  ['integrations with Microsoft Dynamics 365', 'a number inside a product name'],
  ['the Fortune 500 list', 'a list name'],
  ['measured over three years', 'a time span in words, not a bound'],
  ['within two weeks of launch', 'a bare time span in words'],
  ['about two years ago', 'a relative date in words'],
];

describe('scanQuantities finds', () => {
  test.each(CLAIMS)('%s', expectOneQuantity);
});

describe('scanQuantities ignores', () => {
  test.each(NOT_CLAIMS)('%s (%s)', (text) => expectNoQuantity(text));
});

describe('scanQuantities in context', () => {
  test('"from X to Y" is two claims, not a range', () => {
    const text = 'error rates fell from 12% to 3%';
    expect(scanQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end)])).toEqual([
      ['percentage', '12%'],
      ['percentage', '3%'],
    ]);
  });

  test('a year does not run into an amount: "in 2016 to $203 billion" is the year, then the amount', () => {
    const text = 'revenues will grow from $130 billion in 2016 to $203 billion in 2020';
    expect(scanQuantities(text).map((q) => [q.kind, text.slice(q.start, q.end)])).toEqual([
      ['money', '$130 billion'],
      ['money', '$203 billion'],
    ]);
    expect(scanQuantities('priced at $5 to $9 per seat').map((q) => q.kind)).toEqual(['range']);
  });

  test('a heading numbers its sections; prose does not', () => {
    expect(scanQuantities('4.2 Latency results', { heading: true })).toEqual([]);
    expect(scanQuantities('4.2 million requests')).toHaveLength(1);
  });

  test('every quantity is inside the text, in order, without overlaps', () => {
    const text =
      'In 2022 we had 40 staff; by 2024, 1,200 staff served 3 in 10 banks, cut costs 20–30% and hit <50ms (v2.1, p. 3).';
    const found = scanQuantities(text);
    expect(found.map((q) => text.slice(q.start, q.end))).toEqual([
      '40',
      '1,200',
      '3 in 10',
      '20–30%',
      '<50ms',
    ]);
    for (let k = 1; k < found.length; k++) expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
  });

  test.each([[''], ['%%%'], ['$'], ['1'.repeat(5000)], ['., -- ×× $$ €€'], ['\u0000\uFFFF\uD800']])(
    'does not throw on odd input %#',
    (text) => {
      expect(() => scanQuantities(text)).not.toThrow();
    },
  );
});

describe('scanQuantities stays linear', () => {
  // Pathological shapes for backtracking: long digit/comma runs, long hedge chains, long separator runs.
  test.each([
    ['digit-comma runs', '1,'.repeat(50_000)],
    ['hedge chains', 'up to over nearly '.repeat(20_000)],
    ['separators', '5 - '.repeat(50_000)],
    ['words', 'thousands of '.repeat(30_000)],
    ['dots', '1.'.repeat(50_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    scanQuantities(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

test('"raised 2 times" without "by" counts occasions, not a multiple', () => {
  expect(scanQuantities('the price was raised 2 times this year').map((q) => q.kind)).not.toContain(
    'multiplier',
  );
});

test('a duration takes in only smaller units with at most two digits as its parts', () => {
  const spans = (text: string) => scanQuantities(text).map((q) => text.slice(q.start, q.end));
  expect(spans('it took 2h 30 minutes')).toEqual(['2h 30 minutes']);
  expect(spans('after 5 seconds, 3 minutes later')).toEqual(['5 seconds', '3 minutes']);
  // A part in words ends the figure: "3 hours, 5 minutes later" and "1 hour, 30 minutes and 5 minutes" are lists.
  expect(spans('we waited 3 hours, 5 minutes later it crashed')).toEqual(['3 hours', '5 minutes']);
  expect(spans('TTLs of 1 hour, 30 minutes and 5 minutes')).toEqual(['1 hour', '30 minutes', '5 minutes']);
  expect(spans('runs of 3s 2s each')).toEqual(['3s', '2s']);
  expect(spans('after 1h 120m')).toEqual(['1h']);
});
