import { describe, expect, test } from 'vitest';
import type { Block } from '../core/article';
import { splitFrontMatter } from './front-matter';
import { markdownToArticle } from './markdown';

const blocks = (md: string): Block[] => markdownToArticle(md).blocks;
const kinds = (md: string): [string, string][] => blocks(md).map((b) => [b.kind, b.text]);

describe('markdown blocks', () => {
  test.each<[string, string, [string, string][]]>([
    [
      'headings, paragraphs and soft breaks',
      '# Title\n\nFirst line\nsecond line.\n',
      [
        ['heading', 'Title'],
        ['paragraph', 'First line second line.'],
      ],
    ],
    [
      'emphasis joins without spaces',
      'Cut by **40**% in _one_ year.',
      [['paragraph', 'Cut by 40% in one year.']],
    ],
    [
      'nested lists',
      '- Fast\n  - 3x faster\n- Cheap\n',
      [
        ['list-item', 'Fast'],
        ['list-item', '3x faster'],
        ['list-item', 'Cheap'],
      ],
    ],
    [
      'ordered lists',
      '1. **Engine**: does things\n2. Second\n',
      [
        ['list-item', 'Engine: does things'],
        ['list-item', 'Second'],
      ],
    ],
    ['blockquotes', '> Quoted 90%\n> still quoted\n', [['blockquote', 'Quoted 90% still quoted']]],
    [
      'images are ignored, their caption line kept',
      '![a chart](c.png)\n*Chart — Photo: Unsplash*\n',
      [['paragraph', 'Chart — Photo: Unsplash']],
    ],
    ['"<50ms" is text, not a tag', 'Latency <50ms and <5 s.', [['paragraph', 'Latency <50ms and <5 s.']]],
    [
      'footnote markers and definitions stay literal',
      'Claim[^1] here.\n\n[^1]: https://doi.org/10.1/x\n',
      [
        ['paragraph', 'Claim[^1] here.'],
        ['paragraph', '[^1]: https://doi.org/10.1/x'],
      ],
    ],
    [
      'raw HTML blocks go through the HTML path without leaking tags',
      '<div class="note">\n<p>Inside <b>HTML</b> 20%</p>\n</div>\n\nAfter',
      [
        ['paragraph', 'Inside HTML 20%'],
        ['paragraph', 'After'],
      ],
    ],
    [
      'inline raw HTML does not leak tags',
      'Text with <span style="color:red">red</span> and <br> break',
      [['paragraph', 'Text with red and break']],
    ],
    ['raw scripts are dropped', '<script>alert(1)</script>\n\nSafe text', [['paragraph', 'Safe text']]],
    ['horizontal rules and blank input give nothing', '---\n\n***\n', []],
  ])('%s', (_name, md, expected) => {
    expect(kinds(md)).toEqual(expected);
  });

  test('fenced code keeps its text and a lower-case language', () => {
    expect(blocks('```Python {linenos}\nfrom acme import x\n\n  y = 1\n```\n')).toEqual([
      { kind: 'code', text: 'from acme import x\n\n  y = 1', links: [], language: 'python' },
    ]);
  });

  test('GFM tables give rows with cells and header', () => {
    const rows = blocks('| Metric | Value |\n|---|---:|\n| Uptime | 99.7% |\n| Latency | <50ms |\n');
    expect(rows.map((r) => [r.text, r.isHeader ?? false])).toEqual([
      ['Metric | Value', true],
      ['Uptime | 99.7%', false],
      ['Latency | <50ms', false],
    ]);
    expect(rows.every((r) => r.kind === 'table-row' && r.header?.join() === 'Metric,Value')).toBe(true);
    expect(rows[2]?.cells).toEqual([
      { start: 0, end: 7 },
      { start: 10, end: 15 },
    ]);
  });

  test.each<[string, string, Block['links']]>([
    [
      'inline links',
      'See [the study](https://ex.org/s) now.',
      [{ start: 4, end: 13, href: 'https://ex.org/s', text: 'the study' }],
    ],
    [
      'reference links',
      'See [docs][d].\n\n[d]: https://docs.ex.org\n',
      [{ start: 4, end: 8, href: 'https://docs.ex.org', text: 'docs' }],
    ],
    [
      'autolinks',
      'Go to <https://ex.org/a>.',
      [{ start: 6, end: 22, href: 'https://ex.org/a', text: 'https://ex.org/a' }],
    ],
    [
      'bare URLs are linked (linkify)',
      'Source: https://ex.org/r today',
      [{ start: 8, end: 24, href: 'https://ex.org/r', text: 'https://ex.org/r' }],
    ],
    [
      'empty and javascript: hrefs are kept for the checks',
      '[a]() and [b](javascript:void(0))',
      [
        { start: 0, end: 1, href: '', text: 'a' },
        { start: 6, end: 7, href: 'javascript:void(0)', text: 'b' },
      ],
    ],
    ['"(link)" placeholders stay text', 'Read more (link).', []],
    [
      'www. addresses are linked; file names with country-domain endings are not',
      'Run app.py, read README.md, visit www.ex.org.',
      [{ start: 34, end: 44, href: 'http://www.ex.org', text: 'www.ex.org' }],
    ],
    [
      'a link the site generator writes is a link into the site; a bare "{{link}}" is kept for the checks',
      'In [Presto 309+]({{site.url}}/download.html), [the post]({% post_url 2019-05-01-orc %}), [x]({{link}}) and [y][r].\n\n[r]: {{ site.repo }}/pull/229\n',
      [
        { start: 3, end: 14, href: '/download.html', text: 'Presto 309+' },
        { start: 16, end: 24, href: '/', text: 'the post' },
        { start: 26, end: 27, href: '%7B%7Blink%7D%7D', text: 'x' },
        { start: 32, end: 33, href: '/pull/229', text: 'y' },
      ],
    ],
    [
      'a site value with a path after it is a link into the site, an image too',
      'See [the docs]({{ BASE_PATH }}/docs/setup.html).\n\n![chart]({{ BASE_PATH }}/assets/p99.png)\n\nAfter.',
      [{ start: 4, end: 12, href: '/docs/setup.html', text: 'the docs' }],
    ],
    [
      "the site's own address, written by the site generator, is an e-mail link named by its value",
      'Feel free to [contact us](mailto:{{ site.email }}).',
      [{ start: 13, end: 23, href: 'mailto:site.email', text: 'contact us' }],
    ],
    [
      'e-mail addresses are linked',
      'Mail a@ex.org',
      [{ start: 5, end: 13, href: 'mailto:a@ex.org', text: 'a@ex.org' }],
    ],
  ])('%s', (_name, md, links) => {
    expect(blocks(md)[0]?.links).toEqual(links);
  });

  test('a picture alone between paragraphs marks both, whatever the site writes into its address', () => {
    const out = blocks(
      'Our p99 fell:\n\n![p99]({{ BASE_PATH }}/assets/p99.png)\n\nFrom 80 ms to 40 ms.\n\nNext.',
    );
    expect(out.map((b) => [b.text, b.figureAbove, b.figureBelow])).toEqual([
      ['Our p99 fell:', undefined, true],
      ['From 80 ms to 40 ms.', true, undefined],
      ['Next.', undefined, undefined],
    ]);
  });

  test('a table row of screenshots and no text is a figure for the blocks beside it', () => {
    const out = blocks(
      'Memory rose by a third:\n\n| 1.6 | 1.7 |\n|---|---|\n| [![Home, 1.6](a.png)](a-full.png) | ![Home, 1.7](b.png) |\n\nNext.',
    );
    expect(out.map((b) => [b.text, b.figureAbove, b.figureBelow, b.figureAlt])).toEqual([
      ['Memory rose by a third:', undefined, undefined, undefined],
      ['1.6 | 1.7', undefined, true, 'Home, 1.6; Home, 1.7'],
      ['Next.', true, undefined, 'Home, 1.6; Home, 1.7'],
    ]);
    // A row with words beside its picture is a row of the table, no figure.
    const worded = blocks('| Build | Chart |\n|---|---|\n| Fast | ![up](c.png) |\n\nNext.');
    expect(worded.map((b) => [b.text, b.figureAbove, b.figureBelow])).toEqual([
      ['Build | Chart', undefined, undefined],
      ['Fast | ', undefined, undefined],
      ['Next.', undefined, undefined],
    ]);
  });

  test('inline code becomes a code mark', () => {
    const [p] = blocks('Run `pip install acme` then `acme --fast`.');
    expect(p?.text).toBe('Run pip install acme then acme --fast.');
    expect(p?.marks).toEqual([
      { start: 4, end: 20, kind: 'code' },
      { start: 26, end: 37, kind: 'code' },
    ]);
  });
});

