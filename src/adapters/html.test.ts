// The HTML adapter on well-formed pages: blocks and their text, links and marks, tables, code. Broken and hostile
// input is html-broken.test.ts's.
import { describe, expect, test } from 'vitest';
import type { Block } from '../core/article';
import { blocksOf, texts } from '../../tests/helpers/html-blocks';

describe('blocks and their text', () => {
  test.each<[string, string, [string, string][]]>([
    [
      'whitespace collapses and blocks are trimmed',
      '<p>\n  Power   use\n fell\t by half.  </p>',
      [['paragraph', 'Power use fell by half.']],
    ],
    [
      'inline tags join without spaces',
      '<p>Cut by <b>40</b>% in <em>one</em> year</p>',
      [['paragraph', 'Cut by 40% in one year']],
    ],
    [
      'entities decode',
      '<p>R&amp;D &lt;5% &gt; 3&nbsp;units &#8364;3B</p>',
      [['paragraph', 'R&D <5% > 3 units €3B']],
    ],
    [
      '<br> reads as one space',
      '<p>line one<br>line two<br><br> line three</p>',
      [['paragraph', 'line one line two line three']],
    ],
    [
      'soft hyphen and zero-width space vanish',
      '<p>multi&shy;million zero&#8203;width</p>',
      [['paragraph', 'multimillion zerowidth']],
    ],
    [
      'headings keep their kind',
      '<h2>Results</h2><p>Body</p>',
      [
        ['heading', 'Results'],
        ['paragraph', 'Body'],
      ],
    ],
    [
      'nested list items are their own blocks, without the nested text',
      '<ul><li>Fast <ul><li>3x faster builds</li><li>Half the memory</li></ul></li><li>Cheap</li></ul>',
      [
        ['list-item', 'Fast'],
        ['list-item', '3x faster builds'],
        ['list-item', 'Half the memory'],
        ['list-item', 'Cheap'],
      ],
    ],
    [
      'loose list paragraphs stay list items',
      '<ol><li><p>First point</p></li></ol>',
      [['list-item', 'First point']],
    ],
    [
      'blockquote paragraphs and loose quote text',
      '<blockquote><p>Quoted one</p><p>Quoted two</p>loose</blockquote>',
      [
        ['blockquote', 'Quoted one'],
        ['blockquote', 'Quoted two'],
        ['blockquote', 'loose'],
      ],
    ],
    [
      'figcaption is a paragraph, images are ignored',
      '<figure><img alt="a chart of 90% growth" src="c.png"><figcaption>Chart</figcaption></figure>',
      [['paragraph', 'Chart']],
    ],
    [
      'loose text in divs becomes paragraphs around inner blocks',
      '<div>Intro text<p>Inner paragraph</p>Outro <b>bold</b></div>',
      [
        ['paragraph', 'Intro text'],
        ['paragraph', 'Inner paragraph'],
        ['paragraph', 'Outro bold'],
      ],
    ],
    [
      'scripts, styles and templates are not text',
      '<p>Kept</p><script>var x = "50%";</script><style>p{}</style><template><p>t</p></template><noscript>n</noscript>',
      [['paragraph', 'Kept']],
    ],
    [
      'hidden elements are skipped',
      '<p>Seen</p><p hidden>h1</p><div aria-hidden="true">h2</div><p style="color:red; display: none">h3</p><p style="visibility:hidden">h4</p><p aria-hidden="false">Also seen</p>',
      [
        ['paragraph', 'Seen'],
        ['paragraph', 'Also seen'],
      ],
    ],
    [
      'forms and buttons are chrome',
      '<p>Text</p><form><label>Email</label><input value="x"></form><button>Copy</button>',
      [['paragraph', 'Text']],
    ],
    ['empty elements give no blocks', '<p>  </p><div>\n</div><ul><li></li></ul>', []],
  ])('%s', (_name, body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  test('heading levels', () => {
    expect(blocksOf('<h1>A</h1><h3>B</h3><h6>C</h6>').map((b) => b.level)).toEqual([1, 3, 6]);
  });

  test('a <summary> is marked as the toggle of its <details>; the text it opens is not', () => {
    const blocks = blocksOf(
      '<details><summary>👉 Click here to see how</summary><p>This is the config.</p></details><p>After.</p>',
    );
    expect(blocks.map((b) => [b.text, b.toggle ?? false])).toEqual([
      ['👉 Click here to see how', true],
      ['This is the config.', false],
      ['After.', false],
    ]);
  });
});

describe('links and marks', () => {
  test.each<[string, string, Block['links']]>([
    [
      'link offsets inside a paragraph, href kept as written',
      '<p>See <a href="../paper.pdf">the paper</a> and <a href="https://x.org/a?b=1&amp;c=2">this</a>.</p>',
      [
        { start: 4, end: 13, href: '../paper.pdf', text: 'the paper' },
        { start: 18, end: 22, href: 'https://x.org/a?b=1&c=2', text: 'this' },
      ],
    ],
    [
      'a link across inline tags, leading space outside the link',
      '<p>Costs fell<a href="/r"> by <b>25</b>%</a> overall</p>',
      [{ start: 11, end: 17, href: '/r', text: 'by 25%' }],
    ],
    [
      'an <a> without href is a placeholder link with href ""',
      '<p>Read <a>(link)</a> now</p>',
      [{ start: 5, end: 11, href: '', text: '(link)' }],
    ],
    ['an empty href is kept', '<p><a href="">docs</a></p>', [{ start: 0, end: 4, href: '', text: 'docs' }]],
    ['a named anchor is a target, not a link', '<p><a name="ref1" id="ref1">Koomey 2016</a></p>', []],
    [
      'an image-only link has no text and no span',
      '<p>Logo <a href="/"><img src="l.png" alt="home"></a></p>',
      [],
    ],
  ])('%s', (_name, body, links) => {
    expect(blocksOf(body)[0]?.links ?? []).toEqual(links);
  });

  test('a link wrapping two paragraphs is a link in each', () => {
    const blocks = blocksOf('<a href="/x"><p>First</p><p>Second</p></a>');
    expect(blocks.map((b) => b.links)).toEqual([
      [{ start: 0, end: 5, href: '/x', text: 'First' }],
      [{ start: 0, end: 6, href: '/x', text: 'Second' }],
    ]);
  });

  test('superscripts and inline code become marks; code inside <pre> does not', () => {
    const [p, code] = blocksOf(
      '<p>Energy fell 30%<sup><a href="#fn1">1</a></sup> with <code>pip install x</code>.</p><pre><code>x = 1</code></pre>',
    );
    expect(p?.text).toBe('Energy fell 30%1 with pip install x.');
    expect(p?.marks).toEqual([
      { start: 15, end: 16, kind: 'sup' },
      { start: 22, end: 35, kind: 'code' },
    ]);
    expect(p?.links).toEqual([{ start: 15, end: 16, href: '#fn1', text: '1' }]);
    expect(code?.marks).toBeUndefined();
  });
});

describe('tables', () => {
  test('thead gives the header; cells are joined by " | " with their ranges', () => {
    const rows = blocksOf(
      '<table><thead><tr><th>Metric</th><th>Value</th></tr></thead><tbody><tr><td>Uptime</td><td> 99.7 % </td></tr><tr><td>Latency</td><td><50ms</td></tr></tbody></table>',
    );
    expect(rows.map((r) => r.text)).toEqual(['Metric | Value', 'Uptime | 99.7 %', 'Latency | <50ms']);
    for (const r of rows) {
      expect(r.kind).toBe('table-row');
      expect(r.header).toEqual(['Metric', 'Value']);
      expect(r.cells?.map((c) => r.text.slice(c.start, c.end))).toEqual(r.text.split(' | '));
    }
    expect(rows.map((r) => r.isHeader ?? false)).toEqual([true, false, false]);
  });

  test.each<[string, string, string[] | undefined, boolean[]]>([
    [
      'a first row of <th> is the header',
      '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>',
      ['A', 'B'],
      [true, false],
    ],
    [
      'row headers (<th> then <td>) are not a header row',
      '<table><tr><th>Uptime</th><td>99%</td></tr><tr><th>Users</th><td>10k</td></tr></table>',
      undefined,
      [false, false],
    ],
    [
      'a table of data cells has no header',
      '<table><tr><td>1</td><td>2</td></tr></table>',
      undefined,
      [false],
    ],
  ])('%s', (_name, body, header, isHeader) => {
    const rows = blocksOf(body);
    expect(rows.map((r) => r.header)).toEqual(rows.map(() => header));
    expect(rows.map((r) => r.isHeader ?? false)).toEqual(isHeader);
  });

  test('empty cells keep their place; empty rows are dropped', () => {
    const rows = blocksOf(
      '<table><tr><td>a</td><td></td><td>c</td></tr><tr><td> </td><td></td></tr></table>',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.text).toBe('a |  | c');
    expect(rows[0]?.cells).toEqual([
      { start: 0, end: 1 },
      { start: 4, end: 4 },
      { start: 7, end: 8 },
    ]);
  });

  test('block markup and links inside a cell flatten into the cell', () => {
    const [row] = blocksOf(
      '<table><tr><td><p>Source</p><p><a href="https://s.org">S.org</a></p></td><td>42</td></tr></table>',
    );
    expect(row?.text).toBe('Source S.org | 42');
    expect(row?.links).toEqual([{ start: 7, end: 12, href: 'https://s.org', text: 'S.org' }]);
  });

  test('a caption is a paragraph before the rows', () => {
    expect(texts('<table><caption>Table 1</caption><tr><td>x</td></tr></table>')).toEqual([
      ['paragraph', 'Table 1'],
      ['table-row', 'x'],
    ]);
  });
});

describe('code blocks', () => {
  test.each<[string, string, string, string | null]>([
    [
      'language-* on <code>, text verbatim',
      '<pre><code class="language-Python">import os\n\n    print(os.sep)\n</code></pre>',
      'import os\n\n    print(os.sep)',
      'python',
    ],
    ['lang-* on <pre>', '<pre class="lang-js">const a = 1;</pre>', 'const a = 1;', 'js'],
    [
      'highlight-* on a parent div',
      '<div class="highlight highlight-source-go"><pre>package main</pre></div>',
      'package main',
      'go',
    ],
    [
      'highlight-* on a wrapper two levels up',
      '<div class="highlight-ruby notranslate"><div class="highlight"><pre>require "x"</pre></div></div>',
      'require "x"',
      'ruby',
    ],
    ['data-lang attribute', '<pre data-lang="rust"><code>use serde;</code></pre>', 'use serde;', 'rust'],
    ['no language', '<pre>plain</pre>', 'plain', null],
    ['"nohighlight" is not a language', '<pre><code class="nohighlight">x</code></pre>', 'x', null],
    [
      '<br> inside <pre> is a newline; spans keep text',
      '<pre><span class="k">import</span> a<br><span class="comment"># note</span></pre>',
      'import a\n# note',
      null,
    ],
    [
      'leading blank lines and trailing space trimmed, indentation kept',
      '<pre>\n\n   indented\n  \n</pre>',
      '   indented',
      null,
    ],
  ])('%s', (_name, body, text, language) => {
    const [b] = blocksOf(body);
    expect(b).toMatchObject({ kind: 'code', text, language });
  });
});

describe('pictures beside blocks', () => {
  const marks = (html: string) =>
    blocksOf(html).map((b: Block) => [b.text, b.figureAbove ?? false, b.figureBelow ?? false]);

  test('a figure and its caption: the paragraph above gets figureBelow, the caption figureAbove', () => {
    expect(
      marks(
        '<p>Heap use fell by half.</p><figure><img src="heap.png" alt="heap"><figcaption>Heap, before and after</figcaption></figure><p>Next.</p>',
      ),
    ).toEqual([
      ['Heap use fell by half.', false, true],
      ['Heap, before and after', true, false],
      ['Next.', false, false],
    ]);
  });

  test('an image alone in its paragraph, a chart drawn on a canvas and an inline SVG count', () => {
    for (const media of [
      '<p><img src="a.png"></p>',
      '<canvas width="600"></canvas>',
      '<svg viewBox="0 0 600 300"></svg>',
    ])
      expect(marks(`<p>Before.</p>${media}<p>After.</p>`)).toEqual([
        ['Before.', false, true],
        ['After.', true, false],
      ]);
  });

  test('the blocks beside a picture keep what its alt text says it shows: the picture below first (held25)', () => {
    const alts = (html: string) => blocksOf(html).map((b: Block) => [b.text, b.figureAlt]);
    expect(
      alts(
        '<p>Row reads fell 80%.</p><p><img src="a.png" alt="Chart showing row reads"></p><p>Requests fell 50%.</p>' +
          '<p><img src="b.png" alt=" Chart of\n requests "></p><p>Last.</p><p><img src="c.png"></p><p>End.</p>',
      ),
    ).toEqual([
      ['Row reads fell 80%.', 'Chart showing row reads'],
      ['Requests fell 50%.', 'Chart of requests'],
      // Above it the requests chart, below it a picture with no alt text: nothing said about the one below.
      ['Last.', undefined],
      ['End.', undefined],
    ]);
  });

  test("a chart service's embed counts, drawn or not yet drawn; another empty box or a video does not (held26)", () => {
    for (const media of [
      '<div class="infogram-embed" data-id="5905" data-type="interactive" data-title="Line Chart"></div>',
      '<iframe src="https://datawrapper.dwcdn.net/AbC12/1/" width="600" height="400"></iframe>',
      '<div class="flourish-embed flourish-chart"><iframe src="https://flo.uri.sh/visualisation/1/embed"></iframe></div>',
    ])
      expect(marks(`<p>Before.</p>${media}<p>After.</p>`), media).toEqual([
        ['Before.', false, true],
        ['After.', true, false],
      ]);
    for (const html of [
      '<p>Before.</p><div class="spacer"></div><p>After.</p>',
      '<p>Before.</p><iframe src="https://www.youtube.com/embed/xyz" width="600"></iframe><p>After.</p>',
      // A box named for a chart service that holds text is read as text, not skipped as a picture.
      '<p>Before.</p><div class="infogram-embed">Loading the chart of latency by QPS</div><p>After.</p>',
    ])
      expect(
        marks(html).filter(([, above, below]) => above || below),
        html,
      ).toEqual([]);
  });

  test('icons, inline images, hidden images and images in tables do not', () => {
    for (const html of [
      '<p>Before.</p><p><img src="logo.png" width="32" height="32"></p><p>After.</p>',
      '<p>Before.</p><p>Fast <img src="badge.svg"> builds.</p><p>After.</p>',
      '<p>Before.</p><p><img src="star.png"> Stars: 40</p><p>After.</p>',
      '<p>Before.</p><img src="a.png" hidden><p>After.</p>',
      '<p>Before.</p><img src="a.png" role="presentation"><p>After.</p>',
      '<p>Before.</p><table><tr><td><img src="a.png"></td><td>40%</td></tr></table><p>After.</p>',
    ])
      expect(
        marks(html).filter(([, above, below]) => above || below),
        html,
      ).toEqual([]);
  });

  test('a picture that is all of a link to a page is that link, read as its alt text (held24)', () => {
    const banner =
      '<p><a href="https://github.com/tidewell/bench"><img src="banner.webp" alt="Benchmark Repo"></a></p>';
    expect(
      blocksOf(`<p>Before.</p>${banner}<p>After.</p>`).map((b) => [b.text, b.links, b.figureAbove ?? false]),
    ).toEqual([
      ['Before.', [], false],
      [
        'Benchmark Repo',
        [{ start: 0, end: 14, href: 'https://github.com/tidewell/bench', text: 'Benchmark Repo' }],
        false,
      ],
      ['After.', [], false],
    ]);
    // A link to the picture's own file (click to enlarge), a picture with no alt text, or a banner whose alt text
    // states something (no name of a page), stays a figure.
    for (const media of [
      '<p><a href="/img/chart-large.png"><img src="chart.png" alt="Throughput"></a></p>',
      '<p><a href="https://github.com/tidewell/bench"><img src="banner.webp"></a></p>',
      '<p><a href="https://tidewell.dev"><img src="banner.webp" alt="Tidewell is 10x faster than Kafka"></a></p>',
    ])
      expect(marks(`<p>Before.</p>${media}<p>After.</p>`), media).toEqual([
        ['Before.', false, true],
        ['After.', true, false],
      ]);
  });
});
