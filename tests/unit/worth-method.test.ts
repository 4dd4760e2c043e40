// When an article shows how it measured its own numbers, the figures it derives from them are its own measurements,
// not claims that need a source: a benchmark section, a named load tool or standard suite, and the commands it ran.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const OWN = "the author's own measurement; the method is described";

const worthOf = (markdown: string, text: string) => {
  const claim = analyzeMarkdown(markdown, { file: 'bench.md' }).claims.find((c) => c.text.includes(text));
  expect(claim, `no claim "${text}"`).toBeDefined();
  return claim!;
};

const FORMULA = 'Memory drop: ((812.4 - 701.2) / 812.4) * 100 ≈ 13.7% on the new version.';
const COMMAND = '```\nkv-bench -t set -n 5000000 -d 16\n```';

test('a "Benchmarking" section, a named load tool and its command: a percentage worked out from them is measured', () => {
  const claim = worthOf(
    `# Less memory per key\n\n## Benchmarking\n\nWe filled each node with the kv-benchmark utility:\n\n${COMMAND}\n\n${FORMULA}`,
    '13.7%',
  );
  expect(claim.worth).toBe('none');
  expect(claim.worthReasons).toContain(OWN);
});

test('without the benchmark section and the tool, the same figure is no measurement the article shows', () => {
  const claim = worthOf(
    `# Less memory per key\n\n## Notes\n\nWe filled each node:\n\n${COMMAND}\n\n${FORMULA}`,
    '13.7%',
  );
  expect(claim.worthReasons).not.toContain(OWN);
});

test('a standard suite named ("the TPC-H benchmarks") and an intro that truncates the table\'s 5.6% to "~5%"', () => {
  const markdown = [
    '# A faster columnar reader',
    'For TPC-H, the new reader reduced the global query time by ~5%, which improves user experience.',
    'We tested the performance using the standard TPC-H benchmarks on compressed files:',
    '| Benchmark | Duration | CPU |\n|---|---|---|\n| TPC-H | 5.6% | 9.3% |',
    '```\n./run-bench --suite tpch --scale 100\n```',
  ].join('\n\n');
  const claim = worthOf(markdown, '~5%');
  expect(claim.worthReasons).not.toContain('a statistic about the market or the world');
  expect(claim.worth).toBe('none');
});

test('"In the benchmarks above, ... others only saved 1%": the spread of its own runs, not a result beyond them', () => {
  const markdown = [
    '# A faster columnar reader',
    'We tested the performance using the standard TPC-H benchmarks on compressed files:',
    '| Benchmark | Duration | CPU |\n|---|---|---|\n| TPC-H | 5.6% | 9.3% |',
    '```\n./run-bench --suite tpch --scale 100\n```',
    'The exact queries matter: in the benchmarks above, some queries saved more than 20% CPU and others only saved 1%.',
  ].join('\n\n');
  expect(worthOf(markdown, '1%').worthReasons).not.toContain("a result the article's own tables do not show");
});

test('an "Experiment Setup" section and "the code for experiments can be found at ..." disclose the method', () => {
  const markdown = [
    '# Solving math problems with two agents',
    '## Experiment Setup',
    'We evaluate the model on the hardest problems of a public dataset, and compare the answers by hand.',
    '## Experiment Results',
    'Our method improved accuracy in the algebra category by about 15% over other methods.',
    'The code for experiments can be found at this [repository](https://github.com/corvane/agents).',
  ].join('\n\n');
  const claim = worthOf(markdown, 'about 15%');
  expect(claim.worthReasons).toContain(OWN);
});

test('a benchmark the authors designed, its setup list and a "Benchmark Result" section: the prose reads its table', () => {
  const setup = [
    '## Benchmark Result',
    'To validate the new strategy, we designed a benchmark with a varying number of payload columns:',
    '- Inputs: 1000 vectors, 4096 rows per vector.\n- L2 cache: 80 MiB, L3 cache: 108 MiB.',
    '| Columns | Mode | Total |\n|---|---|---|\n| 64 | Row | 11.6s |\n| 64 | Columnar | 45.9s |',
  ];
  const claim = worthOf(
    [...setup, 'The columnar mode spends 38.1% of its execution time waiting for memory.'].join('\n\n'),
    '38.1%',
  );
  expect(claim.worth).toBe('none');
  expect(claim.worthReasons).toContain(OWN);
  // Without the setup (no designed benchmark, no section, no cache sizes), the same figure asks for a source.
  const bare = worthOf(
    ['## Notes', setup[3], 'The columnar mode spends 38.1% of its execution time waiting for memory.'].join(
      '\n\n',
    ),
    '38.1%',
  );
  expect(bare.worthReasons).not.toContain(OWN);
});

