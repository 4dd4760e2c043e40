// Builds one block's plain text from DOM text nodes: collapses whitespace the way a browser renders it and,
// when asked, remembers where every character came from (text node + offset) so highlights can find it again.
import type { Block, BlockKind, CellSpan, LinkSpan, MarkSpan } from '../core/article';

/** Why: the content script highlights claims by block offsets; this says which text node holds them. */
export interface TextSegment {
  node: Text;
  nodeStart: number;
  blockStart: number;
  length: number;
}

/** Why: a link or mark can open in one block and close in the next (`<a><p>..</p><p>..</p></a>`). */
export interface OpenSpan {
  href: string | null; // null for a mark
  mark: MarkSpan['kind'] | null;
  start: number; // -1 until the first character of this builder arrives
}

/** Why: what the walker hands on: the block, its text map, and the spaces that were line breaks. */
export interface Collected {
  block: Block;
  segments: TextSegment[] | null;
  /** Offsets of spaces in `block.text` that stood for a line break (`<br>`, a newline in the source). */
  breaks: number[];
}

// Characters dropped outright: soft hyphen, zero-width space, word joiner (they split words in regexes).
const DROPPED = /[\u00ad\u200b\u2060]/;
// A run of visible text where any whitespace inside is one plain space (the common case, emitted in one piece).
const RUN = /[^\s\u00ad\u200b\u2060]+(?: [^\s\u00ad\u200b\u2060]+)*/g;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Why: one mutable accumulator per block keeps the walker linear (no re-scans, no string re-joins). */
export class TextBuilder {
  readonly parts: string[] = [];
  len = 0;
  readonly links: LinkSpan[] = [];
  readonly marks: MarkSpan[] = [];
  readonly cells: CellSpan[] = [];
  readonly breaks: number[] = [];
  private atStart = true; // leading whitespace of the block (or of a table cell) is dropped
  private pendingSpace = false;
  private pendingBreak = false;
  private pendingNode: Text | null = null;
  private pendingOffset = 0;
  private cellStart = -1;

  constructor(
    readonly kind: BlockKind,
    readonly level: number | undefined,
    readonly segments: TextSegment[] | null,
    readonly verbatim: boolean,
    private readonly open: OpenSpan[],
    readonly toggle = false,
  ) {}

