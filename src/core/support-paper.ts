// The papers a post links: a method's paper linked on its name backs later claims about that method, and the paper a
// research post is about (its authors' own, or the one it reads) backs the results it reports.
import type { Block } from './article';
import type { Citation } from './citations';
import { perArticle, type PerArticle } from './per-article';

// Where a paper lives: a link there names the work itself, not a product page.
const PAPER_HREF =
  /^https?:\/\/(?:[\w-]+\.)*(?:arxiv\.org|doi\.org|openreview\.net|aclanthology\.org|papers\.nips\.cc|proceedings\.\w+\.\w+|dl\.acm\.org|ieeexplore\.ieee\.org|semanticscholar\.org)\/|\.pdf(?:$|[?#])/i;
// A method's name as a sentence's subject: an acronym ("SWAG") or a CamelCase name ("FlashAttention").
const WORK_NAME = /\b(?:\p{Lu}[\p{Lu}\d]+|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*)\b/gu;

/**
 * Why: "[SWA-Gaussian](arxiv) (SWAG) is a simple approach ..." and, a figure later, "SWAG performs on par or better
 * than popular alternatives": a claim about a method whose paper the section linked on its name. Only a paper's
 * address counts (a product named with a link to its home page is no source), only for a name the sentence states
 * before the claim, and only within the section.
 */
export function namedWorkSource(
  blocks: Block[],
  byBlock: Map<number, Citation[]>,
  b: number,
  beforeClaim: string,
): Citation[] {
  // Most articles link no paper on a name: they pay one pass over their citations, once.
  const papers = paperLinks(blocks, byBlock);
  if (papers.size === 0) return [];
  // The sentence's names are read only when a paper link stands in reach.
  let names: Set<string> | null = null;
  for (let k = b; k >= 0 && k >= b - 12; k--) {
    if (k < b && blocks[k]!.kind === 'heading') break;
    const here = papers.get(k);
    if (!here) continue;
    names ??= new Set(Array.from(beforeClaim.matchAll(WORK_NAME), (m) => m[0]));
    if (names.size === 0) return [];
    for (const p of here)
      if (names.has(p.name) || (p.alias !== undefined && names.has(p.alias))) return [p.citation];
  }
  return [];
}

// Every followable link to a paper's address, with its text and the "(ALIAS)" after it, by block: once per article.
interface PaperLink {
  name: string;
  alias: string | undefined;
  citation: Citation;
}
const paperCache: PerArticle<Map<number, PaperLink[]>> = new WeakMap();
function paperLinks(blocks: Block[], byBlock: Map<number, Citation[]>): Map<number, PaperLink[]> {
  return perArticle(paperCache, blocks, byBlock, () => findPaperLinks(blocks, byBlock));
}
function findPaperLinks(blocks: Block[], byBlock: Map<number, Citation[]>): Map<number, PaperLink[]> {
  const found = new Map<number, PaperLink[]>();
  for (const [k, list] of byBlock) {
    const text = blocks[k]?.text ?? '';
    for (const c of list) {
      if (!c.followable || c.evidence.kind !== 'link' || !PAPER_HREF.test(c.evidence.href ?? '')) continue;
      const alias = /^\s*\(([^()]{2,30})\)/.exec(text.slice(c.end, c.end + 34))?.[1]?.trim();
      const link = { name: c.evidence.text.trim(), alias, citation: c };
      const list = found.get(k);
      if (list) list.push(link);
      else found.set(k, [link]);
    }
  }
  return found;
}

// "Our [ICLR'18 paper](url)", "[Paper](https://arxiv.org/abs/...)", "📄 Paper: [arXiv](url)": the authors' own paper.
const OWN_PAPER_NEAR =
  /\bour\s+(?:[\w'’-]+\s+){0,2}(?:paper|preprint|publication)\b|\bpaper\s*[:|]|^\W*(?:paper|preprint|pdf|arxiv)\W*$/i;
// "[HM-ANN: ...](neurips.pdf) is a research paper that was accepted at NeurIPS", "ideas in the [Learning to Retrieve
// Passages](arxiv.pdf) paper by Ori Ram, ...": the paper the post goes on to read.
const PAPER_AFTER =
  /^\W{0,3}\s*(?:(?:is|was)\s+a\s+(?:[\w-]+\s+){0,2}(?:paper|preprint)|(?:paper|preprint)\s+(?:by|from))\b/i;
// A heading that says the post sums up a paper: "Paper Reading | HM-ANN", "Paper review: ...", "Reading the paper".
const PAPER_READING =
  /\bpaper\s+(?:reading|review|summary|notes?|explained|walk-?through)\b|\b(?:reading|reviewing|summari[sz]ing)\s+(?:the\s+)?paper\b/i;
// "an overview of DeepMind's paper [Accelerating ...](arxiv)": the paper named just before its link ...
const PAPER_BEFORE = /\b(?:paper|preprint)\s*$/i;
// ... which the post then goes on to cite as "the paper" ("the paper reports 2.46", "see figure 1 in the paper").
const THE_PAPER = /\b(?:the|this)\s+paper\b/gi;
function readsThePaper(blocks: Block[]): boolean {
  let n = 0;
  for (const b of blocks) if (b.kind !== 'code') n += b.text.match(THE_PAPER)?.length ?? 0;
  return n >= 2;
}
const postPaperCache: PerArticle<Citation | null> = new WeakMap();

/**
 * Why: a research post reports the results of the paper it links up front, the authors' own ("Our [ICLR'18
 * paper](url) ...", "[Paper](arxiv)") or the one a paper reading sums up ("Paper Reading | HM-ANN", "[HM-ANN](pdf) is
 * a research paper accepted at NeurIPS"): its "beats SIF", "1.8x faster than random promotion" stand on that paper.
 * Only a paper's address counts, only in the first eight blocks, and only when the words say whose paper it is.
 */
export function paperSource(blocks: Block[], byBlock: Map<number, Citation[]>): Citation | null {
  return perArticle(postPaperCache, blocks, byBlock, () => {
    const first = Math.min(blocks.length, 8);
    const reading = blocks.slice(0, first).some((b) => b.kind === 'heading' && PAPER_READING.test(b.text));
    for (let k = 0; k < first; k++) {
      const text = blocks[k]!.text;
      for (const c of byBlock.get(k) ?? []) {
        if (!c.followable || c.evidence.kind !== 'link' || !PAPER_HREF.test(c.evidence.href ?? '')) continue;
        if (reading || PAPER_AFTER.test(text.slice(c.end, c.end + 40))) return c;
        if (PAPER_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)) && readsThePaper(blocks))
          return c;
        const near = text.slice(Math.max(0, c.start - 60), Math.min(text.length, c.end + 20));
        if (OWN_PAPER_NEAR.test(near) || OWN_PAPER_NEAR.test(c.evidence.text)) return c;
      }
    }
    return null;
  });
}
