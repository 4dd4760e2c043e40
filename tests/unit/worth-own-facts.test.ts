// held36: trivial facts a company or an author states about itself. A share of the author's own team or time ("only
// one out of four team members was familiar with it"), the company's own round said in the third person ("The company
// has received nearly $50M in Series A funding": a low note, as "we raised" is), and a change the author measured
// with a profiler the post names (pyinstrument). (A star count of a project the post speaks of stays a claim:
// worth-edges.test.ts.)
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test("a share of the author's own team is theirs; a share of customers is not", () => {
  const team = '# T\n\nOn our website team, only one out of four team members was familiar with it.';
  expect(worthOf(team, 'one out of four')).toBe('none');
  expect(
    worthOf('# T\n\nOnly one out of four of our customers was familiar with it.', 'one out of four'),
  ).not.toBe('none');
});

test("the company's own round, in the third person, is a low note", () => {
  const own =
    '# Introducing Acme, Inc.\n\nThe company has received nearly $50M in Series A funding led by Index.';
  expect(worthOf(own, '$50M')).toBe('low');
});

test('a profiler the post names is a method cue', async () => {
  const { methodCues } = await import('../../src/core/worth/method-cues');
  const found = new Set<number>();
  methodCues('The pyinstrument output shows the hot path.', found);
  expect(found.size).toBe(1);
});

test("a company's headcount is its size; the employees who use a product count adoption", () => {
  expect(worthOf('# T\n\nAcme is a gaming company and has more than 700 employees.', '700 employees')).toBe(
    'none',
  );
  expect(worthOf('# T\n\nOur tool is used by 10,000 employees at Initech.', '10,000 employees')).not.toBe(
    'none',
  );
});

test("a team share across the industry or at another firm, and customers' headcounts, still ask (review)", () => {
  const industry =
    '# T\n\nOur survey found 70% of the platform team members across the industry are burned out.';
  expect(worthOf(industry, '70%')).not.toBe('none');
  expect(
    worthOf('# T\n\nQuillbase is trusted by enterprises with over 100,000 employees.', '100,000'),
  ).not.toBe('none');
  expect(worthOf('# T\n\nEvery Quillbase customer has more than 5,000 employees.', '5,000')).not.toBe('none');
});
