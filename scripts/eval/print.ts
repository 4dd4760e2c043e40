// The text and JSON output of `npm run eval`: a table per article, the totals beside their targets, and with
// --verbose every finding with its label plus the must_flag items no finding reached.
import { share, TARGETS, type ArticleScore, type Ratio, type Totals } from './score';

/** Why: "57.1% (12/21)" keeps the counts next to the share; "n/a" when there is nothing to divide. */
export function pct(r: Ratio): string {
  const s = share(r);
  return s === null ? 'n/a' : `${(s * 100).toFixed(1)}% (${r.num}/${r.den})`;
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);

/** Why: one row per article, the columns a person scans for a regression. */
export function articleTable(articles: ArticleScore[]): string {
  const w = Math.max(7, ...articles.map((a) => a.slug.length));
  const head =
    `${pad('article', w)}  ${pad('kind', 12)} ${padL('findings', 8)} ${padL('HIGH', 5)}  ` +
    `${pad('raised', 16)} ${pad('HIGH raised', 16)} ${pad('must_flag found', 16)} ${padL('mnf', 4)} ${padL('linked', 6)} ${padL('unlab', 5)}`;
  const rows = articles.map(
    (a) =>
      `${pad(a.slug, w)}  ${pad(a.kind, 12)} ${padL(a.findings, 8)} ${padL(a.high, 5)}  ` +
      `${pad(pct(a.raised), 16)} ${pad(pct(a.highRaised), 16)} ${pad(pct(a.mustFlagFound), 16)} ` +
      `${padL(a.mustNotFlagHits, 4)} ${padL(a.linkedCalledUnsupported, 6)} ${padL(a.unlabelled, 5)}`,
  );
  return [head, ...rows].join('\n');
}

/** Why: the headline figures, each beside the target it is measured against. */
export function totalsBlock(t: Totals): string {
  const hps = t.highPerWellSourced;
  const perWell = hps.articles === 0 ? 'n/a' : (hps.high / hps.articles).toFixed(1);
  const noise = hps.articles === 0 ? 'n/a' : (hps.noise / hps.articles).toFixed(1);
  const line = (label: string, value: string, target: string) =>
    `${pad(label, 44)} ${pad(value, 22)} ${target}`;
  return [
    `${t.articles} articles, ${t.findings} findings (${t.high} HIGH)`,
    '',
    line('measure', 'now', 'target'),
    line('findings a reader would raise', pct(t.raised), `>= ${TARGETS.raised * 100}%`),
    line('HIGH findings a reader would raise', pct(t.highRaised), `>= ${TARGETS.highRaised * 100}%`),
    line(
      'HIGH per well-sourced article',
      `${perWell} (${noise} noise)`,
      `<= ${TARGETS.highPerWellSourced}  (${hps.high} HIGH on ${hps.articles} articles)`,
    ),
    line('must_flag items found (any severity)', pct(t.mustFlagFound), `>= ${TARGETS.mustFlagFound * 100}%`),
    line('severity agrees on found items', pct(t.severityAgrees), ''),
    line('placeholders found', pct(t.placeholdersFound), ''),
    line('nonexistent imports found', pct(t.missingImportsFound), ''),
    line('must_not_flag hits (findings)', String(t.mustNotFlagHits), ''),
    line(
      'linked claims called unsupported',
      String(t.linkedCalledUnsupported),
      `= ${TARGETS.linkedCalledUnsupported}`,
    ),
    line('unlabelled findings', String(t.unlabelled), ''),
  ].join('\n');
}

/** Why: --verbose: why each article scored as it did. */
export function verboseBlock(a: ArticleScore): string {
  const out = [`## ${a.slug} (${a.kind})`];
  for (const v of a.verdicts) {
    const on = v.spans.map((s) => JSON.stringify(s.text)).join(', ') || '(no span)';
    const item = v.item === null ? '' : ` -> ${JSON.stringify(v.item)}`;
    out.push(`  ${pad(v.severity.toUpperCase(), 6)} ${pad(v.rule, 24)} ${on}  [${v.label}${item}]`);
  }
  for (const m of a.missed) out.push(`  MISSED must_flag (${m.severity}): ${JSON.stringify(m.text)}`);
  for (const p of a.missedPlaceholders) out.push(`  MISSED placeholder: ${JSON.stringify(p.text)}`);
  for (const i of a.missedImports) out.push(`  MISSED nonexistent import: ${i.module}`);
  return out.join('\n');
}

/** Why: --json: totals and per-article rows for scripts and CI summaries; verdicts only with --verbose. */
export function asJson(articles: ArticleScore[], t: Totals, verbose: boolean, note: string): string {
  const rows = articles.map(({ verdicts, missed, missedPlaceholders, missedImports, ...row }) =>
    verbose ? { ...row, verdicts, missed, missedPlaceholders, missedImports } : row,
  );
  return JSON.stringify({ targets: TARGETS, totals: t, articles: rows, note }, null, 2);
}
