// The claim extractor: every checkable assertion in an article, as spans of its blocks.
// Numbers come from the regex scanner (quantities.ts); leadership, comparison and weasel phrases from lexicons
// (claim-words.ts); an optional tagger adds phrases the lexicons miss, on the few sentences that hint at them.
// No NLP import here: the content script and the fast path stay light.

import type { Article, Block } from './article';
import {
  COMPARATIVE_PATTERNS,
  INDIRECT_QUESTION_BEFORE,
  SUPERLATIVE_PATTERNS,
  TAGGER_CUE,
  WEASEL_PATTERNS,
} from './claim-words';
import {
  CUSTOMER_PATTERNS,
  EXCLUSIVITY_PATTERNS,
  GENERALIZATION_PATTERNS,
  RIVAL_PATTERNS,
} from './claim-phrases';
import { foldGuard, foldText } from './fold';
import { foldScanFound, foldSet } from './fold-set';
import { scanQuantities } from './quantities';
import type { ClaimKind } from './report';
import { findReferences } from './references';
import { allMatches } from './regex-scan';
import { blockSentences, sentenceAt } from './sentences';
import type { Range } from './sentences';

/** Why: a claim before support and ids are attached; offsets index `article.blocks[block].text`. */
export interface ClaimDraft {
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  block: number;
  /** The sentence (or whole list item / table row) holding the claim, offsets in block text. */
  sentence: Range;
  value?: number;
  unit?: string;
  context?: string;
  hedge?: string;
  max?: number;
  vague?: boolean;
}

/** Why: lets a caller plug in NLP (compromise in Node or a lazily loaded chunk) without claims.ts importing it. */
export interface Tagger {
  /** spans of superlative/comparative phrases in one sentence */
  phrases(sentence: string): { start: number; end: number; kind: 'superlative' | 'comparative' }[];
}

/** Why: the tagger is optional (fast path); `exclude` keeps citation spans and the like from becoming claims. */
export interface ExtractOptions {
  tagger?: Tagger;
  exclude?: (block: number) => Range[];
  /** The reference-list blocks (findReferences(blocks).blocks) when the caller already has them. */
  referenceBlocks?: Set<number>;
  /** Characters of sentence text the tagger may read per article (default TAGGER_BUDGET). */
  taggerBudget?: number;
}

/**
 * Why: tagging costs microseconds per character, so a huge page with thousands of candidate sentences would take
 * seconds. Sentences are tagged in document order until this many characters have been read; the rest keep their
 * lexicon and number claims. Typical articles hand the tagger a few hundred characters.
 */
export const TAGGER_BUDGET = 8_000;

// The tagger with what is left of the article's budget.
interface TaggerRun {
  tagger: Tagger;
  left: number;
}

type Draft = Omit<ClaimDraft, 'text' | 'block' | 'sentence'>;

// Tagger words that are superlative in grammar but assert nothing ("the latest release", "at least").
const TAGGER_NOISE =
  /^(?:the\s+|a\s+)?(?:latest|earliest|nearest|newest|oldest|least|most|last|next|honest|modest|interest)$/i;

// A percentage or multiplier set in inline code, and nothing else.
const CODE_FIGURE = /^\s*[~≈<>]?\s*\d+(?:\.\d+)?\s?(?:%|x|×)\s*$/;

/** Why: the single entry point; deterministic order (block, then start) so reports diff cleanly. */
export function extractClaims(article: Article, opts: ExtractOptions = {}): ClaimDraft[] {
  return claimExtractor(article, opts)(0, article.blocks.length);
}

/**
 * Why: the same claims a range of blocks at a time, for an analysis done in steps (the opening of a long page
 * first): ranges asked in order give, together, exactly what extractClaims gives, as the tagger's budget is shared.
 */
