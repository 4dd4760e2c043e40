// "This generates a 14.2KiB binary." ... two sections on ... "weighing in at 1.2KiB, or a 92% reduction in size": a
// change between a figure of the claim's own sentence and one the post gave anywhere above it. Only pairs with the
// sentence's own figure count (two far figures give some ratio by chance), and only the nearest few of each dimension.
import type { Block } from '../article';
import type { ClaimDraft } from '../claims';
import { draftFigure, type NearFigure } from './figures-above';

// How many settled figures of one dimension are kept, the latest ones.
const EARLIER_PER_DIM = 4;

/** Why: the figures a claim's change may be worked out between: its sentence's own and the post's earlier ones. */
export interface EarlierPairs {
  /** Settled figures of the claim's sentence before the claim. */
  own: NearFigure[];
  /** For a dimension, the latest settled figures of the blocks above the claim's. */
  earlier(dim: string): readonly NearFigure[];
}

/**
 * Why: indexes the settled figures of `drafts` (the article's claims in order, judged in that order) by dimension, as
 * the claims are judged; `settled` as contextBuilder has it.
 */
export function earlierPairsIndex(
  blocks: readonly Block[],
  drafts: readonly ClaimDraft[],
  settled: (d: ClaimDraft) => boolean,
): (draft: ClaimDraft) => EarlierPairs {
  const byDim = new Map<string, { block: number; figure: NearFigure }[]>();
  let upto = 0;
  return (draft) => {
    for (; upto < drafts.length && drafts[upto]!.block < draft.block; upto++) {
      const d = drafts[upto]!;
      if (!settled(d)) continue;
      const figure = draftFigure(blocks[d.block]!.text, d);
      if (!figure) continue;
      const list = byDim.get(figure.dim) ?? [];
      list.push({ block: d.block, figure });
      if (list.length > EARLIER_PER_DIM) list.shift();
      byDim.set(figure.dim, list);
    }
    const text = blocks[draft.block]!.text;
    const own: NearFigure[] = [];
    for (let k = upto; k < drafts.length; k++) {
      const d = drafts[k]!;
      if (d.block !== draft.block || d.start >= draft.start) break;
      if (d.start < draft.sentence.start || !settled(d)) continue;
      const f = draftFigure(text, d);
      if (f) own.push(f);
    }
    return {
      own,
      // (The index may run past `draft` when a claim is judged again: only blocks above it count.)
      earlier: (dim) => (byDim.get(dim) ?? []).filter((e) => e.block < draft.block).map((e) => e.figure),
    };
  };
}
