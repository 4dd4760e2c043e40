// A figure the article already gave with its source: "A study found LLMs succeed only 27.1% of the time ([arXiv])"
// and, in the FAQ, "one study found LLMs generate Terraform only 27.1% of the time". The reader has the source.
import type { Claim } from './report';
import { contentWords, sharesWords } from './relevance';

// Linked claims of one figure compared per unsupported claim: bounded however often a page repeats "1%".
const MAX_CANDIDATES = 20;

const figureKey = (c: Claim): string | null =>
  c.value === undefined ? null : `${c.kind}\u0000${c.value}\u0000${c.max ?? ''}\u0000${c.unit ?? ''}`;

const roundKey = (c: Claim): string => `${c.kind}\u0000${c.max ?? ''}\u0000${c.unit ?? ''}`;
// Digits after the decimal point of the figure's number ("89.2 million": 1).
const decimals = (text: string): number => /\d\.(\d+)/.exec(text)?.[1]?.length ?? 0;
// "89 million" for 89.2 million: within 1%, and not the same figure (that is the exact key's).
const roundsTo = (precise: number, round: number): boolean =>
  precise !== round && Math.abs(precise - round) <= Math.abs(precise) * 0.01;

const CONTRAST =
  /\b(?:for\s+comparison|by\s+contrast|in\s+contrast|compared\s+(?:with|to)|whereas|unlike)\b/i;