export function claimExtractor(
  article: Article,
  opts: ExtractOptions = {},
): (from: number, to: number) => ClaimDraft[] {
  const blocks = article.blocks;
  // A reference list cites; its volumes, pages and years are not the article's claims.
  const references = opts.referenceBlocks ?? findReferences(blocks).blocks;
  const budget = opts.taggerBudget ?? TAGGER_BUDGET;
  const run: TaggerRun | undefined = opts.tagger
    ? { tagger: opts.tagger, left: Number.isFinite(budget) ? Math.max(0, budget) : TAGGER_BUDGET }
    : undefined;
  return (from, to) => {
    const out: ClaimDraft[] = [];
    for (let index = Math.max(0, from); index < Math.min(to, blocks.length); index++) {
      const block = blocks[index]!;
      if (block.kind === 'code' || block.text.length === 0 || references.has(index)) continue;
      // Inline code is never a claim, except a headline figure set in code ("a `14%` gain", "`3x` faster").
      const marks = (block.marks ?? []).filter(
        (m) => !(m.kind === 'code' && CODE_FIGURE.test(block.text.slice(m.start, m.end))),
      );
      const skip: Range[] = [...marks, ...(opts.exclude?.(index) ?? [])];
      for (const c of blockClaims(block, skip, run)) {
        if (skip.some((r) => r.start < c.draft.end && c.draft.start < r.end)) continue;
        out.push({
          ...c.draft,
          text: block.text.slice(c.draft.start, c.draft.end),
          block: index,
          sentence: c.sentence,
        });
      }
    }
    return out;
  };
}

function blockClaims(
  block: Block,
  skip: Range[],
  tagger: TaggerRun | undefined,
): { draft: Draft; sentence: Range }[] {
  const text = blank(block.text, skip);
  const whole = trimSpace(block.text, 0, block.text.length);
  if (block.kind === 'table-row') {
    if (block.isHeader) return [];
    const cells = tableCells(block);
    const label = cells[0] ? block.text.slice(cells[0].start, cells[0].end).trim() : '';
    return cells.flatMap((cell, k) => {
      const header = block.header?.[k]?.trim();
      const context =
        k === 0 ? header || undefined : [label, header].filter(Boolean).join(' / ') || undefined;
      const found = segmentClaims(
        text.slice(cell.start, cell.end),
        [{ start: 0, end: cell.end - cell.start }],
        tagger,
        false,
      );
      return found.map((d) => ({
        draft: {
          ...d,
          start: d.start + cell.start,
          end: d.end + cell.start,
          ...(context ? { context } : {}),
        },
        sentence: whole,
      }));
    });
  }
  const sentences = blockSentences(block);
  const found = segmentClaims(text, sentences, tagger, block.kind === 'heading');
  return found.map((draft) => ({ draft, sentence: sentenceAt(sentences, draft.start) }));
}

