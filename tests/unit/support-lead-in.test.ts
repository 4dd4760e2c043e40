// A table's source in the paragraph that leads into it past short labels ("- **Join** on 1M rows:") and the tables
// between them; and the product a denied comparison holds up ("you won't find a CI faster than Kestrel Cloud") is
// the author's own, not a rival; so is a name the title gives, in a title that compares nothing.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const TABLES = `# Kestrel joins

Below are the summaries of the 5 GB run; the whole benchmark is [on its site](https://db-bench.github.io/joins).

- **Join** on 100k rows, 7 columns:

| Package | Version | Time [s] |
| :--- | :--- | ---: |
| Kestrel | 0.6.5 | 125 |
| Pandas | 1.1.5 | 746 |

- **Group by** on 100k rows, 9 columns:

| Package | Version | Time [s] |
| :--- | :--- | ---: |
| Kestrel | 0.6.5 | 29 |
| Pandas | 1.1.5 | 87 |
`;

test('tables under short labels take their source from the paragraph that leads into them', () => {
  const report = analyzeMarkdown(TABLES, { file: 'case.md' });
  const cells = report.claims.filter((c) => c.table !== undefined && /^(?:125|746|29|87)$/.test(c.text));
  expect(cells.map((c) => c.text)).toEqual(['125', '746', '29', '87']);
  for (const c of cells) expect([c.text, c.support]).toEqual([c.text, 'linked']);
  expect(report.findings.filter((f) => f.rule === 'unsupported-table')).toEqual([]);
});

test('a label with a sentence of its own, or a heading, stops the walk up', () => {
  const cut = TABLES.replace(
    '- **Group by** on 100k rows, 9 columns:',
    '## Group by\n\nGrouping is different.',
  );
  const report = analyzeMarkdown(cut, { file: 'case.md' });
  const support = (text: string) =>
    report.claims.find((c) => c.table !== undefined && c.text === text)?.support;
  expect(support('125')).toBe('linked');
  expect(support('29')).toBe('unsupported');
});

test("the hero of a denied comparison is the author's own product, not a competitor", () => {
  const post = (denied: string) =>
    analyzeMarkdown(
      `# Kestrel Builds vs. Jenkins\n\nKestrel.dev saw 9x faster builds after the move.\n\n${denied}`,
      { file: 'case.md' },
    ).claims.find((c) => c.text.startsWith('9x'))!.worthReasons;
  expect(post("You won't find a CI service faster than Kestrel Cloud.")).not.toContain(
    'compares with a competitor',
  );
  // The same comparison, not denied, makes Kestrel a rival (the title sets one against another).
  expect(post('A CI service can be faster than Kestrel Cloud.').join()).toMatch(/competitor/);
});

test("a name the title gives is the author's own, even after 'than', unless the title compares", () => {
  const reasons = (title: string) =>
    analyzeMarkdown(
      `# ${title}\n\nQuillpad checks the repo 3x faster after the rewrite.\n\nLintly is slower than Quillpad.`,
      {
        file: 'case.md',
      },
    ).claims.find((c) => c.text.startsWith('3x'))!.worthReasons;
  expect(reasons('How we made the Quillpad CLI faster')).not.toContain('compares with a competitor');
  expect(reasons('Quillpad vs. Lintly: a benchmark')).toContain('compares with a competitor');
});

const PRICES = (caption: string) => `# The bill

Here is how the bill compounds:

| Component | Cost |
| :--- | :--- |
| APM | $31/host/month |
| Log ingestion | $0.10/GB |
| Log indexing | $1.70/million events |

${caption}
`;

test('a caption under a price table that says where to verify it ("Verify at [the pricing page](url)") is its source', () => {
  const support = (caption: string) =>
    analyzeMarkdown(PRICES(caption), { file: 'bill.md' })
      .claims.filter((c) => c.table !== undefined && c.kind === 'money')
      .map((c) => c.support);
  expect(
    support(
      '*Pricing as of March 2026. Based on publicly listed rates, annual billing. Verify at [tidewatch.io/pricing](https://www.tidewatch.io/pricing/).*',
    ),
  ).toEqual(['linked', 'linked', 'linked']);
  // A link under the table that says nothing of the figures is no source for them.
  expect(support('*Next: [how we cut it](https://blog.quillpad.dev/cut).*')).toEqual([
    'unsupported',
    'unsupported',
    'unsupported',
  ]);
});

test('"let\'s look at this table ... from [this paper](url)", a chart, then the two paragraphs that read it', () => {
  const post = (intro: string) =>
    [
      '# Where the time goes',
      `For example, let's look at ${intro} of FLOP counts on a language model from [this paper](https://arxiv.org/abs/2007.00072).`,
      '<center><img src="flops.png"></center>',
      'You can see that altogether, our non-matmul ops only make up 0.2% of our FLOPS.',
      'But in this case, the normalization ops achieve 250x less FLOPS than our matmuls.',
      'Later on, pointwise ops got 40x faster on the new chips.',
    ].join('\n\n');
  const support = (intro: string) =>
    Object.fromEntries(
      analyzeMarkdown(post(intro), { file: 'p.md' }).claims.map((c) => [c.text.split(' ')[0], c.support]),
    );
  expect(support('this table')).toMatchObject({ '0.2%': 'linked', '250x': 'linked', '40x': 'unsupported' });
  // A link that shows no table or chart speaks for its own paragraph only.
  expect(support('the counts')).toMatchObject({ '0.2%': 'unsupported', '250x': 'unsupported' });
});

test('a link earlier in the paragraph on the subject the claim\'s sentence opens with ("Huge pages are ...")', () => {
  const support = (second: string) =>
    analyzeMarkdown(
      `# Connections\n\nMemory overhead drops when [huge pages](https://www.postgresql.org/docs/current/kernel-resources.html) are enabled. Children copy their parent's page table. ${second}`,
      { file: 'c.md' },
    ).claims.find((c) => c.text.startsWith('~500x'))?.support;
  expect(support('Huge pages are ~500x bigger than standard 4 kB pages.')).toBe('linked');
  // Another subject, or the link's words later in the sentence, is no page about the figure.
  expect(support('Page tables are ~500x bigger than they need to be.')).toBe('unsupported');
  expect(support('With huge pages, tables are ~500x smaller.')).toBe('unsupported');
});
