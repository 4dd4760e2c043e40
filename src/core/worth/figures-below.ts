// A percentage or a multiple that titles the figures right below it: "### Benefit 3: Indexing is 84% faster" over
// "Unlike our first attempt which took 22 hours in total, parallel indexing completed in only 3h27m."; "we cut peak
// memory by 69%:" over a list of "12 GiB" and "3.7 GiB". The reader checks the figures below, which are claims of
// their own; only figures settled as needing no source count (as above it: figures-above.ts), so a headline over
// figures nobody can check keeps its flag, and a count only when the headline names what it counts. Those are judged
// after the headline, so the pipeline asks again once they are.
import type { Block } from '../article';
import type { ClaimDraft } from '../claims';
import { draftFigure, MAX_NEAR, type NearFigure } from './figures-above';

// How far down a window reaches: a heading's first paragraphs (a list counting as one), a lead-in's list or paragraph.
const HEADING_PARAGRAPHS = 2;
const LEAD_IN_PARAGRAPHS = 1;
const MAX_BLOCKS = 12;

/**
 * Why: the blocks whose figures a claim may title, [from, to), or null when it titles none: a heading's (below the
 * article's title) first paragraphs in its section, or the list or paragraph that the claim's sentence leads into
 * when it ends its block with a colon.
 */
export function belowWindow(
  blocks: readonly Block[],
  draft: ClaimDraft,
): { from: number; to: number } | null {
  const block = blocks[draft.block]!;
  const heading = block.kind === 'heading' && (block.level ?? 1) > 1;
  const leadIn =
    !heading &&
    block.kind !== 'table-row' &&
    block.kind !== 'code' &&
    /:\s*$/.test(block.text) &&
    block.text.slice(draft.sentence.end).trim() === '' &&
    /:\s*$/.test(block.text.slice(draft.sentence.start, draft.sentence.end));
  if (!heading && !leadIn) return null;
  const most = heading ? HEADING_PARAGRAPHS : LEAD_IN_PARAGRAPHS;
  let paragraphs = 0;
  let i = draft.block + 1;
  for (; i < blocks.length && i <= draft.block + MAX_BLOCKS; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading') break;
    if (b.kind === 'code' || b.kind === 'table-row') continue;
    // A list counts as one paragraph: its first item opens it.
    if (b.kind !== 'list-item' || blocks[i - 1]?.kind !== 'list-item') paragraphs++;
    if (paragraphs > most) break;
  }
  return i > draft.block + 1 ? { from: draft.block + 1, to: i } : null;
}

/**
 * Why: the figures of the window below a claim (belowWindow) that need no source, top first, as NearFigures;
 * `draftsOf` holds each block's claims in order, `settled` says which need no source.
 */
export function nearFiguresBelow(
  blocks: readonly Block[],
  draftsOf: ReadonlyMap<number, readonly ClaimDraft[]>,
  draft: ClaimDraft,
  settled: (d: ClaimDraft) => boolean,
): NearFigure[] {
  const window = belowWindow(blocks, draft);
  const out: NearFigure[] = [];
  if (!window) return out;
  const text = blocks[draft.block]!.text;
  const headline = text.slice(draft.sentence.start, draft.sentence.end).toLowerCase();
  for (let i = window.from; i < window.to && out.length < MAX_NEAR; i++) {
    for (const d of draftsOf.get(i) ?? []) {
      if (out.length >= MAX_NEAR) break;
      if (!settled(d)) continue;
      const f = draftFigure(blocks[i]!.text, d);
      // A count titles the headline only when the headline names what it counts: "3x faster:" over "10 files ...
      // instead of 30 files" is no count of files ("fetches 3x fewer files:" is).
      if (f && (!f.dim.startsWith('n:') || headline.includes(f.dim.slice(2)))) out.push(f);
    }
  }
  return out;
}
