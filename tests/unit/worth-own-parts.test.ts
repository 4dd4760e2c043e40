// held42: a service of a `Main` process, 6 `Workers` and 6 `Renderers`; "And Renderers needed much more memory than
// Workers" compares two of its parts. Tools written as code in lower case (`grep`), or a product set against one
// part, are still comparisons.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

const parts = 'The service runs a `Main` process, 6 `Workers` and 6 `Renderers`.\n\n';

test("two parts of the author's own system, named as code, compared: no rival", () => {
  expect(
    worthOf(
      `# Our renderer\n\n${parts}And Renderers needed much more memory than Workers.\n`,
      'more memory than Workers',
    ),
  ).toBe('none');
});

test('a tool named in lower-case code, or a product against one part, is still compared', () => {
  const tools =
    '# Search\n\nWe timed `ripgrep` and `grep` on the repo.\n\nAnd ripgrep was much faster than grep.\n';
  expect(worthOf(tools, 'faster than grep')).not.toBe('none');
  expect(
    worthOf(
      `# Our renderer\n\n${parts}And Quillbase needed much more memory than Workers.\n`,
      'more memory than Workers',
    ),
  ).not.toBe('none');
});
