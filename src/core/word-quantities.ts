// Quantities written in words, found as whole phrases: ratios ("one in three"), fractions ("nearly half"), vague
// magnitudes ("millions of users"), "-fold" and "twice as", halvings ("cut ... in half") and outcomes of none
// ("errors fell to zero"), hedged or compared word durations ("about two seconds") and "sub-millisecond". The digit
// scanner (quantities.ts) runs this first and skips what it claims.

import {
  COMPARATIVE_WORDS,
  CURRENCIES,
  DURATION_UNITS,
  FRACTIONS,
  HEDGE_WORDS,
  NUMBER_WORDS,
} from './claim-words';
import { foldScanSet, foldSet, literalsImply, wordGuards } from './fold-set';
import { masked } from './not-quantities';
import type { Quantity } from './quantity';
import { COMPARATIVE_AFTER, HEDGE_BEFORE } from './quantity-qualifiers';
import { sticky } from './regex-scan';

const NUMWORD = 'one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand';
// ("4.2 out of 5" is a rating, read whole: never "2 out of 5".)
const RATIO = new RegExp(
  `\\b(?:(${HEDGE_WORDS})\\s+)?(?<!\\d[.,])(${NUMWORD}|\\d{1,3}(?:\\.\\d{1,2})?)(?:\\s+times?)?\\s+(?:in|out\\s+of)\\s+(?:every\\s+|an?\\s+)?(${NUMWORD}|\\d{1,4})\\b(?![.,]\\d|\\s+(?:thousand|million|billion))`,
  'giu',
);
// ("above third-party scripts", "a half-life": a word, not a fraction.)
const FRACTION = new RegExp(
  `\\b(?:(${HEDGE_WORDS})\\s+)?(?:(a|one|two|three|four)[-\\s])?(half|thirds?|quarters?|fifths?|tenths?)\\b(?![-‐]\\p{L})(?:\\s+of\\b)?`,
  'giu',
);
const SPAN_OF_TIME =
  /^\s+an?\s+(?:second|minute|hour|day|week|month|year|decade|century|mile|kilometre|kilometer|dozen)\b/i;
const VAGUE =
  /\b(?:(?:tens|hundreds)\s+of\s+)?(dozens|hundreds|thousands|millions|billions|trillions)\s+of\s+(?:(?:new|active|happy|daily|monthly|satisfied|paying|global|loyal|US|American),?\s+){0,2}(\p{L}[\p{L}'’-]*)/giu;
// "thousands of legitimate transactions", "millions of rooftop solar panels": modifiers the list above does not
// know, then the plural noun.
const PLURAL_NEXT =
  /(?:\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by|the|a|an)\b)\p{Ll}[\p{L}-]*)?\s+(?!(?:this|its|his|has|was|does|is|as|us|thus|plus|less|unless|across|always|perhaps)\b)\p{Ll}[\p{L}-]*[a-rtv-z]s\b/uy;
// "about two seconds", "under a millisecond", "four days faster": number words count as a duration claim only when
// hedged or compared; bare "two weeks" and "over three years" are time spans, not measurements.
const WORD_DURATION = new RegExp(
  `\\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\s+` +
    `(nanoseconds?|microseconds?|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b` +
    `(?!\\s+(?:ago|later|old|earlier|before|after|from\\s+now)\\b)`,
  'giu',
);
// "four months on average": an average is a measurement, however the duration is written.
const ON_AVERAGE = /\s+on\s+average\b/iy;
const SPAN_HEDGES =
  /^(?:over|above|some|estimated|an estimated|in excess of|upwards of|north of|between|from)$/i;
const WORD_FOLD = new RegExp(`\\b(${NUMWORD}|twenty|fifty)[-\\s]?fold\\b`, 'giu');
const TWICE = new RegExp(
  `\\b(?:(twice|thrice)|(two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\\s+times)\\s+(?:as\\s+\\p{L}+|the\\s+\\p{L}+|th(?:at|ose)\\s+of|${COMPARATIVE_WORDS})\\b`,
  'giu',
);
// "performance increased by eight times", "throughput improved by 3 times": a multiple told by the verb of its change
// ("the price was raised 2 times", without "by", counts occasions).
const GREW_TIMES = new RegExp(
  `\\b(?:increas|improv|grew|grow|boost|rais|rose|risen|reduc|decreas|accelerat|expand)\\w*\\s+by\\s+(?:(about|nearly|almost|over|roughly|more\\s+than|up\\s+to)\\s+)?(${NUMWORD}|\\d+(?:\\.\\d+)?)\\s+times\\b`,
  'giu',
);
const SUB_UNIT =
  /\b(sub|single[- ]digit)[- ]?(milliseconds?|ms|seconds?|microseconds?|µs|nanoseconds?|minutes?)\b/giu;
