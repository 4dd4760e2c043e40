import type { Claim } from '../core/report';
import type { Check, FindingDraft } from './types';

// A change told twice in one sentence: its two ends, and right after them the percentage or multiple that sums it
// up. "from 121 in December 2020 to 209 in December 2021 (up 172%)", "dropped from 200 ms to 20 ms, a 90% cut",
// "went from 45 minutes to 5 minutes, 9x faster". The ends: a number with an optional scale or time unit.
const END = String.raw`(?:about\s+|around\s+|roughly\s+|nearly\s+|~)?\$?(\d[\d,]*(?:\.\d+)?)\s*(k|m|b|%|ms|s|sec|seconds?|min|minutes?|h|hours?|days?)?\b`;
const FROM_TO = new RegExp(String.raw`\bfrom\s+${END}[^.;]{0,60}?\bto\s+${END}`, 'gi');
// What may stand between the second end and the figure: its counted noun and date (" firms in 2026 (up "), then
// ", a ", ", an increase of ", " — "; anything else is another clause, about something else.
const GAP =
  /^(?:\s*[a-z]+(?=\s+(?:in|by|as|\())|\s*[a-z]+(?=\s*[,(]))?(?:\s*(?:in|by|as\s+of)\s+(?:[A-Z]\w+\s+)?\d{4})?[\s,(:–—-]*(?:(?:which\s+is|that(?:'s|\s+is)|i\.e\.,?|or|for)\s+)?(?:(?:an?\s+)?(?:increase|decrease|reduction|drop|gain|growth|rise|cut|improvement|speed-?up)\s+of\s+|up\s+|down\s+|an?\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|~)?$/i;
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
const TO_SECONDS: Record<string, number> = { ms: 0.001, s: 1, sec: 1, min: 60, h: 3600, day: 86400 };

/**
 * Why: "Contributors grew from 121 to 209 (up 172%)": 121 to 209 is up 73%. A figure the article's own numbers
 * contradict is wrong whatever its source (the reader standard: "claims the article's own data contradicts").
 */
export const arithmeticMismatch: Check = {
  id: 'arithmetic-mismatch',
  description:
    'A percentage or multiple that the change it sums up, given in the same sentence, does not match.',
  run(report) {
    const out: FindingDraft[] = [];
    for (const c of report.claims) {
      if (
        c.table !== undefined ||
        c.value === undefined ||
        (c.kind !== 'percentage' && c.kind !== 'multiplier')
      )
        continue;
      const at = offsetInSentence(c);
      if (at < 0) continue;
      for (const m of c.sentence.matchAll(FROM_TO)) {
        const end = m.index + m[0].length;
        if (end > at || !GAP.test(c.sentence.slice(end, at))) continue;
        const a = amount(m[1]!, m[2]);
        const b = amount(m[3]!, m[4]);
        if (a === null || b === null || a <= 0 || b <= 0 || (isYear(m[1]!) && isYear(m[3]!))) continue;
        const expected = expectedFigure(c, a, b);
        if (expected === null || agrees(c, c.value, expected)) continue;
        const shown = c.kind === 'percentage' ? `${round(expected)}%` : `${round(expected)}x`;
        out.push({
          severity: 'medium',
          message: `"${c.text}" does not follow from the article's own numbers: ${m[1]} to ${m[3]} is ${shown}.`,
          ref: c.id,
        });
      }
    }
    return out;
  },
};

// Where the claim starts in its sentence: the occurrence its quote's prefix leads into.
function offsetInSentence(c: Claim): number {
  const lead = c.quote.prefix.slice(-12);
  const k = c.sentence.indexOf(lead + c.text);
  return k >= 0 ? k + lead.length : c.sentence.indexOf(c.text);
}

// The end's value in one scale per kind of unit (seconds for times), or null when the two ends cannot be compared.
function amount(raw: string, unit: string | undefined): number | null {
  const v = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(v)) return null;
  const u = (unit ?? '')
    .toLowerCase()
    .replace(/s$/, '')
    .replace(/^second$/, 's')
    .replace(/^minute$/, 'min');
  if (u === '' || u === '%') return v;
  if (SCALE[u]) return v * SCALE[u];
  const t = TO_SECONDS[u === 'hour' ? 'h' : u];
  return t ? v * t : null;
}

// "up 73%" for 121 to 209, "90% less" for 200 to 20, "9x" for 45 to 5 minutes.
function expectedFigure(c: Claim, a: number, b: number): number | null {
  if (c.kind === 'multiplier') return Math.max(a, b) / Math.min(a, b);
  return (Math.abs(b - a) / a) * 100;
}

// Rounding and "about" leave room: a quarter of a multiple, or 3 points and a seventh of a percentage.
function agrees(c: Claim, value: number, expected: number): boolean {
  if (c.kind === 'multiplier') return Math.abs(value - expected) <= expected * 0.25;
  return Math.abs(value - expected) <= Math.max(3, expected / 7);
}

const isYear = (raw: string): boolean => /^(?:19|20)\d\d$/.test(raw);
const round = (x: number): string => (x >= 10 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, ''));
