// Everything a worth signal may look at for one claim: its words, its sentence around it, where it sits in the
// article (heading, list lead-in, table), and the article's facts. Built once per claim, read by every signal.
import type { Block } from '../article';
import type { ClaimDraft } from '../claims';
import { cellTexts, moneyColumnSums, type TableInfo } from '../tables';
import { codeSetsFigure } from './code-arguments';
import { equationFollows, equationGives } from './equation-below';
import { bodyText, figureHeadingRead, nextSentence, sectionStart } from './context-text';
import {
  CHANGE_RECORD,
  EXAMPLE_SHOWN,
  FIGURE_CAPTION,
  NAMES_A_CHANGE,
  QUOTE_LEAD,
  SIGNATURE_ALONE,
  SIGNED,
  SUPPOSES,
  SUPPOSITION_OPENS,
  TIMINGS_TAKEN_ON,
  WORKED_MATH,
} from './context-words';
import type { ArticleFacts } from './facts';
import { METHOD_HEADING } from './method-cues';
import {
  bracketedAfter,
  givenBeforeIndex,
  multipleAbove,
  nearFigures,
  sameFigure,
  type NearFigure,
} from './figures-above';
import { nearFiguresBelow } from './figures-below';
import { earlierPairsIndex } from './figures-earlier';
import { introducedName } from './introduced';
import { METHOD_LABEL } from './quiet-words';
import { BESIDE, type ClaimContext } from './claim-context';

export type { ClaimContext } from './claim-context';

// Each pattern asked about through `says` gets a slot, once (rows pass module-level patterns).
const SLOTS = new Map<RegExp, number>();

// Where a clause ends: a stop, a colon or semicolon, ", but" and the like, a dash between blanks.
const CLAUSE_BREAK = /[;:.!?]|,\s+(?:but|and|while|whereas)\b|\s[-–—]\s/;

// A paragraph that introduces the table under it: "The table below shows ...", "the following table", "...:".
const TABLE_BELOW = /\b(?:the\s+(?:table|results?)\s+below|the\s+following\s+table)\b|:\s*$/i;

// A link to an image file: a screenshot or chart shown (often linked to its full size).
const PICTURE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#]|$)/i;
// A heading over the post's results: "Results", "Reviewing results", "Benchmarks", "Evaluation".
const RESULTS_HEADING = /\b(?:results|benchmarks?|evaluation|measurements)\b/i;

// How many blocks after the last labelled method line its results may run ("Results:" and a list of four).
const METHOD_REACH = 8;
const SUPPOSE_REACH = 8;
const SHOWN_REACH = 1;
const CHANGE_REACH = 6;

/**
 * Why: the pipeline builds contexts for all claims of an article with shared lookups (headings, list intros).
 * `drafts` are the article's claims in order (all, or those of the blocks judged so far), and `settled` says which
 * of them need no source (worth nothing, or linked): figuresAbove lists only those, as a figure worked out from
 * claims that need one is their headline ("9s down to 0.1s, a 90x improvement"). The pipeline judges claims in
 * order, so an earlier one is settled by then.
 */
