// Many case-insensitive patterns scanned over one text. Each pattern needs one of a few literal strings
// (required-literals.ts: "leader" or "pioneer", "than", ...); one pass over the text with all of them at once says
// which patterns can match at all, and only those run (foldScan, as before). On a 1 MB page most blocks hold none of
// a lexicon's words, so most of its patterns never run. Results are exactly foldScan's: a pattern skipped here
// cannot match, because its every match contains one of its literals.
import { folded, foldScan, type Folded } from './fold';
import { requiredLiterals } from './required-literals';

// A literal of one letter, digit or blank occurs nearly everywhere: its pattern just runs. One punctuation mark
// ("@", ":") is rare enough to look for.
const TOO_COMMON = /^(?:[\p{L}\p{N}\s]|)$/u;

/** Why: a list of patterns for foldScanSet, prepared on first use (see foldSet). */
export interface FoldSet {
  readonly patterns: readonly RegExp[];
  /** Built on first use, or by prepareFoldSets. */
  prepared: PreparedSet | null;
}

/** Why: a set's patterns with their fast twins and literals, and the scans that say which may match a text. */
export interface PreparedSet {
  parts: Folded[];
  /** Per part, 1 when it always runs (no usable literal) on a text whose folded copy stands in for /i ... */
  always: Uint8Array;
  /** ... and when it does not (then the parts whose literals are looked for in the folded text run too). */
  alwaysUnfolded: Uint8Array;
  /** Per part, the literals that let it run (one must occur), or null when it always runs. */
  literals: (string[] | null)[];
  /** Literals looked for in the lower-cased text (the parts with a fast twin) and in the text as written. */
  lower: LiteralScan | null;
  cased: LiteralScan | null;
}

interface LiteralScan {
  re: RegExp;
  /** Literal -> the parts it (or any literal that is a prefix of it) lets run. */
  parts: Map<string, number[]>;
}

// Every set made, for prepareFoldSets.
const SETS: FoldSet[] = [];

/**
 * Why: a pattern list for foldScanSet, the order of the list the order of the results. It is prepared on first use:
 * the lexicons' sets take a third of a worker's start in chromium, and the worker prepares them while the page reads.
 */
export function foldSet(patterns: readonly RegExp[]): FoldSet {
  const set: FoldSet = { patterns, prepared: null };
  SETS.push(set);
  return set;
}

/** Why: prepares every set made so far (the worker, while it waits for the page to read itself). */
export function prepareFoldSets(): void {
  for (const set of SETS) prepared(set);
}

/** Why: the set's prepared parts, built now if this is its first use. */
export function prepared(set: FoldSet): PreparedSet {
  return (set.prepared ??= prepare(set.patterns));
}

function prepare(patterns: readonly RegExp[]): PreparedSet {
  const parts = patterns.map(folded);
  const always = new Uint8Array(parts.length).fill(1);
  const lower = new Map<string, number[]>();
  const cased = new Map<string, number[]>();
  const literals: (string[] | null)[] = parts.map(() => null);
  parts.forEach((p, k) => {
    const source = p.fastSource ?? (p.re.flags.includes('i') ? null : p.re.source);
    if (source === null) return;
    const lits = requiredLiterals(source, p.re.unicode);
    if (!lits || lits.some((l) => TOO_COMMON.test(l))) return;
    always[k] = 0;
    literals[k] = lits;
    const into = p.fastSource !== null ? lower : cased;
    for (const l of lits) into.set(l, [...(into.get(l) ?? []), k]);
  });
  const alwaysUnfolded = always.map((a, k) => (a || parts[k]!.fastSource !== null ? 1 : 0));
  return { parts, always, alwaysUnfolded, literals, lower: literalScan(lower), cased: literalScan(cased) };
}

/**
 * Why: per pattern of the set, exactly what foldScan(part, text, lower) returns, without running the patterns that
 * cannot match. `lower` is foldText(text) (null when lower-casing cannot stand in for /i).
 */
export function foldScanSet(
  set: FoldSet,
  text: string,
  lower: string | null,
  enabled?: Uint8Array,
): RegExpExecArray[][] {
  const { parts } = prepared(set);
  const run = mayMatch(set, text, lower);
  const out: RegExpExecArray[][] = [];
  for (let k = 0; k < parts.length; k++) {
    out.push(run[k] && (!enabled || enabled[k]) ? foldScan(parts[k]!, text, lower) : NONE);
  }
  return out;
}

