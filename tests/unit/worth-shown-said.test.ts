// What a careful reader lets go because the post shows it or says whose it is, through the whole engine: a time the
// post's own program output prints in another unit, a figure under the chart of its measure, a list read off the
// figure below it, a parts list's total, a scale's thresholds, quoted speech with its speaker; and the words that only
// look like claims (a survey product, a program's first cohort, "99.99% of the time", "about half a day"). Each case
// beside one that must stay a claim. (Written after the fifth blind set, held31.)
import { describe, expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const claimOf = (markdown: string, text: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text === text);

const OUTPUT =
  'We restored a dump of 10000 documents and ran the benchmark:\n\n```text\n' +
  'BenchmarkLookup/Indexed-8     10     101285307 ns/op\nBenchmarkLookup/Scan-8         1    5216650215 ns/op\n```\n\n';

describe('a time the post’s own program output prints', () => {
  test.each([
    ['around 101 ms', 'The indexed lookups took around 101 ms, against 5217 ms for the scan.'],
    ['5217 ms', 'The indexed lookups took around 101 ms, against 5217 ms for the scan.'],
  ])('"%s" is the printed ns/op, rounded into ms', (text, prose) => {
    const claim = claimOf(OUTPUT + prose, text);
    expect(claim?.worth).toBe('none');
    expect(claim?.worthReasons).toEqual(["what the post's own program output prints"]);
  });

  test('a time the output does not print stays a claim', () => {
    const claim = claimOf(OUTPUT + 'The indexed lookups took around 140 ms.', 'around 140 ms');
    expect(claim?.worthReasons).not.toContain("what the post's own program output prints");
  });
});

describe('a method told by its load and its settings', () => {
  const result = 'The batched mode finished with a 31% lower write time than the direct mode.';
  test('the input data and the configured job, beside "we evaluate", describe the method', () => {
    const claim = claimOf(
      'We evaluate both modes by bulk-inserting a large dataset on a Spark cluster. The input data is around 100GB. ' +
        'We configure the write job to produce many small files.\n\n' +
        result,
      '31% lower',
    );
    expect(claim?.worth).toBe('none');
    expect(claim?.worthReasons).toEqual(["the author's own measurement; the method is described"]);
  });

  test('"we evaluate" alone does not', () => {
    const claim = claimOf('We evaluate both modes on a Spark cluster.\n\n' + result, '31% lower');
    expect(claim?.worth).not.toBe('none');
  });
});

describe('a figure under the chart of its measure', () => {
  const page = (alt: string) =>
    '## Moving off MySQL\n\nWe migrated from MySQL last spring. After the move:\n\n' +
    `- Both point reads and range reads took only 20-30 milliseconds.\n\n  ![${alt}](tp99.png)\n`;
  test('a percentile latency chart shows the reads’ milliseconds, whatever rival the heading names', () => {
    const claim = claimOf(page('TP99 read latency'), 'only 20-30 milliseconds');
    expect(claim?.worth).toBe('none');
    expect(claim?.worthReasons).toEqual(["the author's own measurement, shown in the picture beside it"]);
  });

  test('a picture that names no measure shows nothing of it', () => {
    const claim = claimOf(page('Our team at the offsite'), 'only 20-30 milliseconds');
    expect(claim?.worth).not.toBe('none');
  });
});

test('a chart in an Eleventy image tag stands beside the paragraph over it', () => {
  const markdown =
    'The charts below show data from an experiment that added a delay before each ad response.\n\n' +
    'With 1 s of added delay, page views dropped by 1.4% on phones:\n\n' +
    '{% Img src="image/a.svg", alt="Chart showing delay added vs. page views change", width="800" %}\n';
  const claim = claimOf(markdown, '1.4%');
  expect(claim?.worth).toBe('none');
  expect(claimOf(markdown.replace(/\{%.*%\}\n/, ''), '1.4%')?.worth).not.toBe('none');
});

test('a list that says it is read off the figure below it: its comparisons too', () => {
  const markdown =
    '- Our costs fell.\n\n  The following figure shows that in the 24th month:\n\n' +
    '  - Postgres will use 512 CPU cores while Quillbase will use only 224, less than half of Postgres.\n\n' +
    '  ![Postgres cores vs. Quillbase cores](cores.png)\n';
  expect(claimOf(markdown, 'only 224')?.worth).toBe('none');
  expect(claimOf(markdown, 'less than half')?.worth).toBe('none');
});

test('the total of a list of linked parts is the author’s own spend', () => {
  const parts = [
    '| Part | Item |',
    '|---|---|',
    '| CPU | [Ryzen 7 1700](https://shop.example/cpu) |',
    '| Disk | [EVO 250GB](https://shop.example/disk) |',
    '| Memory | [32GB kit](https://shop.example/ram) |',
    '| Case | [Micro ATX case](https://shop.example/case) |',
    '| **Total Cost** | **$823.55** |',
  ].join('\n');
  expect(claimOf(parts, '$823.55')?.worth).toBe('none');
  // A table whose rows give figures of their own is a results table.
  const results = parts.replace('| CPU | [Ryzen 7 1700](https://shop.example/cpu) |', '| CPU | 41% faster |');
  const withFigures = results.replace(
    '| Disk | [EVO 250GB](https://shop.example/disk) |',
    '| Disk | 12 ms |',
  );
  expect(claimOf(withFigures, '$823.55')?.worth).not.toBe('none');
});

describe('settings, aims and quotations', () => {
  test.each([
    ['Anything above 40% is considered a good fit, 60% is great.', 'above 40%'],
    ['Anything above 40% is considered a good fit, 60% is great.', '60%'],
    ["But Quillbase's main goal is to be sub-second queries, which is fine for logs.", 'sub-second'],
  ])('%s: "%s" is let go', (markdown, text) => {
    expect(claimOf(markdown, text)?.worth).toBe('none');
  });

  test('a quotation whose speaker the page names is theirs to weigh; an unnamed one stays a low claim', () => {
    const named = claimOf(
      'Dana runs the platform team. "Now, about 90% of our builds take five minutes, which is brilliant," she told us.',
      'about 90%',
    );
    expect(named?.worthReasons).toEqual(['quoted speech, with who said it']);
    const before = claimOf(
      '"Our old system was slow," Dana said. "We had 30- to 40-minute build times back then."',
      '40-minute',
    );
    expect(before?.worth).toBe('none');
    const unnamed = claimOf(
      '“We moved 1,400 functions in a weekend and our on-call pages dropped by 70%.” A Fortune 500 retailer',
      '70%',
    );
    expect(unnamed?.worth).toBe('low');
    expect(unnamed?.worthReasons).toContain('quoted speech');
  });

  test('a founder quoted comparing with a rival still compares', () => {
    const claim = claimOf(
      'Quillbase is young. "On indexing, Quillbase is twice as fast as Elasticsearch," Paul told us.',
      'twice as fast',
    );
    expect(claim?.worth).not.toBe('none');
  });
});

describe('words that only look like claims', () => {
  test('a survey product is no research, and the audience of one’s own survey is its method', () => {
    const markdown =
      'It is not the best idea to enter a market with 100s of survey tools. ' +
      'Peer decided to send a survey to the 12k most active users of the app.';
    expect(claimOf(markdown, '100s')?.worthReasons).not.toContain('a research finding');
    expect(claimOf(markdown, '12k')?.worth).toBe('none');
    expect(claimOf(markdown, 'most active users')).toBeUndefined();
    // A survey's finding is still research.
    expect(claimOf('A survey of developers found that 64% deploy daily.', '64%')?.worthReasons).toContain(
      'a research finding',
    );
  });

  test.each([
    [
      'We were chosen to take part in the first-ever cohort of the Acme Open Source Accelerator.',
      'first-ever',
      'none',
    ],
    ['99.99% of the time, I manage the server headless.', '99.99%', 'none'],
    ['Debuggers are not often used in production.', 'often used in production', 'none'],
    [
      "The new UI didn't seem to offer a significantly better experience than the old one.",
      'significantly better',
      'none',
    ],
  ])('%s', (markdown, text, worth) => {
    expect(claimOf(markdown, text)?.worth).toBe(worth);
  });

  test('a thing’s uses explained is no statistic; "commonly used in production" is', () => {
    expect(
      claimOf('Optional is commonly used in two situations:', 'commonly used in two situations'),
    ).toBeUndefined();
    expect(
      claimOf('Optional is commonly used in production code.', 'commonly used in production code'),
    ).toBeDefined();
  });

  test('"about half a day" is a span of time, no share', () => {
    const claims = analyzeMarkdown('We took onboarding down to about half a day.', {
      file: 'case.md',
    }).claims;
    expect(claims.map((c) => c.text)).not.toContain('about half');
    expect(claimOf('We cut about half of the jobs.', 'about half')).toBeDefined();
  });
});

describe('links promised', () => {
  const missing = (markdown: string) =>
    analyzeMarkdown(markdown, { file: 'case.md' })
      .links.filter((l) => l.status === 'missing')
      .map((l) => l.text);
  test.each([
    [
      'The [quill.dev](https://quill.dev) site got an overhaul, so the site is now available in multiple languages!',
    ],
    ['If you like to juggle bits and bytes, join the Flink community!'],
  ])('no destination promised: %s', (markdown) => {
    expect(missing(markdown)).toEqual([]);
  });
  test.each([
    ['The full report is now available.'],
    ['Explore the code and join the community of grid engineers.'],
  ])('still promised: %s', (markdown) => {
    expect(missing(markdown)).not.toEqual([]);
  });
});

describe('background and restatements', () => {
  test('a paragraph that introduces a customer by its reference page gives its background', () => {
    const markdown =
      '[Kestrel Foods](https://en.wikipedia.org/wiki/Kestrel_Foods) is the leading grocer in Norway. ' +
      'It serves 4 million+ households with an unrivalled range of produce.';
    expect(claimOf(markdown, '4 million+')?.worth).toBe('none');
    expect(claimOf(markdown, 'unrivalled')?.worth).toBe('none');
    // Its home page is the company speaking of itself, and the author's own company is no customer.
    const home = markdown.replace('https://en.wikipedia.org/wiki/Kestrel_Foods', 'https://kestrelfoods.no');
    expect(claimOf(home, 'unrivalled')?.worth).not.toBe('none');
    const own = analyzeMarkdown(`---\ntitle: Kestrel Foods ships faster\n---\n\n${markdown}`, {
      file: 'case.md',
    });
    expect(own.claims.find((c) => c.text === 'unrivalled')?.worth).not.toBe('none');
  });

  test('a table sets out the figures of the paragraph over it; a figure of its own stays a table finding', () => {
    const markdown =
      'Our test found that 10.8 TB of data in Postgres became only 3.2 TB in Quillbase, a ratio of 3.4:1.\n\n' +
      '| Store | Space | Ratio |\n|---|---|---|\n| Postgres | 10.8 TB | 3.4 |\n| Quillbase | 3.2 TB | 1 |\n| Lintbase | 7.9 TB | 2.5 |';
    for (const text of ['10.8 TB', '3.2 TB', '3.4', '1']) expect(claimOf(markdown, text)?.worth).toBe('none');
    expect(claimOf(markdown, '7.9 TB')?.worth).not.toBe('none');
  });

  test('"according to the data growth rate" names no source', () => {
    const report = analyzeMarkdown(
      'According to the data growth rate, we needed to add 4 new shards every six months.',
      { file: 'case.md' },
    );
    expect(report.claims.find((c) => c.text.startsWith('4'))?.support).toBe('unsupported');
    const cited = analyzeMarkdown('According to the IEA, data centres use 1% of the world’s power.', {
      file: 'case.md',
    });
    expect(cited.claims.find((c) => c.text === '1%')?.support).toBe('cited-unlinked');
  });
});

describe('the author’s own runs, however the post tells them', () => {
  const run =
    'I then ran all of these implementations against the same ngram file. ' +
    'The benchmark was ran on a laptop with a 2.8GHz Intel Core i7.\n\n```\nNim...\nreal 0m1.182s\n```\n\n' +
    '- **DMD**: `real 0m0.947s`\n- **LDC**: `real 0m2.296s`\n\n' +
    'At its peak, Python uses 6 times as much memory as Nim. The DMD compiler is much quicker than the LDC compiler.';
  test('a run told in the past, its machine by its clock, its results as a list of names and figures', () => {
    expect(claimOf(run, '6 times')?.worth).toBe('none');
    expect(claimOf(run, 'quicker than the LDC compiler')?.worth).toBe('none');
  });
  test('a laptop’s name alone tells no method', () => {
    const told =
      'I run my apps on a 2015 MacBook Pro. Each app has become at least twice as big for no reason.';
    expect(claimOf(told, 'twice as big')?.worth).not.toBe('none');
  });
  test('a test told with its tool and its testing docs', () => {
    const markdown =
      'In this test, we created 10000 workloads. `DB_SIZE` was used to calculate the etcd size; see the testing ' +
      'documentation.\n\n```bash\n$ etcdctl endpoint status\n```\n\nWith the reports server, etcd is 70.1% smaller.';
    expect(claimOf(markdown, '70.1% smaller')?.worth).toBe('none');
  });

  test('what the author gathered to study is a dataset, not adoption', () => {
    const markdown =
      'We scraped lists of the top repositories for each language (~20.5k repositories in total). ' +
      'Cloning all ~20.5k repositories took 14 hours.';
    expect(claimOf(markdown, '~20.5k repositories')?.worth).toBe('none');
    expect(claimOf('Quillbase is used in 20,000 repositories.', '20,000 repositories')?.worth).toBe('medium');
  });

  test('a count under the method’s heading is the test’s data', () => {
    const markdown =
      'We ran each test five times on a 2.8GHz Core i7; the raw output is in our benchmark repository.\n\n' +
      '## Methodology\n\n### Data Access\n\nUniform random 100M customers between two IDs.';
    expect(claimOf(markdown, '100M customers')?.worth).toBe('none');
    expect(
      claimOf('## Results\n\nUniform random 100M customers between two IDs.', '100M customers')?.worth,
    ).toBe('medium');
  });

  test('an interview’s blockquotes are the interviewee’s words', () => {
    const quote =
      '> Fast forward 10 months, we have many, many teams using it and it took five times longer before.';
    const interview = `_This case study is based on an interview with [Kevin Dale](https://example.org/kd)._\n\n${quote}`;
    expect(claimOf(interview, 'five times longer')?.worth).toBe('none');
    expect(claimOf(`Our customers love it.\n\n${quote}`, 'five times longer')?.worth).not.toBe('none');
  });
});

describe('where those rules stop (a review of this change)', () => {
  test('a results table whose names are long links keeps its figures', () => {
    const table = [
      '| Engine | p99 |',
      '|---|---|',
      '| [PostgreSQL 16 with pgvector](https://postgresql.org/docs/16) | 120 ms |',
      '| [MySQL 8.0.36 with HeatWave](https://dev.mysql.com/doc/8.0) | 150 ms |',
      '| [Acme Engine 2](https://acme.dev/docs/engine) | 12 ms |',
    ].join('\n');
    expect(claimOf(table, '12 ms')?.worth).not.toBe('none');
  });
  test.each([
    ['The cache missed 12.1% of the time, so we doubled its size.', '12.1%'],
    ['Anything over 40% is considered product-market fit, and Superhuman scored 58%.', '58%'],
    ['Not surprisingly, most developers now prefer TypeScript.', 'most developers'],
    [
      'We scanned 3,000 websites for this post. WordPress powers over 800 million websites.',
      'over 800 million websites',
    ],
  ])('still a claim: %s', (markdown, text) => {
    expect(claimOf(markdown, text)?.worth).not.toBe('none');
  });
  test('a quotation from a firm or from the post’s own company stays a low claim', () => {
    const own = analyzeMarkdown(
      '---\ntitle: Acme cuts cloud bills\n---\n\nAcme ships today. "Acme cuts cloud bills by 60% for every customer," said Jane Doe, Acme\'s CEO.',
      { file: 'case.md' },
    );
    expect(own.claims.find((c) => c.text === '60%')?.worth).not.toBe('none');
    const firm = claimOf(
      'Gartner noted, "By 2027, 95% of new workloads will run on cloud-native platforms."',
      '95%',
    );
    expect(firm?.worth).not.toBe('none');
  });
  test('a company introduced by its encyclopedia page still compares when its paragraph compares', () => {
    const markdown =
      '[Datadog](https://en.wikipedia.org/wiki/Datadog) is a monitoring vendor. It costs 5x more than Acme for the same hosts.';
    expect(claimOf(markdown, '5x more')?.worth).not.toBe('none');
  });
  test('a table figure with another unit than the paragraph’s is its own', () => {
    const markdown =
      'We ran 500 queries against each engine:\n\n| Engine | p99 |\n|---|---|\n| Acme | 500 ms |\n| Quill | 90 ms |';
    expect(claimOf(markdown, '500 ms')?.worthReasons).not.toContain(
      'a figure the paragraph over its table already gives',
    );
  });
});
