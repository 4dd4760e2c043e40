// held36: a launch retrospective's "## The results: stats" lists "- 108 new projects started", "- 83 new users", then
// "HN launch caused almost 2x spike in traffic ... we actually had the most users ever throughout December:". The
// author's own analytics, in the section that reports them, read off as counted. A round or hedged count there
// ("Our fleet now serves 100K users a day") still boasts, and a count outside such a section still asks.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

const LEAD = "Here's what our numbers were on the last day of the launch:";

test("the author's counted usage, under their stats heading, is their analytics", () => {
  const stats = `# Beta\n\n## The results: stats\n\n${LEAD}\n\n- 108 new projects started\n- 83 new users\n`;
  expect(worthOf(stats, '108 new projects')).toBe('none');
  expect(worthOf(stats, '83 new users')).toBe('none');
  const record = '# Beta\n\n## The results\n\nWe actually had the most users ever throughout December.';
  expect(worthOf(record, 'the most users')).toBe('none');
});

test('a round boast, a count elsewhere and customers stay claims', () => {
  expect(worthOf('# Beta\n\n## Results\n\nOur fleet now serves 100K users a day.', '100K users')).not.toBe(
    'none',
  );
  expect(worthOf(`# Beta\n\n## Why we built it\n\n${LEAD}\n\n- 108 new projects started\n`, '108')).not.toBe(
    'none',
  );
  expect(worthOf('# Beta\n\n## Results\n\nOur customers started 108 new projects.', '108')).not.toBe('none');
});

test("a customer's outcome or a rank among others in the stats section still asks (review)", () => {
  const customer =
    '# Beta\n\n## Results\n\nAfter moving to our platform, Initech saw 3x more active users in a month.';
  expect(worthOf(customer, '3x more')).not.toBe('none');
  const rank = '# Beta\n\n## Results\n\nWe had the most downloads ever of any open-source database.';
  expect(worthOf(rank, 'the most downloads')).not.toBe('none');
  const notOurs = '# Beta\n\n## The results: stats\n\nHere are the numbers:\n\n- 108 new projects started\n';
  expect(worthOf(notOurs, '108')).not.toBe('none');
});
