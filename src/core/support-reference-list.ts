// A post that ends with a "References" list of links and no markers in its text: "AWS Graviton3 processors ... up to
// 25% better compute performance" and, at the end, "[New – Amazon EC2 C7g Instances, Powered by AWS Graviton3
// Processors](aws.amazon.com/...)". A claim that names what an entry's title names (a model name such as
// "Graviton3", "C7g", "A100") stands on that entry: the reader can follow it.
import type { Block } from './article';
import type { Citation } from './citations';

const LIST_HEADING = /^\W*(?:references|sources|further\s+reading|citations|bibliography|links)\W*$/i;
const FIGURE_LIKE =
  /^(?:\d[\d.,]*(?:x|k|m|b|kb|mb|gb|tb|ms|s|h|nm|w|hz|mhz|ghz|gbps|mbps|th|st|nd|rd|px|fps|bit|bits)?|v?\d+(?:[.-]\d+)*|\d+-\w+)$/i;

interface ReferenceLinks {
  links: { citation: Citation; names: Set<string> }[];
  /** Every model name of every entry, lower-cased: a sentence is read against it once. */
  all: Set<string>;
}
const listCache = new WeakMap<Block[], ReferenceLinks>();

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}-]{2,}/gu;
// A product or model name with a digit in it ("Graviton3", "C7g", "A100"), not a figure ("25%", "2x", "4KB", "2024").
const namesIn = (text: string): string[] =>
  (text.match(TOKEN) ?? []).filter((w) => /\p{L}/u.test(w) && /\d/.test(w) && !FIGURE_LIKE.test(w));

// The followable links of the article's reference lists (list items under a "References" heading), with their names.
function referenceLinks(blocks: Block[], byBlock: Map<number, Citation[]>): ReferenceLinks {
  let hit = listCache.get(blocks);
  if (!hit) {
    const found: ReferenceLinks = { links: [], all: new Set() };
    let inList = false;
    blocks.forEach((b, i) => {
      if (b.kind === 'heading') inList = LIST_HEADING.test(b.text);
      else if (inList && b.kind === 'list-item')
        for (const c of byBlock.get(i) ?? []) {
          if (!c.followable || c.evidence.kind !== 'link') continue;
          const names = new Set(namesIn(c.evidence.text).map((n) => n.toLowerCase()));
          if (names.size === 0) continue;
          found.links.push({ citation: c, names });
          for (const n of names) found.all.add(n);
        }
    });
    listCache.set(blocks, (hit = found));
  }
  return hit;
}

/** Why: the entries of a "References" list whose titles name a model or product the claim's sentence names. */
export function referenceListSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  claimBlock: number,
  sentence: string,
): Citation[] {
  const { links, all } = referenceLinks(blocks, byBlock);
  if (links.length === 0) return [];
  const named = new Set<string>();
  for (const w of sentence.match(TOKEN) ?? []) {
    const n = w.toLowerCase();
    if (all.has(n)) named.add(n);
  }
  if (named.size === 0) return [];
  return links
    .filter((l) => l.citation.block !== claimBlock && [...l.names].some((n) => named.has(n)))
    .map((l) => l.citation);
}
