// The pipeline: Article -> Report. Pure and synchronous; online verification happens outside (src/verify).
import type { Article } from './article';
import type { Claim, Report } from './report';
import { extractClaims, type Tagger } from './claims';
import { findCitations } from './citations';
import { findReferences } from './references';
import { judgeSupport } from './support';
import { collectLinks } from './links';
import { makeQuote } from './quote';
import { extractImports } from './code/imports';
import { summarize } from './summary';
import { VERSION } from './version';
import { finalizeReport } from '../checks/index';

/** Why: callers choose the tagger (compromise in Node and the worker, none on the fast path) and the clock. */
export interface AnalyzeOptions {
  tagger?: Tagger;
  /** Stamped into report.meta.checkedAt; injectable for reproducible exports and tests. */
  now?: () => Date;
}

/** Why: the one entry point every surface (CLI, Node API, background worker, tests) calls. */
export function analyzeArticle(article: Article, opts: AnalyzeOptions = {}): Report {
  // The reference list is read once and shared: citations, claims and links all need it.
  const references = findReferences(Array.isArray(article?.blocks) ? article.blocks : []);
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
  const referenceBlocks = Array.isArray(article.blocks)
    ? references.blocks
    : findReferences(article.blocks).blocks;
  const whole = (b: number) => [{ start: 0, end: article.blocks[b]?.text.length ?? 0 }];
  const drafts = extractClaims(article, {
    tagger: opts.tagger,
    referenceBlocks,
    exclude: (block) => (referenceBlocks.has(block) ? whole(block) : (excludeByBlock.get(block) ?? [])),
  });
  const claims: Claim[] = drafts.map((d, i) => {
    const blockText = article.blocks[d.block]?.text ?? '';
    const { support, evidence } = judgeSupport(article, d, citations);
    const { start: _s, end: _e, sentence, ...rest } = d;
    return {
      id: `c${i + 1}`,
      ...rest,
      sentence: blockText.slice(sentence.start, sentence.end),
      support,
      evidence,
      quote: makeQuote(blockText, d.start, d.end),
    };
  });
  const links = collectLinks(article, references).map((l, i) => ({ id: `l${i + 1}`, ...l }));
  const imports = extractImports(article).map((im, i) => ({ id: `i${i + 1}`, ...im }));
  const report: Report = {
    schemaVersion: 1,
    source: { title: article.title, url: article.url, file: article.file },
    meta: {
      tool: 'claimlens',
      version: VERSION,
      checkedAt: (opts.now?.() ?? new Date()).toISOString(),
      online: false,
    },
    claims,
    links,
    imports,
    findings: [],
    summary: summarize({ claims, links, imports, findings: [] }),
  };
  return finalizeReport(report);
}
