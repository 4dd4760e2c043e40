// Positions for the annotation export index the page's own text (the body's text nodes in document order), not
// ClaimLens's collapsed block text: what a Web Annotation client's TextPositionSelector anchoring counts.
import { describe, expect, test } from 'vitest';
import { collectBlocks } from './html';
import { parseHtml } from './linkedom';
import { textPositions } from './text-positions';

// Each claim as [block index, text it quotes in that block]; the page's text must hold it at the position found.
function place(html: string, claims: [number, string][]) {
  const doc = parseHtml(html);
  const collected = collectBlocks(doc, { record: true });
  const blocks = collected.map((c) => c.block.text);
  const items = claims.map(([block, text], i) => {
    const start = blocks[block]!.indexOf(text);
    if (start < 0) throw new Error(`"${text}" not in block ${block}: ${blocks[block]}`);
    return { id: `c${i}`, block, quote: { start, end: start + text.length } };
  });
  const positions = textPositions(
    doc,
    collected.map((c) => c.segments ?? []),
    items,
  );
  const page = doc.body.textContent ?? '';
  return { blocks, positions, page };
}

describe('textPositions', () => {
  test.each<[string, string, [number, string][], string[]]>([
    [
      'text before the article (navigation, a header) is counted; the block is not the start of the page',
      `<nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><article><p>Our cache cuts latency by 35% for every tenant.</p></article>`,
      [[0, '35%']],
      ['35%'],
    ],
    [
      'collapsed whitespace and line breaks inside the block',
      `<article><p>Energy   use\n      fell\n\n by <b>40</b>% last year, and we are proud of it.</p></article>`,
      [[0, '40%']],
      ['40%'],
    ],
    [
      'a claim that spans elements and a line break',
      `<article><p>Our engine is <em>12x\n   faster</em> than before, say our own users.</p></article>`,
      [[0, '12x faster']],
      ['12x\n   faster'],
    ],
    [
      'a later block, after a table and a script',
      `<article><script>var a = "99%";</script><table><tr><td>Uptime</td><td>99.9%</td></tr></table>
       <p>Costs fell 20% this quarter across all regions we serve.</p></article>`,
      [
        [0, '99.9%'],
        [1, '20%'],
      ],
      ['99.9%', '20%'],
    ],
  ])('%s', (_name, html, claims, expected) => {
    const { positions, page } = place(html, claims);
    expect(claims.map((_, i) => positions.get(`c${i}`)).map((p) => p && page.slice(p.start, p.end))).toEqual(
      expected,
    );
  });

  test('a quote outside any text gets no position', () => {
    const doc = parseHtml('<article><p>Energy fell by 40% last year, and we are proud of it.</p></article>');
    const collected = collectBlocks(doc, { record: true });
    const positions = textPositions(
      doc,
      collected.map((c) => c.segments ?? []),
      [
        { id: 'no-block', block: 7, quote: { start: 0, end: 3 } },
        { id: 'empty', block: 0, quote: { start: 4, end: 4 } },
      ],
    );
    expect(positions.size).toBe(0);
  });
});
