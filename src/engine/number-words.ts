// Spelled-out numbers rewritten as figures, so a source's "forty per cent" or "five times" reads like the article's
// "40%" or "5x" to the quantity scanner. Keeps a map back to the original text, so snippets quote the source's words.

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const MULTIPLES: Record<string, number> = {
  twice: 2,
  double: 2,
  doubled: 2,
  triple: 3,
  tripled: 3,
  quadruple: 4,
};

const UNIT = Object.keys(UNITS).join('|');
const TEN = Object.keys(TENS).join('|');
// "forty-two", "forty two", "forty", "seven"; then optionally "times" or "-fold".
const WORD_NUMBER = new RegExp(
  `\\b(?:(${TEN})(?:[\\s-](${Object.keys(UNITS).slice(1, 10).join('|')}))?|(${UNIT}))\\b(\\s+times\\b|-fold\\b)?`,
  'gi',
);
const DIGIT_TIMES = /\b(\d+(?:\.\d+)?)\s+times\b/gi;
const MULTIPLE = new RegExp(`\\b(${Object.keys(MULTIPLES).join('|')})\\b`, 'gi');

/** Why: the rewritten text, and a function from an offset in it back to the original's. */
export interface Rewritten {
  text: string;
  toOriginal(offset: number): number;
}

interface Edit {
  start: number;
  end: number;
  by: string;
}

function apply(text: string, edits: Edit[]): Rewritten {
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  // [start in the new text, start in the old text] at each edit's boundaries.
  const marks: [number, number][] = [[0, 0]];
  for (const e of edits) {
    if (e.start < at) continue;
    out += text.slice(at, e.start);
    marks.push([out.length, e.start]);
    out += e.by;
    marks.push([out.length, e.end]);
    at = e.end;
  }
  out += text.slice(at);
  return {
    text: out,
    toOriginal(offset) {
      let best: [number, number] = [0, 0];
      for (const m of marks) if (m[0] <= offset) best = m;
      return Math.min(text.length, best[1] + (offset - best[0]));
    },
  };
}

/** Why: "forty per cent" -> "40 per cent", "five times" -> "5x", "twice" -> "2x", "3 times" -> "3x". */
export function figuresForWords(text: string): Rewritten {
  const edits: Edit[] = [];
  for (const m of text.matchAll(WORD_NUMBER)) {
    const [whole, tens, unit, single, times] = m;
    const value = tens
      ? TENS[tens.toLowerCase()]! + (unit ? UNITS[unit.toLowerCase()]! : 0)
      : UNITS[single!.toLowerCase()]!;
    // "one" alone is too often a pronoun ("the one that"); it counts only with "times" or a following unit word.
    if (single && /^(?:one|zero)$/i.test(single) && !times) continue;
    edits.push({ start: m.index!, end: m.index! + whole.length, by: `${value}${times ? 'x' : ''}` });
  }
  for (const m of text.matchAll(DIGIT_TIMES))
    edits.push({ start: m.index!, end: m.index! + m[0].length, by: `${m[1]}x` });
  for (const m of text.matchAll(MULTIPLE))
    edits.push({ start: m.index!, end: m.index! + m[0].length, by: `${MULTIPLES[m[1]!.toLowerCase()]}x` });
  return apply(text, edits);
}
