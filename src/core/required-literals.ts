// Which literal strings a regular expression cannot match without: every match of the pattern contains one of
// them. A text that holds none of them cannot match, which a single pass over all patterns' literals at once tells
// far faster than running each pattern (fold-set.ts). Reads the pattern's source with a small parser of the syntax
// the lexicons use; anything it does not understand counts as "may match anything", which is always safe.

// Strings kept per node before the analysis gives up on exact sets (they multiply in sequences).
const CAP = 64;
// Characters a class may spell out before it counts as "any character".
const CLASS_CAP = 8;

// What one piece of a pattern can match: `exact` lists every string it can match (null: too many to list), `req`
// lists strings one of which every match contains (null: none required).
interface Info {
  exact: string[] | null;
  req: string[] | null;
}

const ANY: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [''], req: null };

/**
 * Why: the prefilter's input: the strings one of which every match of `source` contains, or null when the
 * pattern can match without any (or uses syntax this reader does not know). `unicode` is the pattern's `u` flag.
 */
export function requiredLiterals(source: string, unicode: boolean): string[] | null {
  try {
    const p = new Reader(source, unicode);
    const info = p.alternation();
    if (p.at < source.length) return null;
    const req = info.req ?? (info.exact && !info.exact.includes('') ? info.exact : null);
    return req && req.length > 0 && !req.includes('') ? [...new Set(req)] : null;
  } catch {
    return null;
  }
}

class Reader {
  at = 0;
  constructor(
    private readonly s: string,
    private readonly unicode: boolean,
  ) {}

  alternation(): Info {
    const alts = [this.sequence()];
    while (this.s[this.at] === '|') {
      this.at++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0]!;
    const exact = alts.every((a) => a.exact) ? union(alts.map((a) => a.exact!)) : null;
    const reqs = alts.map(reqOf);
    const req = reqs.every((r) => r) ? union(reqs.map((r) => r!)) : null;
    return { exact, req: req && req.length <= CAP * 4 ? req : null };
  }

  private sequence(): Info {
    const pick = new Pick();
    let run: string[] | null = [''];
    let exact: string[] | null = [''];
    const close = (): void => {
      if (run && !run.includes('')) pick.consider(run);
    };
    while (this.at < this.s.length && this.s[this.at] !== '|' && this.s[this.at] !== ')') {
      // A run of plain characters with no quantifier after it is read as one piece: the same candidates and strings
      // as reading it character by character, with one concatenation per string instead of one per character.
      const end = this.plainRunEnd();
      if (end > this.at + 1) {
        const text = this.s.slice(this.at, end);
        this.at = end;
        exact = exact && appended(exact, text);
        // In the order the characters would add them: the first one's own candidate, then the run it may close.
        pick.considerChar(text[0]!);
        const longer: string[] | null = run && appended(run, text);
        if (!longer) close();
        run = longer ?? [text];
        for (let i = 1; i < text.length; i++) pick.considerChar(text[i]!);
        continue;
      }
      const item = this.quantified(this.atom());
      // What the item needs on its own (a lookaround's text, an alternation's words) is a candidate too.
      const own = reqOf(item);
      if (own) pick.consider(own);
      exact = exact && item.exact ? product(exact, item.exact) : null;
      const next: string[] | null = run && item.exact ? product(run, item.exact) : null;
      if (next) {
        run = next;
        continue;
      }
      close();
      run = item.exact && item.exact.length <= CAP ? item.exact : null;
    }
    close();
    return { exact, req: pick.best };
  }

  // Where the run of plain characters at `at` ends: printable ASCII that is no syntax, the last one dropped when a
  // quantifier follows it (the quantifier takes that character alone).
  private plainRunEnd(): number {
    const s = this.s;
    let end = this.at;
    while (end < s.length && PLAIN[s.charCodeAt(end)] === 1) end++;
    if (end > this.at && end < s.length && QUANTIFIER_START.includes(s[end]!)) end--;
    return end;
  }

