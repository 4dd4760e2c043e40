// How far a source reaches beyond its sentence: a numbered citation speaks for the rest of its paragraph, a pointer
// that opens the next paragraph ("You can find these statistics on [Statista]") speaks for the one before, and a
// survey or paper linked once speaks for the section's later "respondents" and "the paper found".
import type { Block } from './article';
import type { Citation } from './citations';
import { contentWords } from './relevance';
import { perArticle, type PerArticle } from './per-article';
import { blockSentences } from './sentences';

const SCHOLARLY = new Set(['footnote', 'anchor', 'doi', 'arxiv', 'author-year']);
const POINTER_OPENING =
  /^(?:\W*)(?:you\s+can\s+(?:find|read|see|explore|check)|(?:see|read)\s+(?:the|our|more)|(?:the\s+)?(?:full|complete)\s+(?:list|results|data|report)|(?:source|sources|data)\s*:|these\s+(?:statistics|numbers|figures|results|data)|(?:all\s+)?(?:numbers|figures|data)\s+(?:here\s+)?(?:come|comes|are)\s+from)/i;
/** Why: the words of a source: a link near them is evidence, a link to "our platform" is not. */
export const SOURCE_NOUN =
  /\b(?:survey|report|study|paper|benchmark|dataset|data\s+set|analysis|research|whitepaper|census|poll)\b/i;
const BACK_REFERENCE =
  /\b(?:respondents|surveyed|participants|the\s+(?:survey|report|study|paper|authors|benchmark|analysis|researchers)|their\s+(?:benchmarks?|results|data|experiments?|model|analysis)|(?:numbers|figures|results)\s+above|(?:per|in|from)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}(?:survey|report|study|benchmark|data|analysis))\b/i;

// A link that names the data itself: "the latest [histogram data](url)", "[raw results](url)".
const DATA_LINK =
  /\b(?:data|dataset|data\s+set|raw\s+(?:numbers|results|output)|measurements|histograms?)\b/i;

/**
 * Why: "[5]" early in a paragraph backs the results the paragraph goes on to report from that work, and so does a
 * link to the data ("You can also reach the latest [histogram data](url). ... Results as of today show ~50ms").
 */
export function paragraphCitations(inBlock: Citation[], sentenceStart: number): Citation[] {
  return inBlock.filter(
    (c) =>
      c.followable &&
      c.end <= sentenceStart &&
      (SCHOLARLY.has(c.evidence.kind) || (c.evidence.kind === 'link' && DATA_LINK.test(c.evidence.text))),
  );
}