test('"the majority of cycles" is no statistic about the world', () => {
  const claim = worthOf(
    'The columnar approach has a low IPC of 0.82, so the CPU is stalled the majority of cycles.',
    '0.82',
  );
  expect(claim.worthReasons).not.toContain('a statistic about the market or the world');
});

test('"the global sessions variable" is code, not the world', () => {
  const claim = worthOf(
    'In lines 4-6, we load about 135MB of JSON data into the global sessions variable.',
    '135MB',
  );
  expect(claim.worthReasons).not.toContain('a statistic about the market or the world');
  expect(worthOf('Data centres use 1% of global electricity.', '1%').worthReasons).toContain(
    'a statistic about the market or the world',
  );
});

test('"I ran ..." and a benchmark that says the load it fires: the prose that rounds the table is measured', () => {
  const markdown = [
    '# Faster auth',
    '| Metric | Before | After | Change |\n|---|---|---|---|\n| Requests / sec | 7,419 | 8,562 | +15.4% |',
    'Across a handful of changes we got a 15% increase in throughput.',
    'I ran a profile against the proxy. The benchmark fires 2000 requests at the proxy, 20 times over.',
    '```\nrun-bench --requests 2000\n```',
  ].join('\n\n');
  expect(worthOf(markdown, '15%').worthReasons).toContain(OWN);
  expect(
    worthOf(markdown.replace('I ran a profile', 'There is a profile'), '15%').worthReasons,
  ).not.toContain(OWN);
});

// One measured article: a method, a results table of multiples, and the prose under test; a claim's reasons.
const BUILDS_METHOD =
  'We ran every test on one machine with 8 cores and repeated every run five times; the raw output is in our benchmark repository.';
const BUILDS_TABLE = '| Build | Change |\n|---|---|\n| gcc13 | 1.02x slower |\n| gcc14 | 1.09x slower |';
const BEYOND = "a result the article's own tables do not show";
const reasonsBeside = (prose: string, text: string) =>
  analyzeMarkdown(`${BUILDS_METHOD}\n\n${prose}\n\n${BUILDS_TABLE}`, { file: 'b.md' }).claims.find((c) =>
    c.text.startsWith(text),
  )?.worthReasons;

test('a percentage the article\'s own table shows as a multiple ("1.09x slower") is within its measurements', () => {
  expect(reasonsBeside('The gcc14 build is 9% slower.', '9% slower')).not.toContain(BEYOND);
  expect(reasonsBeside('The gcc14 build is 19% slower.', '19% slower')).toContain(BEYOND);
});

test('a level read off a graph ("CPUs sit at about 25%") is no change that a results table would carry', () => {
  expect(reasonsBeside('The new CPUs sit at about 25%.', 'about 25%')).not.toContain(BEYOND);
  expect(reasonsBeside('The new CPUs cut usage by about 25%.', 'about 25%')).toContain(BEYOND);
});

test('a table cell written with thousands separators ("6,700x") is one of the table’s own ratios', () => {
  const markdown = [
    '## Method',
    'We ran fio with 4 KB random reads at queue depth 1 on both drives, three runs each, and kept the median; the raw output is in our benchmark repository.',
    '| Metric | Old HDD | New SSD | Change |\n| --- | --- | --- | --- |\n| Reads per second | 150 | 1,000,000 | 6,700x |\n| Read latency | 8 ms | 80 µs | 100x |',
    'That is a 6,700x improvement in reads per second.',
  ].join('\n\n');
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find(
    (c) => c.text === '6,700x improvement',
  );
  expect(claim?.worthReasons).not.toContain("a result the article's own tables do not show");
});

// A chip vendor's own experiment, said in the passive, with the board's settings and the code it ran.
const CHIP_CODE = '```c\nfor (int i = 0; i < n; i++) dst[i] = src[i];\n```';
const chip = (setup: string, claim: string) =>
  [
    '# Copying memory with the vector unit',
    '## Results',
    `${setup}The test results show that, over 100 repeated rounds of copying 2040 bytes, ${claim}`,
    CHIP_CODE,
  ].join('\n\n');
