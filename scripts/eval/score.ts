// The scorer: a report and a reader's labels in, the measures of issue 12 out. Pure: no files, no engine.
// `npm run eval` (scripts/eval.ts) feeds it; tests/unit/eval-score.test.ts pins it.
import type { Severity } from '../../src/core/report';
import type { ArticleKind, FlagItem, ImportItem, PlaceholderItem, ReaderLabels } from './labels';
import {
  bestMatch,
  findingSpans,
  type Label,
  type ScorableFinding,
  type ScorableReport,
  type Span,
} from './match';

export { bestMatch, findingSpans, type ScorableFinding, type ScorableReport, type Span } from './match';

/** Why: the figures the engine is aiming for, printed beside the measured ones. */
export const TARGETS = {
  raised: 0.8,
  highRaised: 0.85,
  highPerWellSourced: 1,
  mustFlagFound: 0.8,
  linkedCalledUnsupported: 0,
} as const;

/** Why: a share keeps its counts, so "n/a" (nothing to divide by) is not mistaken for 0%. */
export interface Ratio {
  num: number;
  den: number;
}

/** Why: --verbose prints every finding with the label it got and the item it matched. */
export interface Verdict {
  rule: string;
  severity: Severity;
  spans: Span[];
  label: Label;
  item: string | null;
}

/** Why: one article's measures, and what a person reads to see why. */
export interface ArticleScore {
  slug: string;
  kind: ArticleKind;
  findings: number;
  high: number;
  /** Findings a reader would raise: a must_flag item, a placeholder, or an import that does not exist. */
  raised: Ratio;
  highRaised: Ratio;
  mustFlagFound: Ratio;
  severityAgrees: Ratio;
  placeholdersFound: Ratio;
  missingImportsFound: Ratio;
  mustNotFlagHits: number;
  mustNotFlagItemsHit: number;
  linkedCalledUnsupported: number;
  unlabelled: number;
  verdicts: Verdict[];
  missed: FlagItem[];
  missedPlaceholders: PlaceholderItem[];
  missedImports: ImportItem[];
}

/** Why: the headline figures over all articles. */
export interface Totals {
  articles: number;
  findings: number;
  high: number;
  raised: Ratio;
  highRaised: Ratio;
  /** HIGH findings on well-sourced articles over their number; `noise` counts those that match no must_flag. */
  highPerWellSourced: { high: number; noise: number; articles: number };
  mustFlagFound: Ratio;
  severityAgrees: Ratio;
  placeholdersFound: Ratio;
  missingImportsFound: Ratio;
  mustNotFlagHits: number;
  linkedCalledUnsupported: number;
  unlabelled: number;
}

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };
const RAISED: ReadonlySet<Label> = new Set(['must_flag', 'placeholder', 'missing_import']);

/** Why: a share to print; null when there is nothing to divide by. */
export function share(r: Ratio): number | null {
  return r.den === 0 ? null : r.num / r.den;
}

/** Why: the text of the item a match landed on, for --verbose. */
function itemText(labels: ReaderLabels, label: Label, index: number): string | null {
  if (index < 0) return null;
  if (label === 'must_flag') return labels.must_flag[index]!.text;
  if (label === 'placeholder') return labels.placeholders[index]!.text;
  if (label === 'must_not_flag') return labels.must_not_flag[index]!.text;
  return labels.imports[index]!.module;
}

