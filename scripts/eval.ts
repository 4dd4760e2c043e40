// `npm run eval`: runs the engine in-process on every reader-judged article (tests/reader/*/source.*) and scores
// its findings against the reader's labels. A measurement: it exits 0 whatever the figures, 2 when the articles or
// their labels cannot be read.
//
//   npm run eval                       table per article, totals beside their targets
//   npm run eval -- --verbose          plus every finding with its label, and the must_flag items missed
//   npm run eval -- --json             machine-readable totals and rows
//   npm run eval -- --dir some/folder  another folder of <slug>/source.* + reader.json
import { resolve } from 'node:path';
import { analyzeHtml, analyzeMarkdown, verifyReport, type Report } from '../src/node/index';
import { startFakeRegistry, type FakeRegistry } from '../tests/helpers/fake-registry';
import { loadReaderArticles, READER_DIR, type ReaderArticle } from './eval/articles';
import { ReaderFileError } from './eval/labels';
import { asJson, articleTable, totalsBlock, verboseBlock } from './eval/print';
import { scoreArticle, totals } from './eval/score';

const USAGE = 'usage: npm run eval -- [--dir <folder>] [--verbose] [--json]';

function parseArgs(argv: string[]): { dir: string; verbose: boolean; json: boolean } {
  const args = { dir: READER_DIR, verbose: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--json') args.json = true;
    else if (a === '--dir' && argv[i + 1]) args.dir = resolve(argv[++i]!);
    else if (a.startsWith('--dir=')) args.dir = resolve(a.slice('--dir='.length));
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`eval: unknown argument ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  return args;
}

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
    packagistUrl: registry.url,
    links: false,
    // Only the imports are scored against the stand-in; cited works would ask the public services.
    checks: { 'cited-works': false, 'package-risk': false },
    timeoutMs: 5000,
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let articles: ReaderArticle[];
  try {
    articles = loadReaderArticles(args.dir);
  } catch (e) {
    if (!(e instanceof ReaderFileError)) throw e;
    console.error(`eval: ${e.message}`);
    process.exit(2);
  }
  let registry: FakeRegistry | null = null;
  let note = 'imports verified against the local stand-in registry (tests/recordings/registry-known.json)';
  try {
    registry = await startFakeRegistry();
  } catch (e) {
    note = `imports NOT verified (${(e as Error).message}): only imports the report calls missing are scored`;
  }
  try {
    const scores = [];
    for (const a of articles) scores.push(scoreArticle(a.slug, a.labels, await analyze(a, registry)));
    const t = totals(scores);
    if (args.json) {
      console.log(asJson(scores, t, args.verbose, note));
      return;
    }
    console.log(articleTable(scores));
    console.log('');
    console.log(totalsBlock(t));
    console.log(`\n(${note}; mnf = must_not_flag hits, linked = linked claims called unsupported)`);
    if (args.verbose) for (const s of scores) console.log(`\n${verboseBlock(s)}`);
  } finally {
    await registry?.close();
  }
}

await main();