// A caption or a line under a paragraph that names its source: "Source: <link>", "Data from ...".
// ("Source*:*": a colon the Markdown escaped and emphasised still says "Source:".)
const ATTRIBUTION_LINE = /^\s*\(?\s*(?:(?:data\s+)?sources?[*_]*\s*:|data\s+from\b|via\b|according\s+to\b)/i;
// "According to our survey (link), 71% still ...": past the comma the line states something of its own.
const ATTRIBUTED_STATEMENT = /^\s*\(?\s*according\s+to\b[^,;:]*[,;:]\s*\S+\s+\S/i;

/** Why: a paragraph's last sentence is also backed by a "Source: ..." line directly under it. */
export function attributionAfter(blocks: Block[], byBlock: Map<number, Citation[]>, b: number): Citation[] {
  const here = blocks[b];
  const next = blocks[b + 1];
  if (!here || !next || (here.kind !== 'paragraph' && here.kind !== 'blockquote')) return [];
  if (next.kind !== 'paragraph' || !ATTRIBUTION_LINE.test(next.text)) return [];
  // A credit line, not the next paragraph's own statement ("According to X, 49% of ..." argues for itself).
  if (next.text.length > 200 || blockSentences(next).length > 1 || ATTRIBUTED_STATEMENT.test(next.text))
    return [];
  return byBlock.get(b + 1) ?? [];
}

// A case named by its link ("companies like [Uber]", "such as [Cloudflare's move](url)").
const NAMED_CASE = /\b(?:like|such\s+as|including|e\.g\.,?|for\s+(?:example|instance),?)\s+$/i;

/**
 * Why: "our results agree with what other observability teams have reported." closing its paragraph, and the next
 * one opening "Many big companies like [Uber](url) and Cloudflare ... seeing [8x improvement](url)": the teams the
 * claim did not name are named and linked right below it. The next paragraph's links, when its first sentence names
 * a case by its link.
 */
export function casesBelow(blocks: Block[], byBlock: Map<number, Citation[]>, b: number): Citation[] {
  const next = blocks[b + 1];
  if (!next || next.kind !== 'paragraph') return [];
  const first = blockSentences(next)[0];
  const links = (byBlock.get(b + 1) ?? []).filter((c) => c.followable && c.evidence.kind === 'link');
  const named = links.some(
    (c) =>
      first && c.start < first.end && NAMED_CASE.test(next.text.slice(Math.max(0, c.start - 20), c.start)),
  );
  return named ? links : [];
}

/** Why: a paragraph that opens with a pointer to a source speaks for the paragraph right before it. */
export function pointerAfter(blocks: Block[], byBlock: Map<number, Citation[]>, b: number): Citation[] {
  // Every claim of a paragraph asks about the same next paragraph: its answer is kept per article and block.
  let cache = pointerCache.get(byBlock);
  if (!cache || cache.blocks !== blocks) {
    cache = { blocks, found: new Map() };
    pointerCache.set(byBlock, cache);
  }
  let found = cache.found.get(b);
  if (!found) {
    found = pointerAfterUncached(blocks, byBlock, b);
    cache.found.set(b, found);
  }
  return found.slice();
}
const pointerCache = new WeakMap<
  Map<number, Citation[]>,
  { blocks: Block[]; found: Map<number, Citation[]> }
>();

function pointerAfterUncached(blocks: Block[], byBlock: Map<number, Citation[]>, b: number): Citation[] {
  const next = blocks[b + 1];
  if (!next || next.kind !== 'paragraph') return [];
  const first = blockSentences(next)[0];
  if (!first || !POINTER_OPENING.test(next.text.slice(first.start, first.end))) return [];
  return (byBlock.get(b + 1) ?? []).filter((c) => c.followable && c.start < first.end);
}

// The first back-reference in a block, and where it starts: found once per block however many claims it holds.
const backCache = new WeakMap<Block, { at: number; text: string } | null>();
function firstBackReference(block: Block): { at: number; text: string } | null {
  let found = backCache.get(block);
  if (found === undefined) {
    const m = BACK_REFERENCE.exec(block.text);
    backCache.set(block, (found = m ? { at: m.index, text: m[0] } : null));
  }
  return found;
}

/**
 * Why: where a claim refers back to a source: its own sentence or an earlier one of its paragraph ("our survey data
 * says so plainly: 81% of respondents ... That's the honest state: 63% trust them"), or the first item of its list
 * (a list of survey results names its respondents once). Returns the back-reference's words, or null.
 */
export function backReference(blocks: Block[], b: number, sentenceEnd: number): string | null {
  const block = blocks[b]!;
  if (block.kind !== 'list-item') {
    const found = firstBackReference(block);
    return found && found.at < sentenceEnd ? found.text : null;
  }
  // A list of results names its source in its first item ("70% of respondents ..., 96% use ..."); a back-reference
  // in a later item (a list of recommendations citing the survey once) speaks for that item only.
  let first = b;
  while (first > 0 && blocks[first - 1]!.kind === 'list-item') first--;
  return (firstBackReference(block) ?? firstBackReference(blocks[first]!))?.text ?? null;
}

/**
 * Why: "[Our 2026 survey](url) asked 510 engineers ..." then, paragraphs later, "70% of respondents ...": the claim
 * names the source it leans on, and the section linked it once. Only within the section, only when the claim (see
 * backReference) refers back to a survey, a paper or a benchmark.
 */
export function sectionSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  b: number,
  back: string | null,
): Citation[] {
  if (back === null) return [];
  for (let k = b; k >= 0 && k >= b - 12; k--) {
    const block = blocks[k]!;
    if (k < b && block.kind === 'heading') break;
    const found = (byBlock.get(k) ?? []).filter((c) => {
      if (!c.followable) return false;
      const around = block.text.slice(Math.max(0, c.start - 120), Math.min(block.text.length, c.end + 120));
      return SOURCE_NOUN.test(around) || SOURCE_NOUN.test(c.evidence.text);
    });
    if (found.length > 0) return found;
  }
  // "per our 510-person survey" far from the section that linked it: a link whose own text names that survey.
  const noun =
    /survey|report|study|paper|benchmark/i.exec(back)?.[0].toLowerCase() ??
    (/respondents|surveyed|participants/i.test(back) ? 'survey' : null);
  if (!noun) return [];
  for (const list of byBlock.values())
    for (const c of list)
      if (
        c.followable &&
        c.evidence.kind === 'link' &&
        (c.evidence.text.toLowerCase().includes(noun) || FULL_REPORT.test(c.evidence.text))
      )
        return [c];
  return [];
}

// "[Read the full report.](url)": the one link to the whole of what the article's figures come from.
const FULL_REPORT = /\b(?:full|complete|entire)\s+(?:report|survey|results|findings|data\s?set|data)\b/i;

/**
 * Why: a list or table takes its source from the sentence that introduces it ("Our [2026 survey](url) of 510
 * engineers found:"), when that sentence names a source, or, for a list of prices, links the price list.
 */
export function listIntroSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  b: number,
  price = false,
): Citation[] {
  let k = b;
  while (k > 0 && blocks[k - 1]!.kind === blocks[b]!.kind) k--;
  const intro = blocks[k - 1];
  if (!intro || intro.kind !== 'paragraph') return [];
  const links = (byBlock.get(k - 1) ?? []).filter((c) => c.followable);
  if (SOURCE_NOUN.test(intro.text)) return links;
  // "... by referring to [GCP monthly pricing](url) ... these two machines and their costs:" over "- n2-standard-4 at
  // $141/month": the price list the intro links.
  // Only a list price ("$141/month", "at $95") under an intro that says it lists prices ("... and their costs:").
  const item = blocks[b]!.text;
  if (
    !price ||
    !LIST_PRICE.test(item) ||
    PRICE_CHANGE.test(item) ||
    !PRICES_LISTED.test(intro.text.slice(-160))
  )
    return [];
  return links.filter((c) => PRICE_PAGE.test(c.evidence.text) || PRICE_HREF.test(c.evidence.href ?? ''));
}
// A list price: a rate ("$141/month", "$0.35 per GB", "$20 a month") or a price "at $X".
const LIST_PRICE =
  /[$€£]\s?\d[\d,.]*\s?[kKmM]?\s*(?:\/\s?(?:mo|month|hr|hour|h|yr|year|GB|TB|user|seat|host|node|vCPU|CPU|core)\b|per\s+\w+|an?\s+(?:month|year|hour)\b)|\bat\s+[$€£]\s?\d/i;
