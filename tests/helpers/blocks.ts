// Article blocks for the core's tests, in a compact notation: [text](href) is a link, ^{...} a superscript (which may
// hold a link: ^{[1](#ref-1)}), `x` inline code. One notation for the citation, support and link tests.
import type { Article, Block, LinkSpan, MarkSpan } from '../../src/core/article';
import type { ClaimDraft } from '../../src/core/claims';
import { sentenceAt, splitSentences } from '../../src/core/sentences';

/** Why: a block from the compact notation, so a test reads like the text it checks. */
export function md(src: string, kind: Block['kind'] = 'paragraph', extra: Partial<Block> = {}): Block {
  const links: LinkSpan[] = [];
  const marks: MarkSpan[] = [];
  let text = '';
  let last = 0;
  for (const m of src.matchAll(/\[((?:[^[\]]|\[[^\]]*\])*)\]\(([^)\s]*)\)|\^\{([^}]*)\}|`([^`]*)`/g)) {
    text += src.slice(last, m.index);
    last = m.index + m[0].length;
    const start = text.length;
    if (m[3] !== undefined) {
      const inner = md(m[3]);
      text += inner.text;
      links.push(...inner.links.map((l) => ({ ...l, start: l.start + start, end: l.end + start })));
      marks.push({ start, end: text.length, kind: 'sup' });
      continue;
    }
    const inner = m[1] ?? m[4] ?? '';
    text += inner;
    if (m[2] !== undefined) links.push({ start, end: text.length, href: m[2], text: inner });
    else marks.push({ start, end: text.length, kind: 'code' });
  }
  text += src.slice(last);
  return { kind, text, links, marks, ...extra };
}

/** Why: an article of these blocks, with no title, URL or file to get in the way. */
export const article = (...blocks: Block[]): Article => ({ title: 'test', url: null, file: null, blocks });

/**
 * Why: the claim the extractor would hand over: `needle` in block `b`, with its sentence. A figure is a percentage
 * unless `kind` says otherwise; words ("the leading analytics platform") are a superlative.
 */
export function claimDraft(a: Article, b: number, needle: string, kind?: ClaimDraft['kind']): ClaimDraft {
  const text = a.blocks[b]!.text;
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`block ${b} lacks ${needle}`);
  const sentence = sentenceAt(splitSentences(text), start);
  return {
    kind: kind ?? (/\d/.test(needle) ? 'percentage' : 'superlative'),
    text: needle,
    start,
    end: start + needle.length,
    block: b,
    sentence,
  };
}