// Significant digits of the claim's first number: "$125M" 3, "27.1%" 3, "1,000" 1, "40%" 2.
const significantDigits = (text: string): number =>
  (/\d[\d,.]*/.exec(text)?.[0] ?? '').replace(/[,.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;

/**
 * Why: an unsupported figure that restates a linked one (same kind, value and unit, and a sentence about the same
 * thing: two content words in common, one for a sum of three significant digits) stands on that link; its
 * evidence is the link the reader saw before or sees below. A "data shows" in the same sentence leans on that link
 * too.
 */
export function restatedSupport(input: Claim[]): Claim[] {
  const claims = restatedRanks(input);
  const linked = new Map<string, Claim[]>();
  // Linked figures written with decimals, by kind and unit: "89 million" restates "89.2 million", rounded.
  const precise = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = c.support === 'linked' ? figureKey(c) : null;
    if (key === null) continue;
    const list = linked.get(key);
    if (!list) linked.set(key, [c]);
    else if (list.length < MAX_CANDIDATES) list.push(c);
    if (decimals(c.text) > 0) {
      const near = precise.get(roundKey(c));
      if (!near) precise.set(roundKey(c), [c]);
      else if (near.length < MAX_CANDIDATES) near.push(c);
    }
  }
  if (linked.size === 0) return claims;
  // A page that repeats its figures compares the same sentences many times: each one's words are read once.
  const wordsOf = new Map<string, Set<string>>();
  const words = (sentence: string): Set<string> => {
    let w = wordsOf.get(sentence);
    if (!w) wordsOf.set(sentence, (w = contentWords(sentence)));
    return w;
  };
  // "The H/14 model achieves 78.0% ... and 73.4% ..." above a results table whose linked H/14 row holds both: two
  // figures of one sentence given together in one linked row are that row's, whatever words the row has.
  const rowFigures = new Map<number, Set<string>>();
  for (const c of claims) {
    const key = c.support === 'linked' && c.table !== undefined ? figureKey(c) : null;
    if (key === null) continue;
    const set = rowFigures.get(c.block);
    if (set) set.add(key);
    else rowFigures.set(c.block, new Set([key]));
  }
  const inSentence = new Map<string, string[]>();
  if (rowFigures.size > 0)
    for (const c of claims) {
      const key = figureKey(c);
      if (key === null || decimals(c.text) === 0) continue;
      const at = `${c.block}\u0000${c.sentence}`;
      const list = inSentence.get(at);
      if (list) list.push(key);
      else inSentence.set(at, [key]);
    }
  const sameRow = (c: Claim, l: Claim, key: string): boolean => {
    if (l.table === undefined || decimals(c.text) === 0) return false;
    const row = rowFigures.get(l.block);
    const others = inSentence.get(`${c.block}\u0000${c.sentence}`) ?? [];
    return !!row && others.some((k) => k !== key && row.has(k));
  };
  const restated = claims.map((c): Claim => {
    const key = c.support === 'unsupported' ? figureKey(c) : null;
    const candidates =
      key === null
        ? undefined
        : (linked.get(key) ??
          (decimals(c.text) === 0
            ? precise.get(roundKey(c))?.filter((l) => roundsTo(l.value!, c.value!))
            : undefined));
    if (!candidates) return c;
    const own = words(c.sentence);
    // A sum few sentences would share by chance ("$125M") needs one word in common: the summary at the top ("We
    // raised a $125M Series D ...") restates the linked announcement below it. Not a share ("99.9%" uptime is every
    // SLA's), nor a sentence set against another ("For comparison, ..."): that one is about something else.
    // A range ("10-15%") is two figures at once: given with its link, then quoted back later ("the statement 'the
    // tail-call interpreter is 10-15% faster'"), it is the same finding whatever the words around it.
    const contrast = CONTRAST.test(c.sentence);
    const needed =
      c.max !== undefined && !contrast
        ? 0
        : c.kind === 'money' && significantDigits(c.text) >= 3 && !contrast
          ? 1
          : 2;
    const source = candidates.find(
      (l) =>
        (needed === 0 && !CONTRAST.test(l.sentence)) ||
        sharesWords(own, words(l.sentence), needed === 1 && !CONTRAST.test(l.sentence) ? 1 : 2) ||
        sameRow(c, l, key!),
    );
    if (!source) return c;
    return { ...c, support: 'linked' as const, evidence: source.evidence.filter((e) => e.href) };
  });
  // "the benchmark data shows why: one study found ... only 27.1%": the attribution points at the figure's source,
  // and so does a superlative that ranks by that figure ("put the best-performing model at 34% success").
  // ("Kubernetes is the leading platform for Collector deployment (80.6%)": the linked share that ranks it, too.)
  // Both lists by block and sentence; a restated figure is linked now, so it is in both.
  const sourced = new Map<string, Claim[]>();
  const linkedHere = new Map<string, Claim[]>();
  const push = (map: Map<string, Claim[]>, key: string, c: Claim): void => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  restated.forEach((c, i) => {
    const key = `${c.block}\u0000${c.sentence}`;
    if (c !== claims[i]) push(sourced, key, c);
    if (c.support === 'linked' && c.value !== undefined) push(linkedHere, key, c);
  });
  if (linkedHere.size === 0) return restated;
  return restated.map((c) => {
    if (c.support !== 'unsupported') return c;
    const key = `${c.block}\u0000${c.sentence}`;
    const figures = sourced.get(key);
    const ranking = c.kind === 'superlative' ? rankedBy(c.quote.suffix) : '';
    const source =
      c.kind === 'weasel'
        ? figures?.[0]
        : ranking
          ? linkedHere.get(key)?.find((f) => ranking.startsWith(f.text))
          : undefined;
    return source ? { ...c, support: 'linked' as const, evidence: source.evidence } : c;
  });
}

// What follows a superlative when a figure ranks it ("the best model at 34% success", "the fastest, with 2.1 s",
// "the leading platform for Collector deployment (80.6%)"),
// from the figure on; empty when no such figure follows.
const RANKED_BY =
  /^,?\s+(?:at|with|of|reaching|scoring|hitting)\s+|^(?:\s+(?:for|in|among|of)\s+[\p{L}\s-]{1,40}?)?\s*\(\s*/u;
const rankedBy = (suffix: string): string => {
  const m = RANKED_BY.exec(suffix);
  return m ? suffix.slice(m[0].length) : '';
};

// What a leadership claim opens with, to the word after the superlative: "the fastest self-hostable".
const RANK_HEAD = /^(?:the\s+)?(?:[\p{L}-]+est|best|leading|most\s+[\p{L}-]+)\s+[\p{L}-]{4,}/iu;

/**
 * Why: "the fastest self-hostable generic workflow engine among Airflow, Prefect and even Temporal", backed by the
 * linked benchmark, and the title over it, "Windmill is the fastest self-hostable open-source workflow engine": one
 * leadership claim told twice (the same superlative and the word after it) stands on the one link.
 */
function restatedRanks(claims: Claim[]): Claim[] {
  const head = (c: Claim): string | undefined =>
    RANK_HEAD.exec(c.text)?.[0].toLowerCase().replace(/\s+/g, ' ');
  const linked = new Map<string, Claim>();
  for (const c of claims) {
    const h = c.kind === 'superlative' && c.support === 'linked' ? head(c) : undefined;
    if (h && !linked.has(h)) linked.set(h, c);
  }
  if (linked.size === 0) return claims;
  return claims.map((c) => {
    const h = c.kind === 'superlative' && c.support === 'unsupported' ? head(c) : undefined;
    const source = h ? linked.get(h) : undefined;
    return source ? { ...c, support: 'linked' as const, evidence: source.evidence.filter((e) => e.href) } : c;
  });
}