const CHIP_SETUP =
  'A comparison experiment of memcpy is conducted on the board in this article. The board is configured to run at 360 MHz, with a 128 KB L2 cache. ';

test('an experiment "is conducted" on a board "configured to run at 360 MHz", code shown: its result is measured', () => {
  const claim = worthOf(
    chip(CHIP_SETUP, 'the vector version is 74.3% faster than the standard library memcpy.'),
    '74.3%',
  );
  expect(claim.worth).toBe('none');
  expect(claim.worthReasons).toContain(OWN);
});

test('the same result with no word of how it was run stays a claim', () => {
  const claim = worthOf(
    chip('', 'the vector version is 74.3% faster than the standard library memcpy.'),
    '74.3%',
  );
  expect(claim.worth).not.toBe('none');
});

test('"under the same conditions as the copy experiment, 100 rounds ... have been conducted": no research finding', () => {
  const markdown = chip(
    CHIP_SETUP,
    'the vector version is 74.3% faster.\n\nSubsequently, under the same conditions as the memory copy experiment, 100 rounds of vector addition have been conducted.',
  );
  const rounds = analyzeMarkdown(markdown, { file: 'chip.md' }).claims.find((c) => c.text === '100 rounds');
  expect(rounds?.worthReasons).not.toContain('a research finding');
  expect(rounds?.worth).toBe('none');
});

test('a web team profiling in DevTools on a throttled laptop: "reduced scripting time by 6 seconds" is measured', () => {
  const markdown = [
    '# Making a shift table fast',
    'Displaying the table took several seconds on low-end phones. The flame chart of Chrome DevTools showed most of it in scripting.',
    '```js\nperformance.mark("table:start");\n```',
    'Virtualizing the table alone reduced scripting time by 6 seconds (on a 4x CPU slowdown + Fast 3G throttled laptop).',
  ].join('\n\n');
  const claim = worthOf(markdown, '6 seconds');
  expect(claim.worth).toBe('none');
  expect(claim.worthReasons).toContain(OWN);
});

test('"as a trial" is an attempt, not a study: the figure after it is no research finding', () => {
  const markdown =
    '# Workers\n\nDespite the little logic they moved as a trial, the team saw around 100 ms of script leave the main thread.';
  expect(worthOf(markdown, '100 ms').worthReasons).not.toContain('a research finding');
  const study =
    '# Workers\n\nIn a trial of 40 sites, the team saw around 100 ms of script leave the main thread.';
  expect(worthOf(study, '100 ms').worthReasons).toContain('a research finding');
});

test('"for 100,000 messages received" under the command that sent `100000`: the run\'s argument, not a usage figure', () => {
  const run = (code: string) =>
    [
      '# Profiling the client',
      '## The subscriber',
      `\`\`\`\n${code}\n\`\`\``,
      'When it finishes, it writes a profile, which I load in a viewer.',
      'We see that for 100,000 messages received, we lock the connection twice per message.',
    ].join('\n\n');
  const worth = (code: string) =>
    analyzeMarkdown(run(code), { file: 'p.md' }).claims.find((c) => c.text === '100,000 messages');
  expect(worth('build/publisher foo test 100000')?.worthReasons).toContain(
    'a count the code shown above sets (an argument of the run)',
  );
  expect(worth('build/publisher foo test 100_000')?.worth).toBe('none');
  // Another figure in the code, or the figure inside a longer one, sets nothing.
  for (const code of ['build/publisher foo test 50000', 'build/publisher foo test 1000000', 'v100000.2'])
    expect(worth(code)?.worthReasons).not.toContain(
      'a count the code shown above sets (an argument of the run)',
    );
});

test('"Here\'s some napkin math": the figures worked through below it are the example, not estimates to source', () => {
  const markdown = (opener: string) =>
    [
      '# Why we left the queue service',
      `These services solve the problem, but are too expensive for us. ${opener}`,
      'Worker invocations are charged per million requests, so we pay around 40 cents per million.',
      'So for 1 million API requests, we would be paying $0.40 for the invocations and $1.20 for the queue, for a total of $1.60.',
    ].join('\n\n');
  const total = (opener: string) =>
    analyzeMarkdown(markdown(opener), { file: 'n.md' }).claims.find((c) => c.text === '$1.60');
  expect(total("Here's some napkin math to illustrate my point:")?.worth).toBe('none');
  expect(total('Here is why:')?.worth).not.toBe('none');
});
