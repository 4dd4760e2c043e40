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

/** Why: the Tagger the CLI and Node API pass to extractClaims; never throws, returns sentence-relative spans. */
export const compromiseTagger: Tagger = {
  phrases(sentence) {
    if (typeof sentence !== 'string' || sentence.trim() === '') return [];
    const out: ReturnType<Tagger['phrases']> = [];
    try {
      const doc = nlp(sentence);
      for (const [pattern, kind] of PATTERNS) {
        for (const hit of doc.match(pattern).json({ offset: true }) as Offset[]) {
          const start = hit.offset?.start;
          const length = hit.offset?.length;
          if (typeof start !== 'number' || typeof length !== 'number') continue;
          let end = start + length;
          while (end > start && /[\s,.;:!?)"'”’-]/.test(sentence[end - 1]!)) end--;
          if (end <= start || out.some((o) => o.start < end && start < o.end)) continue;
          const phrase = sentence.slice(start, end + 24);
          if (
            kind === 'superlative' ? NOT_A_BOAST.test(sentence.slice(start, end)) : THAN_SELF.test(phrase)
          ) {
            continue;
          }
          out.push({ start, end, kind });
        }
      }
    } catch {
      return out;
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
