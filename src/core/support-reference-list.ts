// A post that ends with a "References" list of links and no markers in its text: "AWS Graviton3 processors ... up to
// 25% better compute performance" and, at the end, "[New – Amazon EC2 C7g Instances, Powered by AWS Graviton3
// Processors](aws.amazon.com/...)". A claim that names what an entry's title names (a model name such as
// "Graviton3", "C7g", "A100") stands on that entry: the reader can follow it.
import type { Block } from './article';
import type { Citation } from './citations';

const LIST_HEADING = /^\W*(?:references|sources|further\s+reading|citations|bibliography|links)\W*$/i;
// A product or model name with a digit in it, not a figure ("25%", "2x", "4KB", "2024").
const MODEL_NAME = /\b(?=[\p{L}\p{N}-]*\p{L})(?=[\p{L}\p{N}-]*\p{N})[\p{L}\p{N}][\p{L}\p{N}-]{2,}\b/gu;
const FIGURE_LIKE =
  /^(?:\d[\d.,]*(?:x|k|m|b|kb|mb|gb|tb|ms|s|h|nm|w|hz|mhz|ghz|gbps|mbps|th|st|nd|rd|px|fps|bit|bits)?|v?\d+(?:[.-]\d+)*|\d+-\w+)$/i;

const listCache = new WeakMap<Block[], Citation[][]>();

// The followable links of the article's reference lists: list items under a "References" heading.
function referenceLinks(blocks: Block[], byBlock: Map<number, Citation[]>): Citation[] {
  let hit = listCache.get(blocks);
  if (!hit) {
    hit = [[]];
    let inList = false;
    blocks.forEach((b, i) => {
      if (b.kind === 'heading') inList = LIST_HEADING.test(b.text);
      else if (inList && b.kind === 'list-item')
        hit![0]!.push(...(byBlock.get(i) ?? []).filter((c) => c.followable && c.evidence.kind === 'link'));
    });
    listCache.set(blocks, hit);
  }
  return hit[0]!;
}

const namesIn = (text: string): string[] =>
  [...text.matchAll(MODEL_NAME)].map((m) => m[0]).filter((w) => !FIGURE_LIKE.test(w));

/** Why: the entries of a "References" list whose titles name a model or product the claim's sentence names. */
export function referenceListSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  claimBlock: number,
  sentence: string,
): Citation[] {
  const links = referenceLinks(blocks, byBlock);
  if (links.length === 0) return [];
  const names = new Set(namesIn(sentence).map((n) => n.toLowerCase()));
  if (names.size === 0) return [];
  return links.filter(
    (c) => c.block !== claimBlock && namesIn(c.evidence.text).some((n) => names.has(n.toLowerCase())),
  );
}
