import { expect, test } from 'vitest';
import { looksLikeMdx, mdxToMarkdown } from './mdx';
import { readMarkdownWithSource } from './markdown-source';

test.each<[string, string, string]>([
  [
    'ESM lines, to the blank line that ends them',
    "import A from 'a'\nimport {\n  B,\n} from 'b'\n\nText.",
    '\n\n\n\n\nText.',
  ],
  ['a self-closing component', '<Counter data={[1, 2]} />\nText.', '\nText.'],
  [
    'a component over several lines',
    '<Counter\n  title="a > b"\n  data={{ x: 1 }}\n/>\nText.',
    '\n\n\n\nText.',
  ],
  // A picture stays one (held24: QuestDB's <Screenshot>, Windmill's chart): a bare <img> on its first line.
  [
    'a component that shows a picture, by its name or its src',
    '<TaskDurationBarChart\n  data={[1, 2]}\n/>\n\n<Shot\n  alt="p99"\n  src="/img/p99.png"\n/>\n\n<Counter src="/count.js" />',
    '![]()\n\n\n\n![p99]()\n\n\n\n\n',
  ],
  // held30: Wasp's <ImgWithCaption alt="..." source="img/....png" /> in a Docusaurus post; the alt text is kept for
  // the sentences beside it (brackets in it would end the image).
  [
    'a picture component named with more after "Img", its file as "source", its alt kept',
    '<ImgWithCaption\n    alt="Web visitors [beta]"\n    source="img/visitors.png"\n/>\nText.\n\n<Plate source="img/p.webp" />',
    '![Web visitors  beta ]()\n\n\n\nText.\n\n![]()',
  ],
  [
    'a component whose name only starts like a picture',
    '<GraphQLPlayground endpoint="/api" />\nText.',
    '\nText.',
  ],
  [
    'wrapper tags go, their Markdown stays',
    '<Callout type="tip">\nCosts fell **40%**.\n</Callout>',
    '\nCosts fell **40%**.\n',
  ],
  [
    'one-line JSX with text is kept (inline HTML)',
    '<Note>Costs fell 40%.</Note>',
    '<Note>Costs fell 40%.</Note>',
  ],
  [
    'expression lines, one or several',
    '{/* a comment */}\n{items.map((i) => (\n  i\n))}\nText.',
    '\n\n\n\nText.',
  ],
  [
    'code fences are left alone',
    "```js\nimport x from 'y'\n<App />\n```",
    "```js\nimport x from 'y'\n<App />\n```",
  ],
  ["HTML tags are Markdown's, not JSX", '<div>\n\nText.\n\n</div>', '<div>\n\nText.\n\n</div>'],
  [
    'an HTML tag with an {expression} attribute is JSX',
    '<img\n  src={require("./a.png").default}\n  style={{ maxWidth: "50%" }}\n/>\nText.',
    '![]()\n\n\n\nText.',
  ],
  ['one line of it too', '<img style={{ maxWidth: "75%" }} />\nText.', '![]()\nText.'],
  ['CRLF line ends are kept', "import A from 'a'\r\n\r\nText.", '\r\n\r\nText.'],
])('%s', (_name, mdx, markdown) => {
  expect(mdxToMarkdown(mdx)).toBe(markdown);
  expect(mdxToMarkdown(mdx).split('\n')).toHaveLength(mdx.split('\n').length);
});

test.each<[string, string, boolean]>([
  ['an import line', "import Figure from '@site/src/Figure';\n\n# Title\n\nText.", true],
  ['a tag with an {expression} attribute', 'Text.\n\n<img src={require("./a.png").default} />', true],
  ['the attribute on a later line of the tag', 'Text.\n\n<img\n  src={require("./a.png").default}\n/>', true],
  ['plain Markdown with HTML', '# Title\n\n<div align="center">\n\nText.\n\n</div>', false],
  ['ESM and JSX inside code fences only', "```js\nimport x from 'y'\n<App x={1} />\n```\n\nText.", false],
  ['prose that starts with "import"', 'Import costs rose.\n\nimport the module first, then run it.', false],
])('looksLikeMdx: %s', (_name, source, mdx) => {
  expect(looksLikeMdx(source)).toBe(mdx);
});

test('a chart component between two paragraphs is a figure beside both; a component that shows none is not', () => {
  const marks = (mdx: string) =>
    readMarkdownWithSource(mdx, { mdx: true }).article.blocks.map((b) => [
      b.text,
      b.figureAbove ?? false,
      b.figureBelow ?? false,
    ]);
  expect(
    marks('Our p99 fell to 12 ms.\n\n<LatencyChart\n  data={[1, 2]}\n/>\n\nThe chart shows it.'),
  ).toEqual([
    ['Our p99 fell to 12 ms.', false, true],
    ['The chart shows it.', true, false],
  ]);
  expect(marks('Our p99 fell to 12 ms.\n\n<Counter\n  data={[1, 2]}\n/>\n\nNext.')).toEqual([
    ['Our p99 fell to 12 ms.', false, false],
    ['Next.', false, false],
  ]);
});
