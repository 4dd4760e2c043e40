// Caps that keep a report linear in its article. A claim stores a window of its sentence (not the whole run-on
// "sentence" of a hostile page), a bounded list of evidence, and there are at most so many claims per block and in
// all. Every cap that bites is counted, and the report says so in meta.limits and meta.notes.
import type { Evidence, Report } from './report';
import type { Range } from './sentences';

/** Why: one table of the caps, so tests, the benchmark and the docs quote the same numbers. */
export const LIMITS = {
  /** Claims kept in all (in document order); the rest are not reported. */
  claims: 25_000,
  /** Claims kept per block: a paragraph with more is a list of numbers, not prose. */
  claimsPerBlock: 500,
  /** Characters of a claim's sentence kept, as a window around the claim. */
  sentenceChars: 320,
  /** Evidence items kept per claim (the tooltip shows five). */
  evidencePerClaim: 5,
  /** Characters of evidence text and hrefs per claim, all items together. */
  evidenceChars: 1_200,
  /** Links and imports kept in all. */
  links: 10_000,
  imports: 5_000,
} as const;

/** Why: what a cap left out, counted while the report is built and turned into notes at the end. */
export interface LimitTally {
  /** Claims left out because their block already had LIMITS.claimsPerBlock, and after LIMITS.claims in all. */
  blockDropped: number;
  claimsDropped: number;
  blocksCapped: number;
  evidenceCut: number;
  linksDropped: number;
  importsDropped: number;
}

/** Why: a fresh tally for one analysis. */
export function newTally(): LimitTally {
  return {
    blockDropped: 0,
    claimsDropped: 0,
    blocksCapped: 0,
    evidenceCut: 0,
    linksDropped: 0,
    importsDropped: 0,
  };
}

/** Why: the per-block and total claim caps, applied before the (per-claim) support judgement runs. */
export function capClaims<T extends { block: number }>(drafts: T[], tally: LimitTally): T[] {
  return claimCap<T>(tally)(drafts);
}

/**
 * Why: the same caps for an analysis done in steps: each call takes the next drafts in document order (a block's
 * drafts all in one call) and keeps what capClaims would keep of all of them.
 */
export function claimCap<T extends { block: number }>(tally: LimitTally): (drafts: T[]) => T[] {
  const perBlock = new Map<number, number>();
  let kept = 0;
  return (drafts) => {
    const out: T[] = [];
    const capped = new Set<number>();
    for (const d of drafts) {
      const n = perBlock.get(d.block) ?? 0;
      if (n >= LIMITS.claimsPerBlock) {
        capped.add(d.block);
        tally.blockDropped++;
        continue;
      }
      if (kept >= LIMITS.claims) {
        tally.claimsDropped++;
        continue;
      }
      perBlock.set(d.block, n + 1);
      out.push(d);
      kept++;
    }
    tally.blocksCapped += capped.size;
    return out;
  };
}

/** Why: the same idea for links and imports: the first N in document order, the rest counted. */
export function capList<T>(
  items: T[],
  max: number,
  tally: LimitTally,
  key: 'linksDropped' | 'importsDropped',
): T[] {
  if (items.length <= max) return items;
  tally[key] += items.length - max;
  return items.slice(0, max);
}

/**
 * Why: claim.sentence stays the claim's sentence text (scorers read it), but at most LIMITS.sentenceChars of it: a
 * window centred on the claim, cut at word edges where it can be, with "…" where text was left out.
 */
