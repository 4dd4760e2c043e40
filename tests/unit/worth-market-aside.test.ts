// held41: "Foursquare supports more than 200 Macs and around 15 Windows devices in a hybrid environment, where
// developers are able to work on the platforms of their choice": a customer's fleet, not a statistic about
// developers; the clause that says so trails the sentence. A share of developers is still one.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test("a count of one customer's things, with a trailing clause about developers, is no market statistic", () => {
  const md =
    '# Orbit at Quillco\n\nQuillco supports more than 300 laptops in a hybrid office, where developers are able to work on any platform.\n';
  expect(worthOf(md, 'more than 300')).not.toBe('high');
});

test('a share of developers, with or without a trailing clause, still is', () => {
  const md =
    '# Remote work\n\nToday 70% of developers are remote, where most of them are able to work on any platform.\n';
  expect(worthOf(md, '70%')).toBe('high');
});