const NOT_FRACTION_BEFORE =
  /\b(?:the|first|second|third|fourth|last|latter|back|front|top|bottom|other|and\s+a)\s+$/i;

// "an order of magnitude faster", "two orders of magnitude": a multiplier in words.
const MAGNITUDE = new RegExp(
  `\\b(?:(an|one|two|three|several|multiple)\\s+)?orders?\\s+of\\s+magnitude(?:\\s+(?:${COMPARATIVE_WORDS})\\b)?`,
  'giu',
);
// "several-fold", "manyfold": a vague multiplier.
const VAGUE_FOLD = /\b(?:several|many|multi)[-\s]?fold\b/giu;
// "doubled", "close to tripling", "halved", "roughly halve": a multiplier as a verb ("doubled down" is an idiom; bare
// "double" and "triple" are adjectives too, "halve" is only the verb).
const VERB_FOLD =
  /\b(?:(more\s+than|nearly|almost|close\s+to|roughly|about|over)\s+)?(doubl|tripl|quadrupl|halv)(?:ed|ing|es|(?<=halv)e)\b(?!\s+down\b)/giu;
// "cut their GPU bill in half", "slashed build times roughly in half": a halving told by a verb of reduction and its
// object ("split the array in half" divides, it does not reduce).
const IN_HALF =
  /\b(?:cut|cuts|cutting|slash(?:ed|es|ing)?|reduc(?:e|ed|es|ing)|shr[iau]nk(?:s|ing)?|drop(?:ped|s|ping)?|trimm(?:ed|ing)|trims?|chopp(?:ed|ing)|chops?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:(roughly|nearly|almost|about|more\s+than)\s+)?in\s+half\b/giu;
// "Data errors fell to zero", "Zero successful supply chain breaches since onboarding": none of something bad left,
// an outcome ("throughput dropped to zero" in an outage is an event, not a result; "set it to zero" is a setting;
// "upgraded with zero downtime" or "migrated with zero data loss" is how a change is made). The verb is matched
// first and the bad thing looked for behind it, over bounded gaps: a lookbehind tried at every position of a long
// run of blanks would read the run again each time.
const BAD_THINGS = String.raw`(?:errors?|incidents?|outages?|downtime|breach(?:es)?|bugs?|defects?|failures?|failed\s+[\p{L}-]+|tickets?|complaints?|vulnerabilit(?:y|ies)|escalations?|rollbacks?|data\s+loss)`;
// The bad thing is what fell: "errors", "the error rate", "Data errors in board reports", "failed deploys have".
const BAD_SUBJECT = String.raw`\b${BAD_THINGS}(?:\s{1,3}(?:rates?|counts?|numbers?|volumes?))?(?:\s{1,3}(?:in|on|from|across|for)\s{1,3}(?:[\p{L}-]+\s{1,3}){0,2}?[\p{L}-]+)?\s{1,3}(?:(?:have|has|had)\s{1,3})?`;
const FELL = '(?:fell|fallen|falls?|dropped|drops?|went|gone|goes|came|comes)';
const TO_ZERO = new RegExp(
  String.raw`\b${FELL}(?<=${BAD_SUBJECT}${FELL})\s+(?:down\s+)?to\s+(?:zero|nil)\b|\bzero\s+(?:[\p{L}-]+\s+){0,3}?(?!downtime|data\s+loss)${BAD_THINGS}\b`,
  'giu',
);
// "the conversion rate multiplied by 3": a metric's multiple as a verb; only after a metric's name ("each weight is
// multiplied by 0.5" is arithmetic).
const MULTIPLIED_BY =
  /\b(?:(more\s+than|nearly|almost|roughly|about|over)\s+)?multiplied\s+by\s+(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b/giu;
const METRIC_BEFORE =
  /\b(?:(?:conversion|click-through|retention|growth|open|response)\s+rates?|revenue|sales|conversions?|traffic|users|sign-?ups|throughput|speed|performance|productivity|leads|engagement|visits|downloads|orders|income|profits?)\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+|got\s+|being\s+)?$/i;