// ... and not a saving, a round, revenue or a change ("Globex saved $240,000", "closed a $40M Series B").
const PRICE_CHANGE =
  /\b(?:sav(?:e|ed|es|ing|ings)|cut|raised?|closed|grew|passed|revenue|ARR|funding|series\s+[a-f]|from\s+[$€£])\b/i;
// The intro's last words say what the list holds: "Consider these two machines and their costs:".
const PRICES_LISTED =
  /\b(?:costs?|prices?|pricing|rates?|plans?|machines?|instances?|tiers?|SKUs?)\b[^.!?]*:\s*$/i;
const PRICE_PAGE = /\bpric(?:e|es|ing)\b/i;
const PRICE_HREF = /\/pricing\b|[-_/]pric(?:e|es|ing)\b/i;

// The words of a data source a paragraph introduces: "Looking at the [website analytics](url) we can compare ...:".
const DATA_SOURCE =
  /\b(?:survey|report|study|paper|benchmark|dataset|data|analysis|research|analytics|dashboard|statistics|stats|metrics|census|poll)\b/i;

// A paragraph that shows a table or chart it names: "let's look at this table of ...", "the chart below shows".
const SHOWS_EXHIBIT =
  /\b(?:look\s+at|see|shows?|here\s+is|below\s+is)\s+(?:this|these|the\s+following|the)\s+(?:[\w-]+\s+){0,2}?(?:table|chart|graph|figure|plot)s?\b|\b(?:table|chart|graph|figure|plot)\s+below\b/i;