/**
 * Why: foldScanSet for a long set whose patterns mostly do not run (a lexicon): the matches of each pattern that
 * found any, in the set's order, as [pattern index, its matches] pairs; the patterns left out found nothing.
 */
export function foldScanFound(
  set: FoldSet,
  text: string,
  lower: string | null,
): [number, RegExpExecArray[]][] {
  const { parts } = prepared(set);
  const run = mayMatch(set, text, lower);
  const out: [number, RegExpExecArray[]][] = [];
  for (let k = run.indexOf(1); k !== -1; k = run.indexOf(1, k + 1)) {
    const found = foldScan(parts[k]!, text, lower);
    if (found.length > 0) out.push([k, found]);
  }
  return out;
}

// 1 for each part that may match: those without literals, those whose literals the text holds, and, when the
// folded text cannot stand in for /i, those whose literals were to be looked for in it.
function mayMatch(fold: FoldSet, text: string, lower: string | null): Uint8Array {
  const set = prepared(fold);
  const usable = lower !== null && lower.length === text.length;
  const run = (usable ? set.always : set.alwaysUnfolded).slice();
  if (usable && set.lower) mark(set.lower, lower, run);
  if (set.cased) mark(set.cased, text, run);
  return run;
}

// The answer of a part that did not run; shared, so callers must not add to it (none does).
const NONE: RegExpExecArray[] = [];
Object.freeze(NONE);

/**
 * Why: whether part `k` runs, on a text whose folded copy stands in for /i, only where one of `words` occurs: each
 * of its literals holds one. A caller's guard of those words then filters nothing the set does not.
 */
export function literalsImply(fold: FoldSet, k: number, words: readonly string[]): boolean {
  const set = prepared(fold);
  const lits = set.literals[k];
  return !!lits && set.parts[k]!.fastSource !== null && lits.every((l) => words.some((w) => l.includes(w)));
}

/**
 * Why: a caller's own guards ("the pattern runs only if the text holds one of these words"), all answered in one pass
 * instead of one `includes` per word. Entry k of the result is 1 when the text holds a word of group k.
 */
export function wordGuards(groups: readonly (readonly string[])[]): (text: string) => Uint8Array {
  const words = new Map<string, number[]>();
  groups.forEach((g, k) => {
    for (const w of g) words.set(w, [...(words.get(w) ?? []), k]);
  });
  const scan = literalScan(words)!;
  return (text) => {
    const found = new Uint8Array(groups.length);
    mark(scan, text, found);
    return found;
  };
}

function literalScan(lits: Map<string, number[]>): LiteralScan | null {
  if (lits.size === 0) return null;
  const keys = [...lits.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // At any position the alternation finds the longest literal there; every other literal there is its prefix.
  // A literal's prefixes among the literals, longest first (the keys' order), found by length: a lexicon's set has
  // a thousand literals but a few dozen lengths.
  const lengths = [...new Set(keys.map((k) => k.length))];
  const parts = new Map<string, number[]>();
  for (const k of keys) {
    const enabled = new Set<number>();
    for (const n of lengths) {
      const prefix = n > k.length ? null : lits.get(n === k.length ? k : k.slice(0, n));
      if (prefix) for (const p of prefix) enabled.add(p);
    }
    parts.set(k, [...enabled]);
  }
  // No lookahead around it: mark() steps one character past each match itself, so overlaps are still all seen,
  // and V8 scans a bare alternation of literals faster.
  const alternation = keys.map((k) => k.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|');
  return { re: new RegExp(alternation, 'g'), parts };
}

// Marks the parts whose literals occur in `hay` (each start position is tried, so overlaps are all seen).
function mark(scan: LiteralScan, hay: string, run: Uint8Array): void {
  const re = scan.re;
  re.lastIndex = 0;
  for (let m = re.exec(hay); m; m = re.exec(hay)) {
    for (const k of scan.parts.get(m[0])!) run[k] = 1;
    re.lastIndex = m.index + 1;
  }
}