export function sentenceWindow(text: string, sentence: Range, start: number, end: number): string {
  const max = LIMITS.sentenceChars;
  const s = Math.max(0, Math.min(sentence.start, text.length));
  const e = Math.max(s, Math.min(sentence.end, text.length));
  if (e - s <= max) return text.slice(s, e);
  const claimStart = Math.max(s, Math.min(start, e));
  const claimEnd = Math.max(claimStart, Math.min(end, e, claimStart + max - 2));
  const room = max - 2 - (claimEnd - claimStart);
  let from = Math.max(s, claimStart - Math.floor(room / 2));
  let to = Math.min(e, from + (claimEnd - claimStart) + room);
  from = Math.max(s, Math.min(from, to - (max - 2)));
  from = wordEdge(text, from, claimStart, 1);
  to = wordEdge(text, to, claimEnd, -1);
  from = pairSafe(text, from);
  to = pairSafe(text, to);
  return `${from > s ? '…' : ''}${text.slice(from, to).trim()}${to < e ? '…' : ''}`;
}

// Moves a cut forward (dir 1) or backward (dir -1) to the nearest space, but never past the claim's own edge.
function wordEdge(text: string, at: number, limit: number, dir: 1 | -1): number {
  for (let i = at, steps = 0; steps < 24; i += dir, steps++) {
    if (dir === 1 ? i >= limit : i <= limit) return at;
    if (/\s/.test(text[i] ?? '')) return dir === 1 ? i + 1 : i;
  }
  return at;
}

// A cut between the halves of a surrogate pair would leave a lone surrogate in the JSON.
function pairSafe(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

/** Why: evidence is copied into every claim it backs; bounded per claim, the report stays linear. */
export function capEvidence(evidence: Evidence[], tally: LimitTally): Evidence[] {
  const out: Evidence[] = [];
  let left = LIMITS.evidenceChars;
  for (const ev of evidence) {
    if (out.length >= LIMITS.evidencePerClaim || left <= 0) break;
    const text = clipText(ev.text, Math.min(left, 300));
    left -= text.length;
    const href = ev.href === undefined ? undefined : clipText(ev.href, Math.max(left, 80));
    if (href !== undefined) left -= href.length;
    out.push(href === undefined ? { ...ev, text } : { ...ev, text, href });
  }
  if (out.length < evidence.length || out.some((e, i) => e.text !== evidence[i]?.text)) tally.evidenceCut++;
  return out;
}

function clipText(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, pairSafe(s, Math.max(1, max - 1)))}…`;
}

/** Why: the report's own account of what it left out; empty when no cap was reached. */
export function limitMeta(tally: LimitTally): Pick<Report['meta'], 'limits' | 'notes'> {
  const limits: NonNullable<Report['meta']['limits']> = {};
  const notes: string[] = [];
  const n = (x: number) => x.toLocaleString('en-US');
  if (tally.blockDropped > 0) {
    limits.claimsPerBlock = LIMITS.claimsPerBlock;
    notes.push(
      `Kept the first ${n(LIMITS.claimsPerBlock)} claims of each block: ${n(tally.blockDropped)} more in ` +
        `${n(tally.blocksCapped)} ${tally.blocksCapped === 1 ? 'block was' : 'blocks were'} not checked.`,
    );
  }
  if (tally.claimsDropped > 0) {
    limits.claims = LIMITS.claims;
    notes.push(`Stopped after ${n(LIMITS.claims)} claims: ${n(tally.claimsDropped)} more were not checked.`);
  }
  if (tally.evidenceCut > 0) {
    limits.evidencePerClaim = LIMITS.evidencePerClaim;
    notes.push(
      `Evidence was cut to ${LIMITS.evidencePerClaim} items (${n(LIMITS.evidenceChars)} characters) per claim for ${n(tally.evidenceCut)} claims.`,
    );
  }
  if (tally.linksDropped > 0) {
    limits.links = LIMITS.links;
    notes.push(`Stopped after ${n(LIMITS.links)} links: ${n(tally.linksDropped)} more were not listed.`);
  }
  if (tally.importsDropped > 0) {
    limits.imports = LIMITS.imports;
    notes.push(
      `Stopped after ${n(LIMITS.imports)} imports: ${n(tally.importsDropped)} more were not listed.`,
    );
  }
  return notes.length > 0 ? { limits, notes } : {};
}
