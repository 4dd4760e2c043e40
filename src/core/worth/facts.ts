// What a claim's worth depends on beyond its sentence: facts about the whole article, read once.
import type { Block } from '../article';
import { twinned } from '../ascii-twin';
import { foldScanSet, foldSet } from '../fold-set';
import { contentWords } from '../relevance';
import { derivedRatios, nameWords, type DerivedRatios } from './derived-ratios';
import { secondsOf } from './figures-above';
import { BENCHMARK_HEADING, METHOD_HEADING, methodCues } from './method-cues';
import { ROUND_WORDS } from './quiet-words';

/** Why: "cheaper than Datadog" makes Datadog a competitor; prices listed under its name are its prices, not ours. */
export interface ArticleFacts {
  /** Lower-cased names the article compares itself against (objects of "than", "switching from", ...). */
  competitors: Set<string>;
  /** The article describes how its own numbers were measured (setup, hardware, dataset, code, linked configs). */
  methodDisclosed: boolean;
  /**
   * The article reports a survey or poll of its own ("we ran a poll ... 3079 respondents"): its results are the post's,
   * all through it when its title names the survey ("Community poll results"), else where a paragraph speaks of it.
   */
  ownSurvey: 'none' | 'paragraphs' | 'post';
  /** The numbers the title states ("How NOCD Reduced Build Times by 9x": 9): the post's headline figures. */
  titleNumbers: Set<number>;
  /** The title names a funding round ("Val Town's Seed Round", "Speakeasy's $15M Series A"): an announcement. */
  titleRound: boolean;
  /** Lower-cased names in the title that are not competitors: the author's own product or company. */
  ownNames: Set<string>;
  /** Lower-cased capitalised words of the title that are not competitors, names or not ("remix" in "Remix"). */
  titleWords: Set<string>;
  /** Lower-cased words the article writes capitalised inside sentences and never in lower case: names. */
  properNouns: Set<string>;
  /** The multipliers and percentages its tables show ("3.5x", "16%"): what its own measurements carry. */
  tableRatios: Set<string>;
  /**
   * The ratios two figures of one of its tables imply, at each printed precision, and the words of its proper nouns
   * as derived-ratios.ts compares them: worked out on the first ask (most articles never ask).
   */
  derived(): { ratios: DerivedRatios; properWords: Set<string> };
  /**
   * The systems and metrics it measured, as lower-cased words, on first ask: its tables' headers and row labels, and
   * the names its prose says it benchmarked against ("benchmark against Megatron sequence parallelism").
   */
  measuredNames(): Set<string>;
  /** The precise figures its code blocks print ("1.282111833s" in a run's output), as digit strings, on first ask. */
  codeFigures(): Set<string>;
  /**
   * It links the queries, code or data all its numbers come from ("If you want to try the queries for yourself, all
   * of them are available in [this gist]"): an analysis whose every table can be rerun.
   */
  analysisLinked: boolean;
  /** Lower-cased capitalised words it writes as code (`Workers`, `Renderers`): its system's own parts, no rivals. */
  codeWords: Set<string>;
  /** It says it is based on an interview ("This case study is based on an interview with Kevin Devroede"). */
  interviewed: boolean;
  /** What the author collected to study ("we scraped ... repositories"), as plural nouns, on first ask. */
  corpusNouns(): Set<string>;
  /** The precise durations its code blocks print ("101285307 ns/op"), in seconds, on first ask. */
  codeDurations(): number[];
  /**
   * The figures its pictures' alt texts show ("43%", "43", "2.5x"), each with the content words (relevance.ts) of the
   * alt texts that show it, on first ask: a claim looks its own figure up once, whatever the number of pictures.
   */
  pictured(): Map<string, Set<string>[]>;
}