  private quantified(item: Info): Info {
    // Most items have no quantifier: told by one character, not a slice and a regex (this runs at the worker's start).
    const next = this.s[this.at];
    if (next !== '*' && next !== '+' && next !== '?' && next !== '{') return item;
    const q = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.s.slice(this.at, this.at + 16));
    if (!q) return item;
    this.at += q[0].length;
    const c = q[0][0];
    const min = c === '*' || c === '?' ? 0 : c === '+' ? 1 : Number(q[1]);
    const max =
      c === '?' ? 1 : c === '*' || c === '+' ? Infinity : q[2] ? (q[3] ? Number(q[3]) : Infinity) : min;
    let exact: string[] | null = null;
    if (item.exact && max !== Infinity && max <= 4) {
      exact = min === 0 ? [''] : [];
      let power: string[] | null = [''];
      for (let k = 1; k <= max && power; k++) {
        power = product(power, item.exact);
        if (power && k >= min) exact = union([exact, power]);
      }
      if (!power || exact.length > CAP) exact = null;
    }
    return { exact, req: min >= 1 ? reqOf(item) : null };
  }

  private atom(): Info {
    const s = this.s;
    const ch = s[this.at]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '^' || ch === '$') {
      this.at++;
      return EMPTY;
    }
    if (ch === '.') {
      this.at++;
      return ANY;
    }
    if (ch === '\\') return this.escape(false);
    if ('*+?{}]'.includes(ch)) throw new Error('unexpected');
    const cp = s.codePointAt(this.at)!;
    const lit = this.unicode ? String.fromCodePoint(cp) : ch;
    this.at += lit.length;
    return { exact: [lit], req: [lit] };
  }

  private group(): Info {
    const s = this.s;
    this.at++;
    let look: 'ahead' | 'not' | null = null;
    if (s[this.at] === '?') {
      const kind = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.at, this.at + 40));
      if (!kind) throw new Error('unknown group');
      if (kind[0] === '?=' || kind[0] === '?<=') look = 'ahead';
      else if (kind[0] === '?!' || kind[0] === '?<!') look = 'not';
      this.at += kind[0].length;
    }
    const inner = this.alternation();
    if (s[this.at] !== ')') throw new Error('unclosed');
    this.at++;
    // A lookaround matches no text of its own; a positive one still needs its text to stand in the input.
    if (look === 'not') return EMPTY;
    if (look === 'ahead') return { exact: [''], req: reqOf(inner) };
    return inner;
  }

  // An escape: `inClass` reads it as one class member (null: a set, not a character).
  private escape(inClass: boolean): Info {
    const s = this.s;
    const e = s[this.at + 1];
    if (e === undefined) throw new Error('trailing backslash');
    this.at += 2;
    if (e === 'b' || e === 'B') {
      if (inClass) return lit('\b');
      return EMPTY;
    }
    if ('dDwWsS'.includes(e)) return ANY;
    if (e === 'p' || e === 'P') {
      if (!this.unicode) return lit(e);
      const close = s.indexOf('}', this.at);
      if (s[this.at] !== '{' || close < 0) throw new Error('bad property');
      this.at = close + 1;
      return ANY;
    }
    // A backreference matches what its group matched: nothing this reader can name.
    if (/[1-9]/.test(e)) {
      while (/[0-9]/.test(s[this.at] ?? '')) this.at++;
      return ANY;
    }
    if (e === 'k') {
      const close = s.indexOf('>', this.at);
      if (s[this.at] !== '<' || close < 0) throw new Error('bad backreference');
      this.at = close + 1;
      return ANY;
    }
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (simple[e] !== undefined) return lit(simple[e]!);
    if (e === 'x' || e === 'u') {
      const m =
        e === 'u' && s[this.at] === '{' && this.unicode
          ? /^\{([0-9a-fA-F]+)\}/.exec(s.slice(this.at))
          : new RegExp(`^([0-9a-fA-F]{${e === 'x' ? 2 : 4}})`).exec(s.slice(this.at));
      if (!m) throw new Error('bad escape');
      this.at += m[0].length;
      return lit(String.fromCodePoint(parseInt(m[1]!, 16)));
    }
    if (e === 'c') throw new Error('control escape');
    return lit(e);
  }

  private charClass(): Info {
    const s = this.s;
    this.at++;
    // A negated class is read through for its end and counts as any character.
    let any = s[this.at] === '^';
    if (any) this.at++;
    const chars: string[] = [];
    let first = true;
    while (this.at < s.length && (s[this.at] !== ']' || first)) {
      first = false;
      const a = this.classMember();
      if (a === null) {
        any = true;
        continue;
      }
      if (s[this.at] === '-' && s[this.at + 1] !== ']' && this.at + 1 < s.length) {
        this.at++;
        const b = this.classMember();
        if (b === null) throw new Error('range to a set');
        const from = a.codePointAt(0)!;
        const to = b.codePointAt(0)!;
        if (to - from >= CLASS_CAP) any = true;
        else for (let c = from; c <= to; c++) chars.push(String.fromCodePoint(c));
      } else chars.push(a);
    }
    if (s[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    if (any || chars.length > CLASS_CAP || chars.length === 0) return ANY;
    const set = [...new Set(chars)];
    return { exact: set, req: set };
  }

  // One member of a class: a character, or null for a set escape (\d, \p{L}, ...).
  private classMember(): string | null {
    const s = this.s;
    if (s[this.at] === '\\') {
      const e = this.escape(true);
      return e.exact ? e.exact[0]! : null;
    }
    const cp = s.codePointAt(this.at)!;
    const ch = this.unicode ? String.fromCodePoint(cp) : s[this.at]!;
    this.at += ch.length;
    return ch;
  }
}

const lit = (c: string): Info => ({ exact: [c], req: [c] });

function reqOf(i: Info): string[] | null {
  if (i.req) return i.req;
  return i.exact && !i.exact.includes('') ? i.exact : null;
}

function union(lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

// Printable ASCII that is no regex syntax (1), by character code; the characters a quantifier starts with.
const PLAIN = new Uint8Array(128);
for (let c = 0x20; c < 0x7f; c++) if (!'()[]{}^$.\\*+?|'.includes(String.fromCharCode(c))) PLAIN[c] = 1;
const QUANTIFIER_START = '*+?{';

// product(a, [text]) without building a set: the strings stay distinct. Null past CAP, as product's.
function appended(a: string[], text: string): string[] | null {
  return a.length > CAP ? null : a.map((x) => x + text);
}

// Every concatenation of a string from `a` with one from `b`; null past CAP.
function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > CAP) return null;
  // Every list here holds distinct strings, so with one string on either side so does the product: no set needed.
  if (b.length === 1) return a.map((x) => x + b[0]);
  if (a.length === 1) return b.map((y) => a[0] + y);
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

// Words in nearly every sentence: a requirement that lists one is a weak filter.
const COMMON = new Set(
  'the a an and or of to in on at by for with from is are was were be it its our their this that as not no all any'.split(
    ' ',
  ),
);

// The most selective requirement: no common word, then the longest shortest string, then the fewest strings (the
// first of equals). Candidates are weighed as they come, so the many one-character ones need no array each.
class Pick {
  best: string[] | null = null;
  private score = -Infinity;

  consider(c: string[]): void {
    let shortest = Infinity;
    let common = false;
    for (const x of c) {
      if (x.length < shortest) shortest = x.length;
      if (!common && COMMON.has(x.trim())) common = true;
    }
    const value = (common ? -100_000 : 0) + Math.min(shortest, 12) * 1000 - c.length;
    if (value > this.score) {
      this.best = c;
      this.score = value;
    }
  }

  // consider([ch]) without the array unless it is the best so far.
  considerChar(ch: string): void {
    const value = (COMMON.has(ch.trim()) ? -100_000 : 0) + 999;
    if (value > this.score) {
      this.best = [ch];
      this.score = value;
    }
  }
}
