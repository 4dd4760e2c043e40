// The pipeline: Article -> Report, above both the pure analysis (core/) and the checks (checks/), which never import
// it. Pure and synchronous; online verification happens outside (src/verify).
import { parseArticle, type Article } from '../core/article';
import type { Claim, Report } from '../core/report';
import { claimExtractor, type ClaimDraft, type Tagger } from '../core/claims';
import { findCitations } from '../core/citations';
import { findReferences } from '../core/references';
import { judgeSupport } from '../core/support';
import { linkCollector } from '../core/links';
import { makeQuote } from '../core/quote';
import { extractImports } from '../core/code/imports';
import { summarize } from '../core/summary';
import { SCHEMA_VERSION } from '../core/report';
import { VERSION } from '../core/version';
import { finalizeReport } from '../checks/index';
import { findTables, tableIndex } from '../core/tables';
import { articleFacts } from '../core/worth/facts';
import { contextBuilder } from '../core/worth/context';
import { belowWindow } from '../core/worth/figures-below';
import { judgeWorth } from '../core/worth/judge';
import { QUIET } from '../core/worth/quiet';

// The row that a figure after a change in its own sentence may turn (see analyzeArticle).
const FIGURES_ABOVE = QUIET.find((s) => s.id === 'figures-above')!;
const FIGURES_BELOW = QUIET.find((s) => s.id === 'figures-below')!;
import { restatedSupport } from '../core/restated';
import { coveredByTables } from '../core/table-repeats';
import { restatedShown } from '../core/restated-shown';
import { LIMITS, claimCap, capEvidence, capList, limitMeta, newTally, sentenceWindow } from '../core/limits';
import { prepareFoldSets } from '../core/fold-set';

/** Why: callers choose the tagger (compromise in Node and the worker, none on the fast path) and the clock. */
export interface AnalyzeOptions {
  tagger?: Tagger;
  /** Stamped into report.meta.checkedAt; injectable for reproducible exports and tests. */
  now?: () => Date;
}

/**
 * Why: prepares what the first analysis would otherwise build as it starts (the lexicons' pattern sets), so a caller
 * that has a moment to wait (the worker, while the page reads itself) spends it there. Later calls cost nothing.
 */
export function prepareAnalysis(): void {
  prepareFoldSets();
}

/**
 * Why: a long page's opening is analysed and shown first (issue 11: the first highlight within a second on a 1 MB
 * article). It ends at a heading, as a section's later tables and restated figures can change the verdicts of its
 * claims: cut there, the opening's findings are the whole analysis's (tests/unit/analysis-steps.test.ts).
 */
export const OPENING = {
  /** Pages with less text are analysed in one step: quick enough that an opening would only add work. */
  pageChars: 50_000,
  /** The opening's text at least (a first screen and more) ... */
  minChars: 4_000,
  /** ... and at most: without a heading by then, there is no opening. */
  maxChars: 40_000,
} as const;

/** Why: where a long page's opening ends (the index of the heading that follows it), or null when it has none. */
export function openingEnd(article: Article): number | null {
  let total = 0;
  for (const b of article.blocks) total += b.text.length;
  if (total < OPENING.pageChars) return null;
  let chars = 0;
  for (let i = 0; i < article.blocks.length; i++) {
    const b = article.blocks[i]!;
    if (b.kind === 'heading' && chars >= OPENING.minChars) return i;
    chars += b.text.length;
    if (chars > OPENING.maxChars) return null;
  }
  return null;
}

/**
 * Why: the one entry point every surface (CLI, Node API, background worker, tests) calls. The article is checked
 * here, once (parseArticle throws an ArticleError naming the first problem); everything below trusts it.
 */
export function analyzeArticle(input: Article, opts: AnalyzeOptions = {}): Report {
  const analysis = startAnalysis(input, opts);
  analysis.advance(analysis.blocks);
  return analysis.report();
}

/**
 * Why: the analysis in steps, so a long page's opening can be shown before the rest is judged: `advance(to)` judges
 * the claims of the blocks up to `to` (in order), `report()` is the report of what is judged so far. Every claim is
 * judged from the whole article's references, citations, tables and facts, and from what stands above it, so the
 * opening's claims are judged as the whole analysis judges them; once `done === blocks` the report is
 * analyzeArticle's.
 */
export interface Analysis {
  /** The article's blocks in all. */
  readonly blocks: number;
  /** Blocks whose claims are judged. */
  readonly done: number;
  advance(to: number): void;
  report(): Report;
}

// A flagged percentage or multiple: one that figures judged after it may yet work out (judged again then).
const mayBeWorkedOut = (c: Claim): boolean =>
  c.worth !== 'none' && c.support !== 'linked' && (c.kind === 'percentage' || c.kind === 'multiplier');

