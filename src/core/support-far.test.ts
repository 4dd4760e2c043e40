import { describe, expect, test } from 'vitest';
import type { Block } from './article';
import { article, claimDraft as claim, md } from '../../tests/helpers/blocks';
import { findCitations } from './citations';
import { judgeSupport } from './support';

// Sources that stand paragraphs away from the claim they back: a survey report's full report, a research post's own
// paper, and a sweeping claim's source further down.

describe("a survey report's shares", () => {
  const blocks = [
    md('Acme surveyed more than 300 security leaders on identity.'),
    md('Confidence and incidents', 'heading', { level: 2 }),
    md('Among the most confident, 84% had an incident in the past year.'),
    md('Next steps', 'heading', { level: 2 }),
    md('[Read the full report.](https://acmeid.com/ebooks/identity-2026)'),
  ];
  const supportOf = (title: string, list: Block[]) => {
    const a = { ...article(...list), title };
    return judgeSupport(a, claim(a, 2, '84%'), findCitations(a));
  };

  test('come from the full report when the title says the post reports the survey it sizes', () => {
    const got = supportOf('We Surveyed 300 Security Leaders on AI Identity', blocks);
    expect(got.support).toBe('linked');
    expect(got.evidence.map((e) => e.href)).toEqual(['https://acmeid.com/ebooks/identity-2026']);
  });

  test('not in a post that only cites a survey among its other data', () => {
    expect(supportOf('Agents are doing the infrastructure work', blocks).support).toBe('unsupported');
  });

  test('not when the article never sizes the survey', () => {
    const unsized = [md('Acme asked security leaders about identity.'), ...blocks.slice(1)];
    expect(supportOf('We Surveyed Security Leaders on AI Identity', unsized).support).toBe('unsupported');
  });
});

describe('a community survey that counts who took part and links its report from a summary line', () => {
  const blocks = [
    md('TLDR', 'heading', { level: 2 }),
    md('One-third of respondents were active contributors.', 'list-item'),
    md('Review the full [report](https://survey.typeform.com/report/glint-2023).', 'list-item'),
    md('Roles', 'heading', { level: 2 }),
    md('Of the 24 individuals who participated in the survey, 22 shared their roles.'),
    md('Most users rely on the default ruleset (54.2%).'),
    md('Glint is the most popular runtime security tool in the cloud.'),
  ];
  const a = { ...article(...blocks), title: 'Glint Community Survey 2023' };
  const support = (b: number, needle: string, kind?: Parameters<typeof claim>[3]) =>
    judgeSupport(a, claim(a, b, needle, kind), findCitations(a)).support;

  test('its shares, counts and what it says of its respondents come from that report', () => {
    expect(support(5, '54.2%')).toBe('linked');
    expect(support(4, '22', 'number')).toBe('linked');
    expect(support(5, 'Most users', 'generalization')).toBe('linked');
  });

  test('not a claim about the world its sentence does not tie to the respondents', () => {
    expect(support(6, 'the most popular runtime security tool', 'superlative')).toBe('unsupported');
  });

  test('not when the link is no report ("our [site]")', () => {
    const other = blocks.map((b) =>
      b.text.startsWith('Review') ? md('Visit our [site](https://glint.dev/).', 'list-item') : b,
    );
    const o = { ...article(...other), title: 'Glint Community Survey 2023' };
    expect(judgeSupport(o, claim(o, 5, '54.2%'), findCitations(o)).support).toBe('unsupported');
  });
});

