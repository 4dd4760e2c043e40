// held36: an explainer's asides. "all of them, except for the biggest model, fit into memory" names the extreme of
// the set it speaks of; "[^5]: I hedge with “almost” here, but I’m not aware of any counterexamples." is the author's
// remark, no source left unlinked. A leadership "the biggest" and a footnote that cites a work still count.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

test('the extreme of the set a sentence speaks of is no rank', () => {
  const set = '# T\n\nAll of these models, except for the biggest model, fit into memory on a 24GB card.';
  expect(claimOf(set, 'the biggest model').worth).toBe('none');
  expect(claimOf('# T\n\nAcme trains the biggest model in Europe.', 'the biggest model').worth).not.toBe(
    'none',
  );
});

test("a footnote that is the author's aside is no citation; one that names a work is", () => {
  const aside =
    '# T\n\nBandwidth is almost always[^5] 100x smaller than compute.\n\n' +
    '[^5]: I hedge with “almost” here, but I’m not aware of any counterexamples.\n';
  expect(claimOf(aside, '100x').support).toBe('unsupported');
  const work =
    '# T\n\nBandwidth is almost always[^5] 100x smaller than compute.\n\n' +
    '[^5]: Williams, Waterman and Patterson, “Roofline”, Communications of the ACM, 2009.\n';
  expect(claimOf(work, '100x').support).not.toBe('unsupported');
});
