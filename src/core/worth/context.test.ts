import { expect, test } from 'vitest';
import type { Block } from '../article';
import type { ClaimDraft } from '../claims';
import { contextBuilder } from './context';
import { articleFacts } from './facts';

// A pattern that counts how often it is run.
class Counted extends RegExp {
  runs = 0;
  override test(s: string): boolean {
    this.runs++;
    return super.test(s);
  }
}

const text = 'Our fleet grew 40% and costs fell 12%. We hired 3 people.';
const blocks: Block[] = [{ kind: 'paragraph', text, links: [] }];
const draft = (claim: string, sentence: [number, number]): ClaimDraft => {
  const start = text.indexOf(claim);
  return {
    kind: 'percentage',
    text: claim,
    start,
    end: start + claim.length,
    block: 0,
    sentence: { start: sentence[0], end: sentence[1] },
  };
};

test("says() answers for the claim's sentence, once per sentence for all its claims", () => {
  const contextOf = contextBuilder(blocks, new Map(), articleFacts(blocks));
  const first = [0, text.indexOf('.') + 1] as [number, number];
  const second = [text.indexOf('We'), text.length] as [number, number];
  const grew = new Counted('\\bgrew\\b', 'i');
  const hired = new Counted('\\bhired\\b', 'i');
  const a = contextOf(draft('40%', first));
  const b = contextOf(draft('12%', first));
  expect([a.says(grew), b.says(grew), a.says(hired), b.says(hired)]).toEqual([true, true, false, false]);
  expect([grew.runs, hired.runs]).toEqual([1, 1]);
  const c = contextOf(draft('3', second));
  expect([c.says(grew), c.says(hired)]).toEqual([false, true]);
  expect([grew.runs, hired.runs]).toEqual([2, 2]);
  // A global pattern is asked from the start of the sentence, whatever its lastIndex says.
  const global = /costs/g;
  global.lastIndex = 30;
  expect(contextOf(draft('12%', first)).says(global)).toBe(true);
});
