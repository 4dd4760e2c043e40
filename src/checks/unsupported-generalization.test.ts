import { expect, test } from 'vitest';
import { unsupportedGeneralization } from './unsupported-generalization';
import { claim, report } from '../../tests/helpers/report';

test.each([
  ['unsupported and worth checking', {}, 'medium'],
  ['linked', { support: 'linked' as const }, null],
  ['worth nothing', { worth: 'none' as const }, null],
] as const)('a sweeping claim %s', (_name, over, severity) => {
  const c = claim({ kind: 'generalization', text: 'most teams', worth: 'medium', ...over });
  const findings = unsupportedGeneralization.run(report({ claims: [c] }));
  expect(findings.map((f) => f.severity)).toEqual(severity ? [severity] : []);
  if (severity) expect(findings[0]!.message).toBe('"most teams" is a sweeping claim with no source.');
});

test('other kinds are left to their own checks', () => {
  expect(unsupportedGeneralization.run(report({ claims: [claim({ text: '40%' })] }))).toEqual([]);
});

test('a minor "most ..." with no figure in its sentence sets the scene; with a figure, or weightier, it is reported', () => {
  const run = (over: Partial<Parameters<typeof claim>[0]>) =>
    unsupportedGeneralization
      .run(
        report({ claims: [claim({ kind: 'generalization', text: 'Most people', worth: 'low', ...over })] }),
      )
      .map((f) => f.severity);
  expect(run({ sentence: "Most people don't do that and compile their posts at build time." })).toEqual([]);
  expect(run({ text: 'Most teams', sentence: 'Most teams use maybe 10% of what they pay for.' })).toEqual([
    'low',
  ]);
  expect(
    run({ worth: 'medium', sentence: 'Most people still run their dashboards off batch jobs.' }),
  ).toEqual(['medium']);
  expect(
    run({ text: 'a growing movement of', sentence: 'There is a growing movement of teams leaving.' }),
  ).toEqual(['low']);
});

test('a sweeping phrase in the clause of a flagged figure as grave is that figure’s finding; a clause apart it is its own', () => {
  const findingsFor = (sentence: string, words: string, figure: string) => {
    const general = claim({ id: 'c1', kind: 'generalization', text: words, sentence, worth: 'low' });
    const number = claim({ id: 'c2', kind: 'number', text: figure, sentence, worth: 'high' });
    return unsupportedGeneralization.run(report({ claims: [general, number] })).map((f) => f.ref);
  };
  const one =
    'Cloudflare uses it to process a large portion of all HTTP traffic with 10+ million records per second.';
  expect(findingsFor(one, 'a large portion', '10+')).toEqual([]);
  const two = 'Over 2 million developers use Quillpad every week, and most teams run it on every commit.';
  expect(findingsFor(two, 'most teams', 'Over 2 million developers')).toEqual(['c1']);
});

test('two sweeping claims of one sentence are one finding over both; in two sentences, two', () => {
  const sentence =
    'In today’s pipelines, developers increasingly rely on open components, and many businesses use them in production.';
  const gen = (id: string, text: string, s = sentence) =>
    claim({ id, kind: 'generalization', text, sentence: s, worth: 'medium' });
  const one = unsupportedGeneralization.run(
    report({ claims: [gen('c1', 'increasingly rely'), gen('c2', 'many businesses use')] }),
  );
  expect(one).toHaveLength(1);
  expect(one[0]!.refs).toEqual(['c1', 'c2']);
  expect(one[0]!.message).toBe(
    '"increasingly rely", "many businesses use" are sweeping claims with no source.',
  );
  const two = unsupportedGeneralization.run(
    report({
      claims: [
        gen('c1', 'increasingly rely'),
        gen('c2', 'many businesses use', 'Many businesses use them too.'),
      ],
    }),
  );
  expect(two).toHaveLength(2);
});
