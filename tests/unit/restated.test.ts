// A figure restated with its source, and a survey referred back to: through the whole engine (Markdown in, support out).
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';
import { restatedSupport } from '../../src/core/restated';
import { claim } from '../helpers/report';

const support = (md: string, text: string) =>
  analyzeMarkdown(md, { file: 'post.md' }).claims.find((c) => c.text.includes(text))?.support;

const STUDY = 'https://arxiv.org/abs/2512.14792';
const PR = 'https://github.com/py/cpython/pull/128718';

// [case, article, the figure, its second mention's support, the link it then stands on]
test.each([
  [
    'the same figure about the same thing, linked before',
    `A 2025 [study](${STUDY}) found models write correct Terraform only 27.1% of the time.\n\n## FAQ\n\nCan agents write Terraform? Not yet: one study found models write correct Terraform only 27.1% of the time.`,
    '27.1%',
    'linked',
    STUDY,
  ],
  [
    'the same number about something else',
    `A [study](${STUDY}) found models write correct Terraform only 27.1% of the time.\n\n## Pricing\n\nOur storage bill fell 27.1% after the migration to cold buckets.`,
    '27.1%',
    'unsupported',
    null,
  ],
  [
    'a linked range quoted back in other words',
    `The first results [were impressive](${PR}), showing a 10-15% improvement.\n\n## Generalizing\n\nTo say "the new interpreter is 10-15% faster than the old one" needs more beliefs about the world.`,
    '10-15%',
    'linked',
    PR,
  ],
  [
    'a range set against the linked one',
    `The first results [were impressive](${PR}), showing a 10-15% improvement.\n\n## Costs\n\nBy contrast, our cloud bill grew 10-15% after the move.`,
    '10-15%',
    'unsupported',
    null,
  ],
])('%s', (_name, md, figure, expected, href) => {
  const claims = analyzeMarkdown(md, { file: 'post.md' }).claims.filter((c) => c.text.includes(figure));
  expect(claims[0]?.support).toBe('linked');
  expect(claims[1]?.support).toBe(expected);
  if (href) expect(claims[1]!.evidence[0]).toMatchObject({ href });
});

test('a survey named once: its results list and the rest of a paragraph that refers back to it', () => {
  const md = [
    'We asked 500 engineers in our [2026 infrastructure survey](https://research.acme-cloud.io/state-of-infra-2026).',
    'The clearest pattern: review comes first.',
    '- 70% of respondents use AI in code review.',
    '- 96% use some form of AI today.',
    'Our own survey data says so plainly: 81% of respondents let agents change production. That is the honest state: 63% trust them with production changes.',
    '## What to do',
    '1. Review every change before it ships.',
    '2. Encode the guardrails 54% of survey respondents say they run.',
    '3. Let automated review run on 99.9% of pull requests.',
  ].join('\n\n');
  expect(support(md, '96%')).toBe('linked');
  expect(support(md, '63%')).toBe('linked');
  // A later item of a list of recommendations cites the survey for itself, not for its neighbours.
  expect(support(md, '99.9%')).toBe('unsupported');
});

test('"the data shows" beside a restated figure leans on its link', () => {
  const md =
    'A 2025 [study](https://arxiv.org/abs/2512.14792) found models write correct Terraform only 27.1% of the time.\n\n## FAQ\n\nCan agents write Terraform? Not yet, and the benchmark data shows why: one study found models write correct Terraform only 27.1% of the time.';
  const weasel = analyzeMarkdown(md, { file: 'post.md' }).claims.find((c) => c.kind === 'weasel');
  expect(weasel).toMatchObject({ support: 'linked' });
});

test('a superlative ranked by a restated figure leans on its link; one without a figure does not', () => {
  const md =
    'A 2026 [evaluation](https://arxiv.org/abs/2606.05249) of CDK edits put the best model at 34% success.\n\n## FAQ\n\nCan agents edit CDK? Barely: one evaluation of CDK edits put the best-performing model at 34% success, and it remains the best agent for the job.';
  const claims = analyzeMarkdown(md, { file: 'post.md' }).claims;
  const ranked = claims.find((c) => c.text === 'the best-performing model');
  expect(ranked).toMatchObject({ support: 'linked' });
  expect(ranked!.evidence[0]?.href).toBe('https://arxiv.org/abs/2606.05249');
  expect(claims.find((c) => c.text.startsWith('the best agent'))).toMatchObject({ support: 'unsupported' });
});

test('a figure rounded from a linked one restates it; a different figure does not', () => {
  const md = [
    'The [Tidewell paper](https://papers.tidewell.dev/log) reports a peak of 89.2 million requests per second.',
    '89 million requests per second is a big database by any standard.',
    'Our own cluster peaked at 85 million requests per second.',
  ].join('\n\n');
  expect(support(md, '89 million')).toBe('linked');
  expect(support(md, '85 million')).toBe('unsupported');
});

