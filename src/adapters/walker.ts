// The one DOM walker behind htmlToArticle and readDomArticle: an explicit-stack traversal (no recursion, so
// deep or hostile nesting cannot overflow) that can stop and resume, so the content script can yield mid-page.
import type { BlockKind, Block } from '../core/article';
import {
  type Role,
  figureAltText,
  isArticleLike,
  isFigureMedia,
  isPageChrome,
  languageOf,
  roleOf,
  tagOf,
  linkedPictureText,
} from './element-rules';
import { type Collected, type OpenSpan, type TextSegment, TextBuilder } from './text-builder';

/** Why: the walker only reads; `record` turns on the text-node map that the content script needs. */
export interface WalkOptions {
  record: boolean;
  signal?: AbortSignal;
}

interface Ctx {
  kind: BlockKind;
  level?: number;
  toggle?: boolean;
}

interface Row {
  th: number;
  td: number;
  thead: boolean;
}

interface Table {
  header: string[] | null;
  rows: number;
}

interface Frame {
  el: Element;
  flush: boolean; // flush the open block when this element ends (it was block-level)
  ctx: boolean; // pushed a block context
  flat: boolean; // block-level element inside a table row: reads as a space boundary
  span: OpenSpan | null;
  pre: string | null | undefined; // language of a <pre> (undefined when not a pre)
  row: Row | null;
  cell: boolean;
  table: boolean;
  article: boolean;
  thead: boolean;
}

const HEADING = /^h([1-6])$/;
const CODE_MARK_TAGS = new Set(['code', 'kbd', 'samp', 'tt']);

/** Why: resumable so the same code serves a one-shot Node run and a chunked, yielding browser run. */
export class DomWalker {
  readonly out: Collected[] = [];
  private cur: TextBuilder | null = null;
  private readonly open: OpenSpan[] = [];
  private readonly ctx: Ctx[] = [{ kind: 'paragraph' }];
  private readonly stack: Frame[] = [];
  private readonly tables: Table[] = [];
  private node: Node | null;
  private code = 0;
  private rows = 0;
  private cells = 0;
  private articles = 0;
  private theads = 0;
  private implicitRow: Row | null = null;
  // A picture seen outside any block's text ('seen'), then found alone in its block ('below': the next block
  // written gets figureAbove). Text after it in the same block makes it an inline icon, forgotten.
  private figure: 'none' | 'seen' | 'below' = 'none';
  // What that figure says it shows (its alt text), for the blocks beside it.
  private figureAlt = '';
  // The pictures of the table row being read (their alt texts): a row of screenshots and no text is a figure.
  private rowPictures: string[] = [];

  constructor(
    private readonly root: Element,
    private readonly opts: WalkOptions,
  ) {
    this.node = root;
  }

  /** Walks until done or until `pause()` says stop (checked every 64 nodes); returns true when done. */
  run(pause: () => boolean = () => false): boolean {
    let count = 0;
    while (this.node) {
      const node = this.node;
      let descend = false;
      if (node.nodeType === 1) descend = this.enter(node as Element);
      else if (node.nodeType === 3) this.text(node as Text);
      if (descend && node.firstChild) {
        this.node = node.firstChild;
      } else {
        if (descend) this.exit();
        this.node = this.advance(node);
      }
      if ((++count & 63) === 0) {
        this.opts.signal?.throwIfAborted();
        if (this.node && pause()) return false;
      }
    }
    this.flush();
    return true;
  }

  private advance(from: Node): Node | null {
    let n: Node = from;
    for (;;) {
      if (n === this.root) return null;
      const sib = n.nextSibling;
      if (sib) return sib;
      const frame = this.stack[this.stack.length - 1];
      if (!frame) return null;
      this.exit();
      n = frame.el;
    }
  }

  private text(node: Text): void {
    const data = node.data;
    if (!this.cur) {
      if (!/\S/.test(data)) return;
      this.cur = this.builder();
    }
    this.cur.addText(node, data);
  }

  private builder(kind?: BlockKind, level?: number, verbatim = false): TextBuilder {
    const c = this.ctx[this.ctx.length - 1] as Ctx;
    const segs: TextSegment[] | null = this.opts.record ? [] : null;
    return new TextBuilder(
      kind ?? c.kind,
      kind ? level : c.level,
      segs,
      verbatim,
      this.open,
      !kind && c.toggle === true,
    );
  }

