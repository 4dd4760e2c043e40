// A paragraph that introduces a company by its reference page: "[JD.com](https://en.wikipedia.org/wiki/JD.com) is
// China's leading one-stop e-commerce platform ... It provides 500 million+ active customers ...". A case study's
// background on its customer: the page it links says who they are (its own site would not: that is the company
// speaking of itself).
import type { Block } from '../article';

// A reference work's page on it (an encyclopedia's, a company registry's), not the company's own site.
const REFERENCE =
  /^https?:\/\/(?:[\w-]+\.)*(?:wikipedia\.org|wikidata\.org|britannica\.com|crunchbase\.com)\//i;
// What follows the name when the paragraph says what it is: "is", "(NASDAQ: JD) is", "has been".
const IS = /^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:is|are|was|has\s+been)\s/;

/** Why: the name a paragraph opens with as a link to its reference page and says what it is; '' otherwise. */
export function introducedName(block: Block): string {
  const link = block.links[0];
  if (!link || block.kind !== 'paragraph' || /\S/.test(block.text.slice(0, link.start))) return '';
  if (!REFERENCE.test(link.href)) return '';
  return IS.test(block.text.slice(link.end)) ? block.text.slice(link.start, link.end) : '';
}
