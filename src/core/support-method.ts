// A data review ("2025 CVE Data Review") gives dozens of counts and shares, then closes with "## Methodology": "This
// analysis uses two primary data sources: NVD JSON ... from [nvd.example.org](url); CVE records from [GitHub
// CVEProject/cvelistV5](url). All graphs and statistics were generated using Python with pandas." A reader can
// follow those links and count again: the section is the source of the post's own figures, wherever they stand.
import type { Block } from './article';
import type { Citation } from './citations';
import { perArticle, type PerArticle } from './per-article';

// A heading over the post's method or its data ("Methodology", "Data sources", "About the data", "How we measured").
const METHOD_HEADING =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:our|the|a\s+note\s+on)\s+)?(?:methodology|methods?|data\s+(?:sources?|collection|and\s+methods?|and\s+methodology|&\s+methodology)|sources?\s+(?:of|and)\s+(?:the\s+)?data|(?:about|on)\s+(?:the|this|our)\s+data(?:set)?|how\s+we\s+(?:measured|collected|counted|gathered)(?:\s+[\w-]+){0,4}|where\s+the\s+(?:data|numbers)\s+comes?\s+from)\s*:?\s*$/i;
// What a link in it must be: the data itself, as its words, its address or the words beside it say ("export",
// "records", "nvd.json"). A benchmark's scripts are its method, not a dataset: its results are judged as results
// (worth/quiet-measured.ts), and it backs no statistic of the world the post quotes beside them.
const DATA_WORDS =
  /\b(?:data(?:\s?sets?|base)?|export|dump|records|raw\s+data|json|csv|parquet|api|feed|archive)\b/i;
const DATA_HREF =
  /\.(?:json|csv|tsv|parquet|zip|gz|sql)(?:[?#]|$)|^https?:\/\/(?:[\w-]+\.)*(?:kaggle\.com|zenodo\.org|data\.[\w.-]+|huggingface\.co\/datasets)\//i;
// Figures the post's data cannot hold: market sizes and forecasts, what others found ("Industry surveys show that
// 60% of teams ...", "according to Gartner"), and what the author's own product did ("Our scanner caught 94%").
const BEYOND_DATA =
  /\b(?:market|TAM|forecast\w*|project(?:ed|ions?)|expected\s+to|will\s+(?:reach|grow|hit)|by\s+20\d\d|according\s+to|(?:surveys?|studies|study|research|reports?|analysts?|experts?)\s+(?:show|shows|showed|find|finds|found|suggest|suggests|say|says|estimate|estimates)|our\s+(?:own\s+)?(?:product|tool|scanner|platform|service|engine|app|software|customers|users))\b/i;
// The claims a data section backs: the post's counts and shares, and "the data shows" that refers to it.
const COUNTED_KINDS = new Set(['percentage', 'number', 'range', 'multiplier', 'money', 'duration']);
const THE_DATA = /^(?:the\s+)?(?:\d{4}\s+)?data\s+(?:shows?|indicates?|suggests?|reveals?)$/i;

const cache: PerArticle<Citation[]> = new WeakMap();

/** Why: the followable data links of the article's method section (see the file's head); none without one. */
function methodLinks(blocks: Block[], byBlock: Map<number, Citation[]>): Citation[] {
  const out: Citation[] = [];
  for (let h = 0; h < blocks.length; h++) {
    const heading = blocks[h]!;
    if (heading.kind !== 'heading' || !METHOD_HEADING.test(heading.text.trim())) continue;
    for (let k = h + 1; k < blocks.length; k++) {
      const block = blocks[k]!;
      if (block.kind === 'heading' && (block.level ?? 6) <= (heading.level ?? 6)) break;
      for (const c of byBlock.get(k) ?? []) {
        if (!c.followable || c.evidence.kind !== 'link') continue;
        const beside = block.text.slice(Math.max(0, c.start - 80), Math.min(block.text.length, c.end + 40));
        if (DATA_WORDS.test(beside) || DATA_HREF.test(c.evidence.href ?? '')) out.push(c);
      }
    }
  }
  return out;
}

/**
 * Why: the method section's data links, for a claim of the post's own counting (a count, a share, "the data
 * shows"); nothing for a market size or a forecast, which no dataset of the post's can hold.
 */
export function methodSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  kind: string,
  text: string,
  sentence: string,
): Citation[] {
  if (!(COUNTED_KINDS.has(kind) || (kind === 'weasel' && THE_DATA.test(text.trim())))) return [];
  const links = perArticle(cache, blocks, byBlock, () => methodLinks(blocks, byBlock));
  return links.length > 0 && !BEYOND_DATA.test(sentence) ? links : [];
}
