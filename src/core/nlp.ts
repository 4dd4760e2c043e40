// The compromise tagger: finds superlative and comparative phrases the lexicons miss ("the most efficient",
// "cheaper than managed Kafka"). Heavy (compromise is ~200 kB and slow on whole pages), so the content script never
// loads it (lint forbids it) and claims.ts calls it on candidate sentences only, as the tagger its callers pass in.
// This file builds that tagger on a loaded compromise: the Node entry loads it at once (compromise-tagger.ts), the
// background worker when its first analysis starts (loadCompromiseTagger, below). It is compromise's second build,
// the tagger: the full one adds the phrase methods (nouns, verbs, chunks) that PATTERNS never use, and with them
// ~60 kB and a chunking pass over every tagged sentence.

import type nlpOf from 'compromise/two';
import type { Tagger } from './claims';

/** Why: compromise's nlp() function, as its second build exports it. */
export type Nlp = typeof nlpOf;

type Kind = 'superlative' | 'comparative';

// compromise match syntax; each pattern's whole match is the phrase a reader would highlight.
const PATTERNS: [string, Kind][] = [
  // A leadership superlative has "the": "our largest deployment", "most major vendors" and "easiest to spot" do not
  // rank anything against a field.
  ['the (most|least) #Adverb? #Adjective', 'superlative'],
  ['the #Superlative', 'superlative'],
  [
    '(#Comparative|more #Adjective|less #Adjective) than #Determiner? #Adjective? (#Noun|#ProperNoun|#Acronym)+',
    'comparative',
  ],
  ['(#Comparative|more #Adjective|less #Adjective) than', 'comparative'],
];

// Superlatives nobody boasts with ("the slowest backend", "the worst case"): they describe, they do not claim.
const NOT_A_BOAST =
  /\b(?:slowest|worst|weakest|poorest|hardest|rarest|oldest|earliest|latest|nearest|furthest|farthest|last|next)\b/i;
// "longer than I would like", "more than we expected", "faster than ever": a comparison with the writer or its own
// past, not with a rival (worth/quiet-said.ts judges such a comparison "none" too).
const THAN_SELF =
  /\bthan\s+(?:i|we|you|he|she|they|it|me|us|them|one|usual|expected|needed|necessary|planned|intended|anticipated|hoped|required|before|ever)\b/i;

interface Offset {
  offset?: { start?: number; length?: number };
}

