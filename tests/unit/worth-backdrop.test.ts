// held35: framing a reader lets go. An opening "As ..." clause that sets the scene ("As organizations increasingly
// adopt models ..., ensuring their security has become critical"), a comparison with a quoted phrase ("heavier than
// “run a script”"), and a firm the post is about, described by its size ("how one of the world's largest financial
// services companies navigated ..."). Each beside the same words asserted.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test('an opening "As ..." clause is the backdrop; the same words as the sentence are a claim', () => {
  expect(
    worthOf('# T\n\nAs organizations increasingly adopt models, security matters.', 'increasingly'),
  ).toBe('none');
  expect(worthOf('# T\n\nOrganizations increasingly adopt models.', 'increasingly')).not.toBe('none');
  expect(worthOf('# T\n\nAs we saw, organizations increasingly adopt models.', 'increasingly')).not.toBe(
    'none',
  );
});

test('compared with a quoted phrase, not with a product', () => {
  expect(worthOf('# T\n\nDevOps is heavier than “run a script”.', 'heavier')).toBe('none');
  expect(worthOf('# T\n\nDevOps here is heavier than Redis.', 'heavier')).not.toBe('none');
});

test('a firm described by its size is no rank the author claims', () => {
  const told = '# T\n\nHe shared how one of the world’s largest financial services companies migrated.';
  expect(worthOf(told, 'largest')).toBe('none');
  expect(
    worthOf('# T\n\nWe are one of the world’s largest financial services companies.', 'largest'),
  ).not.toBe('none');
});

test('a backdrop that names a product, a company ranking itself and a product as large as one can run still claim (review)', () => {
  const named = '# T\n\nAs banks increasingly choose Quillbase over Oracle, the legacy market is collapsing.';
  expect(worthOf(named, 'increasingly')).not.toBe('none');
  expect(worthOf('# T\n\nQuillbase is one of the world’s largest data companies.', 'largest')).not.toBe(
    'none',
  );
  expect(worthOf('# T\n\nQuillbase is the fastest database you can run.', 'fastest')).not.toBe('none');
});
