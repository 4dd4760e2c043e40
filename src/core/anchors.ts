// Same-page anchors: which headings an in-page link ("#results", "#how-we-measured") can point at.
import type { Block } from './article';

/** Why: GitHub-style heading ids: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Why: a fragment names a section when it is a heading's slug, or one word of a heading ("#results" for "Results"). */
export function headingTargets(blocks: Block[]): (fragment: string) => string | null {
  const slugs = new Map<string, string>();
  const words = new Map<string, string>();
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    slugs.set(slug(b.text), b.text);
    for (const w of slug(b.text).split('-')) if (w.length >= 4 && !words.has(w)) words.set(w, b.text);
  }
  return (fragment) => {
    let frag = fragment;
    // A page's href is untrusted input: a malformed escape ("#50%-off") is kept as written, not an error.
    try {
      frag = decodeURIComponent(frag);
    } catch {
      // URIError: the raw fragment is the best name the page gives
    }
    const key = frag.toLowerCase();
    return slugs.get(key) ?? words.get(key) ?? null;
  };
}
