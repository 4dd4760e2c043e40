// A table the lead-in sets out as the author's own metrics ("we highlight key wins from our adoption metrics") holds
// first-party figures, not statistics of the world; the same table set against a rival is a comparison to source.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

const table = (lead: string) =>
  [
    '# Two years of our developer portal',
    lead,
    '| Metric | 2022 key wins |\n| --- | --- |\n| Onboarding | A success rate of ~96% of engineers finishing the bootcamp |\n| Usage | 3000+ engineers use it for ~25 min a day |',
  ].join('\n\n');

test("our metrics table: its shares and timings are the author's own", () => {
  const markdown = table('Below, we highlight key wins from our adoption metrics for 2022.');
  expect(claimOf(markdown, '~96%').worth).toBe('none');
  expect(claimOf(markdown, '~25 min').worth).toBe('none');
});

test('a table with no owner in its lead-in keeps its figures to source', () => {
  const markdown = table('Below are the key wins for 2022.');
  expect(claimOf(markdown, '~96%').worth).not.toBe('none');
});

test("our metrics set against a rival are a comparison, not the author's own figures", () => {
  const markdown = table('Below, our adoption metrics for 2022, compared with those of Backlane.');
  expect(claimOf(markdown, '~96%').worth).not.toBe('none');
});