describe("a research post's own paper", () => {
  const intro = md(
    'In our [ICLR 2018 paper](https://openreview.net/forum?id=B1e5ef-C-) we introduced DisC embeddings.',
  );
  const later = [
    md('Results', 'heading', { level: 2 }),
    md('DisC embeddings beat SIF by 4% on the SST task.'),
  ];
  const supportOf = (first: Block) => {
    const a = article(first, ...later);
    return judgeSupport(a, claim(a, 2, '4%'), findCitations(a));
  };

  test('backs the results the post reports', () => {
    expect(supportOf(intro).support).toBe('linked');
  });

  test('not for what a paper does not measure: users, money, operations', () => {
    const a = article(intro, md('With DisC, Acme cut the GPUs used for serving by 50%.'));
    expect(judgeSupport(a, claim(a, 1, '50%'), findCitations(a)).support).toBe('unsupported');
  });

  test('backs the results of the paper a post reads', () => {
    const paper = '[HM-ANN: Billion-Point Search](https://proceedings.neurips.cc/paper/2020/file/788d.pdf)';
    expect(supportOf(md(`${paper} is a research paper that was accepted at NeurIPS 2020.`)).support).toBe(
      'linked',
    );
    expect(supportOf(md(`We found interesting ideas in the ${paper} paper by Ori Ram.`)).support).toBe(
      'linked',
    );
    // "DeepMind's paper [X](arxiv)", then "the paper reports ...", "see figure 1 in the paper".
    const overview = md(`This post is an overview of DeepMind's paper ${paper}.`);
    const cites = md('The algorithm as defined in the paper is short.');
    const reports = md('The paper reports 4% more accuracy than SIF.');
    const read = article(overview, cites, md('Results', 'heading', { level: 2 }), reports);
    expect(judgeSupport(read, claim(read, 3, '4%'), findCitations(read)).support).toBe('linked');
    const once = article(overview, md('Results', 'heading', { level: 2 }), md('DisC beats SIF by 4%.'));
    expect(judgeSupport(once, claim(once, 2, '4%'), findCitations(once)).support).toBe('unsupported');
    const a = article(
      md('Paper Reading | HM-ANN', 'heading', { level: 1 }),
      md(`This post walks through ${paper}.`),
      ...later,
    );
    expect(judgeSupport(a, claim(a, 3, '4%'), findCitations(a)).support).toBe('linked');
  });

  test("not when the link is to a product page, or the paper is someone else's", () => {
    expect(
      supportOf(md('In our [launch post](https://disc.dev/blog/launch) we introduced DisC.')).support,
    ).toBe('unsupported');
    expect(
      supportOf(md('Earlier work ([Arora et al.](https://openreview.net/forum?id=SyK00v5xx)) used SIF.'))
        .support,
    ).toBe('unsupported');
  });
});

describe("a sweeping claim's source further down", () => {
  const survey = md(
    'Our [survey of 412 platform teams](https://plumline.io/reports/agents-2025) found that 64% run three or more telemetry agents per host.',
  );
  const supportOf = (first: string, ...rest: Block[]) => {
    const a = article(md(first), md('Details', 'heading', { level: 2 }), ...rest);
    return judgeSupport(a, claim(a, 0, first.slice(0, 10), 'generalization'), findCitations(a));
  };

  test('backs it when the source shares the words of its clause', () => {
    const got = supportOf(
      'Most teams run three or four telemetry agents on every host: one for logs.',
      survey,
    );
    expect(got.support).toBe('linked');
  });

  test('not when only the rest of the sentence shares words with a link', () => {
    const paper = md(
      'A second line of work makes the policy adaptive: [Iyer (2021)](https://usenix.org/fast21/iyer) switch strategy per key range and report 1.6x higher throughput.',
    );
    const first =
      'Almost every production key-value store today is built on an LSM tree, which makes the choice of strategy a setting nobody looks at.';
    expect(supportOf(first, paper).support).toBe('unsupported');
  });
});

describe('a link to the data earlier in the paragraph', () => {
  const supportOf = (text: string, needle: string) => {
    const a = article(md(text));
    return judgeSupport(a, claim(a, 0, needle), findCitations(a)).support;
  };

  test('backs the results the paragraph then reports', () => {
    const text =
      'You can also reach the latest [histogram data](https://bench.acme.dev/histogram). We keep collecting it. Results as of today show that Acme has the lowest latency (~50ms at the 99th percentile).';
    expect(supportOf(text, '~50ms')).toBe('linked');
  });

  test('not a link to a product page', () => {
    expect(
      supportOf(
        'Try the [Acme dashboard](https://acme.dev/dashboard). Results show that Acme has the lowest latency (~50ms).',
        '~50ms',
      ),
    ).toBe('unsupported');
  });
});

