// What a worth signal sees of one claim (context.ts builds it): its words, its sentence, where it sits in the
// article, the article's facts, and lookups answered on first ask.
import type { BlockKind } from '../article';
import type { ClaimKind } from '../report';
import type { TableInfo } from '../tables';
import type { ArticleFacts } from './facts';
import type { NearFigure, Reach } from './figures-above';
import type { EarlierPairs } from './figures-earlier';

/** Why: where a picture stands beside a claim's block, as figureBeside names it (index: above 1, below 2). */
export const BESIDE = ['', 'above', 'below', 'around'] as const;
/** Why: signals are small predicates over one shared, precomputed view of the claim. */
export interface ClaimContext {
  kind: ClaimKind;
  text: string;
  unit?: string;
  hedge?: string;
  vague?: boolean;
  value?: number;
  /** The top of a range ("3x to 4x": 4). */
  max?: number;
  /** The claim's sentence (list item, table row), and the parts of it before and after the claim. */
  sentence: string;
  before: string;
  after: string;
  /** The clause before the claim, from the last clause break: "not" two clauses back negates nothing. */
  clause: string;
  /** Two or more labelled method lines ("Dataset: ...", "Environment: ...") stand above it in its section. */
  methodAbove: boolean;
  /**
   * A link to a change's record (a pull request, a commit, a bug) stands in its section at or above it (at most
   * CHANGE_REACH blocks up) or in the next block, as a link named for the change: the record of the work its figures
   * measure.
   */
  changeLinked: boolean;
  /** Its section shows a picture: a screenshot or a chart, or a link to an image file. */
  sectionPictured: boolean;
  /** A paragraph above it says where the article's timings were taken ("All timings below were taken on my laptop"). */
  timingsStated: boolean;
  /** Its block is a figure's caption ("Figure 1: etcd heap usage ... 61% of the heap ..."). */
  figureCaption: boolean;
  /** Where a picture (a chart, a screenshot) stands alone beside its block: above, below, around (both); '' if not. */
  figureBeside: (typeof BESIDE)[number];
  /** What leads into that picture: the block above it (its own block when it stands below); '' without one. */
  figureLead: string;
  /** What that picture says it shows (its alt text: "Chart showing reduction in InnoDB Row Operations"); '' without. */
  figureAlt: string;
  /** The heading a picture right above it stands under, its title ("Single and Multi Client Average Latency"); ''. */
  figureTitle: string;
  /**
   * A paragraph above it in its section (at most SUPPOSE_REACH blocks up) opens a worked example with figures, or an
   * earlier sentence of its own paragraph supposes one ("..., assume a team where ... . For a team of 100 ...").
   */
  supposedAbove: boolean;
  /** It stands in the brackets of a figure of its kind that needs no source ("27.3s (debug; 53.2s for release)"). */
  bracketsSettled: boolean;
  /** It is the figure whose brackets it stands in, in other units: "1312 seconds (21 minutes, 52 seconds)". */
  bracketsSame: boolean;
  /** A quote signed by whom it quotes: on its last line, in a quote paragraph after it, or by a lead-in naming them. */
  signedQuote: boolean;
  /** The sentence after the claim's, in its block ('' when it is the last). */
  next: string;
  blockKind: BlockKind;
  /** Its whole block: the paragraph, list item or table row it sits in. */
  blockText: string;
  /** A section headed as results ("## Reviewing results", "## Benchmarks") starts below it. */
  resultsBelow: boolean;
  /** The nearest heading above the claim ('' when none). */
  heading: string;
  /** A heading's claim: the first blocks of its section (two, up to the next heading; the whole article under a
   * level-1 heading); '' elsewhere. */
  below: string;
  /** What introduces a list item or a table: its caption (a table's), else the text of the block before it. */
  intro: string;
  /** The text of the block right before the list or table, caption or not ('' elsewhere). */
  leadIn: string;
  /** It stands in a section (or under one) whose heading says it gives the method ("## Methodology"). */
  inMethodSection: boolean;
  /** The company its paragraph opens with, linked to its reference page, when it says what it is (introduced.ts). */
  introduced: string;
  table: TableInfo | null;
  /** Prose right under a table: that table (its sentence after it speaks for it), else null. */
  tableAbove: TableInfo | null;
  /** The table right below its paragraph, when the paragraph introduces it ("The table below shows ..."). */
  tableBelow: TableInfo | null;
  /** Prose right under a code block (its output): that block's text, else ''. */
  codeAbove: string;
  /** A paragraph's last sentence that ends with a colon, right over a code block: that block's text, else ''. */
  codeBelow: string;
  /** Whether code shown a few blocks above, in the section, holds this integer as a literal (code-arguments.ts). */
  codeSets: (value: number) => boolean;
  /** Whether one of the next two blocks, in the section, works this figure out as an equation's result ("= ~1157"). */
  equationBelow: (value: number) => boolean;
  /** Prose right under a table: the sums of its money columns ("Total: $43.3" adds them up); [] elsewhere. */
  sumsAbove: readonly number[];
  /** Table cells: the column's header and the row's label. */
  column: string;
  rowLabel: string;
  /** Table cells: the cell's column index. */
  columnIndex: number;
  facts: ArticleFacts;
  /**
   * The figures given before it, nearest first, as figures-above.ts's nearFigures reads them (its block, then a few
   * blocks above it in its section; a list counts as one paragraph). Read on first ask.
   */
  figuresAbove(): readonly NearFigure[];
  /**
   * The figures that need no source right below it, top first, when it titles them: a heading's, or a lead-in's
   * ("... by 69%:" over its list), as figures-below.ts reads them: those settled when first asked (none on its first
   * judgement, made before theirs; the pipeline asks again once they are judged).
   */
  figuresBelow(): readonly NearFigure[];
  /** Whether a settled claim before it gave its figure, as far back as `reach` says (figures-above.ts). */
  givenBefore(reach: Reach): boolean;
  /** Its sentence's settled figures, and the post's earlier ones by dimension (figures-earlier.ts). */
  earlierPairs(): EarlierPairs;
  /** Whether a settled claim in an earlier block of the article gave this multiple, or its inverse. */
  multipleAbove(value: number): boolean;
  /** Whether the claim's sentence matches `re` (not global): answered once per sentence, for all its claims. */
  says(re: RegExp): boolean;
}