describe('front matter and title', () => {
  test.each<[string, string, string, string[]]>([
    [
      'front matter title wins',
      '---\ntitle: "Green: a post"\ndate: 2026-02-09\n---\n\n# Heading\n\nBody 5%\n',
      'Green: a post',
      ['Heading', 'Body 5%'],
    ],
    [
      'first heading when front matter has no title',
      '---\nauthor: Someone\n---\n## Sub\n\n# Main\n',
      'Sub',
      ['Sub', 'Main'],
    ],
    ['no front matter', '# Only heading\n\ntext', 'Only heading', ['Only heading', 'text']],
    [
      "a Jekyll heading of '{{ page.title }}' shows the front matter's title",
      '---\ntitle: "Old drives"\n---\n{{ page.title }}\n================\n\nBody\n',
      'Old drives',
      ['Old drives', 'Body'],
    ],
    [
      "a table whose delimiter row has fewer cells than its header is still a table (kramdown's reading)",
      '| | A | B | Change |\n| --- | --- |\n| Latency | 70ms | 5ms | 14x |\n',
      '',
      [' | A | B | Change', 'Latency | 70ms | 5ms | 14x'],
    ],
    ['broken YAML is still stripped', '---\ntitle: "unclosed\ntags: [a\n---\nBody\n', '', ['Body']],
    [
      'key lines at the top closed by a "---" line only are front matter (Pelican style)',
      'Title: I sped up the suite by 2x\nTags: Go, SQL\n---\n\nBody 5%\n',
      'I sped up the suite by 2x',
      ['Body 5%'],
    ],
    [
      '... but a paragraph over a rule is prose',
      'Note: this ran on 4 cores\n---\n\nBody\n',
      'Note: this ran on 4 cores',
      ['Note: this ran on 4 cores', 'Body'],
    ],
    // A rule, then a setext heading: nothing is stripped.
    [
      'TOML front matter (Hugo, Franklin): its title, none of its values as text',
      '+++\ntitle = "Kelp in 2025"\ndate = 2026-01-04T12:35:00Z\nrss = """Highlights of 2025."""\nweight = 10\n+++\n\n## Funding\n\nBody 5%\n',
      'Kelp in 2025',
      ['Funding', 'Body 5%'],
    ],
    [
      'a Nikola metadata comment names the title',
      '<!--\n.. title: Mining traces with Z3\n.. slug: z3\n.. date: 2024-07-19 17:01:09 UTC\n-->\n\n## Approach\n\nBody\n',
      'Mining traces with Z3',
      ['Approach', 'Body'],
    ],
    [
      'a leading rule with prose under it is not front matter',
      '---\nJust prose here\n---\nMore\n',
      'Just prose here',
      ['Just prose here', 'More'],
    ],
  ])('%s', (_name, md, title, texts) => {
    const a = markdownToArticle(md, { file: 'post.md' });
    expect(a.title).toBe(title);
    expect(a.file).toBe('post.md');
    expect(a.blocks.map((b) => b.text)).toEqual(texts);
  });

  test.each<[string, string, string | null, string]>([
    ['CRLF line ends', '---\r\ntitle: Win\r\n---\r\nBody', 'Win', 'Body'],
    ['"..." closes', '---\ntitle: Dots\n...\nBody', 'Dots', 'Body'],
    ['empty front matter', '---\n---\nBody', null, 'Body'],
    ['byte order mark', '\ufeff---\ntitle: Bom\n---\nBody', 'Bom', 'Body'],
    ['numeric title', '---\ntitle: 2026\n---\nBody', '2026', 'Body'],
    [
      'a "heading" key when there is no title',
      '---\nheading: Why queues slow down\n---\nBody',
      'Why queues slow down',
      'Body',
    ],
    ['"title" before "heading"', '---\nheading: H\ntitle: T\n---\nBody', 'T', 'Body'],
    ['duplicate keys do not lose the title', '---\ntitle: A\ntitle: B\n---\nBody', 'B', 'Body'],
    ['not at the top', 'Intro\n---\ntitle: x\n---\n', null, 'Intro\n---\ntitle: x\n---\n'],
    ['unclosed', '---\ntitle: x\nBody', null, '---\ntitle: x\nBody'],
    [
      'TOML with CRLF and a table after the title',
      '+++\r\ntitle = \'Lit\'\r\n[params]\r\ntitle = "no"\r\n+++\r\nBody',
      'Lit',
      'Body',
    ],
    ['TOML escapes', '+++\ntitle = "A \\"quoted\\" \\u00e9"\n+++\nBody', 'A "quoted" é', 'Body'],
    ['TOML title only inside a table', '+++\n[params]\ntitle = "no"\n+++\nBody', null, 'Body'],
    [
      "Zine's SuperMD front matter (Zig object notation)",
      '---\n.title = "Goodbye to C++",\n.date = "2022-12-07",\n.custom = {\n    "k": "v",\n},\n---\nBody',
      'Goodbye to C++',
      'Body',
    ],
    ['unclosed TOML', '+++\ntitle = "x"\nBody', null, '+++\ntitle = "x"\nBody'],
  ])('splitFrontMatter: %s', (_name, md, title, body) => {
    const fm = splitFrontMatter(md);
    expect(fm.title).toBe(title);
    expect(fm.body).toBe(body);
  });
});