  private flush(): void {
    if (this.figure === 'seen') {
      // A block boundary: alone in its block (nothing built since) it is a figure; after text, an icon.
      this.figure = this.cur ? 'none' : 'below';
      const above = this.out[this.out.length - 1];
      if (this.figure === 'below' && above) {
        above.block.figureBelow = true;
        if (this.figureAlt) above.block.figureAlt = this.figureAlt;
        else delete above.block.figureAlt;
      }
    }
    if (this.implicitRow) {
      const row = this.implicitRow;
      this.implicitRow = null;
      this.finishRow(row);
      return;
    }
    const c = this.cur?.finish();
    this.cur = null;
    if (c) this.push(c);
  }

  // A figure made of a table row's pictures: the block above has it below, the next block written has it above.
  private rowFigure(alt: string): void {
    const above = this.out[this.out.length - 1];
    if (above) {
      above.block.figureBelow = true;
      if (alt) above.block.figureAlt = alt;
    }
    this.figure = 'below';
    this.figureAlt = alt;
  }

  private push(c: Collected): void {
    if (this.figure === 'below') {
      c.block.figureAbove = true;
      // The picture below a block is the one that shows what it reports; only without one, the picture above.
      if (this.figureAlt && c.block.figureAlt === undefined) c.block.figureAlt = this.figureAlt;
      this.figure = 'none';
    }
    this.out.push(c);
  }

  /** Returns whether to descend into the element (a frame is pushed exactly when it does). */
  private enter(el: Element): boolean {
    const isRoot = el === this.root;
    let role: Role = isRoot ? 'container' : roleOf(el, this.code > 0);
    const tag = tagOf(el);
    if (role === 'container' && !isRoot && isPageChrome(tag, this.articles > 0)) role = 'skip';
    if (role === 'skip') {
      // A picture alone in its block and in its link (a banner to a repository): the link, shown as its alt text.
      const link = this.open.at(-1);
      const shown =
        !this.cur && link?.mark === null && link.start < 0 ? linkedPictureText(el, tag, link.href) : null;
      if (shown !== null) {
        (this.cur = this.builder()).addShown(shown);
        return false;
      }
      if (!this.cur && this.cells === 0 && this.rows === 0 && this.code === 0 && isFigureMedia(el, tag)) {
        this.figure = 'seen';
        this.figureAlt = figureAltText(el, tag);
      } else if (this.rows > 0 && this.code === 0 && isFigureMedia(el, tag)) {
        this.rowPictures.push(figureAltText(el, tag));
      }
      return false;
    }
    if (role === 'br') {
      this.cur?.addBreak();
      return false;
    }
    const frame: Frame = {
      el,
      flush: false,
      ctx: false,
      flat: false,
      span: null,
      pre: undefined,
      row: null,
      cell: false,
      table: false,
      article: isArticleLike(el, tag),
      thead: tag === 'thead',
    };
    if (frame.article) this.articles++;
    if (frame.thead) this.theads++;
    this.stack.push(frame);

    if (role === 'inline') {
      this.inline(el, tag, frame);
      return true;
    }
    if (role === 'cell' && this.cells === 0 && (this.rows > 0 || this.tables.length > 0)) {
      if (this.rows === 0 && !this.implicitRow) {
        // A cell straight in a <table> (linkedom adds no <tr>; a browser would): an implicit row.
        this.flush();
        this.implicitRow = { th: 0, td: 0, thead: this.theads > 0 };
        this.cur = this.builder('table-row');
      }
      if (!this.cur) this.cur = this.builder('table-row');
      this.cur.startCell();
      frame.cell = true;
      this.cells++;
      const row = this.rowFrame() ?? this.implicitRow;
      if (row) row[tag === 'th' ? 'th' : 'td']++;
      return true;
    }
    if (this.cells > 0 || this.rows > 0 || this.code > 0) {
      // Block-level markup inside a table row (or a nested table) flattens into the cell's text.
      frame.flat = true;
      this.cur?.addSpace();
      return true;
    }
    this.flush();
    frame.flush = true;
    switch (role) {
      case 'block': {
        const h = HEADING.exec(tag);
        const ambient = (this.ctx[this.ctx.length - 1] as Ctx).kind;
        const kind: BlockKind = h
          ? 'heading'
          : tag === 'li'
            ? 'list-item'
            : ambient === 'blockquote' || ambient === 'list-item'
              ? ambient
              : 'paragraph';
        this.pushCtx(
          frame,
          h ? { kind, level: Number(h[1]) } : tag === 'summary' ? { kind, toggle: true } : { kind },
        );
        break;
      }
      case 'blockquote':
        this.pushCtx(frame, { kind: 'blockquote' });
        break;
      case 'pre': {
        let code: Element | null = null;
        for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (tagOf(c) === 'code') code = c;
        frame.pre = languageOf(el, code);
        this.cur = this.builder('code', undefined, true);
        this.code++;
        break;
      }
      case 'table':
        frame.table = true;
        this.tables.push({ header: null, rows: 0 });
        break;
      case 'row':
        frame.row = { th: 0, td: 0, thead: this.theads > 0 };
        this.cur = this.builder('table-row');
        this.rows++;
        break;
      default:
        break; // container, list, or a cell outside any row
    }
    return true;
  }

