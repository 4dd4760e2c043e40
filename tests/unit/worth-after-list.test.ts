// held35: "The root of the issue is that npm ... leads to a 99%+ false positive rate" came right after a list whose
// last item said "For example, there is a proposal ...". A list's last item leads into nothing under it, so the
// paragraph after the list is no worked example; a list under "For example, say ...:" still is.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

const LIST =
  'There are a few possible fixes.\n\n* **Inline the dependencies.** For example, Vite bundles them.\n' +
  '* **Counter-claim reports.** For example, there is a proposal.\n\n';

test('the paragraph after a list is not the example its last item gave', () => {
  const claim = 'The root of the issue is that the default leads to a 99% false positive rate.';
  expect(worthOf(`# Audit\n\n${LIST}${claim}`, '99%')).not.toBe('none');
  // A list that an example leads into is that example.
  const example =
    '# Audit\n\nFor example, say your suite has 100 tests:\n\n- 99% of them fail for bogus reasons.\n';
  expect(worthOf(example, '99%')).toBe('none');
});
