// Reasons a blind judge called false on real posts (held20): a finding may stay, but what it says about the figure
// must be true. Each case names the reason that must not be given, and the sentence that drew it.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const reasonsOf = (markdown: string, text: string): string[] => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text === text);
  expect(claim, `no claim "${text}"`).toBeDefined();
  return claim!.worthReasons;
};

test.each([
  [
    'a product trial is no research trial',
    'As visitors decided whether to trial Quillpad self-hosted or in the cloud, roughly half chose the cloud.',
    'roughly half',
    'a research finding',
  ],
  [
    'a churn rate is no benchmark, whatever "lower" it takes',
    'In our case, our churn rate was lower than 5%, so we changed the pricing.',
    '5%',
    'a performance or benchmark result',
  ],
  [
    'the stock build of the same software is no competitor',
    'Buffer operations got 63% slower than stock with the first profile.',
    '63% slower',
    'compares with a competitor',
  ],
  [
    "a fraction of the post's own starting point is no competitor (held21)",
    'This brought our average test duration down to approximately 900 seconds - less than a third of our starting point.',
    'approximately 900 seconds',
    'compares with a competitor',
  ],
  [
    'money an industry loses is no price of the author\'s, "a year" or not (held22 fixture)',
    'Every year the industry loses over $2 billion a year to supply-chain attacks.',
    'over $2 billion',
    "the author's own price or plan",
  ],
  [
    'the same measure of another setup is no competitor (held22)',
    'The performance of a tenant with 32 GB of memory is 14% higher than that of a tenant with 16 GB of memory.',
    '14% higher',
    'compares with a competitor',
  ],
  [
    'another tier of the same hardware is no competitor (held22)',
    'SSD throughput is about 100 times less than the in-memory read and write throughput.',
    'about 100 times less',
    'compares with a competitor',
  ],
])('%s', (_, markdown, text, reason) => {
  expect(reasonsOf(markdown, text)).not.toContain(reason);
});

// The same sentences keep their reasons where the words do mean them.
test.each([
  ['A randomized trial found that 40% of patients improved.', '40%', 'a research finding'],
  ['Quillbase is 40% faster than Postgres on joins.', '40% faster', 'compares with a competitor'],
  [
    'Its p99 latency is 14% lower than that of Redis on the same host.',
    '14% lower',
    'compares with a competitor',
  ],
  [
    'Indexing now takes 12 seconds, less than a third of the time Elasticsearch needs.',
    '12 seconds',
    'compares with a competitor',
  ],
])('kept: %s', (markdown, text, reason) => {
  expect(reasonsOf(markdown, text)).toContain(reason);
});

test('"the biggest release ever for us" ranks the author\'s own releases, no rivals', () => {
  expect(reasonsOf('It was the biggest release ever for us.', 'the biggest release')).toContain(
    'generic wording, not a leadership claim',
  );
});

test('a mixture-of-experts model name ("Mixtral 8x22B") multiplies nothing out', () => {
  const arithmetic = 'arithmetic on figures given beside it';
  expect(reasonsOf('Mixtral 8x22B BF16: a 1.14X advantage over the rival GPU.', '1.14X')).not.toContain(
    arithmetic,
  );
  expect(reasonsOf('The bill is 3 nodes × $0.10 per hour, about 30% of the budget.', 'about 30%')).toContain(
    arithmetic,
  );
});

test('"the busiest it will ever be" ranks a process against itself, no rivals', () => {
  expect(
    reasonsOf('At startup the browser process is the busiest it will ever be.', 'the busiest'),
  ).not.toContain('a first, best or leading claim');
});
