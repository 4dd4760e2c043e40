// held34: "The script was written to scroll a bit in 50% of the visits. And in 30% of the visits, the script would click
// on a link": settings of the author's own test script. What the script found is a result, and still asks.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const worthOf = (markdown: string, text: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text))!.worth;

test('what the script was made to do is a setting; what it found is a result', () => {
  expect(worthOf('Our script was written to reload the page in 25% of the visits.', '25%')).toBe('none');
  expect(worthOf('The script showed that 25% of visits came from data centres.', '25%')).not.toBe('none');
});
