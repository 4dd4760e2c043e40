// held41: a project's yearly survey write-up, "Survey 2020" in its title, each question in bold over a table of its
// answers ("**Which executor do you use? (single choice)**" then "| Celery | 100 | 49.26 |"), and prose reading
// the tables: "about 69% of users decide to use Postgres", the reasons in brackets ("faster scheduler (8.37%)").
// It never says "we ran a survey" or "respondents": the questions and their answers make it the author's own.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';
import { worthOf } from '../helpers/claim-of';

const question = (q: string, rows: [string, number, number][]) =>
  `**${q}**\n\n|   | No. | % |\n|---|---|---|\n${rows.map(([a, n, p]) => `| ${a} | ${n} | ${p} |`).join('\n')}\n\n`;

const post = (title: string) =>
  `# ${title}\n\nListening to our community matters, so here is what our users told us.\n\n` +
  question('What best describes your role? (single choice)', [
    ['Data Engineer', 115, 56.65],
    ['Developer', 28, 13.79],
  ]) +
  question('Which executor do you use? (single choice)', [
    ['Celery', 100, 49.26],
    ['Kubernetes', 40, 19.7],
  ]) +
  question('What would you like to see improved? (multiple choice)', [
    ['General performance improvements', 133, 65.52],
    ['Improved data lineage', 65, 32.02],
  ]) +
  'About 69% of users pick Postgres as their metadata database.\n\n' +
  'Their choice is usually justified by an easier authoring experience (12.32%) and a faster scheduler (8.37% both).\n';

test("a survey post's questions over their answers make its tables and shares the author's own", () => {
  const ours = post('Orbitflow Survey 2020');
  expect(worthOf(ours, 'About 69%')).toBe('none');
  expect(worthOf(ours, '8.37%')).toBe('none');
  const report = analyzeMarkdown(ours);
  expect(report.findings.filter((f) => f.rule === 'unsupported-table')).toEqual([]);
});

test('the same tables under a title that names no survey still ask for a source', () => {
  const report = analyzeMarkdown(post('Orbitflow in 2020'));
  expect(report.findings.filter((f) => f.rule === 'unsupported-table').length).toBeGreaterThan(0);
});

test('"respondants", as a survey post may spell it, are respondents; "more than twice as many votes" is a count', () => {
  const md =
    '# Insights from the first Orbitflow survey\n\nIn August we ran a survey of the Orbitflow community.\n\n' +
    'We had about 40 respondants overall. An earlier Twitter poll had more than twice as many votes.\n\n' +
    '## Usage\n\nNearly 40% of respondants were using Orbitflow in production.\n';
  expect(worthOf(md, 'Nearly 40%')).toBe('none');
  expect(worthOf(md, 'twice as many')).toBe('none');
});