const VERB_FACTOR: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, halv: 0.5 };
// "halves" after a word that makes it a noun: "two halves", "both halves", "the halves", "its halves".
const HALVES_NOUN = /\b(?:two|both|the|these|those|its|their|our|equal|two\s+equal)\s+halves$/i;

// The patterns in the order they run, each with the words it cannot match without (a cheap guard, all answered
// in one pass); a block runs a pattern only when it holds a guard word and the pattern's own literals (fold-set.ts).
const WORD_SET = foldSet([
  RATIO,
  IN_HALF,
  TO_ZERO,
  FRACTION,
  VAGUE,
  WORD_FOLD,
  MAGNITUDE,
  VAGUE_FOLD,
  VERB_FOLD,
  MULTIPLIED_BY,
  TWICE,
  GREW_TIMES,
  WORD_DURATION,
  SUB_UNIT,
]);
const GUARD_WORDS = [
  [' in ', ' out of '],
  ['in half'],
  ['zero', 'nil'],
  ['half', 'third', 'quarter', 'fifth', 'tenth'],
  ['s of'],
  ['fold'],
  ['magnitude'],
  ['fold'],
  ['doubl', 'tripl', 'quadrupl', 'halv'],
  ['multiplied'],
  ['twice', 'thrice', 'times'],
  ['times'],
  ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'],
  ['sub', 'single'],
];
const GUARDS = wordGuards(GUARD_WORDS);
// Most guards say again what the patterns' own literals say (a pattern that needs "tripled" needs "tripl"): on a
// text whose folded copy stands in for /i, only the others are looked for. Worked out on first use, with the set
// (fold-set.ts prepares sets then, not while the worker starts).
let few: { needed: boolean[]; guards: (text: string) => Uint8Array } | null = null;

function guards(text: string, folded: string | null): Uint8Array {
  if (folded === null || folded.length !== text.length) return GUARDS(folded ?? text.toLowerCase());
  if (!few) {
    const needed = GUARD_WORDS.map((words, k) => !literalsImply(WORD_SET, k, words));
    few = { needed, guards: wordGuards(GUARD_WORDS.filter((_, k) => needed[k])) };
  }
  const found = few.guards(folded);
  const out = new Uint8Array(GUARD_WORDS.length);
  let j = 0;
  for (let k = 0; k < out.length; k++) out[k] = few.needed[k] ? found[j++]! : 1;
  return out;
}

/**
 * Why: numbers in words never reach the digit scanner; each match is added to `mask` (so the digit scan and later
 * patterns skip it), and a match that touches the mask already is dropped.
 */
