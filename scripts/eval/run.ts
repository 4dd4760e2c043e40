// Runs the engine over a folder of reader-judged articles and scores it: shared by `npm run eval` and the test
// that keeps the figures at their targets.
import { analyzeHtml, analyzeMarkdown, verifyReport, type Report } from '../../src/node/index';
import { startFakeRegistry, type FakeRegistry } from '../../tests/helpers/fake-registry';
import { loadReaderArticles, type ReaderArticle } from './articles';
import { scoreArticle, totals, type ArticleScore, type Totals } from './score';

// Offline analysis, then imports checked against the stand-in registry (tests/recordings/registry-known.json):
// real packages exist, invented ones are missing, as on the real registries. Links are not checked.
async function analyze(article: ReaderArticle, registry: FakeRegistry | null): Promise<Report> {
  const opts = { file: `${article.slug}/${article.format === 'html' ? 'source.html' : 'source.md'}` };
  const report =
    article.format === 'html' ? analyzeHtml(article.source, opts) : analyzeMarkdown(article.source, opts);
  if (!registry) return report;
  return verifyReport(report, {
    depsdevUrl: registry.url,
    pypiUrl: registry.url,
    npmUrl: registry.url,
    packagistUrl: registry.url,
    links: false,
    // Only the imports are scored against the stand-in; cited works would ask the public services.
    checks: { 'cited-works': false, 'package-risk': false },
    timeoutMs: 5000,
  });
}

/** Why: one scoring run over a folder; `note` says whether imports were verified. */
export async function scoreFolder(
  dir: string,
): Promise<{ scores: ArticleScore[]; totals: Totals; note: string }> {
  const articles = loadReaderArticles(dir);
  let registry: FakeRegistry | null = null;
  let note = 'imports verified against the local stand-in registry (tests/recordings/registry-known.json)';
  try {
    registry = await startFakeRegistry();
  } catch (e) {
    note = `imports NOT verified (${(e as Error).message}): only imports the report calls missing are scored`;
  }
  try {
    const scores: ArticleScore[] = [];
    for (const a of articles) scores.push(scoreArticle(a.slug, a.labels, await analyze(a, registry)));
    return { scores, totals: totals(scores), note };
  } finally {
    await registry?.close();
  }
}
