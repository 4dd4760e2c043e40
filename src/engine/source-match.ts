// "Does the source say it?": looks for a linked claim's quantity in the text of the page it links, normalised on both
// sides ("40%", "40 percent", "forty per cent", "0.4"; "2.5 million" and "2,500,000"; "5x" and "five times"), near
// the claim's key words. Pure: the verify layer fetches the page and calls this (injected as VerifyTools.matchSource).
import type { Claim } from '../core/report';
import { scanQuantities, type Quantity } from '../core/quantities';
import { figuresForWords } from './number-words';

/** Why: the verdict on a page that could be read (unverifiable pages never reach the matcher). */
export interface SourceMatchResult {
  status: 'stated' | 'stated-differently' | 'not-stated';
  snippet?: string;
  found?: string;
  reason: string;
}

const MAX_TEXT = 600_000;
const WINDOW = 200;
const STOP = new Set(
  'about above after again against also among another because been before being below between both could does doing down during each from further have having here into itself just more most other over same should some such than that their them then there these they this those through under until very were what when where which while will with would your year years percent per cent'.split(
    ' ',
  ),
);

// Key words of the claim's sentence, as 5-letter stems ("emissions" and "emission" meet at "emiss").
function keyStems(claim: Claim): string[] {
  const rest = claim.sentence.replace(claim.text, ' ');
  const words = rest.toLowerCase().match(/\p{L}[\p{L}'-]{3,}/gu) ?? [];
  const stems = words.filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5));
  return [...new Set(stems)].slice(0, 12);
}

// The claim's number at the precision it is written: "40%" matches 39.6-40.4, "2.5 million" 2.45-2.55 million.
function tolerance(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0) return 1e-9;
  if (Number.isInteger(value)) {
    let step = 1;
    while (abs % (step * 10) === 0) step *= 10;
    return step / 2;
  }
  const decimals = String(value).split('.')[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= tolerance(b) + 1e-9;

function sameKind(q: Quantity, c: Claim): boolean {
  if (c.kind === 'percentage') return q.kind === 'percentage';
  if (c.kind === 'money') return q.kind === 'money' && (!q.unit || !c.unit || q.unit === c.unit);
  if (c.kind === 'duration') return q.kind === 'duration' && q.unit === c.unit;
  if (c.kind === 'range') return q.kind === 'range' && (!q.unit || !c.unit || q.unit === c.unit);
  return q.kind === c.kind;
}

function sameValue(q: Quantity, c: Claim): boolean {
  const v = c.value!;
  if (q.value === undefined) return false;
  // "0.4 of" for "40%": a bare fraction states a percentage too.
  if (c.kind === 'percentage' && q.kind === 'number' && q.value > 0 && q.value < 1)
    return near(q.value * 100, v);
  if (!sameKind(q, c)) return false;
  if (c.kind === 'range')
    return near(q.value, v) && c.max !== undefined && q.max !== undefined && near(q.max, c.max);
  return near(q.value, v);
}

function claimWords(c: Claim): string {
  return c.text.length <= 40 ? `"${c.text}"` : `its ${c.kind}`;
}

/** Why: the one judgement, shared by the CLI and the extension; `text` is the page's main text. */
export function matchSource(claim: Claim, pageText: string): SourceMatchResult {
  if (claim.value === undefined)
    return { status: 'not-stated', reason: 'the claim has no number to look for' };
  const original = pageText.slice(0, MAX_TEXT);
  const rewritten = figuresForWords(original);
  const lower = rewritten.text.toLowerCase();
  const stems = keyStems(claim);
  const need = Math.min(2, stems.length);
  const around = (q: Quantity) => {
    const from = Math.max(0, q.start - WINDOW);
    const window = lower.slice(from, q.end + WINDOW);
    return stems.filter((s) => window.includes(s)).length;
  };
  const quote = (q: Quantity) => {
    const start = rewritten.toOriginal(q.start);
    const end = rewritten.toOriginal(q.end);
    const lineStart = Math.max(original.lastIndexOf('\n', start) + 1, start - 140);
    const lineEnd = original.indexOf('\n', end);
    const stop = Math.min(lineEnd < 0 ? original.length : lineEnd, end + 140);
    const snippet = `${lineStart > 0 && original[lineStart - 1] !== '\n' ? '…' : ''}${original.slice(lineStart, stop).trim()}${stop < original.length && original[stop] !== '\n' ? '…' : ''}`;
    return { snippet, found: original.slice(start, end) };
  };
  const quantities = scanQuantities(rewritten.text);
  const scored = quantities.map((q) => ({ q, score: stems.length ? around(q) : 0 }));
  const equal = scored
    .filter((s) => sameValue(s.q, claim) && (stems.length === 0 || s.score >= 1))
    .sort((a, b) => b.score - a.score)[0];
  if (equal)
    return {
      status: 'stated',
      ...quote(equal.q),
      reason: `the source states ${quote(equal.q).found}${stems.length ? ' near the claim’s key words' : ''}`,
    };
  const other = stems.length
    ? scored
        .filter((s) => sameKind(s.q, claim) && s.q.value !== undefined && s.score >= need)
        .sort((a, b) => b.score - a.score)[0]
    : undefined;
  if (other) {
    const q = quote(other.q);
    return {
      status: 'stated-differently',
      ...q,
      reason: `the source says ${q.found} where the article says ${claim.text}`,
    };
  }
  return {
    status: 'not-stated',
    reason: `the linked source does not mention ${claimWords(claim)}${stems.length ? ' near the claim’s key words' : ''}`,
  };
}