/**
 * Why: a paragraph that ends in a colon after linking its data ("Looking at the [website analytics](url) we can
 * compare 2022 and 2023:"), then a chart the text leaves out, then the paragraph that reads the chart: that source
 * speaks for the paragraph right after the introduction; after one that shows a table or chart it names ("let's
 * look at this table of ... from [this paper](url)"), for the two paragraphs after it.
 */
export function introSource(blocks: Block[], byBlock: Map<number, Citation[]>, b: number): Citation[] {
  let at = b - 1;
  let intro = blocks[at];
  // "let's look at this table of FLOP counts on BERT from [this paper](arxiv)", then the chart, then two paragraphs
  // that read it ("You can see that ... only 0.2% of our FLOPS", "... 250x less FLOPS than our matmuls").
  if (
    intro?.kind === 'paragraph' &&
    !SHOWS_EXHIBIT.test(intro.text) &&
    SHOWS_EXHIBIT.test(blocks[b - 2]?.text ?? '')
  )
    intro = blocks[(at = b - 2)];
  if (!intro || intro.kind !== 'paragraph' || !(/:\s*$/.test(intro.text) || SHOWS_EXHIBIT.test(intro.text)))
    return [];
  return (byBlock.get(at) ?? []).filter((c) => {
    if (!c.followable) return false;
    const around = intro.text.slice(Math.max(0, c.start - 120), Math.min(intro.text.length, c.end + 120));
    return DATA_SOURCE.test(around);
  });
}

/**
 * Why: "Most teams run three or four telemetry agents" early on, and later "our [survey of 412 platform teams]
 * (url) ... 64% run three or more telemetry agents": a sweeping claim the article backs further down, with a source
 * that shares its topic (two or more content words).
 */
export function laterSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  b: number,
  sentence: string,
): Citation[] {
  const later = laterIndex(blocks, byBlock);
  // The first source after block b (in document order) that shares two or more of the sentence's words.
  const shared = new Map<number, number>();
  let first = Infinity;
  for (const w of contentWords(sentence)) {
    for (const i of later.byWord.get(w) ?? []) {
      if (later.sources[i]!.block <= b || i >= first) continue;
      const n = (shared.get(i) ?? 0) + 1;
      shared.set(i, n);
      if (n >= 2) first = i;
    }
  }
  return first === Infinity ? [] : [later.sources[first]!.citation];
}

// Every followable citation with a source noun near it, in document order, and which of them holds each content
// word: one index per article, so judging every sweeping claim of a long page stays linear.
interface LaterIndex {
  blocks: Block[];
  sources: { block: number; citation: Citation }[];
  byWord: Map<string, number[]>;
}
const laterCache = new WeakMap<Map<number, Citation[]>, LaterIndex>();

function laterIndex(blocks: Block[], byBlock: Map<number, Citation[]>): LaterIndex {
  const cached = laterCache.get(byBlock);
  if (cached && cached.blocks === blocks) return cached;
  const index: LaterIndex = { blocks, sources: [], byWord: new Map() };
  const keys = [...byBlock.keys()].filter((k) => k >= 0 && k < blocks.length).sort((x, y) => x - y);
  for (const k of keys) {
    const text = blocks[k]!.text;
    for (const c of byBlock.get(k)!) {
      if (!c.followable) continue;
      const near = text.slice(Math.max(0, c.start - 200), Math.min(text.length, c.end + 200));
      if (!SOURCE_NOUN.test(near)) continue;
      const i = index.sources.push({ block: k, citation: c }) - 1;
      for (const w of contentWords(near)) {
        const list = index.byWord.get(w);
        if (list) list.push(i);
        else index.byWord.set(w, [i]);
      }
    }
  }
  laterCache.set(byBlock, index);
  return index;
}

// "FusionAuth surveyed more than 300 technology leaders", "our survey of 510 platform teams", "n = 412": a survey
// the article sizes.
// ("Of the 24 individuals who participated in the survey", "412 responses": a count of who answered.)
const SIZED_SURVEY =
  /\bsurveyed\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?\d[\d,]*\s+\p{L}|\bsurvey\s+of\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+)?\d[\d,]*\s+\p{L}|\b\d[\d,]*\s+(?:respondents|participants|responses)\b|\b\d[\d,]*\s+(?:individuals|people|members|users|developers|engineers)\s+(?:who\s+)?(?:participated|responded|took\s+part|answered|completed)\b|\bn\s*=\s*\d[\d,]*/u;
