// A chart's alt text describes the post's own chart: inside an HTML <figure> it is no prose of claims; and a chart
// that names only how values changed ("reduced") shows nothing of a bounce rate the sentence beside it claims.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const post = [
  '# How Quillnews passed Core Web Vitals',
  'Further, LCP values in the "Poor" range were reduced by 31% from October to July:',
  '<figure>\n  {% Img src="lcp.png", alt="A screenshot of LCP distributions by month. The amount of LCP values classified as Poor was reduced from 14.02% to 9.67%." %}\n</figure>',
  'The result was that Quillnews now passes the thresholds and reduced bounce rates by 41% overall.',
].join('\n\n');

test('the alt text of a chart inside an HTML figure makes no claims of its own', () => {
  const texts = analyzeMarkdown(post, { file: 'case.md' }).claims.map((c) => c.text);
  expect(texts.some((t) => t.includes('14.02%'))).toBe(false);
  expect(texts.some((t) => t.includes('31%'))).toBe(true);
});

test('a bounce rate beside a chart of LCP values that were "reduced" is not read off that chart', () => {
  const claim = analyzeMarkdown(post, { file: 'case.md' }).claims.find((c) => c.text.includes('41%'));
  expect(claim?.worth).not.toBe('none');
});