// compromise's own pipeline (what nlp(text) runs), split after its pre-tagger. Lexicon and suffix tags are set by
// then, and the later steps never add Superlative or Comparative (only "even better", covered by 'better than'), so a
// sentence with no live candidate below cannot match PATTERNS: it skips the post-tagger, most of the cost. A
// sentence that has one goes on through the remaining steps on the same document, exactly as nlp(text) would.
// A candidate is dead when PATTERNS would drop every phrase built on it: "the latest" (NOT_A_BOAST), or a "than"
// followed by a THAN_SELF word, which every comparative phrase ending at or past that "than" contains.
const MOST = 'the (most|least)';
const SUPERLATIVE = 'the #Superlative';
const THAN = ['#Comparative than', '(more|less) . than', 'better than'];
// THAN_SELF at one "than" (sticky), with the same word list.
const SELF_AT = new RegExp(THAN_SELF.source.replace(/^\\b/, ''), 'iy');
// "'s" and "'d" are split after the pre-tagger ("the fastest's"): those sentences take the whole pipeline at once.
const LATE_CONTRACTION = /['’][sd]\b/i;
/** Why: a compromise document (what nlp(text) returns). */
export type Doc = ReturnType<Nlp>;
type Match = Parameters<Doc['match']>[0];
interface Staged {
  hooks: string[];
  cut: number;
  parse: (text: string) => Doc;
}
function stage(nlp: Nlp): Staged | null {
  try {
    const api = nlp as unknown as {
      hooks(): string[];
      world(): unknown;
      methods(): { one?: { tokenize?: { fromString?: (text: string, world: unknown) => unknown } } };
    };
    const hooks = api.hooks();
    const cut = hooks.indexOf('preTagger') + 1;
    const fromString = api.methods().one?.tokenize?.fromString;
    const View = nlp('').constructor as new (document: unknown) => Doc;
    if (cut === 0 || typeof fromString !== 'function') return null;
    return { hooks, cut, parse: (text) => new View(fromString(text, api.world())) };
  } catch {
    return null;
  }
}

/** Why: the tagger on one loaded compromise, and the phrase finder it uses (tests compare it with plain nlp()). */
export interface CompromiseTagger extends Tagger {
  phrasesIn(doc: Doc, sentence: string): ReturnType<Tagger['phrases']>;
}

/** Why: builds the tagger on compromise's nlp(), wherever it was loaded. */
export function taggerOf(nlp: Nlp): CompromiseTagger {
  const staged = stage(nlp);
  // Match statements parsed once (compromise parses a string statement on every call).
  const parsed = new Map<string, Match>();
  const statement = (pattern: string): Match => {
    let m = parsed.get(pattern);
    if (m === undefined) {
      m = nlp.parseMatch(pattern) as unknown as Match;
      parsed.set(pattern, m);
    }
    return m;
  };
  // The fully tagged sentence, or null when it holds no live candidate for PATTERNS.
  const tagged = (sentence: string): Doc | null => {
    if (!staged || LATE_CONTRACTION.test(sentence)) return nlp(sentence);
    const doc = staged.parse(sentence);
    doc.compute(staged.hooks.slice(0, staged.cut));
    if (!hasLiveCandidate(doc, sentence, statement)) return null;
    doc.compute(staged.hooks.slice(staged.cut));
    return doc;
  };
  const phrasesIn = (doc: Doc, sentence: string) => phrasesOf(doc, sentence, statement);
  return {
    phrases(sentence) {
      if (typeof sentence !== 'string' || sentence.trim() === '') return [];
      // The one boundary with a third-party parser run on page text: a sentence it cannot tag keeps the claims the
      // lexicons and the number scanner found, so its exception ends here by design.
      try {
        const doc = tagged(sentence);
        return doc ? phrasesIn(doc, sentence) : [];
      } catch {
        return [];
      }
    },
    phrasesIn,
  };
}

let loading: Promise<CompromiseTagger> | null = null;

/**
 * Why: the background worker's tagger. compromise is loaded when this is first called, not when the worker starts:
 * the worker calls it as it asks the page to read itself, so compromise loads (30-55 ms in chromium) while the page
 * reads, instead of before the worker can answer anything. The extension's bundler inlines the import.
 */
export function loadCompromiseTagger(): Promise<CompromiseTagger> {
  loading ??= import('compromise/two').then((m) => taggerOf(m.default));
  return loading;
}

type Statement = (pattern: string) => Match;

// Offsets of each hit, the end moved back over trailing punctuation as the phrase would be.
function spans(
  doc: Doc,
  pattern: string,
  sentence: string,
  statement: Statement,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const hit of doc.match(statement(pattern)).json({ offset: true }) as Offset[]) {
    const start = hit.offset?.start;
    const length = hit.offset?.length;
    if (typeof start !== 'number' || typeof length !== 'number') continue;
    let end = start + length;
    while (end > start && /[\s,.;:!?)"'”’-]/.test(sentence[end - 1]!)) end--;
    out.push({ start, end });
  }
  return out;
}

function hasLiveCandidate(doc: Doc, sentence: string, statement: Statement): boolean {
  if (doc.has(statement(MOST))) return true;
  for (const s of spans(doc, SUPERLATIVE, sentence, statement)) {
    if (!NOT_A_BOAST.test(sentence.slice(s.start, s.end))) return true;
  }
  for (const pattern of THAN) {
    for (const s of spans(doc, pattern, sentence, statement)) {
      const than = s.end - 4;
      if (than < s.start || sentence.slice(than, s.end).toLowerCase() !== 'than') return true;
      // Dead only if THAN_SELF will find this "than <word>" inside the phrase (its \b included, within +24).
      SELF_AT.lastIndex = than;
      if (/\w/.test(sentence[than - 1] ?? '') || !SELF_AT.test(sentence) || SELF_AT.lastIndex > s.end + 24) {
        return true;
      }
    }
  }
  return false;
}

// The phrases PATTERNS find in a sentence compromise has tagged.
function phrasesOf(doc: Doc, sentence: string, statement: Statement): ReturnType<Tagger['phrases']> {
  const out: ReturnType<Tagger['phrases']> = [];
  for (const [pattern, kind] of PATTERNS) {
    for (const hit of doc.match(statement(pattern)).json({ offset: true }) as Offset[]) {
      const start = hit.offset?.start;
      const length = hit.offset?.length;
      if (typeof start !== 'number' || typeof length !== 'number') continue;
      let end = start + length;
      // compromise matches across punctuation: "faster than your revenue, it" ends at the comma.
      const than = kind === 'comparative' ? sentence.slice(start, end).search(/\bthan\b/i) : -1;
      // The "greater than" pointer, a quoted "faster than": a term in quotes, compared with nothing.
      if (
        than >= 0 &&
        /["“'‘]$/.test(sentence.slice(0, start)) &&
        /^than\s*["”'’]/i.test(sentence.slice(start + than, start + than + 8))
      )
        continue;
      const stop = than < 0 ? -1 : sentence.slice(start + than, end).search(/[,;:!?]/);
      if (stop >= 0) end = start + than + stop;
      while (end > start && /[\s,.;:!?)"'”’-]/.test(sentence[end - 1]!)) end--;
      if (end <= start || out.some((o) => o.start < end && start < o.end)) continue;
      const phrase = sentence.slice(start, end + 24);
      if (kind === 'superlative' ? NOT_A_BOAST.test(sentence.slice(start, end)) : THAN_SELF.test(phrase)) {
        continue;
      }
      out.push({ start, end, kind });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
