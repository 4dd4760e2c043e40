// held41: "I migrated to Crunchy Bridge, reducing our monthly database hosting costs by over 47%" beside the chart of
// the bill, then, sections later, "we have trimmed our database costs significantly by more than 47%". The post
// showed the figure as its own; said again about the same thing, it asks for no source. About another thing, or
// never shown, it still asks.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';
import { SHOWN_AGAIN } from '../../src/core/restated-shown';

const post = (later: string, shownFirst = true) =>
  '# Why we left Orbit DB\n\n' +
  (shownFirst ? '![Our monthly database bill](bill.png)\n\n' : '') +
  'I moved us to Quillbase, reducing our monthly database hosting costs by over 47%.\n\n' +
  '## Egress\n\nEgress fees were the problem all along.\n\n## What we got\n\n' +
  later +
  '\n';

const worthOf = (md: string, text: string) => {
  const r = analyzeMarkdown(md);
  return r.claims.filter((c) => c.text === text).map((c) => [c.worth, c.worthReasons[0]]);
};

test('a figure the post showed as its own, said again about the same thing, asks for no source', () => {
  const md = post(
    'Not only have we trimmed our database costs significantly by more than 47%, we doubled RAM.',
  );
  expect(worthOf(md, 'more than 47%')).toEqual([['none', SHOWN_AGAIN]]);
});

test('said about another thing, or never shown, it still asks', () => {
  const other = post('Our signup conversion also went up by more than 47% this quarter.');
  expect(worthOf(other, 'more than 47%')[0]![0]).not.toBe('none');
  const unshown = post(
    'Not only have we trimmed our database costs significantly by more than 47%, we doubled RAM.',
    false,
  );
  expect(worthOf(unshown, 'more than 47%')[0]![0]).not.toBe('none');
});