describe('an unnamed authority closing its paragraph, named and linked right below (held24)', () => {
  const weasel = 'Our results agree with what other database teams have reported.';
  const supportOf = (below: string) => {
    const a = article(md(`We ran the suite on three clusters. ${weasel}`), md(below));
    return judgeSupport(a, claim(a, 0, 'what other database teams have reported', 'weasel'), findCitations(a))
      .support;
  };

  test('is backed by the cases the next paragraph names by their links', () => {
    expect(
      supportOf(
        'Big companies like [Orbital](https://orbital.dev/blog/logs) and Kestrel moved their logs for the same reason.',
      ),
    ).toBe('linked');
  });

  test('not by a next paragraph that only links something in passing', () => {
    expect(supportOf('We used [fio](https://fio.dev) to generate the load for each run.')).toBe(
      'unsupported',
    );
  });
});

describe("a benchmark post's result up front, and the benchmark linked further down (held24)", () => {
  const link = md('[Benchmarking data and methodology documentation](https://quillpad.dev/docs/benchmarks).');
  const supportOf = (lead: string, ...rest: Block[]) => {
    const a = article(md(lead), md('Fastest queue', 'heading', { level: 2 }), ...rest);
    return judgeSupport(a, claim(a, 0, 'up to 10x faster', 'multiplier'), findCitations(a)).support;
  };

  test('stands on that link when its paragraph says it was benchmarked', () => {
    expect(supportOf("We've benchmarked Quillpad against Lintly and Hopper: up to 10x faster.", link)).toBe(
      'linked',
    );
    expect(supportOf('We’ve benchmarked Quillpad against Lintly and Hopper: up to 10x faster.', link)).toBe(
      'linked',
    );
  });

  test('not when its paragraph says nothing of a benchmark, nor when the link is no benchmark', () => {
    expect(supportOf('Quillpad is up to 10x faster than Lintly.', link)).toBe('unsupported');
    expect(
      supportOf(
        "We've benchmarked Quillpad against Lintly and Hopper: up to 10x faster.",
        md('[Pricing and plans](https://quillpad.dev/pricing).'),
      ),
    ).toBe('unsupported');
  });
});

