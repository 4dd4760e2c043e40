// A post's closing list of links ("## Links and Resources", "## Further reading"): each item names what it links
// ("[Size of European Union Population](europa.eu/...)"), and is the source of what the post said on that topic.
import type { Block } from './article';
import type { Citation } from './citations';
import { perArticle, type PerArticle } from './per-article';
import { contentWords } from './relevance';

// A heading over a list of sources (not "Learn more about our pricing").
const RESOURCES_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:useful|additional|further|other|more)\s+)?(?:links?|resources|reading|sources|references|bibliography|citations)(?:\s+(?:and|&)\s+(?:resources|links|sources|further\s+reading|references))?\s*:?\s*$/i;

interface ResourceItem {
  citation: Citation;
  words: Set<string>;
}
interface ResourceList {
  items: ResourceItem[];
  // Any item's word (its seven-letter stem), so a clause that shares none is passed by with one test.
  anyWord: RegExp | null;
}
const cache: PerArticle<ResourceList> = new WeakMap();

function resourceList(blocks: Block[], byBlock: Map<number, Citation[]>): ResourceList {
  const items = resourceItems(blocks, byBlock);
  const stems = [...new Set(items.flatMap((i) => [...i.words]))];
  return { items, anyWord: stems.length > 0 ? new RegExp(stems.join('|')) : null };
}

// The list items under a resources heading whose one link is followable, with the words of their link text.
function resourceItems(blocks: Block[], byBlock: Map<number, Citation[]>): ResourceItem[] {
  const out: ResourceItem[] = [];
  let under = false;
  blocks.forEach((block, b) => {
    if (block.kind === 'heading') under = RESOURCES_HEADING.test(block.text.trim());
    if (!under || block.kind !== 'list-item') return;
    const links = (byBlock.get(b) ?? []).filter((c) => c.followable && c.evidence.kind === 'link');
    if (links.length === 1) out.push({ citation: links[0]!, words: contentWords(links[0]!.evidence.text) });
  });
  return out;
}

/**
 * Why: "With a population of over 500 million" and, in the closing list, "[Size of European Union Population](url)":
 * the item whose link text shares the most of the clause's content words (two, or one long one: eight letters and
 * up, a topic rather than a common word) is its source.
 */
export function resourceListSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  b: number,
  clause: string,
): Citation[] {
  const { items, anyWord } = perArticle(cache, blocks, byBlock, () => resourceList(blocks, byBlock));
  if (anyWord === null || !anyWord.test(clause.toLowerCase())) return [];
  const words = contentWords(clause);
  let best: Citation | undefined;
  let most = 0;
  for (const item of items) {
    if (item.citation.block <= b) continue;
    const shared = [...item.words].filter((w) => words.has(w));
    if (shared.length > most && (shared.length >= 2 || shared.some((w) => longWord(clause, w)))) {
      best = item.citation;
      most = shared.length;
    }
  }
  return best ? [best] : [];
}

// Whether the clause's word that `stem` (seven letters) begins is eight letters or more.
function longWord(clause: string, stem: string): boolean {
  const at = clause.toLowerCase().indexOf(stem);
  return at !== -1 && /^\p{L}{8,}/u.test(clause.slice(at));
}

/** Why: the words between the commas around a claim ("With a population of over 500 million"), its own topic. */
export function commaClause(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start)) + 1;
  const stops = [text.indexOf(',', end), text.indexOf(';', end)].filter((k) => k !== -1);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length);
}
