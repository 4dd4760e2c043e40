import { expect, test } from 'vitest';
import { article, md } from '../../tests/helpers/blocks';
import { extractClaims } from './claims';

// The word-only claims of claim-phrases.ts: said of something, they are claims; said of the reader's own pick or
// projects, they are not.
const claimsOf = (text: string) =>
  extractClaims(article(md(text))).map((c) => ({ kind: c.kind, text: c.text }));

test.each<[string, string, string]>([
  [
    'Since 2017 it has grown to become the platform of choice for search.',
    'superlative',
    'the platform of choice',
  ],
  ['Postgres is the database of choice for new apps.', 'superlative', 'the database of choice'],
  ['Most teams run three telemetry agents on every host.', 'generalization', 'Most teams'],
  ['A large number of teams now run it in production.', 'generalization', 'A large number'],
  ['A meaningful share reach completion.', 'generalization', 'A meaningful share'],
  ['Two of the largest banks in Europe run it.', 'customer', 'Two of the largest banks in Europe'],
])('finds: %s', (text, kind, claim) => {
  expect(claimsOf(text)).toContainEqual({ kind, text: claim });
});

test.each([
  'Open the IDE of choice and run the app from there.',
  'Audit logs stream to your SIEM of choice.',
  'The new platform is ready for your most ambitious projects.',
  'We moved our most important services first.',
  // (a superlative with a count before it: the two best of them, not "most" of them; held24)
  'The two most impactful tools at our disposal are the dashboard and tracing.',
  'It counts unique users by a large number of keys in one report.',
  'Use many small chunks, or use a large chunk size but suffer poor IO.',
  'In this graph, the top layers contain only long-range edges.',
])('ignores: %s', (text) => {
  expect(claimsOf(text)).toEqual([]);
});

test.each([
  'One of the biggest sources of confusion in the manual is its tables.',
  'This is the root of many of the top enterprise software industry trends.',
  'Groovy became one of the biggest practical blockers in the early work.',
  'One of the largest and most complex optimizations involves encoding.',
])('names things, not customers: %s', (text) => {
  expect(claimsOf(text).filter((c) => c.kind === 'customer')).toEqual([]);
});