export function wordQuantities(text: string, mask: Uint8Array, folded: string | null): Quantity[] {
  const out: Quantity[] = [];
  const add = (q: Quantity): void => {
    if (masked(mask, q.start, q.end)) return;
    mask.fill(1, q.start, q.end);
    out.push(q);
  };
  // Cheap guards: most blocks have none of these words, and one pass for all is far cheaper than a regex each.
  const [
    ratios,
    inHalf,
    toZero,
    fractions,
    vagues,
    wordFolds,
    magnitudes,
    vagueFolds,
    verbFolds,
    multiplied,
    twices,
    grewTimes,
    durations,
    subUnits,
  ] = foldScanSet(WORD_SET, text, folded, guards(text, folded));
  for (const m of ratios!) {
    const a = numberOf(m[2]!);
    const b = numberOf(m[3]!);
    if (!(a > 0 && b >= 2 && a < b && b <= 1000)) continue;
    const value = Math.round((a / b) * 10000) / 100;
    add(hedged({ kind: 'percentage', start: m.index, end: m.index + m[0].length, value, unit: '%' }, m[1]));
  }
  for (const m of inHalf!) {
    add(
      hedged({ kind: 'multiplier', start: m.index, end: m.index + m[0].length, value: 0.5, unit: 'x' }, m[1]),
    );
  }
  for (const m of toZero!) {
    add({ kind: 'multiplier', start: m.index, end: m.index + m[0].length, value: 0, unit: 'x' });
  }
  for (const m of fractions!) {
    const hedge = m[1];
    const numer = m[2];
    const hasOf = /\sof$/i.test(m[0]);
    if (!hedge && !(numer && hasOf) && !(m[3]!.toLowerCase() === 'half' && hasOf)) continue;
    if (!hedge && !numer && NOT_FRACTION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))
      continue;
    if (!numer && /s$/i.test(m[3]!)) continue;
    // "down to about half a day", "a quarter of an hour", "half a mile": a measure of its own, no share of anything.
    if (SPAN_OF_TIME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const n = numer ? (NUMBER_WORDS[numer.toLowerCase()] ?? 1) : 1;
    const value = Math.round(n * (FRACTIONS[m[3]!.toLowerCase()] ?? 0) * 10000) / 100;
    const end = m.index + m[0].length - (hasOf ? 3 : 0); // "a third", not "a third of"
    add(hedged({ kind: 'percentage', start: m.index, end, value, unit: '%' }, hedge));
  }
  for (const m of vagues!) {
    const money = /^(?:dollars|euros|pounds|yen|USD|EUR|GBP)$/i.test(m[2]!);
    let end = m.index + m[0].length;
    if (!/s$/i.test(m[2]!)) end += sticky(PLURAL_NEXT, text, end);
    const q: Quantity = { kind: money ? 'money' : 'number', start: m.index, end, vague: true };
    if (money) q.unit = CURRENCIES[m[2]!.toLowerCase()] ?? 'GBP';
    add(q);
  }
  for (const m of wordFolds!) {
    add({
      kind: 'multiplier',
      start: m.index,
      end: m.index + m[0].length,
      value: numberOf(m[1]!),
      unit: 'x',
    });
  }
  for (const m of magnitudes!) {
    const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? 1) : 1;
    add({
      kind: 'multiplier',
      start: m.index,
      end: m.index + m[0].length,
      value: 10 ** n,
      unit: 'x',
      vague: true,
    });
  }
  for (const m of vagueFolds!) {
    add({ kind: 'multiplier', start: m.index, end: m.index + m[0].length, unit: 'x', vague: true });
  }
  for (const m of verbFolds!) {
    // "two halves of the execution", "both halves": the noun, not the verb.
    if (!m[1] && HALVES_NOUN.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length))) continue;
    const value = VERB_FACTOR[m[2]!.toLowerCase()]!;
    add(hedged({ kind: 'multiplier', start: m.index, end: m.index + m[0].length, value, unit: 'x' }, m[1]));
  }
  for (const m of multiplied!) {
    if (!METRIC_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const value = numberOf(m[2]!);
    if (value > 1)
      add(hedged({ kind: 'multiplier', start: m.index, end: m.index + m[0].length, value, unit: 'x' }, m[1]));
  }
  for (const m of twices!) {
    const value = m[1] ? (m[1].toLowerCase() === 'twice' ? 2 : 3) : numberOf(m[2]!);
    add({ kind: 'multiplier', start: m.index, end: m.index + m[0].length, value, unit: 'x' });
  }
  for (const m of grewTimes!) {
    const value = numberOf(m[2]!);
    if (value > 1)
      add(hedged({ kind: 'multiplier', start: m.index, end: m.index + m[0].length, value, unit: 'x' }, m[1]));
  }
  for (const m of durations!) {
    const before = HEDGE_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const hedge = before?.[1]!.toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    const tail = sticky(COMPARATIVE_AFTER, text, end) || sticky(ON_AVERAGE, text, end);
    if (hedge ? SPAN_HEDGES.test(hedge) : tail === 0) continue;
    const unit = DURATION_UNITS[m[2]!.toLowerCase()];
    const value = NUMBER_WORDS[m[1]!.toLowerCase()];
    if (!unit || value === undefined) continue;
    const start = before ? m.index - before[0].length : m.index;
    const q: Quantity = { kind: 'duration', start, end: end + tail, value, unit };
    if (hedge) q.hedge = hedge;
    add(q);
  }
  for (const m of subUnits!) {
    const unit = DURATION_UNITS[m[2]!.toLowerCase()] ?? 'ms';
    const value = /^sub/i.test(m[1]!) ? 1 : 10;
    add({
      kind: 'duration',
      start: m.index,
      end: m.index + m[0].length,
      value,
      unit,
      hedge: '<',
      vague: true,
    });
  }
  return out;
}

function hedged(q: Quantity, hedge: string | undefined): Quantity {
  if (hedge) q.hedge = hedge.toLowerCase().replace(/\s+/g, ' ');
  return q;
}

function numberOf(s: string): number {
  const n = Number(s);
  if (!Number.isNaN(n)) return n;
  const w = s.toLowerCase();
  return w === 'thousand' ? 1000 : (NUMBER_WORDS[w] ?? 0);
}
