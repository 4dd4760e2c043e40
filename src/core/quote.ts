// Text-quote selectors (W3C TextQuoteSelector + TextPositionSelector in one) and re-anchoring on changed text.
import type { TextQuote } from './report';

/** Why: a claim must be found again after the page changes; exact text plus its surroundings survives edits. */
export function makeQuote(text: string, start: number, end: number, context = 32): TextQuote {
  const len = text.length;
  const s = clamp(Math.min(start, end), 0, len);
  const e = clamp(Math.max(start, end), 0, len);
  const ctx = Number.isFinite(context) && context > 0 ? Math.floor(context) : 0;
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - ctx), s),
    suffix: text.slice(e, Math.min(len, e + ctx)),
    start: s,
    end: e,
  };
}

/**
 * Why: re-anchors a quote on text that may have changed around it. Every occurrence of `exact` is scored by how
 * much of the prefix and suffix still matches; the old `start` only breaks ties. When the exact string is gone,
 * a whitespace-insensitive match is tried (reflowed text). Returns null when nothing matches.
 */
export function anchorQuote(text: string, quote: TextQuote): { start: number; end: number } | null {
  const exact = quote.exact ?? '';
  if (exact === '' || typeof text !== 'string' || text.length < exact.trim().length) return null;
  const hint = Number.isFinite(quote.start) ? quote.start : 0;
  let best: { start: number; end: number; score: number } | null = null;
  const consider = (start: number, end: number) => {
    const score =
      commonSuffix(quote.prefix ?? '', text, start) +
      commonPrefix(quote.suffix ?? '', text, end) -
      Math.abs(start - hint) / (text.length + 1);
    if (!best || score > best.score) best = { start, end, score };
  };
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) consider(i, i + exact.length);
  if (!best) {
    const words = exact.trim().split(/\s+/).map(escapeRegExp);
    if (words.length > 1 || words[0] !== '') {
      const re = new RegExp(words.join('\\s+'), 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        consider(m.index, m.index + m[0].length);
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  if (!best) return null;
  const found: { start: number; end: number } = best;
  return { start: found.start, end: found.end };
}

// How many characters at the end of `prefix` match the text just before `at`.
function commonSuffix(prefix: string, text: string, at: number): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && prefix[prefix.length - n - 1] === text[at - n - 1]) n++;
  return n;
}

// How many characters at the start of `suffix` match the text from `at`.
function commonPrefix(suffix: string, text: string, at: number): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && suffix[n] === text[at + n]) n++;
  return n;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
