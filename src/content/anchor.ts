// Plan items -> ranges of the page's text, through the offset map of the read; re-anchored by quote when the page
// changed. A mark holds a StaticRange: the page keeps every live Range up to date on each of its DOM edits, so
// 18 000 of them (a 1 MB article) made a page that edits itself every frame pay milliseconds a frame for ours.
// Marks are measured through one live Range kept for that (measure.ts).
import type { TextQuote } from '../core/report';
import type { HighlightStatus } from '../shared/settings';
import type { PlanItem } from '../shared/render-plan';
import { anchorQuote } from '../core/quote';
import { boundsFor, textInBounds, type DomArticle } from '../adapters/dom-map';
import { inSlices } from './schedule';

/** Why: what the page shows for one claim, link or import: its range and colour (details come on hover). */
export interface Mark {
  ref: string;
  status: HighlightStatus;
  range: AbstractRange;
  /** Reading order (block, then offset), so marks near the viewport can be found by binary search. */
  order: number;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Why: the map is valid only while the text nodes still say what they said when the page was read. */
function spanAt(
  dom: DomArticle,
  block: number,
  start: number,
  end: number,
  exact: string,
): StaticRange | null {
  const segments = dom.segments[block];
  if (!segments) return null;
  const b = boundsFor(segments, start, end);
  if (!b || !b.startNode.isConnected || !b.endNode.isConnected) return null;
  if (b.startOffset > b.startNode.data.length || b.endOffset > b.endNode.data.length) return null;
  // Equal text (the usual case) needs no squashed copies: thousands of marks, less garbage for the GC.
  const text = textInBounds(b);
  if (text !== exact && squash(text) !== squash(exact)) return null;
  return new StaticRange({
    startContainer: b.startNode,
    startOffset: b.startOffset,
    endContainer: b.endNode,
    endOffset: b.endOffset,
  });
}

/**
 * Why: finds a quote in the read: at its recorded place when the text there still matches, else by its
 * exact text and context in the same block, then in the other blocks, nearest first.
 */
export function locate(dom: DomArticle, block: number, quote: TextQuote): StaticRange | null {
  const blocks = dom.article.blocks;
  const here = blocks[block]?.text;
  if (
    here !== undefined &&
    quote.end - quote.start === quote.exact.length &&
    here.startsWith(quote.exact, quote.start)
  ) {
    const r = spanAt(dom, block, quote.start, quote.end, quote.exact);
    if (r) return r;
  }
  if (!quote.exact) return null;
  const needle = squash(quote.exact);
  const order: number[] = here !== undefined ? [block] : [];
  for (let d = 1; block - d >= 0 || block + d < blocks.length; d++) {
    if (block - d >= 0) order.push(block - d);
    if (block + d < blocks.length) order.push(block + d);
  }
  for (const b of order) {
    const text = blocks[b]?.text ?? '';
    if (!text.includes(needle) && !text.includes(quote.exact)) continue;
    const pos = anchorQuote(text, quote);
    if (!pos) continue;
    const r = spanAt(dom, b, pos.start, pos.end, text.slice(pos.start, pos.end));
    if (r) return r;
  }
  return null;
}

/** Why: an import is marked on its line's module name (or the whole line when the name is not on it). */
export function importQuote(dom: DomArticle, block: number, line: number, module: string): TextQuote | null {
  const text = dom.article.blocks[block]?.text;
  if (text === undefined || !(line >= 1)) return null;
  let lineStart = 0;
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) return null;
    lineStart = nl + 1;
  }
  const nl = text.indexOf('\n', lineStart);
  const lineEnd = nl < 0 ? text.length : nl;
  const lineText = text.slice(lineStart, lineEnd);
  const at = module ? lineText.indexOf(module) : -1;
  const start = at >= 0 ? lineStart + at : lineStart + (lineText.length - lineText.trimStart().length);
  const end = at >= 0 ? start + module.length : lineEnd;
  if (end <= start) return null;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
  };
}

/** Why: the range of any plan item, coloured or not (reveal scrolls to linked claims too). */
export function rangeOf(dom: DomArticle, item: PlanItem): StaticRange | null {
  const quote = quoteOfItem(dom, item);
  return quote ? locate(dom, item.block, quote) : null;
}

function quoteOfItem(dom: DomArticle, item: PlanItem): TextQuote | null {
  return (
    item.quote ??
    (item.line !== undefined ? importQuote(dom, item.block, item.line, item.module ?? '') : null)
  );
}

/**
 * Why: the coloured items of a plan as Marks, built in slices; `missed` counts what the page no longer holds.
 * `known` holds marks already anchored for some of these items in the same read (the plan's first part, drawn early).
 */
export async function anchorPlan(
  plan: readonly PlanItem[],
  dom: DomArticle,
  signal?: AbortSignal,
  known?: ReadonlyMap<PlanItem, Mark>,
): Promise<{ marks: Mark[]; missed: number }> {
  const marks: Mark[] = [];
  let missed = 0;
  await inSlices(
    plan,
    (item) => {
      if (!item.status) return;
      const mark = known?.get(item);
      if (mark) {
        marks.push(mark);
        return;
      }
      const quote = quoteOfItem(dom, item);
      const range = quote ? locate(dom, item.block, quote) : null;
      if (range && quote)
        marks.push({ ref: item.ref, status: item.status, range, order: item.block * 1e7 + quote.start });
      else missed++;
    },
    signal,
  );
  return { marks, missed };
}
