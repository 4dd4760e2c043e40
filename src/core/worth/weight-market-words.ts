// The words the market, size and spending rows of WEIGHT (weight.ts) read: a company's own size, people counted,
// money others spent, and the asides that mention the world without measuring it.
import type { ClaimContext } from './context';
import { countedNoun } from './signal';

// (After up to three words: "over 100 supply and demand partners"; "users in more than 150 countries".)
const COMPANY_SIZE =
  /^\W*(?:(?:supply|demand|sales|channel|technology|media|ad|business|retail|enterprise|paying|active|full-time|and)\s+){0,3}(?:employees|staff|customers|clients|partners|(?:monthly|daily)\s+active\s+users|MAUs?|DAUs?|offices|locations)\b/i;
const USERS_IN =
  /\b(?:users|customers|clients|subscribers|players|offices|employees|teams)\s+in\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?$/i;
/**
 * Why: "3,000+ customers, and 200+ employees worldwide", "30 million+ monthly active users": a company's size, which
 * "worldwide" or "internet company" does not make a statistic about the world.
 */
export const companySize = (c: ClaimContext): boolean =>
  COMPANY_SIZE.test(countedNoun(c)) || (/^\W*countries\b/i.test(countedNoun(c)) && USERS_IN.test(c.before));
/** Why: "employs over 14,000 people": the company's own headcount. */
export const EMPLOYS_BEFORE =
  /\bemploy(?:s|ed|ing)?\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?$/i;
/** Why: "they spent over $9,000,000", "the agency paid": money someone other than the author spent, a fact to source. */
export const OTHERS_SPENT =
  /\b(?:[Tt]hey|[Hh]e|[Ss]he|[Tt]he\s+(?:government|agency|city|state|council|bank|department|ministry|bureau|administration))\s+(?:had\s+|have\s+|has\s+|reportedly\s+)?(?:spent|paid|invested|wasted|poured|sank)\s+(?:\w+\s+){0,2}$/u;
/** Why: "around 400 million use digital payments", "2 billion people own a smartphone": what a count of people does. */
export const PEOPLE_DO =
  /^\s*(?:people\s+|adults\s+|of\s+them\s+)?(?:now\s+|already\s+|regularly\s+)?(?:use|used|own|owned|access|rely\s+on|shop|pay|bank|play|watch)\b/i;
/** Why: the words that make a count one of people. */
export const PEOPLE_WORDS = /\b(?:people|population|adults|citizens|households)\b/i;
/** Why: an aside on the world (", which bills for companies around the world,"), not what the figure measures. */
export const ASIDE = /,\s+(?:which|who|whose)\s+[^,]{1,200},/gi;
/** Why: ", where developers are able to work ...": a clause that trails the sentence, not the figure's subject. */
export const TRAILING_ASIDE = /,\s+where\s[^]*$/i;
/** Why: "4 sites out of the 500": a count of a sample the post studies, a share of it. */
export const OUT_OF_SAMPLE = /^\s*(?:[\p{L}-]+\s+){0,2}?out\s+of\s+(?:the\s+|all\s+|our\s+)?[\d,.]+\b/iu;
/** Why: "(requests) from all over the world": where things come from, not a statistic about the world. */
export const FROM_AROUND =
  /\b(?:from|in|across)\s+(?:[\w-]+\s+){0,2}?(?:all\s+over|around|across)\s+the\s+(?:world|globe)\b/gi;
/** Why: a count of places ("150 countries", "30 regions", "12 cities"): a product's reach. */
export const PLACES =
  /^\W*(?:[\w-]+\s+){0,2}?(?:countries|regions|cities|states|markets|continents|locations|offices|time\s+zones)\b/i;
