// extractClaims with a tagger (compromise in Node): the phrases the lexicons miss, what reaches the tagger, and
// what a bad tagger cannot break. The regex path alone is claims.test.ts's.
import { describe, expect, test } from 'vitest';
import { article, md } from '../../tests/helpers/blocks';
import { extractClaims } from './claims';
import type { ClaimDraft, Tagger } from './claims';
import { compromiseTagger } from './compromise-tagger';

const claimsOf = (text: string, tagger?: Tagger): ClaimDraft[] =>
  extractClaims(article(md(text)), { tagger });
const brief = (c: ClaimDraft) => ({ kind: c.kind, text: c.text });

describe('extractClaims with a tagger', () => {
  test.each([
    ['Bolt is roomier than managed Kafka clusters.', 'comparative', 'roomier than managed Kafka clusters'],
    ['Our queries feel snappier than Athena on cold caches.', 'comparative', 'snappier than Athena'],
    ['This is the sturdiest chassis we have built.', 'superlative', 'the sturdiest'],
  ])('%s', (text, kind, phrase) => {
    expect(claimsOf(text).map(brief)).not.toContainEqual({ kind, text: phrase }); // beyond the lexicons
    expect(claimsOf(text, compromiseTagger).map(brief)).toContainEqual({ kind, text: phrase });
  });

  test('only candidate sentences reach the tagger', () => {
    const seen: string[] = [];
    const spy: Tagger = { phrases: (s) => (seen.push(s), []) };
    claimsOf(
      'Our tool is neat. It is roomier than Heroku. It is cheaper than Fly. We saved more than 40%. Our largest site.',
      spy,
    );
    // "cheaper than Fly" is already a lexicon claim, "more than 40%" a hedge, "Our largest" has no "the".
    expect(seen).toEqual(['It is roomier than Heroku.']);
  });

  test('a throwing or lying tagger loses nothing', () => {
    const bad: Tagger = {
      phrases: (s) => {
        if (s.includes('than')) throw new Error('boom');
        return [{ start: -5, end: 999, kind: 'superlative' }];
      },
    };
    const text = 'Sales rose 7%, faster than rivals. The newest of 3 plans.';
    expect(claimsOf(text, bad).map((c) => c.text)).toEqual(claimsOf(text).map((c) => c.text));
  });

  // Sentences reach the tagger in document order while the article's character budget lasts.
  const A = 'It is roomier than Heroku.';
  const B = 'The van is boxier than a bus.';
  test.each([
    [0, []],
    [A.length, [A]],
    [A.length + B.length - 1, [A]],
    [A.length + B.length, [A, B]],
    [undefined, [A, B]],
  ])('tagger budget %s reads %j', (taggerBudget, want) => {
    const seen: string[] = [];
    const spy: Tagger = { phrases: (s) => (seen.push(s), []) };
    extractClaims(article(md(A), md(B)), { tagger: spy, taggerBudget });
    expect(seen).toEqual(want);
  });

  test('a sentence longer than the budget is skipped, later short ones still read', () => {
    const seen: string[] = [];
    const spy: Tagger = { phrases: (s) => (seen.push(s), []) };
    const long = `It is roomier than Heroku${' and Render'.repeat(20)}.`;
    extractClaims(article(md(long), md('The van is boxier than a bus.')), {
      tagger: spy,
      taggerBudget: 100,
    });
    expect(seen).toEqual(['The van is boxier than a bus.']);
  });

  test('tagger phrases never duplicate a regex claim', () => {
    const found = claimsOf('Ingest is 5x faster than Logstash and the fastest option.', compromiseTagger);
    expect(found.map(brief)).toEqual([
      { kind: 'multiplier', text: '5x faster' },
      { kind: 'superlative', text: 'the fastest option' },
    ]);
  });

  test("a comparison right after its figure is the figure's claim, not a second one", () => {
    const found = claimsOf(
      'It serves 14x - 24x higher throughput than HF, 40% more requests than TGI, and is cheaper than Acme.',
      compromiseTagger,
    );
    expect(found.map(brief)).toEqual([
      { kind: 'range', text: '14x - 24x' },
      { kind: 'percentage', text: '40% more' },
      { kind: 'comparative', text: 'cheaper than Acme' },
    ]);
  });
});
