import { expect, test } from 'vitest';
import { finalizeReport } from '../../src/checks/index';
import { claim, link, report } from '../helpers/report';

const nine = (sentence: string) => claim({ kind: 'multiplier', text: '9x faster', value: 9, sentence });

test('a figure said again is one finding that lists every place', () => {
  const r = finalizeReport(
    report({
      claims: [
        nine('Highlights: 9x faster builds in CI.'),
        nine('After the move the team saw 9x faster builds in CI.'),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about).toHaveLength(1);
  expect(about[0]).toMatchObject({ ref: 'c1', refs: ['c1', 'c2'] });
});

test('the same figure about other things stays two findings', () => {
  const thirty = (sentence: string) => claim({ text: '30%', value: 30, sentence });
  const r = finalizeReport(
    report({
      claims: [
        thirty('Every doubling of the cluster cuts costs by 30% for users.'),
        thirty('We tested and found a 30% failure rate under stress.'),
      ],
    }),
  );
  expect(r.findings.filter((f) => f.rule === 'unsupported-number')).toHaveLength(2);
});

test('the repeat keeps the worst severity of the places', () => {
  const r = finalizeReport(
    report({
      claims: [
        { ...nine('We saw 9x faster builds.'), worth: 'low' as const },
        nine('Customers saw 9x faster builds.'),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about).toHaveLength(1);
  expect(about[0]!.severity).toBe('high');
});

test('the same placeholder under every section is one finding', () => {
  const back = () => link({ text: 'Back to top', href: '#', status: 'placeholder' });
  const r = finalizeReport(report({ links: [back(), back(), back()] }));
  const about = r.findings.filter((f) => f.rule === 'placeholder-link');
  expect(about).toHaveLength(1);
  expect(about[0]!.refs).toEqual(['l1', 'l2', 'l3']);
});

test('the same placeholder text in two sentences lacks two sources', () => {
  const missing = (context: string) =>
    link({ text: '(link)', href: undefined, status: 'placeholder', context });
  const r = finalizeReport(
    report({
      links: [missing('Download our case study (link).'), missing('Explore our GitHub repository (link).')],
    }),
  );
  expect(r.findings.filter((f) => f.rule === 'placeholder-link')).toHaveLength(2);
});

test('a link named for its page that goes nowhere in two sentences lacks that one page; "here" in two lacks two', () => {
  const to = (text: string, context: string) => link({ text, href: '#', status: 'placeholder', context });
  const named = finalizeReport(
    report({
      links: [
        to('part 1', 'In part 1, I explained why we changed course.'),
        to('part 1', 'If you have read part 1 of this series, you remember the hosted app.'),
        to('pricing page', 'See the pricing page for plans.'),
      ],
    }),
  ).findings.filter((f) => f.rule === 'placeholder-link');
  expect(named.map((f) => f.refs ?? [f.ref])).toEqual([['l1', 'l2'], ['l3']]);
  const here = finalizeReport(
    report({ links: [to('here', 'Read the docs here.'), to('here', 'The benchmark code is here.')] }),
  ).findings.filter((f) => f.rule === 'placeholder-link');
  expect(here).toHaveLength(2);
});

test('the timings before and after a change are one finding with the figure that sums them up', () => {
  const sentence = 'Pipelines that previously took 45 minutes now average 6 minutes, a 7x speed-up.';
  const timing = (text: string, value: number) =>
    claim({ kind: 'duration', text, value, unit: 'min', sentence });
  const r = finalizeReport(
    report({
      claims: [
        timing('45 minutes', 45),
        timing('6 minutes', 6),
        claim({ kind: 'multiplier', text: '7x', value: 7, sentence }),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about).toHaveLength(2);
  expect(about[0]!.refs).toEqual(['c1', 'c2']);
  // Without a word of change, two timings in one sentence are two claims.
  const apart = 'Launching a cluster takes 3 minutes and a backup takes 15 minutes.';
  const two = finalizeReport(
    report({
      claims: [
        claim({ kind: 'duration', text: '3 minutes', value: 3, unit: 'min', sentence: apart }),
        claim({ kind: 'duration', text: '15 minutes', value: 15, unit: 'min', sentence: apart }),
      ],
    }),
  );
  expect(two.findings.filter((f) => f.rule === 'unsupported-number')).toHaveLength(2);
});

test('the figures one unnamed source gave in one sentence are one finding: they lack that one source', () => {
  const sentence =
    'Official test data shows that it cuts CPU use by 21.8% and raises throughput by 10%, but adds 4.6% of space.';
  const pct = (text: string, value: number, s = sentence) => claim({ text, value, sentence: s });
  const r = finalizeReport(report({ claims: [pct('21.8%', 21.8), pct('10%', 10), pct('4.6%', 4.6)] }));
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about).toHaveLength(1);
  expect(about[0]!.refs).toEqual(['c1', 'c2', 'c3']);
  // Without the unnamed source, each figure of the sentence is its own claim.
  const plain = 'It cuts CPU use by 21.8% and raises throughput by 10%.';
  const two = finalizeReport(report({ claims: [pct('21.8%', 21.8, plain), pct('10%', 10, plain)] }));
  expect(two.findings.filter((f) => f.rule === 'unsupported-number')).toHaveLength(2);
});

test('the figures of one sentence that cites a source without a link are one finding: they lack that one link', () => {
  const sentence =
    'Nvidia claims 30x higher throughput than A100s ("Up to 30X Higher AI Inference Performance").';
  const cited = (text: string, s = sentence) =>
    claim({
      kind: 'multiplier',
      text,
      value: 30,
      sentence: s,
      worth: 'high',
      support: 'cited-unlinked',
      evidence: [{ kind: 'according-to', text: 'Nvidia claims' }],
    });
  const r = finalizeReport(report({ claims: [cited('30x higher'), cited('Up to 30X Higher')] }));
  const about = r.findings.filter((f) => f.rule === 'cited-unlinked');
  expect(about).toHaveLength(1);
  expect(about[0]!.refs).toEqual(['c1', 'c2']);
  // In two sentences they are two findings.
  const apart = finalizeReport(
    report({ claims: [cited('30x higher'), cited('Up to 30X Higher', 'It says "Up to 30X Higher".')] }),
  );
  expect(apart.findings.filter((f) => f.rule === 'cited-unlinked')).toHaveLength(2);
});

test('one count written two ways ("100K users", "over 100,000 users") is one finding; two things counted are two', () => {
  const count = (text: string, sentence: string) =>
    claim({ kind: 'number', text, value: 100_000, sentence, worth: 'medium' });
  const r = finalizeReport(
    report({
      claims: [
        count('100K users', 'Promptfoo reaches 100K users!'),
        count('over 100,000 users', 'It now has over 100,000 users.'),
        count('100,000 users', 'Reaching 100,000 users is just the beginning.'),
        count('100,000 downloads', 'It also passed 100,000 downloads.'),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about.map((f) => f.refs ?? [f.ref])).toEqual([['c1', 'c2', 'c3'], ['c4']]);
  const rates = finalizeReport(
    report({
      claims: [
        count('1 million records per second', 'Accept 1 million records per second.'),
        count('up to a million inserts per second', 'It takes up to a million inserts per second.'),
      ],
    }),
  );
  expect(rates.findings.filter((f) => f.rule === 'unsupported-number')).toHaveLength(2);
});

test('one headline figure hedged three ways about one subject is one finding; about another subject, another', () => {
  const fortyThree = (text: string, sentence: string) => claim({ text, value: 43, unit: '%', sentence });
  const r = finalizeReport(
    report({
      claims: [
        fortyThree('~43% faster', 'The short version: sandboxed renderers start up ~43% faster, and more.'),
        fortyThree(
          'roughly 43% faster',
          'Together these make sandboxed renderer startup roughly 43% faster.',
        ),
        fortyThree('~43% faster', 'Startup: sandboxed renderers start ~43% faster, with a code cache.'),
        fortyThree('43% faster', 'Separately, module loading from archives is 43% faster.'),
        fortyThree('43% faster', 'With sandboxed renderers, cold test runs are 43% faster on Linux.'),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about.map((f) => f.refs ?? [f.ref])).toEqual([['c1', 'c2', 'c3'], ['c4'], ['c5']]);
});

test('one percentage of one thing said three ways (the words after it shared) is one finding', () => {
  const pct = (text: string, sentence: string) => claim({ text, value: 92, unit: '%', sentence });
  const r = finalizeReport(
    report({
      claims: [
        pct(
          'over 92%',
          'This post explains how we achieved over 92% DRAM bandwidth utilization on both cards.',
        ),
        pct('92%', 'With no routes overlapped we reach 92% of the theoretical bandwidth.'),
        pct('over 92%', 'The u-benchmark shows it can reach over 92% of bandwidth utilization.'),
        pct('92%', 'Compression leaves 92% of storage costs unchanged.'),
        // Glue words are no subject.
        pct('92%', 'Cache hits stayed at 92% between March and May.'),
        pct('92%', 'Disk use held at 92% between deploys.'),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about.map((f) => f.refs ?? [f.ref])).toEqual([['c1', 'c2', 'c3'], ['c4'], ['c5'], ['c6']]);
});

test('a multiple whose clause ends on its own words ("up to 18x savings.") is the same one said with them after', () => {
  const x18 = (text: string, sentence: string) =>
    claim({ kind: 'multiplier', text, value: 18, unit: 'x', sentence });
  const r = finalizeReport(
    report({
      claims: [
        x18(
          'up to 18x savings',
          'This post shows a pipeline that results in up to 18x savings. It uses Pub/Sub.',
        ),
        x18('up to 18x', 'We present an alternative that offers up to 18x in savings in practice.'),
        x18('up to 18x', 'Queries ran up to 18x faster on the new cluster.'),
        // The words of the next sentence are not the figure's.
        x18('18x', 'The old cluster cost 18x. Savings came later.'),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about.map((f) => f.refs ?? [f.ref])).toEqual([['c1', 'c2'], ['c3'], ['c4']]);
});

test('claims numbered out of list order are still found', () => {
  const r = report({
    claims: [nine('Highlights: 9x faster builds in CI.'), nine('The team saw 9x faster builds in CI.')],
  });
  const shuffled = finalizeReport({ ...r, claims: [...r.claims].reverse() });
  const about = shuffled.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about).toHaveLength(1);
  expect([...about[0]!.refs!].sort()).toEqual(['c1', 'c2']);
});

test('a timing and the same timing in brackets after it ("over 4 hours (250 min)") are one finding', () => {
  const sentence = 'The nightly build takes over 4 hours (250 min) on one laptop, and 15 minutes in CI.';
  const timing = (text: string, value: number, unit: string) =>
    claim({ kind: 'duration', text, value, unit, sentence });
  const r = finalizeReport(
    report({
      claims: [
        timing('over 4 hours', 4, 'h'),
        timing('250 min', 250, 'min'),
        timing('15 minutes', 15, 'min'),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about.map((f) => f.refs ?? [f.ref])).toEqual([['c1', 'c2'], ['c3']]);
});

test('one figure led by the same words is one finding, placed where it is gravest', () => {
  const ten = (sentence: string, worth: 'high' | 'medium') => ({
    ...claim({ kind: 'multiplier', text: 'up to 10x', value: 10, sentence }),
    worth,
  });
  const r = finalizeReport(
    report({
      claims: [
        ten('The rewrite improves overall build performance by up to 10x.', 'medium'),
        ten('Overall, this improves build performance by up to 10x!', 'high'),
        ten('Cold caches load by up to 10x quicker.', 'high'),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about).toHaveLength(2);
  expect(about[0]).toMatchObject({ ref: 'c2', refs: ['c1', 'c2'], severity: 'high' });
});

test('the same figure and lead in two different statements stays two findings', () => {
  const grew = (sentence: string) => claim({ kind: 'multiplier', text: '2.75x', value: 2.75, sentence });
  const r = finalizeReport(
    report({
      claims: [
        grew(
          'Distinct organizations using an agent to change real infrastructure grew 2.75x in four months.',
        ),
        grew('Agent-driven deployments on weekends grew 2.75x between April and July 2026, led by retail.'),
      ],
    }),
  );
  expect(r.findings.filter((f) => f.rule === 'unsupported-number')).toHaveLength(2);
});

test('one lead and two things counted after the figure stay two findings', () => {
  const twelve = (sentence: string, text: string) => claim({ kind: 'multiplier', text, value: 12, sentence });
  const r = finalizeReport(
    report({
      claims: [
        twelve('It is the fastest cache, with 12x fewer errors.', '12x fewer'),
        twelve('It is the fastest cache, with 12x fewer outages.', '12x fewer'),
      ],
    }),
  );
  expect(r.findings.filter((f) => f.rule === 'unsupported-number')).toHaveLength(2);
});

test('a figure named again as the one given ("the 50ms latency number", "the observed 50ms") joins its finding', () => {
  const ms50 = (text: string, sentence: string) =>
    claim({ kind: 'duration', text, value: 50, unit: 'ms', sentence });
  const r = finalizeReport(
    report({
      claims: [
        ms50('around 50ms', 'The client was facing 99th percentile latency around 50ms, above our budget.'),
        ms50('50ms', 'From the start, the 50ms latency number has been bugging me.'),
        ms50('50ms', 'This contradicts the observed 50ms increase in the tail.'),
        // Not named as the one given: a figure of its own (nor "the remaining" one).
        ms50('50ms', 'The remaining 50ms went to the disk.'),
        ms50('50ms', 'A cold cache adds 50ms per request on the new cluster.'),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about.map((f) => f.refs ?? [f.ref])).toEqual([['c1', 'c2', 'c3'], ['c4'], ['c5']]);
});

test('one change of one thing, named before "by" or after its comparative, is one finding; other things stay apart', () => {
  const pct = (text: string, sentence: string) => claim({ text, value: 45, unit: '%', sentence });
  const shared = '45% faster dashboard renders: the team reduced render time from 9 seconds to 5 seconds.';
  const r = finalizeReport(
    report({
      claims: [
        pct(
          '45 percent',
          'See how Orbit improved dashboard render performance by 45 percent after the move.',
        ),
        pct('45% faster', shared),
        // The rest of a folded figure's sentence goes where the figure went.
        claim({ kind: 'duration', text: '9 seconds', value: 9, unit: 's', sentence: shared }),
        pct('45%', 'Orbit improved our dashboard performance by 45%, and saved us hours.'),
        // The measure alone ("times", "performance") is no thing: builds and tests are two.
        pct('45%', 'Orbit cut build times by 45% as well.'),
        pct('45%', 'Orbit cut test times by 45% too.'),
      ],
    }),
  );
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about.map((f) => f.refs ?? [f.ref])).toEqual([['c1', 'c2', 'c3', 'c4'], ['c5'], ['c6']]);
});

test('the end of a change ("from 5% to near 0%") is one finding with its start; a figure after it is another', () => {
  const sentence =
    'Cutting label errors from 5% to near 0% is worth as much as cutting training noise by 1%.';
  const pct = (text: string, value: number) => claim({ text, value, unit: '%', sentence });
  const r = finalizeReport(report({ claims: [pct('5%', 5), pct('0%', 0), pct('1%', 1)] }));
  const about = r.findings.filter((f) => f.rule === 'unsupported-number');
  expect(about.map((f) => f.refs ?? [f.ref])).toEqual([['c1', 'c2'], ['c3']]);
});
