// The reader-judged fixtures (tests/reader) keep the engine honest: every figure `npm run eval` prints stays at its
// target (issue 12). A change that floods a well-sourced post with HIGH findings, or calls a linked claim
// unsupported, fails here with the figure that moved.
import { beforeAll, describe, expect, test } from 'vitest';
import { READER_DIR } from '../../scripts/eval/articles';
import { scoreFolder } from '../../scripts/eval/run';
import { share, TARGETS, type Totals } from '../../scripts/eval/score';

let t: Totals;
beforeAll(async () => {
  t = (await scoreFolder(READER_DIR)).totals;
}, 120_000);

describe('reader-judged fixtures meet the issue 12 targets', () => {
  test('findings a reader would raise', () => {
    expect(share(t.raised)).toBeGreaterThanOrEqual(TARGETS.raised);
  });
  test('HIGH findings a reader would raise', () => {
    expect(share(t.highRaised)).toBeGreaterThanOrEqual(TARGETS.highRaised);
  });
  test('HIGH findings per well-sourced article', () => {
    const h = t.highPerWellSourced;
    expect(h.high / h.articles).toBeLessThanOrEqual(TARGETS.highPerWellSourced);
  });
  test('must-see findings found', () => {
    expect(share(t.mustFlagFound)).toBeGreaterThanOrEqual(TARGETS.mustFlagFound);
  });
  test('no linked claim called unsupported', () => {
    expect(t.linkedCalledUnsupported).toBe(TARGETS.linkedCalledUnsupported);
  });
});
