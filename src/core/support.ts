// Support: does a claim stand on evidence a reader can follow, on evidence they cannot, or on nothing?
import type { Article } from './article';
import { spansIn, type Citation } from './citations';
import type { ClaimDraft } from './claims';
import type { Evidence, Support } from './report';
import { blockSentences, type Range } from './sentences';
import {
  clauseAround,
  concernsClaim,
  homePageHost,
  isCodePage,
  isOwnSite,
  isProductPage,
  namesASource,
  sameClause,
  sourceHomes,
} from './relevance';
import {
  SOURCE_NOUN,
  introSource,
  laterSource,
  surveyResult,
  surveySource,
  sectionPointer,
  listIntroSource,
  backReference,
  paragraphCitations,
  pointerAfter,
  casesBelow,
  attributionAfter,
  sectionSource,
} from './support-reach';
import { namedWorkSource, paperSource } from './support-paper';
import { continuedSource, namedSourceLinked } from './support-named';
import { commaClause, namedModelSource, resourceListSource, sectionReadingSource } from './support-resources';
import { quotedSource } from './support-quote';
import { methodSource } from './support-method';
import { benchmarkSource, resultsLinkBelow } from './support-benchmark';

// "the improvements as measured by [sapphi-red/performance-compare](url)": a table's numbers and their tool.
const MEASURED_BY = /\b(?:measured|benchmarked|tested|reported|collected|generated)\s+(?:by|with|using)\b/i;
// ("Based on publicly listed rates ... Verify at [datadoghq.com/pricing](...)": where the figures can be checked.)
const SAYS_SOURCE =
  /\b(?:data\s+)?sources?[*_]*\s*:|\bdata\s+from\b|\baccording\s+to\b|\bverify\s+(?:them\s+|these\s+)?(?:at|on)\b|\bbased\s+on\s+(?:the\s+)?(?:publicly\s+)?(?:listed|published)\s+(?:rates|prices|pricing|figures|data)\b/i;
// Link words that state a figure of their own: "28,000+ GitHub stars", "1M downloads", "33% of usage" (not a year
// or an identifier: "2026 survey", "arXiv:2507.10432").
const LINK_FIGURE =
  /(?<![\w:.])\d[\d,.]*\s*(?:\+|%|[kKmMbB]\b|x\b|×)|(?<![\w:.])\d{1,3}(?:,\d{3})+(?![\d.])|(?<![\w:.])\d+(?:\.\d+)?\s+(?:GitHub\s+)?(?:stars|users|downloads|customers|companies|members|contributors|forks|installs)\b/i;
// Claims a paper's results can back: figures and comparisons, not sweeping claims about the world or customers.
// A leadership claim asks for more than the authors' own paper.
const RESULT_KINDS = new Set(['percentage', 'multiplier', 'number', 'range', 'duration', 'comparative']);
// What a paper does not measure: people using it, money, someone's operations ("cut the GPUs used for serving").
const IN_THE_FIELD =
  /\b(?:users|customers|companies|teams|organi[sz]ations|in\s+production|serv(?:e|es|ed|ing)|cost|costs|bill|revenue|adopt\w*)\b/i;
