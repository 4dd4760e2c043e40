// A source named without a link in the claim's sentence ("According to the Verizon data breach investigation report
// of 2022, ...") that the article links elsewhere ("[80% of data breaches](verizon.com/.../data-breach-investigations-
// report.pdf)"): the reader can follow it, so the claim stands on that link.
import type { Block } from './article';
import { spansIn, type Citation } from './citations';
import { blockSentences, sentenceAt } from './sentences';

// Words of a source's name that say nothing about which source it is.
const FILLER = new Set([
  'according',
  'the',
  'a',
  'an',
  'of',
  'for',
  'and',
  'in',
  'on',
  'by',
  'to',
  'its',
  'their',
  'latest',
  'recent',
  'new',
  'annual',
  'report',
  'reports',
  'study',
  'survey',
  'research',
  'paper',
  'data',
  'analysis',
  'findings',
  'predicts',
  'estimates',
  'found',
  'says',
  'reported',
]);

const WORD = /\p{L}[\p{L}\p{N}]*/gu;

// The name's telling words: its capitalised names (one must match the link) and its other content words.
function nameWords(text: string): { names: string[]; words: string[] } {
  const names: string[] = [];
  const words: string[] = [];
  for (const w of text.match(WORD) ?? []) {
    const lower = w.toLowerCase();
    if (FILLER.has(lower) || lower.length < 3) continue;
    (/^\p{Lu}/u.test(w) ? names : words).push(lower);
  }
  return { names, words };
}

// What each followable link of the article says about itself (its host, path and words, lower-cased), read once;
// and the link found for each source name asked about (a page names the same source again and again).
interface LinkIndex {
  links: { citation: Citation; hay: string }[];
  answers: Map<string, Citation | undefined>;
}
const haystacks = new WeakMap<readonly Citation[], LinkIndex>();
function linkHaystacks(all: readonly Citation[]): LinkIndex {
  let found = haystacks.get(all);
  if (!found) {
    const links = all
      .filter((c) => c.followable && c.evidence.kind === 'link' && c.evidence.href)
      .map((c) => ({ citation: c, hay: `${c.evidence.href ?? ''} ${c.evidence.text}`.toLowerCase() }));
    found = { links, answers: new Map() };
    haystacks.set(all, found);
  }
  return found;
}

// A word is in the haystack when its first five letters are ("investigation" in "investigations-report").
const found = (hay: string, word: string): boolean => hay.includes(word.slice(0, 5));

/**
 * Why: the followable link elsewhere in the article to the source `cited` names without one, or undefined. The link
 * must carry one of the name's capitalised words (the publisher, in its host or its words) and one more of its
 * words, so "according to Gartner" is not lifted by an unrelated gartner.com page.
 */
export function namedSourceLinked(cited: Citation, all: readonly Citation[]): Citation | undefined {
  if (cited.followable || cited.evidence.kind !== 'according-to') return undefined;
  const index = linkHaystacks(all);
  const text = cited.evidence.text;
  if (index.answers.has(text)) return index.answers.get(text);
  const { names, words } = nameWords(text);
  const answer =
    names.length === 0 || names.length + words.length < 2
      ? undefined
      : index.links.find(({ hay }) => {
          const named = names.filter((w) => found(hay, w));
          if (named.length === 0) return false;
          return named.length + words.filter((w) => found(hay, w)).length >= 2;
        })?.citation;
  index.answers.set(text, answer);
  return answer;
}

// "Further, ...", "And finally, ...", "The report also ...": a sentence that goes on with the source before it.
const CONTINUES =
  /^\W*(?:and\s+)?(?:further(?:more)?|moreover|also|in\s+addition|additionally|finally|lastly|the\s+(?:same\s+)?(?:report|study|survey|research|data)\s+(?:also|further))\b/i;

/**
 * Why: "According to the Verizon ... report, ... 30% ..." then "Further, ... almost 20% ... And finally, ... more
 * than 10%": the figures that go on from a named source's sentence stand on that source when the reader can follow
 * it (linked there, or linked elsewhere in the article). Walks back over at most four continuing sentences, within
 * the paragraph and into the paragraph before it.
 */
export function continuedSource(
  blocks: readonly Block[],
  byBlock: Map<number, Citation[]>,
  b: number,
  at: number,
  all: readonly Citation[],
): Citation | undefined {
  let block = b;
  let sentence = sentenceAt(blockSentences(blocks[block]!), at);
  for (let step = 0; step < 4; step++) {
    const text = blocks[block]!.text;
    if (!CONTINUES.test(text.slice(sentence.start, sentence.end))) return undefined;
    const list = blockSentences(blocks[block]!);
    const k = list.findIndex((s) => s.start === sentence.start);
    if (k > 0) sentence = list[k - 1]!;
    else {
      const before = blocks[block - 1];
      if (!before || before.kind !== 'paragraph') return undefined;
      block -= 1;
      sentence = blockSentences(before).at(-1)!;
    }
    const named = spansIn(byBlock.get(block) ?? [], sentence.start, sentence.end).filter(
      (c) => c.evidence.kind === 'according-to',
    );
    for (const c of named) {
      const source = c.followable ? c : namedSourceLinked(c, all);
      if (source) return source;
    }
    if (named.length > 0) return undefined;
  }
  return undefined;
}
