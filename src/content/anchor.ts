// Report items -> DOM Ranges, through the offset map of the read; re-anchored by quote when the page changed.
import type { Claim, ImportRef, LinkRef, Report, TextQuote } from '../core/report';
import type { HighlightStatus } from '../shared/settings';
import { anchorQuote } from '../core/quote';
import { boundsFor, rangeFor, textInBounds, type DomArticle } from '../adapters/dom-map';
import { inSlices } from './schedule';

/** Why: what the page shows for one claim, link or import: a range, its colour and the item for the tooltip. */
export interface Mark {
  ref: string;
  status: HighlightStatus;
  range: Range;
  item:
    { type: 'claim'; claim: Claim } | { type: 'link'; link: LinkRef } | { type: 'import'; imp: ImportRef };
}

/** Why: what gets a highlight: every claim (linked ones only if asked), every link problem, every missing package. */
export function statusOf(item: Mark['item']): HighlightStatus | null {
  if (item.type === 'claim') return item.claim.support;
  if (item.type === 'link') {
    const s = item.link.status;
    return s === 'placeholder' || s === 'missing' || s === 'broken' ? 'link-problem' : null;
  }
  return item.imp.status === 'missing' ? 'link-problem' : null;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Why: the map is valid only while the text nodes still say what they said when the page was read. */
function liveRange(dom: DomArticle, block: number, start: number, end: number, exact: string): Range | null {
  const segments = dom.segments[block];
  if (!segments) return null;
  const bounds = boundsFor(segments, start, end);
  if (!bounds || !bounds.startNode.isConnected || !bounds.endNode.isConnected) return null;
  if (squash(textInBounds(bounds)) !== squash(exact)) return null;
  return rangeFor(segments, start, end, document);
}

/**
 * Why: finds a quote in the read: at its recorded place when the text there still matches, else by its
 * exact text and context in the same block, then in the other blocks, nearest first.
 */
export function locate(dom: DomArticle, block: number, quote: TextQuote): Range | null {
  const blocks = dom.article.blocks;
  const here = blocks[block]?.text;
  if (here !== undefined && here.slice(quote.start, quote.end) === quote.exact) {
    const r = liveRange(dom, block, quote.start, quote.end, quote.exact);
    if (r) return r;
  }
  if (!quote.exact) return null;
  const order: number[] = [];
  if (here !== undefined) order.push(block);
  for (let d = 1; d < blocks.length; d++) {
    if (block - d >= 0) order.push(block - d);
    if (block + d < blocks.length) order.push(block + d);
    if (block - d < 0 && block + d >= blocks.length) break;
  }
  const needle = squash(quote.exact);
  for (const b of order) {
    const text = blocks[b]?.text ?? '';
    if (!text.includes(needle) && !text.includes(quote.exact)) continue;
    const pos = anchorQuote(text, quote);
    if (!pos) continue;
    const r = liveRange(dom, b, pos.start, pos.end, text.slice(pos.start, pos.end));
    if (r) return r;
  }
  return null;
}

// An import is highlighted on its line's module name (or the whole line when the name is not on it).
function importQuote(dom: DomArticle, imp: ImportRef): TextQuote | null {
  const text = dom.article.blocks[imp.block]?.text;
  if (text === undefined) return null;
  let lineStart = 0;
  for (let i = 1; i < imp.line; i++) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) return null;
    lineStart = nl + 1;
  }
  const nl = text.indexOf('\n', lineStart);
  const lineEnd = nl < 0 ? text.length : nl;
  const line = text.slice(lineStart, lineEnd);
  const at = line.indexOf(imp.module);
  const start = at >= 0 ? lineStart + at : lineStart + (line.length - line.trimStart().length);
  const end = at >= 0 ? start + imp.module.length : lineEnd;
  if (end <= start) return null;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
  };
}

/** Why: the items the page should show, in one list; `showLinked` off leaves well-supported claims plain. */
export function itemsOf(
  report: Report,
  showLinked: boolean,
): { item: Mark['item']; block: number; ref: string }[] {
  const out: { item: Mark['item']; block: number; ref: string }[] = [];
  for (const claim of report.claims) {
    if (claim.support === 'linked' && !showLinked) continue;
    out.push({ item: { type: 'claim', claim }, block: claim.block, ref: claim.id });
  }
  for (const link of report.links) {
    const item = { type: 'link' as const, link };
    if (statusOf(item)) out.push({ item, block: link.block, ref: link.id });
  }
  for (const imp of report.imports) {
    const item = { type: 'import' as const, imp };
    if (statusOf(item)) out.push({ item, block: imp.block, ref: imp.id });
  }
  return out;
}

/** Why: a quote for any item (imports have none in the report: it is made from their line). */
export function quoteOf(dom: DomArticle, item: Mark['item']): TextQuote | null {
  if (item.type === 'claim') return item.claim.quote;
  if (item.type === 'link') return item.link.quote;
  return importQuote(dom, item.imp);
}

/** Why: every item of a report as a Mark, built in slices; `missed` counts what the page no longer holds. */
export async function anchorReport(
  report: Report,
  dom: DomArticle,
  showLinked: boolean,
  signal?: AbortSignal,
): Promise<{ marks: Mark[]; missed: Mark['item'][] }> {
  const marks: Mark[] = [];
  const missed: Mark['item'][] = [];
  await inSlices(
    itemsOf(report, showLinked),
    ({ item, block, ref }) => {
      const status = statusOf(item);
      const quote = quoteOf(dom, item);
      const range = status && quote ? locate(dom, block, quote) : null;
      if (range && status) marks.push({ ref, status, range, item });
      else missed.push(item);
    },
    signal,
  );
  return { marks, missed };
}