  /** Adds a text node's data, collapsing whitespace unless the block is verbatim (`<pre>`). */
  addText(node: Text, data: string): void {
    if (this.verbatim) {
      if (data.length > 0) this.emit(node, 0, data);
      return;
    }
    RUN.lastIndex = 0;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = RUN.exec(data))) {
      if (m.index > last) this.gap(node, data, last, m.index);
      this.emit(node, m.index, m[0]);
      last = m.index + m[0].length;
    }
    if (last < data.length) this.gap(node, data, last, data.length);
  }

  /** `<br>`: a line break in code, a space (remembered as a break) elsewhere. */
  addBreak(): void {
    if (this.verbatim) {
      this.emit(null, 0, '\n');
      return;
    }
    this.softSpace(null, 0, true);
  }

  /** Words the page shows in place of an element (a linked picture's alt text): no text node stands behind them. */
  addShown(s: string): void {
    if (this.verbatim) return;
    this.softSpace(null, 0, false);
    this.emit(null, 0, s);
    this.softSpace(null, 0, false);
  }

  /** A block-level boundary inside flattened content (a `<p>` in a table cell): reads as a space. */
  addSpace(): void {
    if (!this.verbatim) this.softSpace(null, 0, false);
  }

  startCell(): void {
    if (this.cellStart >= 0) this.endCell();
    this.pendingSpace = false;
    if (this.cells.length > 0) this.emit(null, 0, ' | ', false);
    this.atStart = true;
    this.cellStart = this.len;
  }

  endCell(): void {
    if (this.cellStart < 0) return;
    this.pendingSpace = false;
    this.cells.push({ start: this.cellStart, end: this.len });
    this.cellStart = -1;
  }

  /** Closes a link or mark that is still open when this builder ends (or when its element ends). */
  closeSpan(span: OpenSpan): void {
    if (span.start < 0) return;
    const end = this.len;
    if (end > span.start) {
      if (span.mark) this.marks.push({ start: span.start, end, kind: span.mark });
      else this.links.push({ start: span.start, end, href: span.href ?? '', text: '' });
    }
    span.start = -1;
  }

  /** Ends the block: trims, fills link texts, and returns it (null when it holds no text). */
  finish(extra: Partial<Block> = {}): Collected | null {
    for (const span of this.open) this.closeSpan(span);
    if (this.cellStart >= 0) this.endCell();
    let text = this.parts.join('');
    let segments = this.segments;
    let { links, marks } = this;
    const cells = this.cells;
    if (this.verbatim) {
      const first = text.search(/\S/);
      if (first < 0) return null;
      const lead = text.lastIndexOf('\n', first) + 1;
      const end = text.trimEnd().length;
      if (lead > 0 || end < text.length) {
        text = text.slice(lead, end);
        segments = segments && clipSegments(segments, lead, end);
        links = clipSpans(links, lead, end);
        marks = clipSpans(marks, lead, end);
      }
    }
    if (text.length === 0) return null;
    if (cells.length > 0 && cells.every((c) => c.end === c.start)) return null;
    const block: Block = {
      kind: this.kind,
      text,
      links: links.map((l) => ({ ...l, text: text.slice(l.start, l.end) })),
    };
    if (marks.length > 0) block.marks = marks;
    if (this.level !== undefined) block.level = this.level;
    if (this.toggle) block.toggle = true;
    if (cells.length > 0) block.cells = cells;
    Object.assign(block, extra);
    return { block, segments, breaks: this.breaks };
  }

  private gap(node: Text, data: string, from: number, to: number): void {
    // A gap is whitespace and/or dropped characters; only whitespace reads as a space.
    let i = from;
    while (i < to && DROPPED.test(data[i] as string)) i++;
    if (i < to) this.softSpace(node, i, LINE_BREAK.test(data.slice(i, to)));
  }

  private softSpace(node: Text | null, offset: number, isBreak: boolean): void {
    if (this.atStart) return;
    if (!this.pendingSpace) {
      this.pendingSpace = true;
      this.pendingNode = node;
      this.pendingOffset = offset;
      this.pendingBreak = isBreak;
    } else if (isBreak) this.pendingBreak = true;
  }

  private emit(node: Text | null, offset: number, s: string, content = true): void {
    if (this.pendingSpace) {
      this.pendingSpace = false;
      if (this.pendingBreak) this.breaks.push(this.len);
      this.push(this.pendingNode, this.pendingOffset, ' ');
    }
    if (content) {
      this.atStart = false;
      for (const span of this.open) if (span.start < 0) span.start = this.len;
    }
    this.push(node, offset, s);
  }

  private push(node: Text | null, offset: number, s: string): void {
    const segs = this.segments;
    if (node && segs) {
      const prev = segs[segs.length - 1];
      if (
        prev &&
        prev.node === node &&
        prev.nodeStart + prev.length === offset &&
        prev.blockStart + prev.length === this.len
      ) {
        prev.length += s.length;
      } else segs.push({ node, nodeStart: offset, blockStart: this.len, length: s.length });
    }
    this.parts.push(s);
    this.len += s.length;
  }
}

/** Why: trimming or splitting a block must keep its text map exact; keeps the part in [from, to), shifted to 0. */
export function clipSegments(
  segments: TextSegment[],
  from: number,
  to: number,
  shift = -from,
): TextSegment[] {
  const out: TextSegment[] = [];
  for (const s of segments) {
    const a = Math.max(s.blockStart, from);
    const b = Math.min(s.blockStart + s.length, to);
    if (b <= a) continue;
    out.push({
      node: s.node,
      nodeStart: s.nodeStart + (a - s.blockStart),
      blockStart: a + shift,
      length: b - a,
    });
  }
  return out;
}

/** Why: the same clip for links and marks (spans cut by the trim are shortened, empty ones dropped). */
export function clipSpans<T extends { start: number; end: number }>(
  spans: T[],
  from: number,
  to: number,
  shift = -from,
): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const a = Math.max(s.start, from);
    const b = Math.min(s.end, to);
    if (b > a) out.push({ ...s, start: a + shift, end: b + shift });
  }
  return out;
}