describe('a comparison whose section goes on to link the benchmark it rests on (held25)', () => {
  const repo = md('You can rerun it yourself from the [benchmark repo](https://github.com/quillpad/bench).');
  const supportOf = (text: string, kind: Parameters<typeof claim>[3], ...rest: Block[]) => {
    const a = article(
      md('How fast is it?', 'heading', { level: 2 }),
      md(`Quillpad is ${text} than other queues.`),
      ...rest,
    );
    return judgeSupport(a, claim(a, 1, text, kind), findCitations(a)).support;
  };

  test('stands on the benchmark linked below it in its section', () => {
    expect(supportOf('significantly faster', 'comparative', md('Here are the runs.'), repo)).toBe('linked');
  });

  test('stands on the benchmark called "benchmarks" that links a repository a few blocks above it under its heading', () => {
    const a = article(
      md('Memory use', 'heading', { level: 3 }),
      md('The [benchmarks](https://github.com/quillpad/alloc-bench) here replay a day of traffic.'),
      md('![memory chart](memory.png)'),
      md('Quillpad far surpasses Hopper, and its memory use is better than Lintly’s.'),
    );
    const supportOf = (text: string) =>
      judgeSupport(a, claim(a, 3, text, 'comparative'), findCitations(a)).support;
    expect(supportOf('far surpasses Hopper')).toBe('linked');
    expect(supportOf('better than')).toBe('linked');
    // The words before a bare comparison are read in its own sentence only.
    const other = article(
      md('Memory use', 'heading', { level: 3 }),
      md('The [benchmarks](https://github.com/quillpad/alloc-bench) here replay a day of traffic.'),
      md('We track performance weekly. Quillpad is far more popular than Hopper.'),
    );
    expect(
      judgeSupport(other, claim(other, 2, 'far more popular', 'comparative'), findCitations(other)).support,
    ).toBe('unsupported');
    // A link called "benchmarks" that goes to no repository is no benchmark given.
    const page = article(
      md('Memory use', 'heading', { level: 3 }),
      md('Read about [benchmarks](https://quillpad.dev/blog/why-benchmarks) first.'),
      md('Quillpad far surpasses Hopper.'),
    );
    expect(
      judgeSupport(page, claim(page, 2, 'far surpasses Hopper', 'comparative'), findCitations(page)).support,
    ).toBe('unsupported');
  });

  test('not across a heading, not for a comparison of something a benchmark does not measure, not from above', () => {
    const heading = md('Pricing', 'heading', { level: 2 });
    expect(supportOf('significantly faster', 'comparative', heading, repo)).toBe('unsupported');
    expect(supportOf('far more popular', 'comparative', repo)).toBe('unsupported');
    // Above it in a post's opening, or further up its section than a few blocks.
    const above = article(repo, md('Quillpad is significantly faster than other queues.'));
    expect(
      judgeSupport(above, claim(above, 1, 'significantly faster', 'comparative'), findCitations(above))
        .support,
    ).toBe('unsupported');
    const far = article(
      md('How fast is it?', 'heading', { level: 2 }),
      repo,
      ...['One.', 'Two.', 'Three.'].map((t) => md(t)),
      md('Quillpad is significantly faster than other queues.'),
    );
    expect(
      judgeSupport(far, claim(far, 5, 'significantly faster', 'comparative'), findCitations(far)).support,
    ).toBe('unsupported');
  });
});

describe('results over the link to their results page, right below them (held25)', () => {
  const supportOf = (below: string) => {
    const a = article(
      md('The cold run is almost an order of magnitude better than every other solution!'),
      md(below),
    );
    return judgeSupport(a, claim(a, 0, 'an order of magnitude better', 'multiplier'), findCitations(a))
      .support;
  };

  test('stand on that link', () => {
    expect(supportOf('[Link to result page](https://quillpad.dev/bench/)')).toBe('linked');
  });

  test('not on a link below that gives no results, nor on one in passing in a paragraph of its own', () => {
    expect(supportOf('[Join our Discord](https://discord.gg/quillpad)')).toBe('unsupported');
    // A dashboard shows the author's own numbers, not the rivals' the comparison needs.
    expect(supportOf('[Link to the full dashboard export](https://grafana.quillpad.dev/d/1)')).toBe(
      'unsupported',
    );
    expect(
      supportOf(
        'We will rerun everything next quarter on bigger machines, and post the [results](https://quillpad.dev/bench/) then with every query.',
      ),
    ).toBe('unsupported');
  });
});

describe('what "has been shown", over a package page linked in the next sentence (held25)', () => {
  const supportOf = (next: string) => {
    const text = `ARM chips have been shown to expose more interesting timing and energy tradeoffs. ${next}`;
    const a = article(md(text));
    return judgeSupport(a, claim(a, 0, 'have been shown to', 'weasel'), findCitations(a)).support;
  };

  test("is not backed by a package's or a source file's page", () => {
    const monitor = (href: string) =>
      `Contributors can write new [EnergyMonitor](${href}) implementations in Rust.`;
    expect(supportOf(monitor('https://crates.io/crates/energy-monitor'))).toBe('unsupported');
    expect(supportOf(monitor('https://github.com/quillpad/quillpad/blob/main/energy.rs'))).toBe(
      'unsupported',
    );
  });

  test('is backed by a study linked there', () => {
    expect(
      supportOf('[One study](https://arxiv.org/abs/2101.00001) measured the energy tradeoffs on phones.'),
    ).toBe('linked');
  });
});
