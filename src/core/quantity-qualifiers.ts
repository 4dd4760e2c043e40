// The words that qualify a quantity from outside it: a hedge before ("up to 40%", "nearly two seconds") and a
// comparative after ("4x faster", "two days sooner"). The digit scanner and the word scanner read both the same way.

import { COMPARATIVE_WORDS, HEDGE_WORDS } from './claim-words';

/** Why: the hedge words right before a number (also "between" and "from", which open a range instead). */
export const HEDGE_BEFORE = new RegExp(`\\b(${HEDGE_WORDS}|between|from)\\s+$`, 'iu');

/** Why: a comparative right after a multiplier, percentage or duration belongs to the claim; sticky, for sticky(). */
export const COMPARATIVE_AFTER = new RegExp(`\\s+(?:${COMPARATIVE_WORDS})\\b`, 'iy');
