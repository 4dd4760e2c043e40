// Prose that repeats its own section's table: "It is missing data from 58.67% of all visitors" over a table whose
// row reads "Visitors | 50,947 | 21,054 | 58.67%", or the heading "82% of Linux users block it" over a row of 82.3%.
// When the table is reported (its figures need a source it does not give) the figure is that finding's, not a second
// one; when the table gives its source, the prose stands on it; when the table is fine only because of what it is
// (the author's price list), the prose keeps its own verdict.
import type { Block } from './article';
import type { ClaimDraft } from './claims';
import type { Claim } from './report';

/** Why: the reason a repeated figure carries, so a reader sees which table answers for it. */
export const REPEATS_TABLE = "repeats a figure of its section's table, which is reported as a table";

// Kinds whose figure a sentence can repeat from a table cell.
const REPEATABLE = new Set(['percentage', 'number', 'money', 'multiplier', 'duration']);

interface Cell {
  /** The cell's claim: reported (worth, no source) or linked. */
  claim: Claim;
  /** Its row label's and column header's words (nameWords). */
  names: string[];
  kind: string;
  unit: string;
  value: number;
}

// Significant digits of the figure as printed: "82" has 2, "5" has 1 (too few to tell a rounding from a chance).
function significant(text: string): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  return m ? m[1]!.replace(/,/g, '').replace(/^0+/, '').length + (m[2]?.length ?? 0) : 0;
}
const decimalsOf = (text: string): number => /\d\.(\d+)/.exec(text)?.[1]?.length ?? 0;

// The figure as printed with `decimals` digits after the point, rounded or cut ("82" for 82.3, "58" for 58.67); the
// nudge keeps 4.35 * 100 (434.99999...) from cutting to 4.34.
function printsAs(cell: number, value: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  const scaled = cell * scale;
  return (
    Math.round(scaled) / scale === value || Math.trunc(scaled + 1e-9 * Math.sign(scaled)) / scale === value
  );
}

// A word of a row label or a column header, as a sentence about it would say it: "Visitors" is "visitors", and
// "Laptop/Desktop" gives "laptop" and "desktop" (compared by their first five letters).
const NAME_WORD = /\p{L}{3,}/gu;
const NOT_A_NAME = new Set(['the', 'and', 'for', 'with', 'per', 'all', 'total', 'value', 'metri', 'resul']);
const names = (text: string): string[] =>
  (text.toLowerCase().match(NAME_WORD) ?? []).map((w) => w.slice(0, 5)).filter((w) => !NOT_A_NAME.has(w));
// A sentence that says it reads the table: "on the table above", "the previous table shows".
const TABLE_REF = /\b(?:the|this|that)\s+table\s+(?:above|below)\b|\b(?:above|previous|preceding)\s+table\b/i;
// The reference comes before the figure in its clause: "on the table above: a 250x improvement", not "The table
// above shows ours; separately, Gartner reports a 250x rise".
function pointsAt(sentence: string, figure: string): boolean {
  const m = TABLE_REF.exec(sentence);
  const at = sentence.indexOf(figure);
  if (!m || at < m.index) return false;
  return !/[;]|\b(?:separately|however|but|whereas|while|meanwhile)\b/i.test(sentence.slice(m.index, at));
}
// A rival set beside the figure keeps its own finding: the table's, a medium one, would not say whom it beats.
const AGAINST_RIVAL = 'compares with a competitor';

/**
 * Why: a prose claim that gives the figure of a table cell in its own section (the heading that opens it to the next
 * heading) stands on the cell's source, or, when the table is reported for lacking one, needs no finding of its own. `drafts` and `judged` are the article's claims, in one order.
 */
export function coveredByTables(
  blocks: readonly Block[],
  drafts: readonly ClaimDraft[],
  judged: Claim[],
): Claim[] {
  const sectionOf: number[] = [];
  let section = 0;
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') section++;
    sectionOf[i] = section;
  });
  const cells = new Map<number, Cell[]>();
  drafts.forEach((d, index) => {
    const b = blocks[d.block]!;
    if (b.kind !== 'table-row' || b.isHeader || d.value === undefined || !REPEATABLE.has(d.kind)) return;
    const c = judged[index]!;
    // Only a cell that will be reported, or one with a source, answers for the prose.
    if (c.support !== 'linked' && (c.worth === 'none' || c.support !== 'unsupported')) return;
    const s = sectionOf[d.block]!;
    const list = cells.get(s);
    const cell = {
      claim: c,
      names: names(d.context ?? ''),
      kind: d.kind,
      unit: d.unit ?? '',
      value: d.value,
    };
    if (list) list.push(cell);
    else cells.set(s, [cell]);
  });
  if (cells.size === 0) return judged;
  return judged.map((c, i) => {
    const d = drafts[i]!;
    if (c.worth === 'none' || c.support !== 'unsupported' || d.value === undefined || !REPEATABLE.has(d.kind))
      return c;
    if (c.worthReasons.includes(AGAINST_RIVAL)) return c;
    const kind = blocks[d.block]!.kind;
    if (kind === 'table-row' || kind === 'code') return c;
    const list = cells.get(sectionOf[d.block]!);
    if (!list) return c;
    const digits = significant(c.text);
    if (digits === 0) return c;
    const decimals = decimalsOf(c.text);
    const unit = d.unit ?? '';
    // The same figure of the same thing: the sentence names the cell's row or column ("58.67% of all visitors" and
    // the row "Visitors"); a number alone is no repeat ("58% faster" beside a share of visitors).
    // ("That's what we're seeing on the table above: a 250x improvement in bandwidth": the sentence points at it.)
    const said = new Set(names(c.sentence));
    const pointsAtTable = pointsAt(c.sentence, c.text);
    const repeated = list.filter(
      (f) =>
        f.kind === d.kind &&
        f.unit === unit &&
        (f.value === d.value || (digits >= 2 && printsAs(f.value, d.value!, decimals))) &&
        (pointsAtTable || f.names.some((w) => said.has(w))),
    );
    const linked = repeated.find((f) => f.claim.support === 'linked' && f.claim.evidence.some((e) => e.href));
    if (linked)
      return { ...c, support: 'linked' as const, evidence: linked.claim.evidence.filter((e) => e.href) };
    return repeated.length > 0 ? { ...c, worth: 'none' as const, worthReasons: [REPEATS_TABLE] } : c;
  });
}
