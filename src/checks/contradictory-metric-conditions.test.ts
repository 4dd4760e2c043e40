// Values of one metric measured under different conditions (read or write, a dataset, warm or cold, a need or a
// measurement) are two metrics, not one metric twice; under one condition they still clash.
import { expect, test } from 'vitest';
import { contradictoryMetric } from './contradictory-metric';
import { claim, report } from '../../tests/helpers/report';

// A read latency, beside which the cases set others.
const readLatency = claim({
  kind: 'duration',
  text: 'around 0.13ms',
  value: 0.13,
  unit: 'ms',
  sentence: 'Read latencies hovered around 0.13ms.',
});
// A latency that names no condition.
const latency50 = claim({
  kind: 'duration',
  text: '50ms',
  value: 50,
  unit: 'ms',
  sentence: 'Quillpad answers with a latency of 50ms.',
});

test.each([
  [
    'a write latency and a read latency',
    [
      claim({
        kind: 'duration',
        text: 'around 1.5ms',
        value: 1.5,
        unit: 'ms',
        sentence: 'Write latency was typically around 1.5ms.',
      }),
      readLatency,
    ],
    0,
  ],
  [
    '... a read latency and one that names no operation',
    [
      claim({
        kind: 'duration',
        text: 'around 1.5ms',
        value: 1.5,
        unit: 'ms',
        sentence: 'Latency was still significantly lower, typically around 1.5ms.',
      }),
      readLatency,
    ],
    0,
  ],
  [
    '"read" as a verb names no operation',
    [
      latency50,
      claim({
        kind: 'duration',
        text: 'sub-millisecond',
        vague: true,
        sentence: 'As you can read in the docs, Quillpad gives sub-millisecond latency.',
      }),
    ],
    1,
  ],
  [
    '... two read latencies clash',
    [
      claim({
        kind: 'duration',
        text: 'around 1.5ms',
        value: 1.5,
        unit: 'ms',
        sentence: 'Reads took a latency of around 1.5ms.',
      }),
      readLatency,
    ],
    1,
  ],
  [
    'accuracies measured on two datasets',
    (() => {
      const sentence =
        'No training achieved accuracy > 75 percent on CIFAR10 (or any that achieved accuracy even 10 percent on ImageNet).';
      return [
        claim({ text: '> 75 percent', value: 75, unit: '%', sentence }),
        claim({ text: '10 percent', value: 10, unit: '%', sentence }),
      ];
    })(),
    0,
  ],
  [
    '... on one dataset they clash',
    [
      claim({
        text: '75 percent',
        value: 75,
        unit: '%',
        sentence: 'It reached an accuracy of 75 percent on CIFAR10.',
      }),
      claim({
        text: '61 percent',
        value: 61,
        unit: '%',
        sentence: 'Our model has an accuracy of 61 percent on CIFAR10.',
      }),
    ],
    1,
  ],
  [
    'a warm and a cold measurement are two metrics',
    [
      claim({
        kind: 'duration',
        text: 'under 100ms',
        value: 100,
        unit: 'ms',
        hedge: 'under',
        sentence: 'Memory stayed under 1GB, and warm-query latency stayed under 100ms.',
      }),
      claim({
        kind: 'duration',
        text: 'about 30 seconds',
        value: 30,
        unit: 's',
        hedge: 'about',
        sentence:
          'Warm-query latency stayed under 100ms. The first query took about 30 seconds while the system warmed up.',
      }),
    ],
    0,
  ],
  [
    'the same condition still clashes',
    [
      claim({ kind: 'duration', text: '5 ms', value: 5, unit: 'ms', sentence: 'Median latency is 5 ms.' }),
      claim({
        kind: 'duration',
        text: '900 ms',
        value: 900,
        unit: 'ms',
        sentence: 'Our median latency: 900 ms.',
      }),
    ],
    1,
  ],
  [
    'a latency requirement is a need, not a measurement: it does not clash with a measured latency',
    [
      claim({
        kind: 'duration',
        text: 'sub-5 minute',
        value: 5,
        unit: 'min',
        sentence: 'Streaming solutions work well for sub-5 minute latency requirements.',
      }),
      claim({
        kind: 'duration',
        text: '0.0087s',
        value: 0.0087,
        unit: 's',
        table: 1,
        context: 'Latency to 1st result / 100',
        sentence: '100 | 14m47s | 0.0087s',
      }),
    ],
    0,
  ],
  [
    '... but two requirements can',
    [
      claim({
        kind: 'duration',
        text: '5 minutes',
        value: 5,
        unit: 'min',
        sentence: 'The latency requirement is 5 minutes.',
      }),
      claim({
        kind: 'duration',
        text: '200ms',
        value: 200,
        unit: 'ms',
        sentence: 'Later the latency requirement is 200ms.',
      }),
    ],
    1,
  ],
])('%s', (_name, claims, n) => {
  const findings = contradictoryMetric.run(report({ claims }));
  expect(findings).toHaveLength(n);
  if (n) expect(findings[0]).toMatchObject({ severity: 'medium', ref: 'c2' });
});
