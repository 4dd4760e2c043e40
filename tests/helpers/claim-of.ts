// The claim a test means, found by its words, in a Markdown article analysed as the CLI would.
import { analyzeMarkdown } from '../../src/node/index';
import type { Claim } from '../../src/core/report';

/** Why: worth tests name a claim by a few of its words; the first claim whose text holds them is the one. */
export function claimOf(markdown: string, text: string): Claim {
  const claim = analyzeMarkdown(markdown, { file: 'case.md' }).claims.find((c) => c.text.includes(text));
  if (!claim) throw new Error(`no claim holds "${text}"`);
  return claim;
}

/** Why: most worth tests ask only how much a reader needs a source for that claim. */
export const worthOf = (markdown: string, text: string): Claim['worth'] => claimOf(markdown, text).worth;
