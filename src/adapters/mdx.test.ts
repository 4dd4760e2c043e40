import { expect, test } from 'vitest';
import { mdxToMarkdown } from './mdx';

test.each<[string, string, string]>([
  [
    'ESM lines, to the blank line that ends them',
    "import A from 'a'\nimport {\n  B,\n} from 'b'\n\nText.",
    '\n\n\n\n\nText.',
  ],
  ['a self-closing component', '<Chart data={[1, 2]} />\nText.', '\nText.'],
  [
    'a component over several lines',
    '<Chart\n  title="a > b"\n  data={{ x: 1 }}\n/>\nText.',
    '\n\n\n\nText.',
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
  ['CRLF line ends are kept', "import A from 'a'\r\n\r\nText.", '\r\n\r\nText.'],
])('%s', (_name, mdx, markdown) => {
  expect(mdxToMarkdown(mdx)).toBe(markdown);
  expect(mdxToMarkdown(mdx).split('\n')).toHaveLength(mdx.split('\n').length);
});
