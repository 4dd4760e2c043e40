// compromise loaded at once, for the Node entry (CLI and API), the benchmark and the tests. The background worker
// loads it later instead (loadCompromiseTagger in nlp.ts), so nothing in the worker may import this file.
import nlp from 'compromise/two';
import { taggerOf } from './nlp';

const tagger = taggerOf(nlp);

/** Why: the Tagger the CLI and Node API pass to extractClaims; never throws, returns sentence-relative spans. */
export const compromiseTagger = tagger;

/** Why: the phrases PATTERNS find in a sentence compromise has tagged; tests compare the tagger with plain nlp(). */
export const phrasesIn = tagger.phrasesIn;