export function contextBuilder(
  blocks: Block[],
  tables: Map<number, TableInfo>,
  facts: ArticleFacts,
  drafts: readonly ClaimDraft[] = [],
  settled: (d: ClaimDraft) => boolean = () => true,
): (draft: ClaimDraft) => ClaimContext {
  const draftsOf = new Map<number, ClaimDraft[]>();
  // `drafts` may grow between calls (an analysis in steps appends each step's claims): indexed as they come.
  let indexed = 0;
  // Each block's drafts in order, for the figures above a claim and the brackets it stands in.
  const index = (): void => {
    for (; indexed < drafts.length; indexed++) {
      const d = drafts[indexed]!;
      const list = draftsOf.get(d.block);
      if (list) list.push(d);
      else draftsOf.set(d.block, [d]);
    }
  };
  const givenBefore = givenBeforeIndex(blocks, drafts, settled);
  const earlierPairs = earlierPairsIndex(blocks, drafts, settled);
  const figuresAbove = (draft: ClaimDraft): NearFigure[] => {
    index();
    return nearFigures(blocks, draftsOf, draft, settled);
  };
  const headings: string[] = [];
  let heading = '';
  const intros: string[] = [];
  let intro = '';
  // Where a benchmark's labelled method lines ("Dataset: ...", "Environment: ...") were last seen in the section.
  const methodAbove: boolean[] = [];
  let labels = 0;
  let lastLabel = -1;
  // Where a paragraph last opened a worked example ("Imagine a typical site. It has 100 pages ...") in the section.
  const supposedAbove: boolean[] = [];
  let supposedAt = -1;
  let shownAt = -1;
  const timingsStated: boolean[] = [];
  let stated = false;
  const changeLinked: boolean[] = [];
  let changeAt = -1;
  // Each block's section, and the sections that show a picture (a screenshot, a chart; a linked image file).
  const sectionOf: number[] = [];
  const picturedSections = new Set<number>();
  let section = 0;
  // The headings over each block, by level: a section under "## Methodology" ("### Data Access") is part of it.
  const open: { level: number; text: string }[] = [];
  const inMethod: boolean[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      while (open.length > 0 && open.at(-1)!.level >= (b.level ?? 1)) open.pop();
      open.push({ level: b.level ?? 1, text: b.text });
      heading = b.text;
      labels = 0;
      supposedAt = -1;
      shownAt = -1;
      changeAt = -1;
      section++;
    }
    sectionOf[i] = section;
    // (A heading right under a picture opens the next section; the picture is the last one's.)
    if (
      (b.figureAbove && b.kind !== 'heading') ||
      b.figureBelow ||
      b.links.some((l) => PICTURE_FILE.test(l.href))
    )
      picturedSections.add(section);
    inMethod[i] = open.some((h) => METHOD_HEADING.test(h.text));
    const records = b.links.filter((l) => CHANGE_RECORD.test(l.href));
    if (records.length > 0) changeAt = i;
    changeLinked[i] = changeAt >= 0 && i - changeAt <= CHANGE_REACH;
    // ... or in the block right below it: "... from 7.1 seconds to 0.15 seconds." then "we [landed a patch](bug)"
    // (a link that says it is the change: "landed a patch", not "the node-haste2 integration" of another summary).
    const prevBlock = blocks[i - 1];
    if (
      prevBlock &&
      prevBlock.kind !== 'heading' &&
      records.some((l) => NAMES_A_CHANGE.test(b.text.slice(l.start, l.end)))
    )
      changeLinked[i - 1] = true;
    headings[i] = heading;
    methodAbove[i] = labels >= 2 && i - lastLabel <= METHOD_REACH;
    // The paragraph that opens the example counts too: "Imagine 1,000 files ... Formatting them takes 10 seconds."
    // ("### What if....": a heading that opens a supposed case, its section worked through below it.)
    if (
      (((b.kind === 'paragraph' || b.kind === 'blockquote') && /\d/.test(b.text)) || b.kind === 'heading') &&
      SUPPOSITION_OPENS.test(b.text)
    )
      supposedAt = i;
    // "Here's some napkin math to illustrate my point:": the paragraphs below work the example through.
    if (b.kind === 'paragraph' && WORKED_MATH.test(b.text)) supposedAt = i;
    // "Above is an example stack trace from a profiler.": the output it shows is an example, and so are the figures
    // the next paragraph reads off it (not the section's later claims).
    if (b.kind === 'paragraph' && EXAMPLE_SHOWN.test(b.text)) shownAt = i;
    supposedAbove[i] =
      (supposedAt >= 0 && i - supposedAt <= SUPPOSE_REACH) ||
      (shownAt >= 0 && i > shownAt && i - shownAt <= SHOWN_REACH);
    timingsStated[i] = stated;
    if (b.kind === 'paragraph' && TIMINGS_TAKEN_ON.test(b.text)) stated = true;
    if (b.kind !== 'heading' && b.kind !== 'code' && METHOD_LABEL.test(b.text)) {
      labels++;
      lastLabel = i;
    }
    const prev = blocks[i - 1];
    // A list or table keeps the lead-in of its first item; prose resets it, and so does an item that ends with a
    // colon (a paragraph inside a list item leading into the items nested under it).
    if (b.kind === 'list-item' && prev?.kind === 'list-item' && /:\s*$/.test(prev.text))
      intros[i] = intro = prev.text;
    else if ((b.kind === 'list-item' || b.kind === 'table-row') && prev && prev.kind === b.kind)
      intros[i] = intro;
    // (A list's last item leads into nothing under it: the prose after a list has no lead-in.)
    else if (b.kind === 'paragraph' && prev?.kind === 'list-item') intros[i] = intro = '';
    else intros[i] = intro = prev && prev.kind !== b.kind ? prev.text : '';
  });
  const signedQuote: boolean[] = [];
  // Signed: the quote ends with its signature, or the quote block right after it is the signature alone, or the
  // paragraph that leads into it names the speaker.
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    const prev = blocks[i - 1];
    signedQuote[i] =
      b.kind === 'blockquote' &&
      (SIGNED.test(b.text) ||
        (next?.kind === 'blockquote' && SIGNATURE_ALONE.test(next.text) && SIGNED.test(next.text)) ||
        (prev?.kind === 'paragraph' && QUOTE_LEAD.test(prev.text)));
  });
  // A claim-dense page has several claims per sentence, and many rows read the sentence alone. Answers are kept
  // per pattern slot, stamped with the sentence they were given for (no table is built per sentence).
  let saidBlock = -1;
  let saidStart = -1;
  let saidEnd = -1;
  let stamp = 0;
  const stamps: number[] = [];
  const answers: boolean[] = [];
  const sentenceStamp = (draft: ClaimDraft): number => {
    const s = draft.sentence;
    if (draft.block !== saidBlock || s.start !== saidStart || s.end !== saidEnd) {
      saidBlock = draft.block;
      saidStart = s.start;
      saidEnd = s.end;
      stamp++;
    }
    return stamp;
  };
  const says = (re: RegExp, sentence: string, at: number): boolean => {
    let k = SLOTS.get(re);
    if (k === undefined) SLOTS.set(re, (k = SLOTS.size));
    if (stamps[k] === at) return answers[k]!;
    re.lastIndex = 0;
    const answer = re.test(sentence);
    stamps[k] = at;
    answers[k] = answer;
    return answer;
  };
  // Column sums of the tables prose sits under, worked out once per table on first ask.
  const sums = new Map<TableInfo, number[]>();
  const sumsOf = (t: TableInfo): number[] => {
    let s = sums.get(t);
    if (!s) sums.set(t, (s = moneyColumnSums(blocks, t)));
    return s;
  };
  const lastResults = blocks.findLastIndex((b) => b.kind === 'heading' && RESULTS_HEADING.test(b.text));
  let nextAt = -1;
  let nextText = '';
  let supposedBefore = false;
  let body: string | undefined;
  return (draft) => {
    const block = blocks[draft.block]!;
    const s = draft.sentence;
    const sentence = figureHeadingRead(blocks, draft.block, block.text.slice(s.start, s.end));
    const at = sentenceStamp(draft);
    const table = tables.get(draft.block) ?? null;
    // (Or two blocks up: a note under the table stands between; its `around` says so.)
    const above = table ? undefined : (tables.get(draft.block - 1) ?? tables.get(draft.block - 2));
    const tableAbove = above && above.around.includes(draft.block) ? above : null;
    const below = table ? undefined : tables.get(draft.block + 1);
    const tableBelow = below && TABLE_BELOW.test(block.text) ? below : null;
    index();
    const bracketed = bracketedAfter(block.text, draftsOf.get(draft.block), draft);
    let column = '';
    let rowLabel = '';
    let columnIndex = -1;
    if (table && block.cells) {
      columnIndex = block.cells.findIndex((c) => c.start <= draft.start && draft.end <= c.end);
      column = table.header[columnIndex] ?? '';
      rowLabel = cellTexts(block)[0] ?? '';
    }
    const before = block.text.slice(s.start, draft.start);
    // The claims of one sentence share the sentence after it, and whether an earlier one of its paragraph supposes.
    if (nextAt !== at) {
      nextAt = at;
      nextText = nextSentence(block.text, s.end);
      supposedBefore = s.start > 0 && SUPPOSES.test(block.text.slice(0, s.start));
    }
    const next = nextText;
    const prev = blocks[draft.block - 1];
    let near: NearFigure[] | undefined;
    let nearBelow: NearFigure[] | undefined;
    // The block's last sentence ends with a colon: it leads into the block below ("This gives us:" over an equation).
    const leadsIntoNext = (): boolean => next === '' && /:\s*$/.test(sentence);
    return {
      figuresAbove: () => (near ??= figuresAbove(draft)),
      figuresBelow: () => (nearBelow ??= (index(), nearFiguresBelow(blocks, draftsOf, draft, settled))),
      multipleAbove: (value) => multipleAbove(drafts, draft.block, settled, value),
      givenBefore: (reach) => givenBefore(draft, reach),
      earlierPairs: () => earlierPairs(draft),
      codeAbove: prev?.kind === 'code' && block.kind === 'paragraph' ? prev.text : '',
      codeSets: (value) => codeSetsFigure(blocks, draft.block, value),
      equationBelow: (value) =>
        equationGives(blocks, draft.block, value) ||
        (leadsIntoNext() && equationFollows(blocks, draft.block)),
      // The cheap tests first: this runs for every claim, and the slice is needed only over a code block.
      codeBelow:
        block.kind === 'paragraph' && blocks[draft.block + 1]?.kind === 'code' && leadsIntoNext()
          ? blocks[draft.block + 1]!.text
          : '',
      methodAbove: methodAbove[draft.block] ?? false,
      supposedAbove: (supposedAbove[draft.block] ?? false) || supposedBefore,
      signedQuote: signedQuote[draft.block] ?? false,
      bracketsSettled: bracketed !== null && settled(bracketed),
      bracketsSame: bracketed !== null && sameFigure(block.text, bracketed, draft),
      timingsStated: timingsStated[draft.block] ?? false,
      changeLinked: changeLinked[draft.block] ?? false,
      sectionPictured: picturedSections.has(sectionOf[draft.block] ?? -1),
      figureCaption: block.kind === 'paragraph' && FIGURE_CAPTION.test(block.text),
      figureBeside: BESIDE[(block.figureAbove ? 1 : 0) + (block.figureBelow ? 2 : 0)]!,
      figureAlt: block.figureAlt ?? '',
      figureTitle:
        block.figureAbove && blocks[draft.block - 1]?.kind === 'heading' ? blocks[draft.block - 1]!.text : '',
      figureLead: block.figureBelow
        ? block.text
        : block.figureAbove
          ? (blocks[draft.block - 1]?.text ?? '')
          : '',
      next,
      kind: draft.kind,
      text: block.text.slice(draft.start, draft.end),
      unit: draft.unit,
      hedge: draft.hedge,
      vague: draft.vague,
      value: draft.value,
      max: draft.max,
      sentence,
      before,
      clause: before.split(CLAUSE_BREAK).pop() ?? '',
      after: block.text.slice(draft.end, s.end),
      blockKind: block.kind,
      blockText: block.text,
      resultsBelow: lastResults > draft.block,
      heading: headings[draft.block] ?? '',
      below:
        block.kind !== 'heading'
          ? ''
          : block.level === 1
            ? (body ??= bodyText(blocks))
            : sectionStart(blocks, draft.block),
      intro: table ? table.caption || intros[draft.block]! : (intros[draft.block] ?? ''),
      leadIn: intros[draft.block] ?? '',
      inMethodSection: inMethod[draft.block] ?? false,
      introduced: introducedName(block),
      table,
      tableAbove,
      tableBelow,
      sumsAbove: tableAbove && draft.kind === 'money' ? sumsOf(tableAbove) : [],
      column,
      rowLabel,
      columnIndex,
      facts,
      says: (re) => says(re, sentence, at),
    };
  };
}
