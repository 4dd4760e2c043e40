// held35: a vendor's manifesto opens with "## $100 billion+" and, under it, "That's the expected size of the global
// database market in the coming years." The heading's figure is read with the sentence that says what it is.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

test('a figure alone as a heading is read with the sentence under it that says what it is', () => {
  const post = "# Manifesto\n\n## $100 billion+\n\nThat's the expected size of the global database market.\n";
  expect(claimOf(post, '$100 billion').worth).toBe('medium');
  // A sentence under it that does not say what the figure is leaves the heading a figure alone.
  const other = '# Manifesto\n\n## $100 billion+\n\nWe started in a garage in 2019.\n';
  expect(claimOf(other, '$100 billion').worth).toBe('none');
});