test('a superlative ranked by a linked share in brackets leans on its link; one by an unlinked share does not', () => {
  const sentence =
    'Kubernetes is the leading platform for Collector deployment (80.6%), followed by VMs (33.3%).';
  const evidence = [
    { kind: 'link' as const, text: 'survey results', href: 'https://github.com/quillpad/surveys' },
  ];
  const leading = claim({
    id: 'c1',
    kind: 'superlative',
    text: 'the leading platform',
    sentence,
    support: 'unsupported',
  });
  const share = (support: 'linked' | 'unsupported') =>
    claim({
      id: 'c2',
      text: '80.6%',
      value: 80.6,
      unit: '%',
      sentence,
      support,
      evidence: support === 'linked' ? evidence : [],
    });
  expect(restatedSupport([leading, share('linked')])[0]).toMatchObject({ support: 'linked', evidence });
  expect(restatedSupport([leading, share('unsupported')])[0]).toMatchObject({ support: 'unsupported' });
});

test('a summary above gives a figure the announcement below links: one word in common is enough for "$125M"', () => {
  const md = (figure: string) =>
    `We raised a ${figure} Series D to bring code search to every developer.\n\n## The news\n\nWe are excited to share [the news](https://techcrunch.com/2021/07/13/acme-raises) that we closed a ${figure} Series D funding round.`;
  const claims = analyzeMarkdown(md('$125M'), { file: 'post.md' }).claims.filter((c) =>
    c.text.includes('$125M'),
  );
  expect(claims.map((c) => c.support)).toEqual(['linked', 'linked']);
  // A round figure is said by chance more often: it still needs two words in common.
  const round = analyzeMarkdown(md('$100M'), { file: 'post.md' }).claims.filter((c) =>
    c.text.includes('$100M'),
  );
  expect(round.map((c) => c.support)).toEqual(['unsupported', 'linked']);
});

test("a share everyone quotes (an SLA's 99.9% uptime) still needs two words in common; so does a sum set against another", () => {
  const sla = analyzeMarkdown(
    'Our managed Postgres delivered 99.9% uptime across every region last year.\n\nFor comparison, the [AWS EC2 SLA](https://aws.amazon.com/compute/sla/) only promises 99.9% uptime for a single instance.',
    { file: 'post.md' },
  ).claims.filter((c) => c.text === '99.9%');
  expect(sla.map((c) => c.support)).toEqual(['unsupported', 'linked']);
  const rival = analyzeMarkdown(
    'We raised $125M for the platform.\n\nBy contrast, [Globex raised $125M](https://news.example.com/globex) last year.',
    { file: 'post.md' },
  ).claims.filter((c) => c.text.includes('$125M'));
  expect(rival[0]?.support).toBe('unsupported');
});

test("two figures of a sentence given together in one linked results row are that row's; one figure alone is not", () => {
  const table = [
    '| Model | Top-1 | Retrieval |',
    '| --- | --- | --- |',
    '| [G/7](https://wandb.ai/tidewell/eval/reports/G-7) | 78.0% | 73.4% |',
    '| G/3 | 71.2% | 64.9% |',
  ].join('\n');
  const results = `## Results\n\nWe trained three models on the public set.\n\n${table}`;
  const both = `The G/7 model reaches 78.0% top-1 on the holdout set and 73.4% on retrieval.\n\n${results}`;
  expect(support(both, '78.0%')).toBe('linked');
  expect(support(both, '73.4%')).toBe('linked');
  // One figure in a sentence about something else shares no row with another.
  const one = `Our cache hit rate held at 78.0% all week.\n\n${results}`;
  expect(support(one, '78.0%')).toBe('unsupported');
  // Nor does a sentence whose figures sit in an unlinked row.
  const unlinked = `The G/3 model reaches 71.2% top-1 and 64.9% on retrieval.\n\n${results}`;
  expect(support(unlinked, '71.2%')).toBe('unsupported');
});

test('a leadership claim told again (the same superlative and the word after it) stands on its link; another does not (held24)', () => {
  const md =
    '# Quillpad is the fastest self-hostable queue\n\n' +
    'We measured Quillpad to be [the fastest self-hostable message queue](https://quillpad.dev/docs/benchmarks) among three rivals.\n\n' +
    'It is also the fastest growing project in its field.';
  const claims = analyzeMarkdown(md, { file: 'post.md' }).claims;
  const title = claims.find((c) => c.text.startsWith('the fastest self-hostable queue'));
  expect(title).toMatchObject({ support: 'linked' });
  expect(title!.evidence[0]?.href).toBe('https://quillpad.dev/docs/benchmarks');
  expect(claims.find((c) => c.text.startsWith('the fastest growing'))?.support).toBe('unsupported');
});