// An encyclopedia, whose entry on a company or a thing is a source for what the article says of it in passing.
const REFERENCE_WORK = /^https?:\/\/(?:[\w-]+\.)*(?:wikipedia\.org|britannica\.com)\//i;
const EVALUATIVE = new Set(['superlative', 'comparative', 'generalization', 'customer']);
// Claims a vendor's own site cannot back: sweeping claims, unnamed customers, leadership, growth and market shares.
const WORLD_OR_GROWTH_KINDS = new Set(['generalization', 'customer', 'superlative']);
const WORLD_OR_GROWTH =
  /\b(?:grew|growth|grow(?:s|ing)|tripl\w+|doubl\w+|climbing|majority|world['’]?s|global|market|industry|most\s+(?:teams|companies|organi[sz]ations|developers)|Fortune\s+(?:500|100|50)|Global\s+2000)\b/i;

/**
 * Why: the verdict a reader sees first. Evidence is read in three rings around the claim:
 * 1. its sentence (or its whole list item / table row): any citation;
 * 2. the next and the previous sentence: followable citations only (an unlinked "(Smith, 2019)" there belongs to
 *    that sentence's own statement), and only when the claim's own sentence names no source of its own;
 * 3. a "Source:" caption directly before/after the claim's table, or a "Source:" line right under its paragraph.
 * `linked` when any ring holds a followable citation, `cited-unlinked` when rings 1 and 3 hold only citations that
 * cannot be followed, else `unsupported`. Placeholder links are not citations (see citations.ts).
 */
export function judgeSupport(
  article: Article,
  claim: ClaimDraft,
  citations: Citation[],
): { support: Support; evidence: Evidence[] } {
  const blocks = article.blocks;
  const block = blocks[claim.block]!;
  const byBlock = citationsByBlock(citations);
  const inBlock = byBlock.get(claim.block) ?? [];
  let own: Citation[];
  const near: Citation[] = [];
  const captions: Citation[] = [];
  // Sources that reach the claim from further away: its paragraph, the next paragraph's pointer, its section.
  const far: Citation[] = [];
  let late: (() => Citation[]) | null = null;

  // Links to the vendor's own product pages are not evidence for anything.
  // A statistic about the world, or the vendor's own growth, is not backed by the vendor's own pages either.
  const claimSentence = block.text.slice(claim.sentence.start, claim.sentence.end);
  const ownSiteIsNoEvidence = WORLD_OR_GROWTH_KINDS.has(claim.kind) || WORLD_OR_GROWTH.test(claimSentence);
  const homes = sourceHomes(citations);
  const evidential = (c: Citation) => {
    const page = pageOf(c, article.url);
    const product = page.product && !(homes.has(homePageHost(c.evidence.href) ?? '') && !page.ownSite);
    return !product && !(ownSiteIsNoEvidence && c.evidence.kind === 'link' && page.ownSite);
  };
  if (block.kind === 'list-item' || block.kind === 'table-row') {
    own = inBlock.filter(evidential);
    far.push(
      ...sectionSource(
        blocks,
        byBlock,
        claim.block,
        backReference(blocks, claim.block, block.text.length),
      ).filter(evidential),
    );
    if (block.kind === 'list-item')
      far.push(...listIntroSource(blocks, byBlock, claim.block, claim.kind === 'money').filter(evidential));
  } else {
    const sentences = blockSentences(block);
    const mine = ownSentence(claim, sentences, block.text.length);
    const within = (r: Range) => spansIn(inBlock, r.start, r.end).filter(evidential);
    const text = block.text.slice(mine.start, mine.end);
    // A link in another clause of the sentence speaks for that clause, not for the claim.
    // A link on the sentence's subject ("[Optional Segments](docs) solve all the problems") names the thing the
    // sentence praises; it is no source for the praise.
    // An encyclopedia's entry on the subject ("[JD.com](wikipedia) is ... a member of the Fortune 500") is a source
    // about it.
    const onSubject = (c: Citation) =>
      EVALUATIVE.has(claim.kind) &&
      c.start === mine.start &&
      /^\p{Lu}/u.test(c.evidence.text) &&
      !(c.evidence.kind === 'link' && REFERENCE_WORK.test(c.evidence.href ?? ''));
    // A link whose own words state another figure ("[28,000+ GitHub stars](repo)") is the source of that figure.
    const otherFigure = (c: Citation) =>
      c.evidence.kind === 'link' &&
      LINK_FIGURE.test(c.evidence.text) &&
      !namesASource(c.evidence.text) &&
      (c.end <= claim.start || c.start >= claim.end);
    own = within(mine).filter(
      (c) =>
        !c.followable ||
        (sameClause(text, claim.start - mine.start, c.start - mine.start) &&
          !onSubject(c) &&
          !otherFigure(c)),
    );
    const i = firstStartingAt(sentences, mine.end);
    const next = sentences[i];
    let j = i - 1;
    while (j >= 0 && sentences[j]!.end > mine.start) j--;
    const prev = sentences[j];
    for (const r of [next, prev]) {
      if (!r) continue;
      const neighbour = block.text.slice(r.start, r.end);
      // Praise and position ("solve all the problems", "the majority of the world's ...") need a source of their
      // own: a link in the next sentence is about that sentence (often the very product being praised).
      if (EVALUATIVE.has(claim.kind)) continue;
      for (const c of within(r))
        if (c.followable && concernsClaim(c, neighbour, text) && !(claim.kind === 'weasel' && isCodePage(c)))
          near.push(c);
    }
    // "... making sure that [huge pages](docs) are enabled. ... Huge pages are ~500x bigger than standard 4 kB
    // pages": a link earlier in the paragraph on the very subject the claim's sentence opens with is a page about it.
    if (!EVALUATIVE.has(claim.kind))
      for (const c of inBlock)
        if (
          c.followable &&
          c.evidence.kind === 'link' &&
          c.end <= mine.start &&
          opensWith(text, c.evidence.text) &&
          evidential(c)
        )
          near.push(c);
    // Sources read only when the rings above hold none (see the end): each costs a look beyond the claim's sentence.
    late = () => [
      ...(EVALUATIVE.has(claim.kind)
        ? []
        : [continuedSource(blocks, byBlock, claim.block, mine.start, citations)].flatMap((c) => c ?? [])),
      ...quotedSource(blocks, byBlock, claim.block),
      ...resourceListSource(
        blocks,
        byBlock,
        claim.block,
        commaClause(text, claim.start - mine.start, claim.end - mine.start),
      ),
    ];
    if (!next)
      captions.push(
        ...attributionAfter(blocks, byBlock, claim.block),
        ...(claim.kind === 'weasel' ? casesBelow(blocks, byBlock, claim.block).filter(evidential) : []),
      );
    far.push(...paragraphCitations(inBlock, mine.start).filter(evidential));
    far.push(...pointerAfter(blocks, byBlock, claim.block).filter(evidential));
    far.push(...introSource(blocks, byBlock, claim.block).filter(evidential));
    far.push(
      ...sectionSource(blocks, byBlock, claim.block, backReference(blocks, claim.block, mine.end)).filter(
        evidential,
      ),
    );
    if (claim.kind === 'generalization')
      far.push(
        ...laterSource(
          blocks,
          byBlock,
          claim.block,
          clauseAround(text, claim.start - mine.start, claim.end - mine.start),
        ).filter(evidential),
      );
    far.push(
      ...namedWorkSource(blocks, byBlock, claim.block, text.slice(0, claim.start - mine.start)).filter(
        evidential,
      ),
    );
  }
  far.push(...sectionPointer(blocks, byBlock, claim.block).filter(evidential));
  far.push(...namedModelSource(blocks, byBlock, claim.block, claimSentence).filter(evidential));
  far.push(...sectionReadingSource(blocks, byBlock, claim.block).filter(evidential));
  // A research post's results come from the paper it links up front (its authors' own, or the one it reads).
  if (RESULT_KINDS.has(claim.kind) && !claim.vague) {
    const paper = paperSource(blocks, byBlock);
    if (paper && !IN_THE_FIELD.test(claimSentence)) far.push(paper);
  }
  far.push(...methodSource(blocks, byBlock, claim.kind, claim.text, claimSentence).filter(evidential));
  far.push(...benchmarkSource(blocks, byBlock, claim.block, claim).filter(evidential));
  if (RESULT_KINDS.has(claim.kind))
    far.push(...resultsLinkBelow(blocks, byBlock, claim.block).filter(evidential));
  // A survey report's shares, in prose or in its tables, come from the survey it sized and linked; so do its counts
  // and ratings, and what it says of its respondents in words ("Most users rely on the default ruleset").
  if (surveyResult(claim.kind, claimSentence)) {
    const survey = surveySource(article.title, blocks, byBlock);
    if (survey && evidential(survey)) far.push(survey);
  }

  if (block.kind === 'table-row') {
    // A table takes its source from a caption that says so, or from the sentence that introduces it
    // ("Our [benchmark](url) shows ...:", "as measured by [the harness](url)") and the one right after it
    // ("Source: ..."). Tables set one after another share the first one's introduction.
    let [first, last] = tableExtent(article, claim.block);
    for (let k = 0; k < 4 && blocks[first - 1]?.kind === 'table-row'; k++)
      first = tableExtent(article, first - 1)[0];
    const lead = leadIn(article, first);
    for (const b of [first - 1, last + 1, ...(lead !== first - 1 ? [lead] : [])]) {
      const cap = blocks[b];
      if (!cap || cap.kind === 'heading' || cap.kind === 'code' || cap.kind === 'table-row') continue;
      const introduces =
        (b !== last + 1 && (SOURCE_NOUN.test(cap.text) || MEASURED_BY.test(cap.text))) ||
        SAYS_SOURCE.test(cap.text);
      if (introduces) for (const c of byBlock.get(b) ?? []) if (evidential(c)) captions.push(c);
    }
  }

  // The closest ring with a followable citation speaks; unlinked citations in the claim's own sentence stay listed.
  // A sentence that names its own source speaks for itself: a link in the sentence next to it is about that
  // sentence's statement, so it cannot lift "(Koomey et al., 2016)" or "according to Gartner" to linked.
  const rings = own.length > 0 ? [own, captions] : [own, near, captions, far];
  let ring = rings.find((r) => r.some((c) => c.followable));
  if (!ring) {
    // "According to the Verizon ... report" with no link here, linked elsewhere in the article: the reader can
    // follow it. With no source named, the sentences it goes on from, the quote's introduction, the closing list.
    const found =
      own.length > 0
        ? own.flatMap((c) => namedSourceLinked(c, citations) ?? [])
        : (late?.() ?? []).filter((c) => c.followable);
    const usable = found.filter(evidential);
    if (usable.length > 0) ring = usable;
  }
  const chosen = ring
    ? ring.filter((c) => c.followable).concat(own.filter((c) => !c.followable))
    : own.concat(captions);
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const c of chosen) {
    const key = `${c.evidence.kind}\u0000${c.evidence.text}\u0000${c.evidence.href ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push(
      c.evidence.href
        ? { kind: c.evidence.kind, text: c.evidence.text, href: c.evidence.href }
        : { kind: c.evidence.kind, text: c.evidence.text },
    );
  }
  const support: Support = ring ? 'linked' : chosen.length > 0 ? 'cited-unlinked' : 'unsupported';
  return { support, evidence };
}

// "Below are the summaries ... the whole benchmark [here](url)." over "- **Join** on 100k rows:", a table, "- **Groupby**:",
// a table: the paragraph above the tables' short labels introduces them all. The block that leads into the table
// starting at `first`, past such labels and the tables between them (first - 1 when there are none).
function leadIn(article: Article, first: number): number {
  const blocks = article.blocks;
  let b = first - 1;
  for (let hops = 0; hops < 8 && b > 0; hops++) {
    const here = blocks[b]!;
    if (here.kind === 'table-row') b = tableExtent(article, b)[0] - 1;
    else if (TABLE_LABEL.test(here.text) && (here.kind === 'list-item' || here.kind === 'paragraph')) b--;
    else break;
  }
  return b;
}
const TABLE_LABEL = /^[^.!?]{1,100}:[*_\s]*$/;

// The claim's sentence as the extractor saw it, else the sentence holding its start.
function ownSentence(claim: ClaimDraft, sentences: Range[], len: number): Range {
  const s = claim.sentence;
  if (
    s &&
    Number.isFinite(s.start) &&
    Number.isFinite(s.end) &&
    s.end > s.start &&
    s.start >= 0 &&
    s.end <= len
  )
    return s;
  const r = sentences[firstStartingAt(sentences, claim.start + 1) - 1];
  return r && claim.start < r.end ? r : { start: 0, end: len };
}

// Index of the first sentence that starts at or after `at` (sentences are sorted and disjoint).
function firstStartingAt(sentences: Range[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// What a citation's link is (a product page, the vendor's own site not naming a source), read once per citation:
// every claim near it asks again.
const pageCache = new WeakMap<
  Citation['evidence'],
  { url: string | null; href: string | undefined; text: string; product: boolean; ownSite: boolean }
>();
function pageOf(c: Citation, url: string | null): { product: boolean; ownSite: boolean } {
  const e = c.evidence;
  const hit = pageCache.get(e);
  if (hit && hit.url === url && hit.href === e.href && hit.text === e.text) return hit;
  const page = {
    url,
    href: e.href,
    text: e.text,
    product: isProductPage(e.href, e.text, url),
    ownSite: isOwnSite(e.href, url) && !namesASource(e.text),
  };
  pageCache.set(e, page);
  return page;
}

// Caches keyed by the caller's objects: judging every claim of a 1 MB page stays linear.
const byBlockCache = new WeakMap<Citation[], Map<number, Citation[]>>();
const tableCache = new WeakMap<Article, Map<number, [number, number]>>();

function citationsByBlock(citations: Citation[]): Map<number, Citation[]> {
  const list = citations;
  let map = byBlockCache.get(list);
  if (!map) {
    map = new Map();
    for (const c of list) {
      const arr = map.get(c.block);
      if (arr) arr.push(c);
      else map.set(c.block, [c]);
    }
    for (const arr of map.values()) arr.sort((x, y) => x.start - y.start);
    byBlockCache.set(list, map);
  }
  return map;
}

// First and last block index of the table a row belongs to (consecutive rows; a header row starts a new table).
function tableExtent(article: Article, b: number): [number, number] {
  let map = tableCache.get(article);
  if (!map) {
    map = new Map();
    const blocks = article.blocks;
    let i = 0;
    while (i < blocks.length) {
      if (blocks[i]?.kind !== 'table-row') {
        i++;
        continue;
      }
      let j = i;
      while (blocks[j + 1]?.kind === 'table-row' && !(blocks[j + 1]!.isHeader && !blocks[j]!.isHeader)) j++;
      for (let k = i; k <= j; k++) map.set(k, [i, j]);
      i = j + 1;
    }
    tableCache.set(article, map);
  }
  return map.get(b) ?? [b, b];
}

// Whether a sentence opens with a link's words as its subject ("Huge pages are ..." after "[huge pages](url)"),
// past an article; the words must name something (five letters or more), and end where a word does.
function opensWith(sentence: string, linkText: string): boolean {
  const strip = (t: string): string =>
    t
      .trim()
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/, '');
  const subject = strip(linkText);
  if (subject.replace(/[^\p{L}]/gu, '').length < 5) return false;
  const opening = strip(sentence.replace(/^[^\p{L}]+/u, ''));
  return opening.startsWith(subject) && !/^[\p{L}\p{N}]/u.test(opening.slice(subject.length));
}
