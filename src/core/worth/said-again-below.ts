// A heading whose section states its figure again: the heading is that claim's title, not a second claim.
import type { ClaimContext } from './context';

// The figure a heading's claim is built on: "30x" in "Up to 30X Higher", "40% faster builds".
const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*(%|percent\b|[x×](?![\p{L}\d]))?/iu;
// A halving or a doubling in words is said again in words or figures: "Cut Our Bill in Half" as "halved", "in half",
// "50%" or "2x"; "Doubling Throughput" as "twice as", "doubled" or "2x" ("2xx codes" and "2x4" are no multiple).
const SAID_AS = new Map<number, RegExp>([
  [0.5, /\b(?:halved?|halving|in\s+half)\b|(?<![\d.,])(?:50\s?%|2\s?[x×](?![\p{L}\d]))/iu],
  [2, /\b(?:doubled|doubling|twice\s+as)\b|(?<![\d.,])2\s?[x×](?![\p{L}\d])/iu],
]);

/**
 * Why: "## How to get the 30x" over "Nvidia claims 30x higher than ...": a heading that names the figure its section
 * goes on to state is a title for that claim; the reader needs the sentence's finding, not a second one on the title.
 * The article's title (its level-1 heading) heads the whole article.
 */
export function saidAgainBelow(c: ClaimContext): boolean {
  if (!c.below) return false;
  if (c.kind === 'multiplier' && c.value !== undefined && SAID_AS.get(c.value)?.test(c.below)) return true;
  // "twenty times faster" is said again as "~20x".
  const m =
    FIGURE.exec(c.text) ??
    (c.value !== undefined && c.value > 0 && c.kind === 'multiplier'
      ? ([String(c.value), String(c.value), 'x'] as const)
      : null);
  if (!m) return false;
  const digits = m[1]!.replaceAll('.', String.raw`\.`);
  const unit = !m[2] ? '' : /^[x×]$/i.test(m[2]) ? String.raw`\s*[x×]` : String.raw`\s*(?:%|percent\b)`;
  return new RegExp(String.raw`(?<![\d.,])${digits}${unit}(?!\d|[.,]\d)`, 'iu').test(c.below);
}
