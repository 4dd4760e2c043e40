// How a finding is tied to a reader's label: the finding becomes one or more spans of text, and each span is
// compared with the labelled items. Pure functions; the rules are written out in tests/reader/README.md.
import type { Severity } from '../../src/core/report';
import type { ReaderLabels } from './labels';

/** Why: the scorer reads only these fields, so a full Report, a saved JSON report or a synthetic one all fit. */
export interface ScorableReport {
  claims: Array<{ id: string; text: string; sentence: string; context?: string }>;
  links: Array<{ id: string; text: string; context?: string }>;
  imports: Array<{ id: string; module: string; status?: string }>;
  findings: ScorableFinding[];
}

/** Why: a cell of a table-wide finding, given as its text, as a claim id, or as text with its row. */
export type CellRef = string | { ref?: string; text?: string; sentence?: string; row?: string };

/** Why: today's findings carry one `ref`; findings that cover a whole table may soon carry `refs` or `cells`. */
export interface ScorableFinding {
  id?: string;
  rule: string;
  severity: Severity;
  ref?: string;
  refs?: string[];
  cells?: CellRef[];
}

/** Why: what a finding points at, in the words a reader's label uses. */
export interface Span {
  kind: 'claim' | 'link' | 'import' | 'cell';
  text: string;
  sentence?: string;
  module?: string;
}

/** Why: the one place that knows the report format's "finding -> span" step; it will change with the format. */
export function findingSpans(report: ScorableReport, finding: ScorableFinding): Span[] {
  const byId = (id: string): Span | null => {
    const claim = report.claims.find((c) => c.id === id);
    // A claim in a table row has the row as its sentence, so it meets a row item ("A | 1 | 2") on both counts.
    if (claim) return { kind: 'claim', text: claim.text, sentence: claim.sentence };
    const link = report.links.find((l) => l.id === id);
    if (link) return { kind: 'link', text: link.text, sentence: link.context };
    const imp = report.imports.find((i) => i.id === id);
    if (imp) return { kind: 'import', text: imp.module, module: imp.module };
    return null;
  };
  const ids = [...(finding.ref ? [finding.ref] : []), ...(finding.refs ?? [])];
  const spans = ids.map(byId).filter((s): s is Span => s !== null);
  for (const cell of finding.cells ?? []) {
    const resolved = typeof cell === 'object' && cell.ref ? byId(cell.ref) : null;
    if (typeof cell === 'string') spans.push({ kind: 'cell', text: cell });
    else if (resolved) spans.push(resolved);
    else if (cell.text) spans.push({ kind: 'cell', text: cell.text, sentence: cell.row ?? cell.sentence });
  }
  return spans;
}

/** Why: markup, curly quotes, dashes and spacing differ between a report and a hand-written label. */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why: token overlap compares wordings that differ in punctuation ("p99" vs "p99,"). */
export function tokens(s: string): string[] {
  return normalise(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const WORD = /[\p{L}\p{N}]/u;

/** Why: "3x" must not be found inside "13x", nor "7" inside "2017": containment respects word edges. */
export function containsPhrase(haystack: string, needle: string): boolean {
  if (!needle) return false;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const before = haystack[i - 1] ?? ' ';
    const after = haystack[i + needle.length] ?? ' ';
    const startsWord = WORD.test(needle[0]!);
    const endsWord = WORD.test(needle[needle.length - 1]!);
    if (!(startsWord && WORD.test(before)) && !(endsWord && WORD.test(after))) return true;
  }
  return false;
}

/** Why: how well a finding's text sits in an item's text; 0 when the two do not overlap at all. */
export function textScore(spanText: string, itemText: string): number {
  const a = normalise(spanText);
  const b = normalise(itemText);
  if (!a || !b) return 0;
  // Containment scores above 1; the tighter fit wins, so "$39" goes to "Team is $39", not to the whole row.
  if (containsPhrase(b, a)) return 1 + a.length / b.length;
  if (containsPhrase(a, b)) return 1 + b.length / a.length;
  const mine = tokens(a);
  const theirs = new Set(tokens(b));
  if (mine.length === 0) return 0;
  const share = mine.filter((t) => theirs.has(t)).length / mine.length;
  return share >= 0.6 ? share : 0;
}

const isRow = (s: string) => s.includes(' | ');

/** Why: the same number can sit in two sentences; a match also needs the sentences to overlap (>= 50%). A table
 * row and a prose sentence never overlap: a short row ("Home slot | 5 | 7") shares half its tokens with too much. */
export function sentenceShare(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 1;
  if (isRow(a) !== isRow(b)) return 0;
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  const [short, long] = ta.size <= tb.size ? [ta, tb] : [tb, ta];
  if (short.size === 0) return 1;
  let shared = 0;
  for (const t of short) if (long.has(t)) shared++;
  return shared / short.size;
}

/** Why: "sklearn.ensemble" is the module a reader labelled "sklearn"; "lodash/fp" is "lodash". */
export function sameModule(found: string, labelled: string): boolean {
  if (found === labelled) return true;
  const [short, long] = found.length < labelled.length ? [found, labelled] : [labelled, found];
  return long.startsWith(`${short}.`) || long.startsWith(`${short}/`);
}

/** Why: each list a finding can land in; the first three are what a reader would raise themselves. */
export type Label =
  'must_flag' | 'placeholder' | 'missing_import' | 'must_not_flag' | 'existing_import' | 'unlabelled';

/** Why: a finding's verdict: which list, which item of it, how well. */
export interface Match {
  label: Label;
  index: number;
  score: number;
}

/** Why: each finding takes its best-matching item across all lists; on a tie must_flag wins, then placeholders. */
export function bestMatch(spans: Span[], labels: ReaderLabels): Match {
  let best: Match = { label: 'unlabelled', index: -1, score: 0 };
  const consider = (label: Label, index: number, score: number) => {
    if (score > best.score) best = { label, index, score };
  };
  for (const span of spans) {
    if (span.kind === 'import') {
      labels.imports.forEach((item, i) => {
        if (sameModule(span.module ?? span.text, item.module))
          consider(item.exists ? 'existing_import' : 'missing_import', i, 2);
      });
      continue;
    }
    const lists = [
      ['must_flag', labels.must_flag],
      ['placeholder', labels.placeholders],
      ['must_not_flag', labels.must_not_flag],
    ] as const;
    for (const [label, items] of lists) {
      items.forEach((item, i) => {
        const text = textScore(span.text, item.text);
        const sentence = sentenceShare(span.sentence, item.sentence);
        if (text > 0 && sentence >= 0.5) consider(label, i, text + sentence / 10);
      });
    }
  }
  return best;
}