/** Why: every measure for one article, from its report and its labels. */
export function scoreArticle(slug: string, labels: ReaderLabels, report: ScorableReport): ArticleScore {
  const verdicts: Verdict[] = [];
  const flagged = new Map<number, Severity>(); // must_flag index -> highest severity that found it
  const hitPlaceholders = new Set<number>();
  const hitImports = new Set<number>();
  const hitQuiet = new Set<number>();
  let high = 0;
  let highRaised = 0;
  let raised = 0;
  let mustNotFlagHits = 0;
  let linkedCalledUnsupported = 0;
  let unlabelled = 0;
  for (const finding of report.findings as ScorableFinding[]) {
    const spans = findingSpans(report, finding);
    const m = bestMatch(spans, labels);
    verdicts.push({
      rule: finding.rule,
      severity: finding.severity,
      spans,
      label: m.label,
      item: itemText(labels, m.label, m.index),
    });
    const isHigh = finding.severity === 'high';
    if (isHigh) high++;
    if (RAISED.has(m.label)) {
      raised++;
      if (isHigh) highRaised++;
    }
    // A finding that covers a whole table, or a figure or placeholder said again, shows the reader every place it
    // lists: each item it matches is found.
    const found = spans.length > 1 ? spans.map((s) => bestMatch([s], labels)) : [m];
    for (const f of found) {
      if (f.label === 'placeholder') hitPlaceholders.add(f.index);
      if (f.label !== 'must_flag') continue;
      const seen = flagged.get(f.index);
      if (!seen || RANK[finding.severity] > RANK[seen]) flagged.set(f.index, finding.severity);
    }
    if (m.label === 'must_flag' || m.label === 'placeholder') {
      // counted above
    } else if (m.label === 'missing_import') hitImports.add(m.index);
    else if (m.label === 'must_not_flag' || m.label === 'existing_import') {
      mustNotFlagHits++;
      if (m.label === 'must_not_flag') {
        hitQuiet.add(m.index);
        if (labels.must_not_flag[m.index]!.linked) linkedCalledUnsupported++;
      }
    } else unlabelled++;
  }
  const missingImports = labels.imports.filter((i) => !i.exists);
  let agrees = 0;
  for (const [i, severity] of flagged) if (labels.must_flag[i]!.severity === severity) agrees++;
  return {
    slug,
    kind: labels.kind,
    findings: report.findings.length,
    high,
    raised: { num: raised, den: report.findings.length },
    highRaised: { num: highRaised, den: high },
    mustFlagFound: { num: flagged.size, den: labels.must_flag.length },
    severityAgrees: { num: agrees, den: flagged.size },
    placeholdersFound: { num: hitPlaceholders.size, den: labels.placeholders.length },
    missingImportsFound: { num: hitImports.size, den: missingImports.length },
    mustNotFlagHits,
    mustNotFlagItemsHit: hitQuiet.size,
    linkedCalledUnsupported,
    unlabelled,
    verdicts,
    missed: labels.must_flag.filter((_, i) => !flagged.has(i)),
    missedPlaceholders: labels.placeholders.filter((_, i) => !hitPlaceholders.has(i)),
    missedImports: labels.imports.filter((item, i) => !item.exists && !hitImports.has(i)),
  };
}

/** Why: the headline figures are sums over articles, not averages of per-article shares. */
export function totals(articles: ArticleScore[]): Totals {
  const sum = (pick: (a: ArticleScore) => number) => articles.reduce((n, a) => n + pick(a), 0);
  const ratio = (pick: (a: ArticleScore) => Ratio): Ratio => ({
    num: sum((a) => pick(a).num),
    den: sum((a) => pick(a).den),
  });
  const wellSourced = articles.filter((a) => a.kind === 'well-sourced');
  return {
    articles: articles.length,
    findings: sum((a) => a.findings),
    high: sum((a) => a.high),
    raised: ratio((a) => a.raised),
    highRaised: ratio((a) => a.highRaised),
    highPerWellSourced: {
      high: wellSourced.reduce((n, a) => n + a.high, 0),
      noise: wellSourced.reduce(
        (n, a) => n + a.verdicts.filter((v) => v.severity === 'high' && v.label !== 'must_flag').length,
        0,
      ),
      articles: wellSourced.length,
    },
    mustFlagFound: ratio((a) => a.mustFlagFound),
    severityAgrees: ratio((a) => a.severityAgrees),
    placeholdersFound: ratio((a) => a.placeholdersFound),
    missingImportsFound: ratio((a) => a.missingImportsFound),
    mustNotFlagHits: sum((a) => a.mustNotFlagHits),
    linkedCalledUnsupported: sum((a) => a.linkedCalledUnsupported),
    unlabelled: sum((a) => a.unlabelled),
  };
}

/** Why: the report a perfect engine would give; the fixture test scores every article's labels against it, which
 * proves each must_flag item can be told apart from the must_not_flag items around it. */
export function perfectReport(labels: ReaderLabels): ScorableReport {
  const report: ScorableReport = { claims: [], links: [], imports: [], findings: [] };
  labels.must_flag.forEach((item, i) => {
    report.claims.push({ id: `c${i}`, text: item.text, sentence: item.sentence });
    report.findings.push({ rule: 'reader', severity: item.severity, ref: `c${i}` });
  });
  labels.placeholders.forEach((item, i) => {
    report.links.push({ id: `l${i}`, text: item.text, context: item.sentence });
    report.findings.push({ rule: 'reader', severity: 'medium', ref: `l${i}` });
  });
  labels.imports.forEach((item, i) => {
    report.imports.push({ id: `i${i}`, module: item.module, status: item.exists ? 'exists' : 'missing' });
    if (!item.exists) report.findings.push({ rule: 'reader', severity: 'high', ref: `i${i}` });
  });
  return report;
}
