// A post's closing list of links ("## Links and Resources", "## Further reading"): each item names what it links
// ("[Size of European Union Population](europa.eu/...)"), and is the source of what the post said on that topic, or
// of what it said of the model the item's title names ("[... Powered by AWS Graviton3 Processors](aws...)").
import type { Block } from './article';
import type { Citation } from './citations';
import { perArticle, type PerArticle } from './per-article';
import { contentWords } from './relevance';

// A heading over a list of sources (not "Learn more about our pricing").
const RESOURCES_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:(?:useful|additional|further|other|more)\s+)?(?:links?|resources|reading|sources|references|bibliography|citations)|(?:further|more|additional)\s+information)(?:\s+(?:and|&)\s+(?:resources|links|sources|further\s+reading|references))?\s*:?\s*$/i;

interface ResourceItem {
  citation: Citation;
  words: Set<string>;
  /** The model names of its link text, lower-cased ("graviton3", "c7g"). */
  names: Set<string>;
  /** The capitalised names of its link text, lower-cased ("[Mixpanel pricing page]": "mixpanel"). */
  brands: Set<string>;
}
interface ResourceList {
  items: ResourceItem[];
  // Any item's word (its seven-letter stem), so a clause that shares none is passed by with one test.
  anyWord: RegExp | null;
  // Every item's model names: a sentence's words are looked up in it once.
  anyName: Set<string>;
  // Every item's capitalised names.
  anyBrand: Set<string>;
  // Any of those names anywhere in a lower-cased text: a sentence that has none is passed by with one test.
  anyMention: RegExp | null;
}
const cache: PerArticle<ResourceList> = new WeakMap();

function resourceList(blocks: Block[], byBlock: Map<number, Citation[]>): ResourceList {
  const items = resourceItems(blocks, byBlock);
  const stems = [...new Set(items.flatMap((i) => [...i.words]))];
  const anyName = new Set(items.flatMap((i) => [...i.names]));
  const anyBrand = new Set(items.flatMap((i) => [...i.brands]));
  const names = [...new Set([...anyName, ...anyBrand])].map((n) =>
    n.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'),
  );
  return {
    items,
    anyWord: stems.length > 0 ? new RegExp(stems.join('|')) : null,
    anyName,
    anyBrand,
    anyMention: names.length > 0 ? new RegExp(names.join('|')) : null,
  };
}

