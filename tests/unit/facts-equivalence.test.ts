// articleFacts reads the article in two cheap passes; this checks it against the plain one-regex-per-fact reading it
// replaced (kept here as the oracle), on the project's articles and on edge cases of the name rule.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Block } from '../../src/core/article';
import { articleFromHtml, articleFromMarkdown } from '../../src/node/index';
import { articleFacts } from '../../src/core/worth/facts';

function oracleNames(blocks: Block[]): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const block of blocks) {
    if (block.kind === 'code') continue;
    for (const m of block.text.matchAll(/(?<=[\p{L}\p{N},;)]\s+)(\p{Lu}[\p{L}\p{N}.-]*[\p{L}\p{N}])/gu))
      capitalised.add(m[1]!.toLowerCase());
    for (const m of block.text.matchAll(/\b\p{Ll}[\p{L}-]+/gu)) lower.add(m[0]);
  }
  return new Set([...capitalised].filter((w) => !lower.has(w)));
}

const ROOT = new URL('../../', import.meta.url);
const articles: Block[][] = [];
for (const dir of ['tests/fixtures/', 'tests/reader/']) {
  for (const name of readdirSync(new URL(dir, ROOT))) {
    for (const file of ['source.md', 'source.html']) {
      let text: string;
      try {
        text = readFileSync(new URL(`${dir}${name}/${file}`, ROOT), 'utf8');
      } catch {
        continue;
      }
      articles.push((file.endsWith('.md') ? articleFromMarkdown(text) : articleFromHtml(text)).blocks);
    }
  }
}
const para = (text: string): Block => ({ kind: 'paragraph', text, links: [] });
articles.push([
  para('We compared it with Datadog,   Grafana and  New Relic; then (Honeycomb) and 𝐀cme 𝐁eta.'),
  para(`after${' '.repeat(100)}Spaces and\n\tTabs, then ,Comma and x.Dotted.Name-Thing 42 Apples.`),
  para('Datadog is a word here: datadog, grafana-labs, NEW relic and Émile Über éclair.'),
  para('Ωmega after ΑΒΓ and ü Über; İstanbul ſome Ǆemal.'),
]);

test('the names (capitalised inside sentences, never in lower case) match the one-regex reading', () => {
  for (const blocks of articles) {
    expect([...articleFacts(blocks).properNouns]).toEqual([...oracleNames(blocks)]);
  }
});
