// The compromise tagger: finds superlative and comparative phrases the lexicons miss ("the most efficient",
// "cheaper than managed Kafka"). Heavy (compromise is ~200 kB and slow on whole pages), so only the Node path and
// lazily loaded extension chunks import this file; claims.ts calls it on candidate sentences only.

import nlp from 'compromise';
import type { Tagger } from './claims';

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
// "longer than I would like", "more than we expected": a comparison with the writer, not with a rival.
const THAN_SELF =
  /\bthan\s+(?:i|we|you|he|she|they|it|me|us|them|one|usual|expected|needed|necessary|planned|intended|anticipated)\b/i;

interface Offset {
  offset?: { start?: number; length?: number };
}

// compromise's own pipeline (what nlp(text) runs), split after its pre-tagger. Lexicon and suffix tags are set by
// then, and the later steps never add Superlative or Comparative (only "even better", covered by 'better than'), so a
// sentence where none of these can match cannot match PATTERNS: it skips the post-tagger, most of the cost. A
// sentence that can goes on through the remaining steps on the same document, exactly as nlp(text) would.
const CANDIDATES = [
  'the (most|least)',
  'the #Superlative',
  '#Comparative than',
  '(more|less) . than',
  'better than',
];
// "'s" and "'d" are split after the pre-tagger ("the fastest's"): those sentences take the whole pipeline at once.
const LATE_CONTRACTION = /['’][sd]\b/i;
/** Why: a compromise document (what nlp(text) returns). */
export type Doc = ReturnType<typeof nlp>;
interface Staged {
  hooks: string[];
  cut: number;
  parse: (text: string) => Doc;
}
const staged: Staged | null = (() => {
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
})();

// The fully tagged sentence, or null when it holds no candidate for PATTERNS.
function tagged(sentence: string): Doc | null {
  if (!staged || LATE_CONTRACTION.test(sentence)) return nlp(sentence);
  const doc = staged.parse(sentence);
  doc.compute(staged.hooks.slice(0, staged.cut));
  if (!CANDIDATES.some((p) => doc.has(p))) return null;
  doc.compute(staged.hooks.slice(staged.cut));
  return doc;
}

/** Why: the Tagger the CLI and Node API pass to extractClaims; never throws, returns sentence-relative spans. */
export const compromiseTagger: Tagger = {
  phrases(sentence) {
    if (typeof sentence !== 'string' || sentence.trim() === '') return [];
    try {
      const doc = tagged(sentence);
      return doc ? phrasesIn(doc, sentence) : [];
    } catch {
      return [];
    }
  },
};

/** Why: the phrases PATTERNS find in a sentence compromise has tagged; exported so tests can tag with plain nlp(). */
export function phrasesIn(doc: Doc, sentence: string): ReturnType<Tagger['phrases']> {
  const out: ReturnType<Tagger['phrases']> = [];
  try {
    for (const [pattern, kind] of PATTERNS) {
      for (const hit of doc.match(pattern).json({ offset: true }) as Offset[]) {
        const start = hit.offset?.start;
        const length = hit.offset?.length;
        if (typeof start !== 'number' || typeof length !== 'number') continue;
        let end = start + length;
        while (end > start && /[\s,.;:!?)"'”’-]/.test(sentence[end - 1]!)) end--;
        if (end <= start || out.some((o) => o.start < end && start < o.end)) continue;
        const phrase = sentence.slice(start, end + 24);
        if (kind === 'superlative' ? NOT_A_BOAST.test(sentence.slice(start, end)) : THAN_SELF.test(phrase)) {
          continue;
        }
        out.push({ start, end, kind });
      }
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => a.start - b.start);
}