  private inline(el: Element, tag: string, frame: Frame): void {
    if (tag === 'a') {
      const href = el.getAttribute('href');
      // An <a> with neither href nor name/id is a placeholder link; with name/id it is a link target.
      if (href !== null || (!el.hasAttribute('name') && !el.hasAttribute('id'))) {
        frame.span = { href: href ?? '', mark: null, start: -1 };
      }
    } else if (tag === 'sup') frame.span = { href: null, mark: 'sup', start: -1 };
    else if (this.code === 0 && CODE_MARK_TAGS.has(tag)) frame.span = { href: null, mark: 'code', start: -1 };
    if (frame.span) this.open.push(frame.span);
  }

  private pushCtx(frame: Frame, c: Ctx): void {
    this.ctx.push(c);
    frame.ctx = true;
  }

  private rowFrame(): Row | null {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const row = (this.stack[i] as Frame).row;
      if (row) return row;
    }
    return null;
  }

  private exit(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    if (frame.article) this.articles--;
    if (frame.thead) this.theads--;
    if (frame.span) {
      this.cur?.closeSpan(frame.span);
      const i = this.open.lastIndexOf(frame.span);
      if (i >= 0) this.open.splice(i, 1);
    }
    if (frame.cell) {
      this.cur?.endCell();
      this.cells--;
    }
    if (frame.flat) this.cur?.addSpace();
    if (frame.pre !== undefined) {
      this.code--;
      this.finishInto({ language: frame.pre });
    }
    if (frame.row) {
      this.rows--;
      this.finishRow(frame.row);
    }
    if (frame.ctx) this.ctx.pop();
    if (frame.flush) this.flush();
    if (frame.table) this.tables.pop();
  }

  private finishInto(extra: Partial<Block>): Collected | null {
    const c = this.cur?.finish(extra) ?? null;
    this.cur = null;
    if (c) this.push(c);
    return c;
  }

  private finishRow(row: Row): void {
    const c = this.finishInto({});
    const pictures = this.rowPictures;
    this.rowPictures = [];
    if (!c) {
      // "| ![Home, 1.6](a.png) | ![Home, 1.7](b.png) |": side-by-side screenshots, a figure for the blocks beside it.
      if (pictures.length > 0) this.rowFigure(pictures.filter((a) => a !== '').join('; '));
      return;
    }
    const table = this.tables[this.tables.length - 1];
    const isHeader = row.thead || (row.th > 0 && row.td === 0);
    const b = c.block;
    const texts = (b.cells ?? []).map((cell) => b.text.slice(cell.start, cell.end));
    if (table) {
      if (isHeader && table.header === null && table.rows === 0) table.header = texts;
      table.rows++;
      if (table.header) b.header = table.header.slice();
    }
    if (isHeader) b.isHeader = true;
  }
}

/** Why: the one-shot form for Node and for callers that do not need to yield. */
export function walk(root: Element, opts: WalkOptions): Collected[] {
  const w = new DomWalker(root, opts);
  w.run();
  return w.out;
}
