// A series' table of contents links every part but the one being read, which it marks with href "#".
import { describe, expect, test } from 'vitest';
import type { Article } from './article';
import { article, md } from '../../tests/helpers/blocks';
import { collectLinks } from './links';

const brief = (a: Article) => collectLinks(a).map((l) => ({ text: l.text, href: l.href, status: l.status }));

describe("a series' table of contents", () => {
  const toc = (title: string) => ({
    ...article(
      md('[Part I - The Model](/blog/deltanet-1/)', 'list-item'),
      md('[Part III - The Neural Architecture](#)', 'list-item'),
      md('[Part IV - Results](#)', 'list-item'),
    ),
    title,
  });

  test('the part being read, marked "#", is this page; a later part with "#" is still a placeholder', () => {
    expect(brief(toc('DeltaNet Explained (Part III)'))).toEqual([
      { text: 'Part I - The Model', href: '/blog/deltanet-1/', status: 'unchecked' },
      { text: 'Part IV - Results', href: '#', status: 'placeholder' },
    ]);
  });

  test('in a post of another title every "#" is a placeholder', () => {
    expect(brief(toc('DeltaNet Explained')).filter((l) => l.status === 'placeholder')).toHaveLength(2);
  });
});
