// A heading or a lead-in that titles the figures right below it ("### Indexing is 84% faster" over the two timings it
// comes from) asks for no source of its own when those figures need none; they are judged after it, so the engine
// judges it again once they are (src/core/worth/figures-below.ts, src/engine/analyze.ts).
import { expect, test } from 'vitest';
import { analyzeMarkdown, articleFromMarkdown, withTagger } from '../../src/node/index';
import { analyzeArticle, startAnalysis } from '../../src/engine/analyze';

const OWN_TIMINGS =
  'On our 16-core build server the first run took 22 hours; the parallel run finished in 3h27m.';

const worthOf = (markdown: string, text: string) => {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text));
  expect(claim, text).toBeDefined();
  return { worth: claim!.worth, reasons: claim!.worthReasons };
};

test("a heading's change worked out from the author's own timings below it is let go", () => {
  expect(
    worthOf(`# Indexing at scale\n\n### Indexing is 84% faster\n\n${OWN_TIMINGS}`, '84% faster'),
  ).toEqual({
    worth: 'none',
    reasons: ['worked out from the figures right below it'],
  });
});

test('a lead-in ending in a colon titles the list under it', () => {
  const markdown =
    '# Indexing at scale\n\nSplitting the table cut peak memory by 69%:\n\n' +
    '- Before, on our test machine: 12 GiB peak\n- After, on the same machine: 3.7 GiB peak\n\nThat is all.';
  expect(worthOf(markdown, '69%').worth).toBe('none');
});

test('figures below that need a source of their own leave the headline flagged', () => {
  const markdown =
    '# Indexing at scale\n\n## Builds are 84% faster\n\nCustomers tell us builds that took 22 hours now finish in 3h27m.';
  expect(worthOf(markdown, '84% faster').worth).not.toBe('none');
});

test('a headline the figures below do not give stays a claim', () => {
  expect(
    worthOf(`# Indexing at scale\n\n### Indexing is 50% faster\n\n${OWN_TIMINGS}`, '50% faster').worth,
  ).not.toBe('none');
  // Nor does a sentence that ends its paragraph without a colon title the paragraph under it.
  expect(
    worthOf(`# Indexing at scale\n\nIndexing is 84% faster.\n\n${OWN_TIMINGS}`, '84% faster').worth,
  ).not.toBe('none');
});

test('the figures of the next section are not the heading’s', () => {
  const markdown = `# Indexing at scale\n\n### Indexing is 84% faster\n\nWe will come to that.\n\n## Timings\n\n${OWN_TIMINGS}`;
  expect(worthOf(markdown, '84% faster').worth).not.toBe('none');
});

test('in steps of one block, the headline is judged again once the figures below it are', () => {
  const article = articleFromMarkdown(
    `# Indexing at scale\n\n### Indexing is 84% faster\n\n${OWN_TIMINGS}\n\n## Next\n\nMore.`,
  );
  const opts = { ...withTagger({}), now: () => new Date('2026-01-01T00:00:00Z') };
  const analysis = startAnalysis(article, opts);
  analysis.advance(2);
  expect(analysis.report().claims.find((c) => c.text.includes('84%'))!.worth).not.toBe('none');
  while (analysis.done < analysis.blocks) analysis.advance(analysis.done + 1);
  const stepped = analysis.report();
  expect(stepped.claims.find((c) => c.text.includes('84%'))!.worth).toBe('none');
  expect(stepped).toEqual(analyzeArticle(article, opts));
});

test('settings and counts the headline does not name are no figures it titles', () => {
  const workers =
    '# Scaling\n\n## Throughput doubled to 2x\n\nWe ran the benchmark with 8 workers and again with 16 workers.';
  expect(worthOf(workers, '2x').worth).not.toBe('none');
  const files =
    '# Parser\n\nThe new parser is 3x faster:\n\n- It reads 10 files per batch instead of 30 files.\n\nDone.';
  expect(worthOf(files, '3x').worth).not.toBe('none');
});

test('a conversion in brackets is the figure before it; a rival’s figure in brackets is not', () => {
  const converted =
    'Customers report a full export takes 1312 seconds (21 minutes, 52 seconds) with the new engine.';
  expect(worthOf(converted, '21 minutes').worth).toBe('none');
  const rival =
    'Bun handled 10,000 requests per second (Deno handled 10,050 requests per second) in our test.';
  expect(worthOf(rival, '10,050').worth).not.toBe('none');
});
