import { expect, test } from 'vitest';
import { contradictoryMetric } from './contradictory-metric';
import { claim, report } from '../../tests/helpers/report';

const tableLatency = claim({
  kind: 'duration',
  text: '<50ms',
  value: 50,
  unit: 'ms',
  hedge: '<',
  context: 'Processing Latency / Value',
  sentence: 'Processing Latency | <50ms | ✅',
});
const subMs = claim({
  kind: 'duration',
  text: 'sub-millisecond',
  vague: true,
  sentence: 'Our engine delivers sub-millisecond latency at any scale.',
});

test.each([
  ['<50ms table cell vs sub-millisecond prose', [tableLatency, subMs], 1],
  [
    'a term of arithmetic is no latency (held32: "1,000 ms / 20 ms = 50" beside a measured 4 ms)',
    [
      claim({
        kind: 'duration',
        text: '1,000 ms',
        value: 1000,
        unit: 'ms',
        sentence:
          'Given that latency, the transaction is limited to about 50 TPS (1,000 ms / 20 ms = 50) per thread.',
      }),
      claim({
        kind: 'duration',
        text: 'about 4 ms',
        value: 4,
        unit: 'ms',
        sentence: 'On RDS the COMMIT latency is about 4 ms.',
      }),
    ],
    0,
  ],
  [
    'two uptimes',
    [
      claim({ text: '99.7%', value: 99.7, unit: '%', context: 'API Uptime / Value' }),
      claim({ text: '99.99%', value: 99.99, unit: '%', sentence: 'We guarantee 99.99% uptime.' }),
    ],
    1,
  ],
  [
    "a test's length beside a response time is no latency",
    [
      claim({
        kind: 'duration',
        text: '60 second',
        value: 60,
        unit: 's',
        sentence:
          'We recorded the requests completed during the 60 second test, the mean response time of all requests and the mean requests per second.',
      }),
      claim({
        kind: 'duration',
        text: '444 ms',
        value: 444,
        unit: 'ms',
        context: 'Mean Response Time / Spring Boot',
        sentence: 'Mean Response Time | 444 ms | 375 ms',
      }),
    ],
    0,
  ],
  [
    'a latency named two clauses before a width is no latency (a histogram bucket against a polling delay)',
    [
      claim({
        kind: 'duration',
        text: '10ms',
        value: 10,
        unit: 'ms',
        sentence:
          'This line tells me the average latency of insertions, deletions and both put together, the standard deviation of insertion times, the measurement count and quality, and a little ascii histogram where each character is a 10ms bucket.',
      }),
      claim({
        kind: 'duration',
        text: '1ms',
        value: 1,
        unit: 'ms',
        sentence:
          "The board's USB library uses 1000hz polling (1ms latency) while most devices default to 125hz.",
      }),
    ],
    0,
  ],
  [
    '... nor one over a fixed period',
    [
      claim({
        kind: 'duration',
        text: '60 seconds',
        value: 60,
        unit: 's',
        sentence:
          'The suite simulates 1,000 users over a fixed period of 60 seconds and records response times.',
      }),
      claim({ kind: 'duration', text: '45 ms', value: 45, unit: 'ms', sentence: 'Latency is 45 ms.' }),
    ],
    0,
  ],
  [
    '... nor the stretch of time a percentile is read over',
    [
      claim({
        kind: 'duration',
        text: '100 seconds',
        value: 100,
        unit: 's',
        sentence:
          "To paint a picture, 99.99% latency tells you that, in any span of 100 seconds you look at, you're likely to find a latency spike at least that large.",
      }),
      claim({
        kind: 'duration',
        text: '10 ms',
        value: 10,
        unit: 'ms',
        sentence: 'Latency stays below 10 ms.',
      }),
    ],
    0,
  ],
  [
    '... but a response time of seconds still is',
    [
      claim({
        kind: 'duration',
        text: '60 seconds',
        value: 60,
        unit: 's',
        sentence: 'Under load the response time reached 60 seconds.',
      }),
      claim({ kind: 'duration', text: '45 ms', value: 45, unit: 'ms', sentence: 'Latency is 45 ms.' }),
    ],
    1,
  ],
  [
    'consistent latencies',
    [
      tableLatency,
      claim({ kind: 'duration', text: '45 ms', value: 45, unit: 'ms', sentence: 'Median latency is 45 ms.' }),
    ],
    0,
  ],
  [
    'a change is not a contradiction',
    [
      claim({
        kind: 'duration',
        text: '200 ms',
        value: 200,
        unit: 'ms',
        sentence: 'Latency dropped from 200 ms to 20 ms.',
      }),
      claim({
        kind: 'duration',
        text: '20 ms',
        value: 20,
        unit: 'ms',
        sentence: 'Latency dropped from 200 ms to 20 ms.',
      }),
    ],
    0,
  ],
  [
    'a before -> after pair with an arrow',
    ['3,171ms', '14ms'].map((text) =>
      claim({
        kind: 'duration',
        text,
        value: Number(text.replace(/[,ms]/g, '')),
        unit: 'ms',
        sentence: 'Average latency: 3,171ms → 14ms (231x faster)',
      }),
    ),
    0,
  ],
  [
    'two products side by side in one sentence',
    ['~50ms', '~900ms'].map((text) =>
      claim({
        kind: 'duration',
        text,
        value: Number(text.slice(1, -2)),
        unit: 'ms',
        sentence: 'Upstash has the lowest latency (~50ms) where FaunaDB has the highest latency (~900ms).',
      }),
    ),
    0,
  ],
  [
    'one table, before and after: values side by side on purpose',
    [
      claim({ text: '99.2%', value: 99.2, unit: '%', table: 1, context: 'Uptime / Before' }),
      claim({ text: '99.97%', value: 99.97, unit: '%', table: 1, context: 'Uptime / After' }),
    ],
    0,
  ],
  [
    'two tables are two setups',
    [
      claim({
        kind: 'duration',
        text: '65.31 ms',
        value: 65.31,
        unit: 'ms',
        table: 1,
        context: 'Latency (Avg) / M&S',
      }),
      claim({
        kind: 'duration',
        text: '1.49 ms',
        value: 1.49,
        unit: 'ms',
        table: 2,
        context: 'Latency (Avg) / M&S',
      }),
    ],
    0,
  ],
  [
    'a table cell against a prose claim still clashes',
    [
      claim({ text: '99.2%', value: 99.2, unit: '%', table: 1, context: 'Uptime / Before' }),
      claim({ text: '99.97%', value: 99.97, unit: '%', sentence: 'Uptime last year was 99.97%.' }),
    ],
    1,
  ],
  [
    'different metrics',
    [
      tableLatency,
      claim({ kind: 'duration', text: '2 s', value: 2, unit: 's', sentence: 'Builds finish in 2 s.' }),
    ],
    0,
  ],
  [
    'values side by side in one sentence (a table written as a run of text) do not clash',
    (() => {
      const sentence =
        '|N (# test samples)|error on the accuracy estimate|Consequence 300|3%| 3000|0.9%|You can report XX% accuracy';
      return [
        claim({ text: '3%', value: 3, unit: '%', sentence }),
        claim({ text: '0.9%', value: 0.9, unit: '%', sentence }),
      ];
    })(),
    0,
  ],
  [
    '... the same values in two sentences do',
    [
      claim({ text: '3%', value: 3, unit: '%', sentence: 'Our accuracy is 3% above chance.' }),
      claim({ text: '0.9%', value: 0.9, unit: '%', sentence: 'The new accuracy is 0.9% above chance.' }),
    ],
    1,
  ],
  [
    'one end of a range, in quotation marks, is no value of the metric',
    [
      claim({
        kind: 'duration',
        text: '5 minutes',
        value: 5,
        unit: 'min',
        sentence:
          'Make it the low latency side, not the "my results are between 5 minutes and a few hours old" side!',
      }),
      claim({ kind: 'duration', text: '9ms', value: 9, unit: 'ms', sentence: 'Our latency is 9ms.' }),
    ],
    0,
  ],
  [
    'either end of an accuracy range is no value of its own',
    [
      claim({
        text: '70%',
        value: 70,
        unit: '%',
        sentence: 'Accuracy lands between 70% and 90% on these tasks.',
      }),
      claim({
        text: '90%',
        value: 90,
        unit: '%',
        sentence: 'Accuracy lands between 70% and 90% on these tasks.',
      }),
      claim({ text: '80%', value: 80, unit: '%', sentence: 'The accuracy of the model is 80%.' }),
    ],
    0,
  ],
])('%s', (_name, claims, n) => {
  const findings = contradictoryMetric.run(report({ claims }));
  expect(findings).toHaveLength(n);
  if (n) expect(findings[0]).toMatchObject({ severity: 'medium', ref: 'c2' });
});
