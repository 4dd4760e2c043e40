// The input model: what an adapter (HTML, Markdown) hands the core. Plain text with offsets, no markup.

/** Why: the core reasons about kinds of text (a table row is judged differently from prose). */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-row' | 'blockquote' | 'code';

/** Why: a link is evidence only where it sits; offsets are UTF-16 indexes into `Block.text`. */
export interface LinkSpan {
  start: number;
  end: number;
  /** The raw href as written; '' when the anchor had none. */
  href: string;
  text: string;
}

/** Why: a table cell's metric is read with its row label and column header as context. */
export interface CellSpan {
  start: number;
  end: number;
}

/** Why: `<sup>1</sup>` reads as "1" in text; marking it keeps footnotes from becoming numbers. */
export interface MarkSpan {
  start: number;
  end: number;
  kind: 'sup' | 'code';
}

/** Why: the unit of analysis; one paragraph, heading, list item, table row, quote or code block. */
export interface Block {
  kind: BlockKind;
  text: string;
  links: LinkSpan[];
  /** Superscripts and inline code inside prose (`kind: 'code'` spans are never claims). */
  marks?: MarkSpan[];
  /** Heading level 1-6. */
  level?: number;
  /** Table rows: the cell ranges within `text` (cells are joined by ' | '). */
  cells?: CellSpan[];
  /** Table rows: the header cells of the table this row belongs to. */
  header?: string[];
  /** Table rows: true for the header row itself. */
  isHeader?: boolean;
  /** Code blocks: the declared language (fence info, `language-*` class), lower case, or null. */
  language?: string | null;
}

/** Why: one article in, one report out; `url`/`file` say where it came from. */
export interface Article {
  title: string;
  url: string | null;
  file: string | null;
  blocks: Block[];
}
