// A vendor's benchmark post states its result up front ("We've benchmarked Windmill to be the fastest ... among
// Airflow, Prefect and even Temporal. For Airflow, there is quite a margin, up to 10x faster!") and links the
// benchmark itself further down ("[Benchmarking data and dedicated methodology documentation](url)"): a reader can
// follow that link and check the result, so it is the source of what the post says it benchmarked.
import type { Block } from './article';
import type { Citation } from './citations';
import { perArticle, type PerArticle } from './per-article';

// A link that gives the benchmark: its data, method, results or code ("[full benchmark results](url)", "the
// benchmark [repository](url)").
const BENCHMARK_LINK =
  /\bbenchmark(?:s|ing)?\b(?:\s+[\p{L}-]+){0,4}?\s+(?:data|methodology|method|results|repo|repository|code|setup|suite|harness|scripts?)\b|\b(?:data|methodology|results|code|scripts?)\s+(?:of|for)\s+(?:the\s+|our\s+|this\s+)?benchmarks?\b/iu;
// A paragraph that says its figures come from the author's benchmark: "We've benchmarked Windmill to be ...", "in
// our benchmarks", "our benchmark shows".
const SAYS_BENCHMARKED =
  /\b(?:we(?:['’]ve|\s+have)?|I(?:['’]ve|\s+have)?)\s+benchmarked\b|\b(?:in|from|per)\s+our\s+(?:own\s+)?benchmarks?\b|\bour\s+(?:own\s+)?benchmarks?\s+(?:show|shows|showed|found|confirm|confirms|confirmed)\b/i;

// A comparison a benchmark measures: "significantly faster than other tools", "3x faster", "the fastest".
const BENCHMARKED_KINDS = new Set(['comparative', 'multiplier', 'superlative']);
const MEASURED_QUALITY =
  /\b(?:fast(?:er|est)?|slow(?:er|est)?|quick(?:er|est)?|speed(?:s|ier|iest)?|latency|throughput|cheaper|lighter|leaner|outperform\w*|surpass\w*|memory|performance)\b/i;
// A bare comparison ("better than", "far surpasses") takes its quality from the words right before it: "achieves
// performance better than or close to Java's".
const QUALITY_BEFORE = 40;
// How far above a comparison its section's benchmark link may stand.
const ABOVE_BLOCKS = 3;
// A link called just "benchmark(s)" gives the benchmark when it goes to a repository: "the [benchmarks](github.com/...)".
const BENCHMARK_WORD = /^\s*(?:the\s+|our\s+|these\s+)?benchmarks?\s*$/i;
const REPOSITORY =
  /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/(?!(?:topics|features|orgs|marketplace|sponsors|collections|trending|search|explore|settings)\/)[^/]+\/[^/?#]+/i;

const cache: PerArticle<Benchmarks> = new WeakMap();
const saysCache = new WeakMap<Block, boolean>();

/**
 * Why: the article's benchmark links (see the file's head), for a claim whose paragraph says it was benchmarked; and
 * for a comparison of speed, cost or memory whose section links the benchmark: "## How fast is it?" opens with "Lerna
 * ... is significantly faster than other tools" and links "the [benchmark repo](url)" below it; "### Memory
 * Management" links "The [benchmarks](github.com/...) here come from ..." above "far surpasses Swift's".
 */
export function benchmarkSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  b: number,
  claim: { kind: string; text: string; start: number; sentence: { start: number } },
): Citation[] {
  const block = blocks[b];
  if (!block) return [];
  const compares =
    BENCHMARKED_KINDS.has(claim.kind) &&
    (MEASURED_QUALITY.test(claim.text) ||
      MEASURED_QUALITY.test(
        block.text.slice(Math.max(claim.sentence.start, claim.start - QUALITY_BEFORE), claim.start),
      ));
  // Every claim of a paragraph asks: its paragraph is read once.
  let says = saysCache.get(block);
  if (says === undefined) saysCache.set(block, (says = SAYS_BENCHMARKED.test(block.text)));
  if (!says && !compares) return [];
  const { links, section } = perArticle(cache, blocks, byBlock, () => benchmarks(blocks, byBlock));
  if (says || links.length === 0) return links;
  // Below it in its section, or a few blocks above it under the section's heading (a post's opening is no section).
  return links.filter(
    (c) =>
      section[c.block] === section[b] && (c.block > b || (section[b]! > 0 && b - c.block <= ABOVE_BLOCKS)),
  );
}

// The article's benchmark links, and for each block the number of headings up to it (its section), so that every
// comparison asks about its section without walking it.
interface Benchmarks {
  links: Citation[];
  section: Uint32Array;
}
function benchmarks(blocks: Block[], byBlock: Map<number, Citation[]>): Benchmarks {
  const links = benchmarkLinks(blocks, byBlock);
  const section = new Uint32Array(links.length === 0 ? 0 : blocks.length);
  for (let i = 0, n = 0; i < section.length; i++) section[i] = blocks[i]!.kind === 'heading' ? ++n : n;
  return { links, section };
}

function benchmarkLinks(blocks: Block[], byBlock: Map<number, Citation[]>): Citation[] {
  const out: Citation[] = [];
  for (const [b, list] of byBlock) {
    const text = blocks[b]?.text ?? '';
    for (const c of list) {
      if (!c.followable || c.evidence.kind !== 'link') continue;
      if (
        BENCHMARK_LINK.test(c.evidence.text) ||
        BENCHMARK_LINK.test(text.slice(Math.max(0, c.start - 40), c.end)) ||
        (BENCHMARK_WORD.test(c.evidence.text) && REPOSITORY.test(c.evidence.href ?? ''))
      )
        out.push(c);
    }
  }
  return out;
}

// "[Link to result page](url)", "[Full benchmark results](url)": a link that gives results (a dashboard shows the
// author's own numbers, not the rivals' a comparison needs).
const RESULTS_LINK = /\b(?:results?|benchmarks?|leaderboards?)\b/i;

/**
 * Why: "The cold run is almost an order of magnitude better than every other solution!" over a paragraph that is the
 * link "[Link to result page](url)": the paragraph's results stand on the results linked right below it.
 */
export function resultsLinkBelow(blocks: Block[], byBlock: Map<number, Citation[]>, b: number): Citation[] {
  const next = blocks[b + 1];
  if (!next || next.kind !== 'paragraph') return [];
  const links = (byBlock.get(b + 1) ?? []).filter(
    (c) => c.followable && c.evidence.kind === 'link' && RESULTS_LINK.test(c.evidence.text),
  );
  const linked = links.reduce((n, c) => n + (c.end - c.start), 0);
  return linked * 2 >= next.text.trim().length ? links : [];
}
