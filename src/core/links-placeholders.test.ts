// Link text and hrefs that look like drafts but are not, beside ones that are (held28 and held29: blind sets of
// real posts).
import { describe, expect, test } from 'vitest';
import { article, md } from '../../tests/helpers/blocks';
import { collectLinks } from './links';

describe('collectLinks: placeholders and prose', () => {
  test.each<[string, string, { text: string; href: string | null; status: string }[]]>([
    [
      'a template token in the href',
      'Read the [guide](https://tidewell.dev/INSERT_GUIDE_URL) first.',
      [{ text: 'guide', href: 'https://tidewell.dev/INSERT_GUIDE_URL', status: 'placeholder' }],
    ],
    [
      'a real slug with "insert" or "todo" in it (held29)',
      'After the [insert tool](https://tidewell.dev/product/threaded-insert-tips-set/) came the [todo app](https://tidewell.dev/examples/todo-app).',
      [
        {
          text: 'insert tool',
          href: 'https://tidewell.dev/product/threaded-insert-tips-set/',
          status: 'unchecked',
        },
        { text: 'todo app', href: 'https://tidewell.dev/examples/todo-app', status: 'unchecked' },
      ],
    ],
    [
      'literal (demo video link)',
      'Watch it work (demo video link) before you sign up.',
      [{ text: '(demo video link)', href: null, status: 'placeholder' }],
    ],
    [
      'prose in brackets that names a URL (held28)',
      'Open a branch by pressing the button on its GitHub page (or prefixing the URL) there.',
      [],
    ],
    [
      'where images are, in many posts (held28)',
      'I only optimize the images on the first page, not the images that are in the blog posts.',
      [],
    ],
    [
      'a measure per link in brackets (held39)',
      'Assume 8-channel PCIe 5.0 x 16 (64GB/s per link) as the intra-node network.',
      [],
    ],
    [
      'a link named in brackets with two names in it',
      'Clone it from [GitHub or GitLab repository URL] today.',
      [{ text: '[GitHub or GitLab repository URL]', href: null, status: 'placeholder' }],
    ],
    [
      'a promise of the blog posts (held28 review)',
      'The benchmark numbers are in the blog posts linked below.',
      [{ text: 'in the blog', href: null, status: 'missing' }],
    ],
  ])('%s', (_name, src, expected) => {
    expect(
      collectLinks(article(md(src))).map((l) => ({ text: l.text, href: l.href, status: l.status })),
    ).toEqual(expected);
  });
});
