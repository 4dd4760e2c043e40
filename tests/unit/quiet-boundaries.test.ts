// Where this stop's quieting rules stop (a review's counter-examples): each sentence keeps its claim.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';
import { claimOf } from '../helpers/claim-of';

test.each([
  [
    'a rival the profiling was set against',
    'When benchmarking Quill against Kafka, we found that Quill was 8x faster.',
    '8x faster',
  ],
  [
    'adoption found while measuring',
    'When measuring adoption, we found that 70% of enterprises already run Quill in production.',
    '70%',
  ],
  [
    'a share the system gets right',
    'Our new model labels 98% of the images in the test set correctly.',
    '98%',
  ],
  [
    'a standing claim, not an aim',
    'Our nightly benchmark makes sure Quill stays faster than Kafka on every release.',
    'faster than Kafka',
  ],
  [
    'the best as the author judges it',
    'Quill is what we consider the best tool for static sites.',
    'the best tool',
  ],
  [
    'a key size is no year',
    'Quill ships a TLS stack newer than any other proxy, and its 2048-bit keys are the default.',
    'newer than any other proxy',
  ],
])('%s', (_name, markdown, text) => {
  expect(claimOf(markdown, text).worth).not.toBe('none');
});

test('"used by most state-of-the-art AI labs" is adoption, not the field described', () => {
  expect(claimOf('Quill is used by most state-of-the-art AI labs.', 'state-of-the-art').worth).not.toBe(
    'none',
  );
});

test('our benchmark metrics against a rival column are results, not first-party metrics', () => {
  const markdown =
    '# Quill 2.0\n\nHere are our benchmark metrics for Quill 2.0:\n\n| Metric | Quill | Kafka |\n| --- | --- | --- |\n| p99 latency | 3 ms | 40 ms |';
  expect(claimOf(markdown, '40 ms').worth).not.toBe('none');
});

test('a figure named in an earlier, other sentence, or an architecture picture, is no evidence of a comparison', () => {
  const named =
    '# Q\n\nWe built a new broker. The overall architecture is shown in Figure 1. Quill outperforms Kafka on every workload we care about.';
  expect(claimOf(named, 'outperforms Kafka').worth).not.toBe('none');
  const diagram =
    '# Q\n\nThe figure below shows the Quill architecture:\n\n![](arch.png)\n\nQuill is much faster than Kafka because it skips the broker.';
  expect(claimOf(diagram, 'faster than Kafka').worth).not.toBe('none');
});

test('a share under a results table that only happens to equal a pair ratio is not given by the table', () => {
  const markdown = [
    '# Q',
    'We measured on Speedometer 3.1, on an M4 MacBook, across a 40-test suite with statistical significance testing.',
    '| Build | Score | Step |\n| --- | --- | --- |\n| Stock | 48.2 | |\n| + LTO | 50.9 | +6% |\n| + PGO | 56.4 | +11% |',
    'Memory use fell by 17% as well.',
  ].join('\n\n');
  expect(claimOf(markdown, '17%').worth).not.toBe('none');
});

test('customers evaluating a list of rivals is not the author benchmarking them', () => {
  const markdown =
    '# Q\n\nBefore they found us, our customers were evaluating the usual suspects: Kafka, Pulsar, and Redpanda.\n\nQuill handles bursts far better than Redpanda.';
  expect(claimOf(markdown, 'better than Redpanda').worth).not.toBe('none');
});

test('file names are no schemeless sites; "(Part 2 link)" is still a placeholder', () => {
  const report = analyzeMarkdown(
    '# T\n\nSee [Dockerfile.dev](Dockerfile.dev), [logo](logo.ai) and [app](Quill.app). Read on (Part 2 link).',
    {
      file: 'case.md',
    },
  );
  expect(report.findings.filter((f) => f.rule === 'broken-link')).toEqual([]);
  expect(report.links.some((l) => l.status === 'placeholder' && l.text.includes('Part 2 link'))).toBe(true);
});

test('a latency "within a window of 200 ms" still clashes with one below 10 ms', () => {
  const report = analyzeMarkdown(
    '# T\n\nQuill p99 latency stays below 10 ms.\n\nUnder load, Quill p99 latency is within a window of 200 ms.',
    { file: 'case.md' },
  );
  expect(report.findings.some((f) => f.rule === 'contradictory-metric')).toBe(true);
});

test('counts set against each other ("vs 40 thousand") are two findings, not one list', () => {
  const found = analyzeMarkdown(
    'Quillbase connects over 120 million active members, vs 40 thousand merchant partners at launch.',
    { file: 'case.md' },
  ).findings.filter((f) => f.rule === 'unsupported-number');
  expect(found.every((f) => (f.refs ?? [f.ref]).length === 1)).toBe(true);
});
