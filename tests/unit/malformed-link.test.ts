// held35: "[https://arxiv.org/abs/2205.05198](Reducing Activation Recomputation in Large Transformer Models)" is a
// link written wrong (label and address swapped), so the page shows its Markdown as text. So is one whose address
// has blanks. Markdown about links, in code, and brackets that are no link stay quiet.
import { expect, test } from 'vitest';
import { analyzeMarkdown } from '../../src/node/index';

const broken = (markdown: string) =>
  analyzeMarkdown(markdown, { file: 'case.md' }).findings.filter((f) => f.rule === 'broken-link');

test('a link whose Markdown shows as text is reported, with what is wrong with it', () => {
  const swapped = broken(
    '# T\n\nSee [https://arxiv.org/abs/2205.05198](Reducing Activation Recomputation) too.',
  );
  expect(swapped).toHaveLength(1);
  expect(swapped[0]!.message).toContain('label and address are swapped');
  const blanks = broken('# T\n\nRead [the paper](https://example.org/a paper.pdf) first.');
  expect(blanks).toHaveLength(1);
  expect(blanks[0]!.message).toContain('address has blanks');
});

test('well-formed links, Markdown shown as code and brackets that are no link are not', () => {
  expect(broken('# T\n\nRead [the paper](https://example.org/paper.pdf) first.')).toEqual([]);
  expect(broken('# T\n\nWrite a link as `[the paper](https://example.org/a paper)` in Markdown.')).toEqual(
    [],
  );
  expect(broken('# T\n\nThe set [a, b](c) is half-open, and f[i](x) applies it.')).toEqual([]);
  // held41: a picture's file with blanks in its name, linked to itself (Jekyll's kramdown draws it), is no source.
  expect(
    broken(
      '# T\n\n[![Files per repo](/images/Files per Repo.png)](/images/Files per Repo.png)\n\nThe chart.',
    ),
  ).toEqual([]);
});

test("a site address with no scheme opens as a page of the post's own site: reported; relative paths are not", () => {
  const bare = broken('# T\n\nIt builds on [Apache Quill](quill.apache.org) unity.');
  expect(bare).toHaveLength(1);
  expect(bare[0]!.message).toContain('has no https://');
  expect(
    broken('# T\n\nSee [the guide](docs/guide.md), [install](install.sh) and [main](src/main.rs).'),
  ).toEqual([]);
  expect(broken('# T\n\nIt builds on [Apache Quill](https://quill.apache.org) unity.')).toEqual([]);
});
