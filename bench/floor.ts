// The core beside its floor on a 1 MB HTML page (bench/html-corpus.ts): the floor is what any tool must do to read
// the page, parsing the HTML with linkedom and scanning its text once (textContent and one number regex); the core
// is everything ClaimLens does after the parse, the HTML adapter and the analysis with the compromise tagger, as
// `claimlens check page.html` runs them. Both are timed in the same process, alternately, each after a full garbage
// collection (so neither pays for the other's garbage), and the ratio of their medians is the figure (issue 11:
// at most 3x).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { engine } from './built';
import { generateHtml } from './html-corpus';
import { NUMBER_RE, median } from './speed';

const { htmlToArticle, parseHtml, compromiseTagger, analyzeArticle } = engine;

/** Why: the bound on the core's time over the floor's. */
export const FLOOR_RATIO_TARGET = 3;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Why: the floor, the core (adapter and analysis apart) and their ratio, median of `runs` after two warm-ups. */
export function runFloor(runs = 9): [string, boolean][] {
  const html = generateHtml(1024 * 1024);
  const floor: number[] = [];
  const adapter: number[] = [];
  const analysis: number[] = [];
  let claims = 0;
  let chars = 0;
  for (let i = 0; i < runs + 2; i++) {
    gc();
    const t0 = performance.now();
    const doc = parseHtml(html);
    const text = doc.body?.textContent ?? '';
    const numbers = text.match(NUMBER_RE)?.length ?? 0;
    const t1 = performance.now();
    gc();
    const t2 = performance.now();
    const article = htmlToArticle(doc);
    const t3 = performance.now();
    const report = analyzeArticle(article, { tagger: compromiseTagger });
    const t4 = performance.now();
    if (numbers === 0 || report.claims.length === 0) throw new Error('the 1 MB page read as empty');
    claims = report.claims.length;
    chars = article.blocks.reduce((n, b) => n + b.text.length, 0);
    if (i < 2) continue;
    floor.push(t1 - t0);
    adapter.push(t3 - t2);
    analysis.push(t4 - t3);
  }
  const core = adapter.map((a, k) => a + analysis[k]!);
  const ratios = core.map((c, k) => c / floor[k]!);
  const ratio = median(core) / median(floor);
  console.log(
    `\nCore vs floor on a ${(html.length / 1024).toFixed(0)} kB HTML page (${(chars / 1024).toFixed(0)} kB of text, ${claims} claims), median of ${runs} runs\n`,
  );
  console.log(
    `floor (linkedom parse + one text scan) ${median(floor).toFixed(0)} ms; core ${median(core).toFixed(0)} ms = ` +
      `adapter ${median(adapter).toFixed(0)} ms + analysis ${median(analysis).toFixed(0)} ms`,
  );
  console.log(
    `core/floor ${ratio.toFixed(2)}x (per run: median ${median(ratios).toFixed(2)}x, worst ${Math.max(...ratios).toFixed(2)}x)`,
  );
  return [
    [
      `1 MB HTML page: core ≤ ${FLOOR_RATIO_TARGET}x the floor (${ratio.toFixed(2)}x)`,
      ratio <= FLOOR_RATIO_TARGET,
    ],
  ];
}
