// Symbol footnotes: "1.3 million users worldwide*" with "*based on [the extension's weekly users](url)" further
// down. The note's link supports the claim; a note without a destination, or a symbol no note opens, supports nothing.
import { describe, expect, test } from 'vitest';
import { article, md } from '../helpers/blocks';
import { projectCitations as project } from '../helpers/citations';
import { analyzeArticle } from '../../src/engine/analyze';

const CLAIM = 'Today, with over 1.3 million users worldwide*, we see Vue in every kind of project.';

describe('symbol footnotes', () => {
  test("a marker joined to a word resolves to the note that opens with it, through the note's link", () => {
    const a = article(
      md(CLAIM),
      md('Other news.'),
      md(
        '*based on [Devtools extension](https://chromewebstore.google.com/detail/vue-devtools) weekly active users.',
        'list-item',
      ),
    );
    expect(project(a).filter((c) => c.block === 0)).toMatchObject([
      {
        at: '*',
        kind: 'footnote',
        followable: true,
        href: 'https://chromewebstore.google.com/detail/vue-devtools',
      },
    ]);
    expect(analyzeArticle(a).claims.find((c) => c.text.includes('1.3 million'))?.support).toBe('linked');
  });

  test('daggers and double asterisks pair with their own notes', () => {
    const a = article(
      md('Cold starts fell 38%† and bills 21%**.'),
      md('† Measured with [our load harness](https://github.com/cinderlab/load-harness).'),
      md('** See [the billing export](https://cinderlab.dev/billing-export).'),
    );
    expect(project(a).filter((c) => c.block === 0 && c.kind === 'footnote')).toMatchObject([
      { at: '†', href: 'https://github.com/cinderlab/load-harness' },
      { at: '**', href: 'https://cinderlab.dev/billing-export' },
    ]);
  });

  test('a note with no destination, a stray asterisk and arithmetic cite nothing', () => {
    const cases = [
      article(md(CLAIM), md('*based on internal data.')),
      article(md(CLAIM)),
      article(md('Score is 3*sigma above 2 * mean.'), md('*see [docs](https://cinderlab.dev/docs/score).')),
    ];
    for (const a of cases) expect(project(a).filter((c) => c.block === 0)).toEqual([]);
    expect(analyzeArticle(cases[0]!).claims.find((c) => c.text.includes('1.3 million'))?.support).toBe(
      'unsupported',
    );
  });
});

describe('which note a symbol marker points to', () => {
  const support = (blocks: ReturnType<typeof md>[], text: string) =>
    analyzeArticle(article(...blocks)).claims.find((c) => c.text.includes(text))?.support;

  test('the first note with its symbol below the marker, linked or not', () => {
    const blocks = [
      md('Quillpad Pro starts at $49/month* for small teams.'),
      md('*Prices in USD. See the [pricing page](https://quillpad.app/pricing).'),
      md('Quillpad is trusted by over 4,000 companies worldwide*.'),
      md('*Internal estimate, based on customer interviews.'),
    ];
    expect(support(blocks, '$49')).toBe('linked');
    expect(support(blocks, '4,000 companies')).toBe('unsupported');
  });

  test('a line asking the reader to follow or subscribe is no note', () => {
    const blocks = [
      md('Quillpad is trusted by over 4,000 companies worldwide*.'),
      md('* Want more stories like this? Follow us on [Twitter](https://twitter.com/quillpad).'),
    ];
    expect(support(blocks, '4,000 companies')).toBe('unsupported');
  });
});
