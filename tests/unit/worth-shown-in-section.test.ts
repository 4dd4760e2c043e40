// held41: a personal post timing the author's own site, under the timeline's screenshots: "A reload is better,
// down to 728ms", "Compared to the previous load of 1,390ms, we're talking about a reduction of 1,123ms or 80.8%".
// The section shows the measurement. The same figure with no picture in its section, set against a rival, or the
// title's headline multiple still asks.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

const shot = '![Timeline of the first visit](new-first.png)\n\n';
const said =
  'The first visit now has DOMContentLoaded at 270ms. Compared to the previous load of 1,400ms, ' +
  "we're talking about a reduction of 1,130ms or 80.7%.\n";

test("the author's own timing, in a section that shows its screenshot, asks for no source", () => {
  expect(worthOf(`# Moving my blog\n\n## After\n\n${shot}That's better.\n\n${said}`, '1,130ms')).toBe('none');
});

test('a sentence that reads the screenshots ("Here the results ...") needs no first person', () => {
  const md = `# Quill 2 against Quill 1\n\n## Category page\n\n${shot}Here the results are almost even, except for a slight rise in server memory (+9%).\n`;
  expect(worthOf(md, '+9%')).toBe('none');
});

test('with no picture in its section, against a rival, or as the headline multiple, it still asks', () => {
  expect(worthOf(`# Moving my blog\n\n${shot}## After\n\nThat's better.\n\n${said}`, '80.7%')).not.toBe(
    'none',
  );
  const rival = `# Moving my blog\n\n## After\n\n${shot}Our pages now load 40% faster than Ghost's.\n`;
  expect(worthOf(rival, '40% faster')).not.toBe('none');
  const headline = `# We made builds 8x faster\n\n## After\n\n${shot}That's better.\n\nOur builds now run 8x quicker.\n`;
  expect(worthOf(headline, '8x quicker')).not.toBe('none');
});