// The list items under a resources heading whose one link is followable, with the words of their link text.
function resourceItems(blocks: Block[], byBlock: Map<number, Citation[]>): ResourceItem[] {
  const out: ResourceItem[] = [];
  let under = false;
  blocks.forEach((block, b) => {
    if (block.kind === 'heading') under = RESOURCES_HEADING.test(block.text.trim());
    // "**Sources**": a paragraph that is only the list's title, set in bold.
    else if (
      block.kind === 'paragraph' &&
      block.text.length <= 40 &&
      RESOURCES_HEADING.test(block.text.trim())
    )
      under = true;
    if (!under || block.kind !== 'list-item') return;
    const links = (byBlock.get(b) ?? []).filter((c) => c.followable && c.evidence.kind === 'link');
    if (links.length === 1) {
      const text = links[0]!.evidence.text;
      out.push({
        citation: links[0]!,
        words: contentWords(text),
        names: new Set(modelNames(text)),
        brands: new Set(brandNames(text)),
      });
    }
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

/**
 * Why: "AWS Graviton3 processors deliver 3 times better performance" and, in the closing list, "[New – Amazon EC2
 * C7g Instances, Powered by AWS Graviton3 Processors](aws...)": the items whose titles name a model the claim's
 * sentence names are its source; so are those that name a vendor it names, capitalised ("cheaper to run Snowplow
 * than Mixpanel" and, under "**Sources**", "[Mixpanel pricing page](...)").
 */
export function namedModelSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  b: number,
  sentence: string,
): Citation[] {
  const { items, anyName, anyBrand, anyMention } = perArticle(cache, blocks, byBlock, () =>
    resourceList(blocks, byBlock),
  );
  if (anyMention === null || !anyMention.test(sentence.toLowerCase())) return [];
  // A sentence's claims are judged one after another: its names are read once.
  if (lastNames?.sentence !== sentence || lastNames.anyName !== anyName)
    lastNames = { sentence, anyName, ...sentenceNames(sentence, anyName, anyBrand) };
  const { named, brands } = lastNames;
  if (named.size === 0 && brands.size === 0) return [];
  return items
    .filter(
      (i) =>
        i.citation.block > b &&
        ([...i.names].some((n) => named.has(n)) || [...i.brands].some((n) => brands.has(n))),
    )
    .map((i) => i.citation);
}

let lastNames: { sentence: string; anyName: Set<string>; named: Set<string>; brands: Set<string> } | null =
  null;

// The model names and the capitalised names of a sentence that some resource item names too.
function sentenceNames(
  sentence: string,
  anyName: Set<string>,
  anyBrand: Set<string>,
): { named: Set<string>; brands: Set<string> } {
  const named = new Set(
    (sentence.match(TOKEN) ?? []).map((w) => w.toLowerCase()).filter((w) => anyName.has(w)),
  );
  // Capitalised in the sentence too, past its first word ("Running Snowplow is cheaper than Mixpanel").
  const opening = /^\W*/.exec(sentence)![0].length;
  const brands = new Set(
    [...sentence.matchAll(BRAND)]
      .filter((m) => m.index !== opening)
      .map((m) => m[0].toLowerCase())
      .filter((w) => anyBrand.has(w)),
  );
  return { named, brands };
}

// A capitalised name: "Mixpanel", "SiteCatalyst", "Keen" (not the words that open a title: "The", "How", "New").
const BRAND = /\p{Lu}[\p{L}\p{N}]{2,}/gu;
const NOT_A_BRAND =
  /^(?:the|this|that|these|our|your|how|why|what|when|where|who|new|introducing|announcing|pricing|price|prices|page|guide|docs|documentation|blog|post|report|release|notes|part|chapter|section|understanding|using|getting|started|for|and)$/;
/** Why: the capitalised names of a text, lower-cased, in order (with the first word: callers skip it if they must). */
function brandNames(text: string): string[] {
  return (text.match(BRAND) ?? []).map((w) => w.toLowerCase()).filter((w) => !NOT_A_BRAND.test(w));
}

// A section's own reading list ("### Further information", "### See also"); not its bibliography ("### References"),
// whose entries back only what cites them.
const READING_HEADING =
  /^(?:(?:further|more|additional)\s+(?:information|reading|resources|links)|(?:useful\s+)?(?:links|resources)|see\s+also)\s*:?\s*$/i;
// How far below a claim its section's reading list may start (blocks).
const READING_REACH = 30;
const readingCache: PerArticle<(Citation[] | undefined)[]> = new WeakMap();

/**
 * Why: "## libsecp256k1 ... Benchmarks reported 5-7x improvements over OpenSSL", then, closing that section, "###
 * Further information" over "[Bitcoin-Qt 0.12.0 Release notes](...)": a section's own reading list (a sub-heading of
 * the section, right below what it says) is the source of the section, whatever words its items use. A list at the
 * level of the section or above closes the article: its items must share the claim's topic (resourceListSource).
 */
export function sectionReadingSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  b: number,
): Citation[] {
  return perArticle(readingCache, blocks, byBlock, () => readingLists(blocks, byBlock))[b] ?? [];
}

// Each block's section reading list, in one pass from the end: the next heading below a block, and the level of the
// heading above it.
function readingLists(blocks: Block[], byBlock: Map<number, Citation[]>): (Citation[] | undefined)[] {
  const out: (Citation[] | undefined)[] = [];
  const below: { at: number; level: number; list: Citation[] | null }[] = [];
  let next: (typeof below)[number] | null = null;
  for (let k = blocks.length - 1; k >= 0; k--) {
    const block = blocks[k]!;
    if (block.kind !== 'heading') {
      if (next) below[k] = next;
      continue;
    }
    let list: Citation[] | null = null;
    if (READING_HEADING.test(block.text.trim())) {
      list = [];
      for (let j = k + 1; j < blocks.length && blocks[j]!.kind === 'list-item'; j++)
        list.push(...(byBlock.get(j) ?? []).filter((c) => c.followable && c.evidence.kind === 'link'));
    }
    next = { at: k, level: block.level ?? 1, list };
  }
  let level = 0;
  blocks.forEach((block, k) => {
    if (block.kind === 'heading') level = block.level ?? 1;
    const n = below[k];
    if (level > 0 && n?.list && n.level > level && n.at - k <= READING_REACH) out[k] = n.list;
  });
  return out;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}-]{2,}/gu;
// A figure, not a name: "25%", "2x", "4KB", "2024", "v1.2".
const FIGURE_LIKE =
  /^(?:\d[\d.,]*(?:x|k|m|b|kb|mb|gb|tb|ms|s|h|nm|w|hz|mhz|ghz|gbps|mbps|th|st|nd|rd|px|fps|bit|bits)?|v?\d+(?:[.-]\d+)*|\d+-\w+)$/i;
// A product or model name has a letter and a digit in it ("Graviton3", "C7g", "A100"), lower-cased.
const modelNames = (text: string): string[] =>
  (text.match(TOKEN) ?? [])
    .filter((w) => /\p{L}/u.test(w) && /\d/.test(w) && !FIGURE_LIKE.test(w))
    .map((w) => w.toLowerCase());

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
