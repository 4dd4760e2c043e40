import { describe, expect, test } from 'vitest';
import { ArticleError, parseArticle } from './article';

const ok = { title: 't', url: null, file: null, blocks: [{ kind: 'paragraph', text: 'Up 4x.', links: [] }] };

describe('parseArticle: the one check of the engine input', () => {
  test('a well-formed article passes through unchanged', () => {
    expect(parseArticle(ok)).toEqual(ok);
  });

  test.each([
    ['not an object', 'hello', /not a valid article/],
    ['null blocks', { ...ok, blocks: null }, /blocks/],
    ['a null block', { ...ok, blocks: [null] }, /blocks\.0/],
    ['a block with no text', { ...ok, blocks: [{ kind: 'paragraph', links: [] }] }, /blocks\.0\.text/],
    [
      'a block of an unknown kind',
      { ...ok, blocks: [{ kind: 'video', text: 'x', links: [] }] },
      /blocks\.0\.kind/,
    ],
    ['a numeric text', { ...ok, blocks: [{ kind: 'paragraph', text: 5, links: [] }] }, /blocks\.0\.text/],
    [
      'a link with no href',
      { ...ok, blocks: [{ kind: 'paragraph', text: 'a b', links: [{ start: 0, end: 1, text: 'a' }] }] },
      /blocks\.0\.links\.0\.href/,
    ],
    [
      'a link offset that is not a number',
      {
        ...ok,
        blocks: [{ kind: 'paragraph', text: 'x [1]', links: [{ start: NaN, end: 3, href: 'h', text: 'x' }] }],
      },
      /blocks\.0\.links\.0\.start/,
    ],
    [
      'a cell reversed',
      { ...ok, blocks: [{ kind: 'table-row', text: 'A | 5', links: [], cells: [{ start: 4, end: 2 }] }] },
      /blocks\.0: a span \[4, 2\)/,
    ],
    [
      'a link past the text',
      {
        ...ok,
        blocks: [{ kind: 'paragraph', text: 'ab', links: [{ start: 0, end: 9, href: 'x', text: 'ab' }] }],
      },
      /outside its text/,
    ],
  ])('%s is refused with an error that says where', (_name, bad, message) => {
    expect(() => parseArticle(bad)).toThrow(ArticleError);
    expect(() => parseArticle(bad)).toThrow(message);
  });
});
