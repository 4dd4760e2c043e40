// held34: "My goal was to guide the engineer by the hand and spare them 100% of the repetitive work" is an aim, and
// "the 100% Django codebase" says all of it is Django; a result after the aim, or a share of people, still asks.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const worthOf = (markdown: string, text: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text))!.worth;

test('an aim and a whole stack are no figures to check', () => {
  expect(worthOf('Our goal is to spare operators 100% of the manual edits.', '100%')).toBe('none');
  expect(worthOf('We kept it simple: a 100% Rust backend and nothing else.', '100%')).toBe('none');
});

test('a result told after the aim, or a share of something, still asks', () => {
  expect(worthOf('Our goal was to cut costs, and we cut them by 40% in a quarter.', '40%')).not.toBe('none');
  expect(worthOf('Our goal was to cut costs and we cut them by 40% in a quarter.', '40%')).not.toBe('none');
  expect(worthOf('Today 100% of Fortune 500 banks run our agent.', '100%')).not.toBe('none');
});