// A title that says the post reports a survey ("We Surveyed 300 Security Leaders", "The State of AI Identity").
const SURVEY_TITLE = /\bsurvey(?:ed|s)?\b|\bstate\s+of\b/i;
const surveyCache: PerArticle<Citation | null> = new WeakMap();

// What a survey report's own results are: shares, counts and ratings; and, where the sentence is about those who
// answered, its summaries in words and rankings ("the most commonly used plugins among the respondents").
const SURVEY_KINDS = new Set(['percentage', 'number', 'range']);
const SURVEY_WORDS_KINDS = new Set(['generalization', 'superlative']);
const ABOUT_RESPONDENTS =
  /\b(?:respondents?|participants?|users|answer(?:s|ed)|responded|rated|surveyed?)\b|\d%/i;
/** Why: whether a claim of this kind, in this sentence, is one of a survey report's own results (see surveySource). */
export function surveyResult(kind: string, sentence: string): boolean {
  return SURVEY_KINDS.has(kind) || (SURVEY_WORDS_KINDS.has(kind) && ABOUT_RESPONDENTS.test(sentence));
}

/**
 * Why: a survey report ("We Surveyed More Than 300 Security Leaders", then "[Read the full report](url)") gives its
 * shares paragraph after paragraph without repeating where they come from: when the title says the post reports a
 * survey, the article sizes it and links the full report (or a link that names the survey), that link is the source
 * of its percentages (the reader standard's "named, sized and linked survey"). A post that cites a survey among
 * other data (its own telemetry) does not qualify. Null when the article is no such report.
 */
export function surveySource(
  title: string,
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
): Citation | null {
  return perArticle(surveyCache, blocks, byBlock, () => {
    if (!SURVEY_TITLE.test(title) || !blocks.some((b) => b.kind !== 'code' && SIZED_SURVEY.test(b.text)))
      return null;
    for (const [b, list] of byBlock) {
      const found = list.find((c) => {
        if (!c.followable || c.evidence.kind !== 'link') return false;
        // The words just before the link count: "Review the full [report](url)".
        const said = `${blocks[b]?.text.slice(Math.max(0, c.start - 30), c.start) ?? ''}${c.evidence.text}`;
        return FULL_REPORT.test(said) || /\bsurvey\b/i.test(c.evidence.text);
      });
      if (found) return found;
    }
    return null;
  });
}

// "- Context: [PR#9674](url)", "Details: [RFC 42](url)": a line under a heading that says where the section's
// change is worked out.
const SECTION_POINTER =
  /^\W*(?:context|details|source|sources|background|discussion|pull\s+request|PR|RFC|benchmarks?|see\s+also)\s*:/i;

// Whether any block with a followable citation reads as a "Context: [link]" line: once per article.
const pointerLineCache: PerArticle<boolean> = new WeakMap();
function hasPointerLine(blocks: Block[], byBlock: Map<number, Citation[]>): boolean {
  return perArticle(pointerLineCache, blocks, byBlock, () =>
    [...byBlock].some(
      ([k, list]) =>
        list.some((c) => c.followable) && blocks[k] !== undefined && SECTION_POINTER.test(blocks[k]!.text),
    ),
  );
}

/**
 * Why: a section that opens with "Context: [PR#9674](url)" under its heading ("2X Faster Parser ...") rests its
 * claims on that link, the heading's own included: the pull request holds the benchmark. Only the first two blocks
 * under the heading can be that line, and only within 15 blocks of it.
 */
export function sectionPointer(blocks: Block[], byBlock: Map<number, Citation[]>, b: number): Citation[] {
  if (!hasPointerLine(blocks, byBlock)) return [];
  let h = b;
  while (h >= 0 && h >= b - 15 && blocks[h]!.kind !== 'heading') h--;
  if (h < 0 || h < b - 15) return [];
  for (let k = h + 1; k <= h + 2 && k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.kind === 'heading') break;
    if (!SECTION_POINTER.test(block.text)) continue;
    const found = (byBlock.get(k) ?? []).filter((c) => c.followable);
    if (found.length > 0) return found;
  }
  return [];
}
