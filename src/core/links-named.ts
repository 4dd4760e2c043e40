// A promise of "the" or "our" thing ("Check out the paper.", "clone the repo") is kept by an earlier link that was
// called that, or that goes there: what links.ts's collector remembers of the links it has read.

/**
 * Why: "Check out the paper." closing a post whose first paragraph presents "their paper [Amazon DynamoDB: ...](url)",
 * "see our paper" below a TL;DR that ends "[[Paper](arxiv)][[Github](...)]": a promise of "the" or "our" thing an
 * earlier link was called is kept by that link.
 */
export function linkedBefore(
  promise: string,
  named: NamedWords,
  own: readonly (NamedWords & { end: number })[],
  at: number,
): boolean {
  const m = /\b(the|our)\s+(?:[\p{L}-]+\s+)?([\p{L}]{4,})\W*$|\bon\s+(GitHub|GitLab)\W*$/iu.exec(promise);
  const object = (m?.[2] ?? m?.[3])?.toLowerCase();
  if (!object) return false;
  const words = SAME_OBJECT[object] ?? [object, `${object}s`];
  // "our docs" are the post's own: another project's docs page ("postgresql.org/docs/...") is not them.
  const byAddress = m![1]?.toLowerCase() !== 'our';
  const keeps = (n: NamedWords) => words.some((w) => n.text.has(w) || (byAddress && n.address.has(w)));
  return keeps(named) || own.some((o) => o.end <= at && keeps(o));
}
// Objects named two ways: "clone the repo" after "[our sample repository](url)"; "read the docs" after a docs page.
const REPO = ['repo', 'repos', 'repository', 'repositories'];
const DOCS = ['docs', 'documentation'];
const SAME_OBJECT: Record<string, readonly string[]> = {
  repo: REPO,
  repos: REPO,
  repository: REPO,
  repositories: REPO,
  docs: DOCS,
  documentation: DOCS,
};
/**
 * Why: the words links are called by and the words of their addresses, each kept once (a lookup per promise, however
 * many links a long page has).
 */
export interface NamedWords {
  text: Set<string>;
  address: Set<string>;
}
const WORD = /[\p{L}\p{N}]+/gu;
/** Why: a text's words, lower-cased, as NamedWords keeps them. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];
/**
 * Why: a link's address: its path ("postgresql.org/docs/17/indexes.html" names docs, "docs.google.com/..." not), and with
 * `host` its host too ("github.com/velocidex/velociraptor" names GitHub: for a link in the promise's own paragraph,
 * not any GitHub link above it).
 */
export function address(href: unknown, host: boolean): string {
  if (typeof href !== 'string') return '';
  const bare = href.replace(/^[a-z]+:\/\/(?:www\.)?/i, '').replace(/[?#].*$/, '');
  return host ? bare : bare.replace(/^[^/]*/, '');
}
