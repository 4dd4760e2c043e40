// The HTML adapter's blocks for a snippet of body markup, as the adapter tests compare them.
import type { Block } from '../../src/core/article';
import { htmlToArticle } from '../../src/adapters/html';
import { parseHtml } from '../../src/adapters/linkedom';

/** Why: the blocks the adapter reads from `body` set in a bare page. */
export const blocksOf = (body: string): Block[] =>
  htmlToArticle(parseHtml(`<html><body>${body}</body></html>`)).blocks;

/** Why: those blocks as [kind, text] pairs, the shape most adapter cases compare. */
export const texts = (body: string): [string, string][] => blocksOf(body).map((b) => [b.kind, b.text]);