// A figure of an alt text, a number of its own, with its unit when it is a share or a multiple: "(about 43%)", "2.5x".
const ALT_FIGURE = /(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(?![\d,]|\.\d)(\s?(?:%|percent)|\s?[x×](?![\p{L}\d]))?/giu;
/** Why: the key a pictured figure is kept under: its digits as printed and its unit ('%', 'x' or '' for any). */
export const pictureKey = (figure: string, unit: '' | '%' | 'x'): string => `${figure}|${unit}`;
// A figure as printed: "1.282111833", "547.307667", "18,865" (no trailing comma or point).
const PRINTED = /\d(?:[\d,]*\d)?(?:\.\d+)?/g;
const INTERVIEW = /\b(?:[Bb]ased\s+on\s+(?:an?\s+)?(?:interviews?|conversations?)\s+with)\s+\[?\p{Lu}/u;
// "We scraped lists of the top 1,000 repositories ... (~20.5k repositories in total)", "I crawled 3,000 sites": the
// things the author gathered to study; a count of them is the size of a dataset, not how many use something.
const CORPUS =
  /\b(?:we|I)\s+(?:then\s+|first\s+|also\s+)?(?:scraped|collected|cloned|crawled|gathered|downloaded|sampled|indexed|analy[sz]ed|scanned|mirrored)\b[^.!?\n]{0,100}?\b(repositories|repos|projects|packages|sites|websites|apps|applications|domains)\b/gi;
// ... and one with a unit of time: "101285307 ns/op", "7.454s".
const PRINTED_DURATION = /(\d(?:[\d,]*\d)?(?:\.\d+)?)\s?(ns|µs|μs|us|ms|s)(?![\p{L}\p{N}])/gu;
/**
 * Why: a figure's digits without thousands separators ("18,865" and "18865" alike), as codeFigures keeps them; null
 * when too few (four) to tell a printout from a chance.
 */
export function preciseDigits(text: string): string | null {
  PRINTED.lastIndex = 0;
  const m = PRINTED.exec(text)?.[0].replace(/,/g, '');
  return m !== undefined && m.replace(/\D/g, '').length >= 4 ? m : null;
}

// "3.5x faster", "16%", "-70.2%", "3× fewer" in a table cell.
// (Not "2x" in "(2x+10)", algebra.)
const CELL_RATIO =
  /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(x|×|%)(?![\p{L}\p{N}]|\s?[+*^=]|\s?-\s?\d)/gu;

/** Why: the key a ratio is kept under in `tableRatios` ("3.5x", "16%"), for a claim's value and unit to look up. */
export function ratioKey(value: number, unit: string): string {
  return `${Number(value.toFixed(2))}${unit === '×' ? 'x' : unit}`;
}

const NAME = String.raw`(\p{Lu}[\p{L}\p{N}.+-]*(?:\s+\p{Lu}[\p{L}\p{N}.+-]*)?)`;
const COMPETITOR_CUE = new RegExp(
  String.raw`\b(?:than|unlike|instead\s+of|alternatives?\s+to|compared\s+(?:to|with)|(?:switch|migrat|mov)\w*\s+(?:away\s+)?from|replac\w*)\s+(?:the\s+)?` +
    NAME,
  'gu',
);
// "Beaconstat charges $120 a month": a vendor whose price the article quotes.
const CHARGES = new RegExp(
  NAME + String.raw`(?:'s)?\s+(?:charges|costs|bills|prices|pricing\s+(?:is|starts))\b`,
  'gu',
);
// The words that make "<Name> costs" a noun phrase: "brings CPU costs from ...", "our AWS costs".
const OWNED_COSTS =
  /\b(?:the|our|your|their|its|my|total|monthly|yearly|annual|brings?|cut|cuts|reduc\w+|lower\w*|sav\w+)\s+$/i;
/** Why: what a price is per ("1 CPU costs $23", "1GB costs $3.33"): a unit, never a vendor. */
export const RESOURCE_UNIT =
  /^(?:v?CPUs?|GPUs?|[KMGTP]i?B|cores?|nodes?|instances?|hosts?|seats?|users?|vCores?)$/i;
const OWN_OLDER =
  /^\s*(?:[\w-]+\s+){0,2}in\s+our\s+(?:previous|prior|old|older|earlier|last|existing|current)\b/i;
// Words that start a capitalised phrase but name nobody ("than The", "from Day one").
const NOT_A_NAME =
  /^(?:The|A|An|This|That|These|Those|It|We|Our|I|You|Your|They|Their|Before|Last|Next|Day|Week|Month|Year)$/;
// "Throughout January we ran a poll asking people ...", "we conducted an anonymous survey": a survey of the author's.
// ("We also asked respondents ...", "I added a new question to the survey", "the ... survey has closed".)
const OWN_SURVEY_RAN =
  /\b(?:we|I)\s+(?:ran|conducted|did|held|launched|carried\s+out|sent\s+out|put\s+out|opened|published)\s+(?:a|an|our|this|the|my)\s+(?:[\w-]+\s+){0,3}?(?:poll|survey|questionnaire)\b|\b(?:we|I)\s+(?:also\s+)?asked\s+(?:the\s+)?(?:respondents|participants)\b|\b(?:we|I)\s+added\s+(?:a\s+)?(?:new\s+)?questions?\s+to\s+(?:the|our|this)\s+(?:survey|poll)\b|\b(?:survey|poll)\s+has\s+(?:now\s+)?closed\b/i;
const SURVEY_TITLE = /\b(?:poll|survey|questionnaire)\b/i;
// ("respondants": a common misspelling, as the Strimzi survey writes it.)
const RESPONDENTS = /\b(?:respond[ae]nts|participants)\b/i;
// A survey report's questions, each over its answers: "**What best describes your current occupation? (single
// choice)**" above a table of them. Three make the post the author's own survey when its title names one.
const QUESTION = /^[^?]{8,200}\?\s*(?:\([^()]{1,40}\)\s*)?$/;
const ANSWERS_BLOCK: ReadonlySet<Block['kind']> = new Set(['table-row', 'list-item']);
const SURVEY_QUESTIONS = 3;
const BENCHMARK_TITLE = /\bbenchmark(?:s|ing|ed)?\b/i;
// Where an analysis's queries, code or data are, said beside a link to them.
const ANALYSIS_LINKED =
  /\ball\s+(?:(?:of\s+)?(?:my|our|the)\s+)?code\s+for\s+(?:the\s+above|this\s+(?:post|analysis|article)|these\s+(?:results|experiments|measurements)|the\s+(?:results|experiments|measurements))\s+is\s+(?:in|at|on|available)\b|\b(?:we|I)\s+(?:used|wrote|ran)\s+(?:a|the|this|our|my)\s+(?:[\w-]+\s+){0,2}?(?:script|notebook|queries)\s+(?:that|which|to|for|based)\b|\b(?:view|see|read|open|find)\s+the\s+(?:notebook|queries|code|scripts?)\s+(?:to\s+see\s+|for\s+|with\s+)?(?:the\s+|all\s+the\s+)?(?:workings|calculations|details\s+of\s+(?:this|the)\s+analysis)\b|\btry\s+(?:the|my|our|these)\s+(?:queries|analysis|notebooks?|scripts?)\s+(?:for\s+)?yourself\b|\b(?:the|my|our|all\s+(?:the|my|our))\s+(?:queries|SQL|notebooks?|analysis\s+(?:code|scripts?|notebooks?))\s+(?:used\s+)?(?:(?:for|in|behind)\s+(?:this|the)\s+(?:post|analysis|article)\s+)?(?:are|is)\s+(?:all\s+)?(?:available|published|linked)\b/i;

// A capitalised word after a word or a comma: a name inside a sentence ("... with Datadog").
const CAPITALISED_WORD = twinned(/(\p{Lu}[\p{L}\p{N}.-]*[\p{L}\p{N}])/gu);
// What \s matches, by code unit: blanks are read one character at a time while walking back from a word.
function isBlank(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const WORD_END = /^[\p{L}\p{N},;)]$/u;

// Whether the character ending at `k` (code unit `low` at k - 1) is a letter, a digit, a comma, a semicolon or a
// closing bracket: WORD_END, answered without a regex for ASCII.
function endsWord(text: string, k: number, low: number): boolean {
  if (low < 0x80) {
    return (
      (low >= 0x61 && low <= 0x7a) ||
      (low >= 0x41 && low <= 0x5a) ||
      (low >= 0x30 && low <= 0x39) ||
      low === 0x2c ||
      low === 0x3b ||
      low === 0x29
    );
  }
  const pair = low >= 0xdc00 && low <= 0xdfff && k >= 2 && /[\ud800-\udbff]/.test(text[k - 2]!);
  return WORD_END.test(text.slice(pair ? k - 2 : k - 1, k));
}
const LOWER_WORD = twinned(/\b\p{Ll}[\p{L}-]+/gu);
const COMPARISON_TITLE =
  /\b(?:vs\.?|versus|compared?|comparison|comparing|alternatives?|against|instead\s+of|switch\w*|migrat\w*|mov(?:e|ed|ing)\s+(?:off|from|away)|leav\w+|replac\w*|beats?|than)\b/i;
const NONE_BEATS =
  /\b(?:won['’]t|will\s+not|can['’]t|cannot|couldn['’]t|no|nothing|nobody|none|never)\b[^.!?;]*\b(?:faster|quicker|cheaper|better|easier|simpler|more\s+\w+)\s+$/i;
// The names after a competitor cue or before a price verb; the set runs only where a cue word is.
const NAME_CUES = foldSet([COMPETITOR_CUE, CHARGES]);

/** Why: one pass over the article's text; every claim's worth reads these facts. */
export function articleFacts(blocks: Block[], title = ''): ArticleFacts {
  const competitors = new Set<string>();
  const capitalised = new Set<string>();
  const cues = new Set<number>();
  let code = 0;
  let analysisLinked = false;
  const codeWords = new Set<string>();
  const prose: string[] = [];
  const tableRatios = new Set<string>();
  for (const block of blocks) {
    if (block.kind === 'code') {
      code++;
      continue;
    }
    const text = block.text;
    if (block.kind === 'table-row' && !block.isHeader && /[x×%]/.test(text)) {
      for (const m of text.matchAll(CELL_RATIO)) {
        // ("6,700x": thousands separated by commas)
        const v = Number(m[1]!.replace(/,/g, ''));
        // The prose rounds what the table shows: "50% slower" for -50.3%, "by ~5%" for 5.6%.
        for (const r of [v, Number(v.toFixed(1)), Math.round(v), Math.floor(v)])
          tableRatios.add(ratioKey(r, m[2]!));
        // "3012.6%" faster is the prose's "~30 times" (or 31 times, counting the base): a multiple, rounded.
        if (m[2] === '%' && v >= 100)
          for (const x of [v / 100, 1 + v / 100])
            for (const r of [x, Number(x.toFixed(1)), Math.round(x)]) tableRatios.add(ratioKey(r, 'x'));
        // "1.09x slower" is the prose's "9% slower"; "0.91x" its "9% less".
        if (m[2] !== '%' && v > 0 && v < 2 && v !== 1) {
          const x = Math.abs(v - 1) * 100;
          for (const r of [x, Number(x.toFixed(1)), Math.round(x)]) tableRatios.add(ratioKey(r, '%'));
        }
      }
    }
    if (block.kind === 'heading' && METHOD_HEADING.test(text)) cues.add(-1);
    if (block.kind === 'heading' && BENCHMARK_HEADING.test(text)) cues.add(-2);
    for (const m of foldScanSet(NAME_CUES, text, null).flat()) {
      // "than the SATA SSDs in our previous-gen servers": the author's own older kit, no rival.
      if (OWN_OLDER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      // "you won't find a CD service faster than Gatsby Cloud": the hero of a denied comparison, no rival.
      if (NONE_BEATS.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
      const name = m[1]!.replace(/[.,]+$/, '');
      // "1GB costs $3.33/month", "1 CPU costs $23": a quantity's unit, no rival.
      const at = m.index + m[0].indexOf(m[1]!);
      if (/\d\s?$/.test(text.slice(Math.max(0, at - 2), at)) && RESOURCE_UNIT.test(m[1]!)) continue;
      // "this brings CPU costs from $300 down to $7", "our AWS costs": costs as a noun, whose they are, no rival.
      if (OWNED_COSTS.test(text.slice(Math.max(0, at - 30), at)) && /^\S+\s+costs\b/.test(text.slice(at)))
        continue;
      const first = name.split(/\s+/)[0]!;
      if (!NOT_A_NAME.test(first)) competitors.add(first.toLowerCase());
    }
    capitalisedWords(text, capitalised);
    if (!analysisLinked && block.links.length > 0 && ANALYSIS_LINKED.test(text)) analysisLinked = true;
    for (const m of block.marks ?? []) {
      if (m.kind !== 'code' || m.end - m.start > 40) continue;
      const word = text.slice(m.start, m.end);
      // (Capitalised, as a program's parts are named: `Workers`, `Renderers`; `grep` or `postgres` is a tool.)
      if (/^\p{Lu}[\p{L}\p{N}_-]*$/u.test(word)) codeWords.add(word.toLowerCase());
    }
    prose.push(text);
  }
  methodCues(prose.join('\0'), cues);
  // Which of those words the article also writes in lower case (then they are words, not names).
  const lower = new Set<string>();
  if (capitalised.size > 0) {
    for (const text of prose) {
      for (const word of text.match(LOWER_WORD.on(text)) ?? []) if (capitalised.has(word)) lower.add(word);
    }
  }
  // Code that produces the numbers counts as one more sign of a disclosed method.
  const methodDisclosed = cues.size + (code > 0 ? 1 : 0) >= 3;
  const properNouns = new Set([...capitalised].filter((w) => !lower.has(w)));
  const titled = (title.match(/\p{Lu}[\p{L}\p{N}.-]*[\p{L}\p{N}]/gu) ?? []).map((w) => w.toLowerCase());
  // "How we made the Quillpad CLI 20x faster" ... "Lintly is 5x slower than Quillpad": a name the title gives, in a
  // title that sets nothing against it, is the author's own, whatever "than" it follows (a "vs" title keeps both).
  if (!COMPARISON_TITLE.test(title)) for (const w of titled) competitors.delete(w);
  const titleWords = new Set(titled.filter((w) => !competitors.has(w)));
  const ownNames = new Set([...titleWords].filter((w) => properNouns.has(w)));
  const titleNumbers = new Set(
    (title.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => Number(n.replace(/,/g, ''))),
  );
  const all = prose.join('\n');
  let questions = 0;
  if (SURVEY_TITLE.test(title))
    blocks.forEach((b, i) => {
      const next = blocks[i + 1];
      if (next && ANSWERS_BLOCK.has(next.kind) && b.kind !== 'table-row' && QUESTION.test(b.text))
        questions++;
    });
  return {
    competitors,
    methodDisclosed,
    ownSurvey:
      questions >= SURVEY_QUESTIONS
        ? 'post'
        : !OWN_SURVEY_RAN.test(all) || !RESPONDENTS.test(all)
          ? 'none'
          : SURVEY_TITLE.test(title)
            ? 'post'
            : 'paragraphs',
    titleNumbers,
    analysisLinked,
    codeWords,
    titleRound: ROUND_WORDS.test(title),
    ownNames,
    titleWords,
    properNouns,
    tableRatios,
    derived: once(() => ({
      ratios: tableRatios.size > 0 ? derivedRatios(blocks) : new Map(),
      properWords: new Set([...properNouns].flatMap(nameWords)),
    })),
    // (And what a benchmark's title names: "Benchmarking TensorFlow on Cloud CPUs: Cheaper ... than Cloud GPUs".)
    measuredNames: once(() => {
      const names = benchmarkedIn(all, tableNamesOf(blocks));
      if (BENCHMARK_TITLE.test(title)) for (const w of titled) names.add(w);
      return names;
    }),
    codeFigures: once(() => {
      const out = new Set<string>();
      for (const b of blocks)
        if (b.kind === 'code')
          for (const m of b.text.matchAll(PRINTED)) {
            const digits = preciseDigits(m[0]);
            if (digits !== null) out.add(digits);
          }
      return out;
    }),
    pictured: once(() => {
      const out = new Map<string, Set<string>[]>();
      for (const alt of new Set(blocks.map((b) => b.figureAlt ?? '').filter((a) => a !== ''))) {
        const words = contentWords(alt);
        for (const m of alt.matchAll(ALT_FIGURE)) {
          const unit = m[2] === undefined ? '' : /[x×]/i.test(m[2]) ? 'x' : '%';
          for (const key of new Set([pictureKey(m[1]!, ''), pictureKey(m[1]!, unit)]))
            out.set(key, [...(out.get(key) ?? []), words]);
        }
      }
      return out;
    }),
    interviewed: INTERVIEW.test(all),
    corpusNouns: once(() => new Set(Array.from(all.matchAll(CORPUS), (m) => m[1]!.toLowerCase()))),
    codeDurations: once(() => {
      const out: number[] = [];
      for (const b of blocks)
        if (b.kind === 'code')
          for (const m of b.text.matchAll(PRINTED_DURATION)) {
            const seconds =
              preciseDigits(m[1]!) === null ? null : secondsOf(Number(m[1]!.replace(/,/g, '')), m[2]!);
            if (seconds !== null) out.push(seconds);
          }
      return out;
    }),
  };
}

// "- **LDC**: `real 0m2.296s`": a list of results, each item a name and its figure, reads as a table's rows.
const RESULT_ITEM = /^([\p{L}][\p{L}\p{N}+#. ()-]{0,30}?):\s*[^\d\n]{0,12}\d/u;

// The words of every table's header cells and row labels (and of the labels of lists of results).
function tableNamesOf(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    const item = b.kind === 'list-item' ? RESULT_ITEM.exec(b.text) : null;
    if (b.kind !== 'table-row' && !item) continue;
    const label = item ? item[1]! : b.isHeader ? b.text : b.text.split(' | ')[0]!;
    for (const w of label.toLowerCase().match(/\p{L}[\p{L}\p{N}]{2,}/gu) ?? []) out.add(w);
  }
  return out;
}

// "we evaluate ... and benchmark against Megatron", "We compare DeepSpeed with Megatron-LM": a rival the post measured.
const BENCHMARKED_AGAINST =
  /\b(?:[Bb]enchmark(?:ed|s|ing)?|[Ee]valuat\w*|[Cc]ompar(?:e|ed|es|ing))\b[^.!?\n]{0,80}?\b(?:against|with|to|versus|vs\.?)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}]{2,})/gu;

// "compare the computing performance of Taichi, CUB, Thrust, CuPy, and Numba", "Compare to CUB/CuPy/Numba": every
// name of the list.
const COMPARED_LIST =
  /\b[Cc]ompar(?:e|ed|es|ing)\b[^.!?\n]{0,60}?\b(?:of|between|against|with|to)\s+((?:\p{Lu}[\p{L}\p{N}]{2,}(?:\s*(?:,|\/|&)\s*(?:and\s+)?|\s+and\s+)){1,8}\p{Lu}[\p{L}\p{N}]{2,})/gu;
const LIST_NAME = /\p{Lu}[\p{L}\p{N}]{2,}/gu;
// "For the low-latency benchmarks we chose ... three of its garbage collectors: Shenandoah, ZGC, and G1 GC": the
// systems a benchmark ran, listed after its colon (short names with a digit count: "G1", "T4").
const SUBJECTS_LISTED =
  /\b(?:[Bb]enchmark(?:s|ed|ing)?|[Tt]est(?:s|ed|ing)|[Mm]easur(?:e|ed|es|ing)|[Ee]valuat(?:e|ed|es|ing))\b[^.!?\n:]{0,120}:\s*((?:\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}]*)?\s*,\s*)+(?:and\s+)?\p{Lu}[\p{L}\p{N}-]*)/gu;
const SUBJECT_NAME = /\p{Lu}(?:[\p{L}\p{N}-]{2,}|\p{N}[\p{L}\p{N}]?)(?![\p{L}\p{N}])/gu;

function benchmarkedIn(prose: string, into: Set<string>): Set<string> {
  for (const m of prose.matchAll(BENCHMARKED_AGAINST)) into.add(m[1]!.toLowerCase());
  for (const m of prose.matchAll(COMPARED_LIST))
    for (const name of m[1]!.match(LIST_NAME) ?? []) into.add(name.toLowerCase());
  for (const m of prose.matchAll(SUBJECTS_LISTED))
    if (/\b(?:we|I|our)\b/.test(m[0]))
      for (const name of m[1]!.match(SUBJECT_NAME) ?? []) into.add(name.toLowerCase());
  return into;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

// Every capitalised word that follows a word, a comma or a bracket and blanks ("(?<=[\p{L}\p{N},;)]\s+)" then the
// word): the word is found first and what stands before it checked after, far cheaper than a lookbehind at every
// position. A word that fails the check hides no other: inside it there is no blank for one to follow.
function capitalisedWords(text: string, into: Set<string>): void {
  const names = CAPITALISED_WORD.on(text);
  names.lastIndex = 0;
  for (let m = names.exec(text); m; m = names.exec(text)) {
    let k = m.index;
    while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
    if (k === m.index || k === 0) continue;
    if (endsWord(text, k, text.charCodeAt(k - 1))) into.add(m[1]!.toLowerCase());
  }
}
