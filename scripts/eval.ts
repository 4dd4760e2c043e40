// `npm run eval`: runs the engine in-process on every reader-judged article (tests/reader/*/source.*) and scores
// its findings against the reader's labels. A measurement: it exits 0 whatever the figures, 2 when the articles or
// their labels cannot be read.
//
//   npm run eval                       table per article, totals beside their targets
//   npm run eval -- --verbose          plus every finding with its label, and the must_flag items missed
//   npm run eval -- --json             machine-readable totals and rows
//   npm run eval -- --dir some/folder  another folder of <slug>/source.* + reader.json
import { resolve } from 'node:path';
import { READER_DIR } from './eval/articles';
import { ReaderFileError } from './eval/labels';
import { asJson, articleTable, totalsBlock, verboseBlock } from './eval/print';
import { scoreFolder } from './eval/run';

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

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let run: Awaited<ReturnType<typeof scoreFolder>>;
  try {
    run = await scoreFolder(args.dir);
  } catch (e) {
    if (!(e instanceof ReaderFileError)) throw e;
    console.error(`eval: ${e.message}`);
    process.exit(2);
  }
  const { scores, totals: t, note } = run;
  if (args.json) {
    console.log(asJson(scores, t, args.verbose, note));
    return;
  }
  console.log(articleTable(scores));
  console.log('');
  console.log(totalsBlock(t));
  console.log(`\n(${note}; mnf = must_not_flag hits, linked = linked claims called unsupported)`);
  if (args.verbose) for (const s of scores) console.log(`\n${verboseBlock(s)}`);
}

await main();