describe('robustness', () => {
  test.each([[''], ['\n\n'], ['---'], ['```'], ['<div>'], ['[^1]:'], ['| a |\n|---|']])(
    '%j does not throw',
    (md) => {
      expect(Array.isArray(markdownToArticle(md).blocks)).toBe(true);
    },
  );

  test('empty input gives an article with no blocks', () => {
    expect(markdownToArticle('')).toEqual({ title: '', url: null, file: null, blocks: [] });
  });

  test('1 MB of Markdown is read in linear time', () => {
    const unit =
      'Usage grew **40%** with [a source](https://ex.org).\n\n- 3x faster\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n';
    const count = Math.ceil(1_000_000 / unit.length);
    const t = performance.now();
    const a = markdownToArticle(unit.repeat(count));
    expect(a.blocks).toHaveLength(count * 4);
    expect(performance.now() - t).toBeLessThan(15_000);
  });
});

describe('markup that is not Markdown', () => {
  test('a tag with a JSX expression attribute (Docusaurus reads .md as MDX) leaves no attribute text', () => {
    const a = markdownToArticle(
      'Costs are complex.\n\n<img width="85%" src={useBaseUrl("img/plan.png")} alt="PlanForCloud"/>\n\nPrices change 40% a year, says <Badge value={3} /> the report.\n',
    );
    expect(a.blocks.map((b) => b.text)).toEqual([
      'Costs are complex.',
      'Prices change 40% a year, says the report.',
    ]);
  });

  test('an MDX comment, on one line or over several, is no text', () => {
    const a = markdownToArticle(
      'Two thirds were breached.\n\n{/* GRAPHIC: bars, Under $10M -> $1B+,\nSaaS 83% vs On-Prem 38%. */}\n\nThe rest {/* TODO 90% */} were not.\n',
    );
    expect(a.blocks.map((b) => b.text)).toEqual(['Two thirds were breached.', 'The rest were not.']);
  });

  test('display math over several lines is a code block, never prose', () => {
    const a = markdownToArticle(
      'The loss is:\n\n$$\nL = N_E \\sum_{i=1}^{N_E} f_i p_i\n$$\n\nIt needs 3 passes.\n\n$$ x = \\frac{1}{2}\ny = 3 $$\n\nDone.\n',
    );
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The loss is:'],
      ['code', 'L = N_E \\sum_{i=1}^{N_E} f_i p_i'],
      ['paragraph', 'It needs 3 passes.'],
      // The lines that open and close the math carry only formula: no text is left of them.
      ['paragraph', 'Done.'],
    ]);
  });
});
