// The review of stop 50's rules: each of these sentences was silenced by a rule written for another kind of post.
// A reader wants every one flagged.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';
import { worthOf } from '../helpers/claim-of';

test.each<[string, string, string]>([
  [
    '"all of them are available in [our marketplace]" links no analysis',
    '# Acme\n\nAcme ships with 40 integrations. All of them are available in [our marketplace](https://acme.dev/m).\n\nAcme reduces cloud costs by 60% for every team.\n',
    '60%',
  ],
  [
    'an instruction that names who uses a product',
    '# Acme\n\nCheck out Acme: more than 10,000 teams already rely on it.\n',
    'more than 10,000 teams',
  ],
  [
    'a rank after the concession',
    '# Acme\n\nSure, there are many CI tools, but Acme is the fastest CI on the market.\n',
    'the fastest CI',
  ],
  [
    'a count out of a sample, used by',
    '# Acme\n\nAcme is used by 450 out of the 500 largest companies in the US.\n',
    '450',
  ],
  [
    'a trailing "which" that ranks worldwide',
    '# Acme\n\nAcme protects more than 2 million endpoints, which makes it the most deployed agent worldwide.\n',
    'more than 2 million endpoints',
  ],
  [
    'uptime under a picture',
    '# Acme 3.0\n\n## Results\n\n![Dashboard](dash.png)\n\nWe shipped it in May.\n\nOur platform now delivers 99.9% uptime for everyone.\n',
    '99.9%',
  ],
])('%s still asks for a source', (_name, md, needle) => {
  expect(worthOf(md, needle)).not.toBe('none');
});

test('a "Date:" line over a rule is no front matter: its headline is read', () => {
  const r = analyzeMarkdown(
    'Date: March 3, 2025\nHeadline: Acme is 3x faster than Snowflake\n---\n\nBody.\n',
  );
  expect(r.claims.some((c) => c.text.includes('3x faster'))).toBe(true);
});

test('a full address with blanks in a picture link is still broken', () => {
  const r = analyzeMarkdown(
    '# T\n\nSee the [benchmark results](https://cdn.acme.dev/q3 results.png) here.\n',
  );
  expect(r.findings.some((f) => f.rule === 'broken-link')).toBe(true);
});
