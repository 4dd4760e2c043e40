// The caps that keep a report linear: sentence windows, evidence, claims per block and in all, and their notes.
import { describe, expect, test } from 'vitest';
import { LIMITS, capClaims, capEvidence, capList, limitMeta, newTally, sentenceWindow } from './limits';
import type { Evidence } from './report';

describe('sentenceWindow', () => {
  const long = `${'word '.repeat(200)}cut costs by 37% last year ${'and more words '.repeat(100)}`.trim();
  const at = long.indexOf('37%');

  test.each<[string, string, number, number, (w: string) => void]>([
    [
      'a short sentence is kept whole',
      'Costs fell 37% overnight.',
      11,
      14,
      (w) => expect(w).toBe('Costs fell 37% overnight.'),
    ],
    [
      'a long sentence is a window around the claim, marked at both ends',
      long,
      at,
      at + 3,
      (w) => {
        expect(w.length).toBeLessThanOrEqual(LIMITS.sentenceChars);
        expect(w).toContain('cut costs by 37% last year');
        expect(w.startsWith('…') && w.endsWith('…')).toBe(true);
      },
    ],
    [
      'a claim at the start: no ellipsis before it',
      long.slice(at),
      0,
      3,
      (w) => {
        expect(w.startsWith('37%')).toBe(true);
        expect(w.endsWith('…')).toBe(true);
      },
    ],
    [
      'a claim longer than the window keeps its start',
      'x'.repeat(1000),
      10,
      900,
      (w) => expect(w.length).toBeLessThanOrEqual(LIMITS.sentenceChars),
    ],
  ])('%s', (_name, text, start, end, check) => {
    check(sentenceWindow(text, { start: 0, end: text.length }, start, end));
  });

  test('never splits a surrogate pair', () => {
    const text = '😀'.repeat(400);
    const w = sentenceWindow(text, { start: 0, end: text.length }, 400, 402);
    expect(w).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe('capClaims', () => {
  test('keeps the first claims of each block and counts the rest', () => {
    const drafts = [...Array.from({ length: LIMITS.claimsPerBlock + 7 }, () => ({ block: 0 })), { block: 1 }];
    const tally = newTally();
    const kept = capClaims(drafts, tally);
    expect(kept).toHaveLength(LIMITS.claimsPerBlock + 1);
    expect(tally).toMatchObject({ blockDropped: 7, blocksCapped: 1, claimsDropped: 0 });
    expect(limitMeta(tally).notes?.[0]).toMatch(
      /^Kept the first 500 claims of each block: 7 more in 1 block was not checked\.$/,
    );
  });

  test('stops after the total cap', () => {
    const drafts = Array.from({ length: LIMITS.claims + 3 }, (_, i) => ({ block: i }));
    const tally = newTally();
    expect(capClaims(drafts, tally)).toHaveLength(LIMITS.claims);
    expect(limitMeta(tally)).toEqual({
      limits: { claims: LIMITS.claims },
      notes: ['Stopped after 25,000 claims: 3 more were not checked.'],
    });
  });
});

describe('capEvidence', () => {
  const ev = (text: string, href?: string): Evidence =>
    href ? { kind: 'link', text, href } : { kind: 'author-year', text };

  test('a few short items pass untouched and are not counted', () => {
    const tally = newTally();
    const list = [ev('IEA', 'https://iea.org/r'), ev('(Koomey, 2016)')];
    expect(capEvidence(list, tally)).toEqual(list);
    expect(tally.evidenceCut).toBe(0);
  });

  test('many or long items are cut to the per-claim budget', () => {
    const tally = newTally();
    const list = Array.from({ length: 50 }, (_, i) =>
      ev('t'.repeat(1000), `https://example.org/${'p'.repeat(5000)}${i}`),
    );
    const out = capEvidence(list, tally);
    expect(out.length).toBeLessThanOrEqual(LIMITS.evidencePerClaim);
    const chars = out.reduce((n, e) => n + e.text.length + (e.href?.length ?? 0), 0);
    expect(chars).toBeLessThanOrEqual(LIMITS.evidenceChars + 100);
    expect(tally.evidenceCut).toBe(1);
    expect(limitMeta(tally).limits).toEqual({ evidencePerClaim: LIMITS.evidencePerClaim });
  });
});

test('capList keeps the first N and notes the rest', () => {
  const tally = newTally();
  expect(capList([1, 2, 3], 2, tally, 'linksDropped')).toEqual([1, 2]);
  expect(limitMeta(tally).notes).toEqual(['Stopped after 10,000 links: 1 more were not listed.']);
  expect(limitMeta(newTally())).toEqual({});
});
