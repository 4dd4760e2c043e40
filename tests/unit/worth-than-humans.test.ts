// held35: a vendor's case study says its system extracts information "much more quickly than even the most experienced
// human could ever accomplish": measured against people, a claim to source, not two parts of a mechanism compared
// ("faster than the next segment can consume it" still is one).
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test('a comparison with people is a claim; one between two parts of a mechanism is not', () => {
  const people = '# Case\n\nIt reads tables much more quickly than even the most experienced human could.';
  expect(worthOf(people, 'more quickly than')).not.toBe('none');
  expect(
    worthOf('# Case\n\nIt answers faster than a human expert can read the manual.', 'faster than'),
  ).not.toBe('none');
  const mechanism = '# How\n\nThe stage produces output faster than the next segment can consume it.';
  expect(worthOf(mechanism, 'faster than')).toBe('none');
});
