// "released in 1989, making it decades older than its rival": the age is the year said beside it, not a claim of its
// own; with no year given, an age set against a rival is still one.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

test('an age worked out from the year its sentence gives needs no source of its own', () => {
  const claim = claimOf(
    'Quillbase is a mature document store first released in 1994, making it a decade older than Lintly.',
    'older than Lintly',
  );
  expect(claim.worth).toBe('none');
});

test('without the year it is an unsourced comparison', () => {
  const claim = claimOf(
    'Quillbase is a mature document store, a decade older than Lintly.',
    'older than Lintly',
  );
  expect(claim.worth).not.toBe('none');
});
