// linkCollector: the links of a page read in the analysis's steps are collectLinks's for each prefix.
import { describe, expect, test } from 'vitest';
import { article, md } from '../../tests/helpers/blocks';
import { collectLinks, linkCollector } from './links';

describe('linkCollector', () => {
  // A page whose later promise is kept by an earlier link ("Check out the paper."), with code, a placeholder and a
  // bare URL between: what one block sees depends on the blocks read before it.
  const page = article(
    md('Their paper [Quillbrook: a study of queues](https://tidewell.dev/paper.pdf) started this.'),
    md('import quillbrook  # see our documentation', 'code'),
    md('Explore our GitHub repository (link) and visit https://tidewell.dev/x today.'),
    md('[Part I](/part-1) · [Part II](#)', 'list-item'),
    md('Check out the paper. Then download the whitepaper.'),
  );

  test('read in steps, it gives what collectLinks gives for each prefix of the page', () => {
    const reader = linkCollector(page);
    for (const to of [0, 1, 3, 3, 5]) {
      reader.advance(to);
      expect(reader.drafts()).toEqual(collectLinks(page, undefined, to));
    }
    // The whole page's links, the earlier link keeping the later promise of "the paper".
    expect(reader.drafts().map((l) => [l.text, l.status])).toEqual(
      collectLinks(page).map((l) => [l.text, l.status]),
    );
    const missing = reader
      .drafts()
      .filter((l) => l.status === 'missing')
      .map((l) => l.text);
    expect(missing).toEqual(['download the whitepaper']);
  });

  test('hands out a copy: the next step does not change a list already given', () => {
    const reader = linkCollector(page);
    reader.advance(1);
    const first = reader.drafts();
    reader.advance(5);
    expect(first).toEqual(collectLinks(page, undefined, 1));
    expect(reader.drafts().length).toBeGreaterThan(first.length);
  });
});
