// One claim of a small article judged for support, as the support tests compare it: the verdict and each piece of
// evidence as "kind: text".
import type { Block } from '../../src/core/article';
import type { ClaimDraft } from '../../src/core/claims';
import { findCitations } from '../../src/core/citations';
import { judgeSupport } from '../../src/core/support';
import { article, claimDraft } from './blocks';

/** Why: the support tests' one way to judge the claim `needle` of block `b`. */
export function supportOf(
  blocks: Block[],
  b: number,
  needle: string,
  kind?: ClaimDraft['kind'],
): { support: string; evidence: string[] } {
  const a = article(...blocks);
  const got = judgeSupport(a, claimDraft(a, b, needle, kind), findCitations(a));
  return { support: got.support, evidence: got.evidence.map((e) => `${e.kind}: ${e.text}`) };
}
