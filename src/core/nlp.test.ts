import nlp from 'compromise';
import { describe, expect, test } from 'vitest';
import { compromiseTagger, phrasesIn } from './compromise-tagger';

const phrases = (s: string) => compromiseTagger.phrases(s).map((p) => [p.kind, s.slice(p.start, p.end)]);

describe('compromiseTagger', () => {
  test.each([
    ['It is the most reliable queue we tested.', ['superlative', 'the most reliable']],
    ['Ours is the sturdiest chassis on sale.', ['superlative', 'the sturdiest']],
    ['Builds are speedier than Jenkins pipelines.', ['comparative', 'speedier than Jenkins pipelines']],
    ['Storage is less expensive than tape.', ['comparative', 'less expensive than tape']],
    // compromise reads "revenue, it" as one noun phrase; the comparison ends at the comma.
    ['Bills grow faster than your revenue, it seems.', ['comparative', 'faster than your revenue']],
  ])('%s', (sentence, expected) => {
    expect(phrases(sentence)).toContainEqual(expected);
  });

  test.each([
    ['The cat sat on the mat.'],
    ['We deploy on Tuesdays.'],
    ['Our largest deployment serves a marketplace.'], // no "the": ranks nothing against a field
    ['It works with readers from most major vendors.'], // "most" as a quantity
    ['Mistakes are easiest to spot there.'],
    ['Why the slowest backend decides.'], // nobody boasts with "slowest"
    ['It took me longer than I would like to admit.'], // a comparison with the writer
    ['The build ran slower than we expected.'],
    ['Builds are faster than ever.'], // with its own past (worth/quiet-said.ts: own-yardstick)
    ['Teams shipped up to 6x faster than before.'],
    ['The new index is smaller than required.'],
    ['New keys always land on the "greater than" pointer of the tree.'], // a term in quotes
  ])('finds nothing in %s', (sentence) => {
    expect(phrases(sentence)).toEqual([]);
  });

  test('spans never end in punctuation and never overlap', () => {
    const s = 'Cheaper than Redis, simpler than Kafka, and the leanest option.';
    const found = compromiseTagger.phrases(s);
    for (const p of found) expect(s[p.end - 1]).toMatch(/[\p{L}\p{N}]/u);
    for (let k = 1; k < found.length; k++) expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
  });

  test.each([[''], ['   '], ['<img src=x onerror=alert(1)>'], [null as unknown as string]])(
    'survives %j',
    (s) => {
      expect(() => compromiseTagger.phrases(s)).not.toThrow();
    },
  );
});

// The tagger stops after compromise's pre-tagger when no pattern can match; it must find exactly what tagging the
// whole sentence with nlp() finds.
describe('compromiseTagger finds what a full nlp() pass finds', () => {
  test.each([
    ['It is the most reliable queue we tested.'],
    ['Ours is the sturdiest chassis on sale.'],
    ['Builds are speedier than Jenkins pipelines.'],
    ['Storage is less expensive than tape.'],
    ['It is even better than the old cluster.'],
    ['Spans are stored by attribute rather than by request, so fields compress well.'],
    ['Teams involve more hand-offs than ever, and need tools that anticipate problems.'],
    ['Nothing is cheaper than this, and the greenest team agrees.'],
    ['The fastest’s lead is bigger than it’d seem.'],
    ['It’s the least costly option, more scalable than Kafka.'],
    ['Our lumpier model is the glitchiest thing we shipped.'],
    ['We are the leading provider; other than that, nothing.'],
    ['The cat sat on the mat.'],
    ['It shows the latest orders and ran slower than we planned.'], // both candidates dead
    ['It ran faster than we planned, and cheaper than Redis.'],
    [`It ran faster than${' '.repeat(30)}we planned.`], // the self-word falls outside the phrase window
    ['It is faster-than-we-thought and quicker than I am.'],
  ])('%s', (sentence) => {
    expect(compromiseTagger.phrases(sentence)).toEqual(phrasesIn(nlp(sentence), sentence));
  });
});

// The worker's tagger: compromise loaded on the first call, once, and tagging as the one the Node entry loads.
describe('loadCompromiseTagger', () => {
  test('loads compromise once and finds what the Node entry’s tagger finds', async () => {
    const { loadCompromiseTagger } = await import('./nlp');
    const first = loadCompromiseTagger();
    expect(loadCompromiseTagger()).toBe(first);
    const tagger = await first;
    for (const s of ['Storage is less expensive than tape.', 'It is the most reliable queue we tested.'])
      expect(tagger.phrases(s)).toEqual(compromiseTagger.phrases(s));
    expect(tagger.phrases('Storage is less expensive than tape.')).not.toEqual([]);
  });
});
