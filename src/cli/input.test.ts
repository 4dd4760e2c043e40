import { expect, test } from 'vitest';
import { detectMarkup } from './input';

test.each<[string, string, 'html' | 'markdown']>([
  ['.md', '<p>html inside a .md file</p><p>still</p><div>md</div>', 'markdown'],
  ['.mdx', '', 'markdown'],
  ['.htm', '# a heading in an .htm file', 'html'],
  ['.xhtml', '', 'html'],
  ['', '---\ntitle: Front matter\n---\n# Post', 'markdown'],
  ['', '  <!DOCTYPE html><html><body>x</body></html>', 'html'],
  ['.txt', '<article><h1>Post</h1></article>', 'html'],
  ['', '<p>one</p><p>two</p><a href="x">three</a>', 'html'],
  ['', 'Markdown that mentions <div> and </div> once.', 'markdown'],
  ['.MD', '<p>one</p><p>two</p>', 'markdown'],
  ['.HTML', '# heading', 'html'],
  ['', '# Plain Markdown\n\nWith a [link](https://example.org).', 'markdown'],
  ['', '', 'markdown'],
])('extension %j, text %j → %s', (ext, text, expected) => {
  expect(detectMarkup(ext, text)).toBe(expected);
});