// All claims of one piece of text: numbers first, then lexicon phrases, then tagger phrases; one claim per span.
function segmentClaims(
  text: string,
  sentences: Range[],
  tagger: TaggerRun | undefined,
  heading: boolean,
): Draft[] {
  const folded = foldText(text);
  const ranked: Draft[][] = [scanQuantities(text, { heading, folded }), lexiconPhrases(text, folded), []];
  if (tagger) {
    let covered: Uint8Array | null = null;
    for (const s of sentences) {
      if (s.end - s.start > tagger.left) continue;
      if (!CUE_GUARD(folded === null ? null : folded.slice(s.start, s.end))) continue;
      const sentence = text.slice(s.start, s.end);
      covered ??= coverage(text.length, ranked[0]!, ranked[1]!);
      if (!needsTagger(sentence, s.start, covered)) continue;
      tagger.left -= sentence.length;
      for (const p of tagger.tagger.phrases(sentence)) {
        const span = trimRange(text, s.start + p.start, s.start + p.end);
        if (span.end > span.start && !TAGGER_NOISE.test(text.slice(span.start, span.end))) {
          ranked[2]!.push({ kind: p.kind, ...span });
        }
      }
    }
  }
  const taken = new Uint8Array(text.length);
  const out: Draft[] = [];
  // Where a multiplier or a percentage ends: "14x - 24x higher throughput than HF" is one claim, the figure's.
  let figureEnds: Set<number> | null = null;
  for (const group of ranked) {
    group.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const d of group) {
      if (d.start < 0 || d.end > text.length || d.end <= d.start || overlaps(taken, d)) continue;
      if (d.kind === 'comparative' && figureEnds?.has(endOfFigureBefore(text, d.start))) continue;
      taken.fill(1, d.start, d.end);
      out.push(d);
      if (FIGURE_KINDS.has(d.kind)) (figureEnds ??= new Set()).add(d.end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const FIGURE_KINDS = new Set<ClaimKind>(['multiplier', 'percentage', 'range']);

// The position right after the word before `at` (the blanks before `at` skipped).
function endOfFigureBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\u00a0')) k--;
  return k;
}

const CUES = new RegExp(TAGGER_CUE.source, 'giu');
const CUE_GUARD = foldGuard(TAGGER_CUE);

// The tagger is for phrases the lexicons miss: a sentence whose every cue ("the fastest", "than") already sits
// inside a claim is not worth a (slow) tagger call.
function needsTagger(sentence: string, offset: number, covered: Uint8Array): boolean {
  if (!TAGGER_CUE.test(sentence)) return false;
  for (const m of allMatches(CUES, sentence)) {
    const at = offset + m.index + m[0].length - 1;
    if (!covered[at]) return true;
  }
  return false;
}

function coverage(length: number, ...groups: Draft[][]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const group of groups) {
    for (const d of group) covered.fill(1, Math.max(0, d.start), Math.min(length, d.end));
  }
  return covered;
}

// The lexicon patterns as one set (fold-set.ts): a block runs only the patterns whose words it holds.
const LEXICON_ENTRIES: [RegExp, ClaimKind][] = (
  [
    [SUPERLATIVE_PATTERNS, 'superlative'],
    [EXCLUSIVITY_PATTERNS, 'superlative'],
    [COMPARATIVE_PATTERNS, 'comparative'],
    [RIVAL_PATTERNS, 'comparative'],
    [WEASEL_PATTERNS, 'weasel'],
    [GENERALIZATION_PATTERNS, 'generalization'],
    [CUSTOMER_PATTERNS, 'customer'],
  ] as const
).flatMap(([patterns, kind]) => patterns.map((re): [RegExp, ClaimKind] => [re, kind]));
/** Why: every lexicon pattern in the order the extractor runs them (its tests hold fast paths to the same list). */
export const LEXICON_PATTERNS: readonly RegExp[] = LEXICON_ENTRIES.map(([re]) => re);
const LEXICON = foldSet(LEXICON_PATTERNS);

function lexiconPhrases(text: string, lower: string | null): Draft[] {
  const out: Draft[] = [];
  for (const [k, found] of foldScanFound(LEXICON, text, lower)) {
    const kind = LEXICON_ENTRIES[k]![1];
    for (const m of found) {
      if (
        kind === 'weasel' &&
        INDIRECT_QUESTION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
      ) {
        continue;
      }
      out.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

function overlaps(taken: Uint8Array, r: Range): boolean {
  for (let k = r.start; k < r.end; k++) if (taken[k]) return true;
  return false;
}

// Replaces excluded spans with spaces so nothing inside them (or glued to them, "99.7" + sup "2") reads as a number.
function blank(text: string, skip: Range[]): string {
  if (skip.length === 0) return text;
  const spans: [number, number][] = [];
  for (const r of skip) if (r.end > r.start) spans.push([r.start, r.end]);
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

// Table cells as given by the adapter (parseArticle checked their bounds), or split on " | " when it gave none.
function tableCells(block: Block): Range[] {
  if (block.cells && block.cells.length > 0) return block.cells;
  const cells: Range[] = [];
  let start = 0;
  for (const part of block.text.split(' | ')) {
    cells.push({ start, end: start + part.length });
    start += part.length + 3;
  }
  return cells;
}

function trimSpace(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /[\s,.;:!?)]/.test(text[end - 1]!)) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}
