// A count that names its things right after it ("3 connectivity services: Direct Internet Access, Private VLAN, and
// Shared Internet Access", held34) is no statistic; one whose list says more, or counts otherwise, still asks.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const COUNTS = 'the number of things it names right after it';
const reasonsOf = (markdown: string, text: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text))!.worthReasons;

test('a count of the names after its colon', () => {
  expect(reasonsOf('The pilot covered 3 hospitals: Charité, Vivantes and Helios.', '3 hospitals')).toContain(
    COUNTS,
  );
  expect(reasonsOf('We run 2 clusters: eu-west, and us-east.', '2 clusters')).toContain(COUNTS);
});

test('not when the list counts otherwise, says more than names, or stands far from the figure', () => {
  expect(
    reasonsOf('The pilot covered 4 hospitals: Charité, Vivantes and Helios.', '4 hospitals'),
  ).not.toContain(COUNTS);
  expect(
    reasonsOf(
      'It took 2 engineers: one who rewrote the storage layer over a weekend, and one for the frontend.',
      '2 engineers',
    ),
  ).not.toContain(COUNTS);
  expect(
    reasonsOf(
      'We opened 3 offices in the regions where our partners have asked for more help: Paris, Lyon and Nice.',
      '3 offices',
    ),
  ).not.toContain(COUNTS);
  // Who uses it is the claim there, not how many.
  expect(reasonsOf('Trusted by 3 Fortune 500 banks: Chase, Citi and HSBC.', '3')).not.toContain(COUNTS);
});