/** Why: see Analysis; the article is checked here, as in analyzeArticle. */
export function startAnalysis(input: Article, opts: AnalyzeOptions = {}): Analysis {
  const article = parseArticle(input);
  // The reference list is read once and shared: citations, claims and links all need it.
  const references = findReferences(article.blocks);
  const citations = findCitations(article, references);
  // Citation markers and author-year spans are never claims; link text is ("[40% faster](url)" is a linked claim).
  // The reference list itself (page numbers, volumes) holds no claims either.
  const excludeByBlock = new Map<number, { start: number; end: number }[]>();
  for (const c of citations) {
    if (c.evidence.kind === 'link' || c.evidence.kind === 'anchor') continue;
    const list = excludeByBlock.get(c.block) ?? [];
    list.push({ start: c.start, end: c.end });
    excludeByBlock.set(c.block, list);
  }
  const whole = (b: number) => [{ start: 0, end: article.blocks[b]?.text.length ?? 0 }];
  // Caps (core/limits.ts) keep the report linear in the article; each one that bites is noted in meta.
  const tally = newTally();
  const claimsOf = claimExtractor(article, {
    tagger: opts.tagger,
    referenceBlocks: references.blocks,
    exclude: (block) => (references.blocks.has(block) ? whole(block) : (excludeByBlock.get(block) ?? [])),
  });
  const cap = claimCap<ClaimDraft>(tally);
  const tableList = findTables(article.blocks);
  const tables = tableIndex(tableList);
  const drafts: ClaimDraft[] = [];
  const judged: Claim[] = [];
  // Claims judged so far that need no source: a figure worked out from them is no claim of its own.
  const settled = new Set<ClaimDraft>();
  const contextOf = contextBuilder(
    article.blocks,
    tables,
    articleFacts(article.blocks, article.title),
    drafts,
    (d) => settled.has(d),
  );
  const judge = (d: ClaimDraft, i: number): Claim => {
    const blockText = article.blocks[d.block]?.text ?? '';
    const { support, evidence } = judgeSupport(article, d, citations);
    const { worth, reasons } = judgeWorth(contextOf(d));
    if (worth === 'none' || support === 'linked') settled.add(d);
    const { start: _s, end: _e, sentence, ...rest } = d;
    const table = tables.get(d.block)?.n;
    return {
      id: `c${i + 1}`,
      ...rest,
      sentence: sentenceWindow(blockText, sentence, d.start, d.end),
      ...(table === undefined ? {} : { table }),
      worth,
      worthReasons: reasons,
      support,
      evidence: capEvidence(evidence, tally),
      quote: makeQuote(blockText, d.start, d.end),
    };
  };
  // "The Growth plan doubles this to 60 queries": a figure after a change in its own sentence was judged after it;
  // such a change is judged again now that every figure of its sentence is (figures-above). Steps end at block
  // edges, so a sentence's figures are all judged in one step.
  const rejudge = (i: number): void => {
    const d = drafts[i]!;
    const c = judged[i]!;
    if (!mayBeWorkedOut(c)) return;
    const next = drafts[i + 1];
    if (!next || next.block !== d.block || next.start >= d.sentence.end || !settled.has(next)) return;
    // Only that row can change its verdict: the others read nothing the later figures settle.
    if (FIGURES_ABOVE.test(contextOf(d)))
      judged[i] = { ...c, worth: 'none', worthReasons: [FIGURES_ABOVE.reason] };
  };
  // "### Indexing is 84% faster" over the timings it comes from: a heading's or a lead-in's change is judged before
  // the figures below it, so it waits (with where its window ends) and is judged again once they are (figures-below).
  const waiting: { i: number; to: number }[] = [];
  const awaitBelow = (i: number): void => {
    if (!mayBeWorkedOut(judged[i]!)) return;
    const window = belowWindow(article.blocks, drafts[i]!);
    if (window) waiting.push({ i, to: window.to });
  };
  const rejudgeBelow = (end: number): void => {
    for (let k = 0; k < waiting.length;) {
      const { i, to } = waiting[k]!;
      if (to > end) {
        k++;
        continue;
      }
      waiting.splice(k, 1);
      if (FIGURES_BELOW.test(contextOf(drafts[i]!)))
        judged[i] = { ...judged[i]!, worth: 'none', worthReasons: [FIGURES_BELOW.reason] };
    }
  };
  // Links are read with each step, before its claims (links.ts says why).
  const linkReader = linkCollector(article, references);
  let done = 0;
  const blocks = article.blocks.length;
  return {
    blocks,
    get done() {
      return done;
    },
    advance(to) {
      if (to <= done) return;
      const end = Math.min(to, blocks);
      // First: the patterns that find links are compiled before the claims' work fills the process with code.
      linkReader.advance(end);
      const from = drafts.length;
      for (const d of cap(claimsOf(done, end))) {
        drafts.push(d);
        judged.push(judge(d, drafts.length - 1));
      }
      for (let i = from; i < drafts.length; i++) {
        rejudge(i);
        awaitBelow(i);
      }
      rejudgeBelow(end);
      done = end;
    },
    report() {
      const complete = done === blocks;
      const counted = { ...tally };
      // A figure given again later ("only 27.1%" in the FAQ) stands on the link it had the first time, or on the post's
      // own data it was shown with; one its section's reported table gives is that table's finding.
      // (A copy: the lists grow with the next step, and either pass may hand its input back.)
      const claims = restatedShown(
        restatedSupport(coveredByTables(article.blocks, drafts.slice(), judged.slice())),
      );
      const links = capList(linkReader.drafts(), LIMITS.links, counted, 'linksDropped').map((l, i) => ({
        id: `l${i + 1}`,
        ...l,
      }));
      // The imports of a page's code are listed once it is all read (a module named further down may be its own).
      const imports = complete
        ? capList(extractImports(article), LIMITS.imports, counted, 'importsDropped').map((im, i) => ({
            id: `i${i + 1}`,
            ...im,
          }))
        : [];
      const report: Report = {
        schemaVersion: SCHEMA_VERSION,
        source: { title: article.title, url: article.url, file: article.file },
        meta: {
          tool: 'claimlens',
          version: VERSION,
          checkedAt: (opts.now?.() ?? new Date()).toISOString(),
          online: false,
          ...limitMeta(counted),
        },
        claims,
        tables: tableList.map((t) => ({
          id: `t${t.n}`,
          title: (t.caption || t.header.join(' | ')).slice(0, 200),
          kind: t.kind,
          rows: t.last - t.first + 1,
        })),
        links,
        imports,
        findings: [],
        summary: summarize({ claims, links, imports, findings: [] }),
      };
      return finalizeReport(report);
    },
  };
}
