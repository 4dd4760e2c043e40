// held40: "That's faster than our 8ms lower-bound", after the napkin math that gave 8ms: the author's own estimate,
// set against the author's own run. No rival; a rival's figure still is one.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test("the author's own estimate, set against a run, is no competitor's figure", () => {
  const md = '# Napkin math\n\nLucene took 5ms. That is faster than our 8ms lower-bound.\n';
  expect(worthOf(md, '8ms lower')).toBe('none');
  expect(worthOf(md, 'faster than our')).toBe('none');
});

test("... a rival's figure still is one", () => {
  const md = "# Napkin math\n\nLucene took 5ms. That is faster than Tantivy's 8ms lower-bound.\n";
  expect(worthOf(md, '8ms lower')).toBe('high');
});
