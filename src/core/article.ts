// The input model: what an adapter (HTML, Markdown) hands the core. Plain text with offsets, no markup.
// Defined once as a schema: the types are inferred from it, and parseArticle checks an article where it enters the
// engine (the worker's message from a page, the CLI), so the core can trust its input.
import * as v from 'valibot';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Why: the core reasons about kinds of text (a table row is judged differently from prose). */
export const BLOCK_KINDS = ['paragraph', 'heading', 'list-item', 'table-row', 'blockquote', 'code'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Why: a link is evidence only where it sits; offsets are UTF-16 indexes into `Block.text`. */
export const LinkSpanSchema = v.object({
  start: offset,
  end: offset,
  /** The raw href as written; '' when the anchor had none. */
  href: v.string(),
  text: v.string(),
});
export type LinkSpan = v.InferOutput<typeof LinkSpanSchema>;

/** Why: a table cell's metric is read with its row label and column header as context. */
export const CellSpanSchema = v.object({ start: offset, end: offset });
export type CellSpan = v.InferOutput<typeof CellSpanSchema>;

/** Why: `<sup>1</sup>` reads as "1" in text; marking it keeps footnotes from becoming numbers. */
export const MarkSpanSchema = v.object({ start: offset, end: offset, kind: v.picklist(['sup', 'code']) });
export type MarkSpan = v.InferOutput<typeof MarkSpanSchema>;

/** Why: the unit of analysis; one paragraph, heading, list item, table row, quote or code block. */
export const BlockSchema = v.object({
  kind: v.picklist(BLOCK_KINDS),
  text: v.string(),
  links: v.array(LinkSpanSchema),
  /** Superscripts and inline code inside prose (`kind: 'code'` spans are never claims). */
  marks: v.optional(v.array(MarkSpanSchema)),
  /** Heading level 1-6. */
  level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6))),
  /** Table rows: the cell ranges within `text` (cells are joined by ' | '). */
  cells: v.optional(v.array(CellSpanSchema)),
  /** Table rows: the header cells of the table this row belongs to. */
  header: v.optional(v.array(v.string())),
  /** Table rows: true for the header row itself. */
  isHeader: v.optional(v.boolean()),
  /** A `<summary>`: the line that opens a `<details>` on the page ("Click here to see how" opens, not links). */
  toggle: v.optional(v.boolean()),
  /** A picture (a chart, a screenshot) stands alone right above this block, with no text between. */
  figureAbove: v.optional(v.boolean()),
  /** A picture stands alone right below this block. */
  figureBelow: v.optional(v.boolean()),
  /** What the picture beside it says it shows (its alt text): the one below when there is one, else the one above. */
  figureAlt: v.optional(v.string()),
  /** Code blocks: the declared language (fence info, `language-*` class), lower case, or null. */
  language: v.optional(v.nullable(v.string())),
});
export type Block = v.InferOutput<typeof BlockSchema>;

/** Why: one article in, one report out; `url`/`file` say where it came from. */
export const ArticleSchema = v.object({
  title: v.string(),
  url: v.nullable(v.string()),
  file: v.nullable(v.string()),
  blocks: v.array(BlockSchema),
});
export type Article = v.InferOutput<typeof ArticleSchema>;

/** Why: a page or a file that does not give a well-formed article gets one clear error, not a crash deep inside. */
export class ArticleError extends Error {
  override name = 'ArticleError';
}

/**
 * Why: the one check of the engine's input, where it enters (the worker, the CLI). Offsets must lie inside their
 * block's text; everything after this point trusts the article.
 */
export function parseArticle(value: unknown): Article {
  const result = v.safeParse(ArticleSchema, value);
  if (!result.success) {
    const first = result.issues[0];
    const where = v.getDotPath(first) ?? 'article';
    throw new ArticleError(`not a valid article: ${where}: ${first.message}`);
  }
  const article = result.output;
  article.blocks.forEach((b, i) => {
    const n = b.text.length;
    const spans = [...b.links, ...(b.marks ?? []), ...(b.cells ?? [])];
    const bad = spans.find((s) => s.start > s.end || s.end > n);
    if (bad)
      throw new ArticleError(
        `not a valid article: blocks.${i}: a span [${bad.start}, ${bad.end}) lies outside its text`,
      );
  });
  return article;
}
