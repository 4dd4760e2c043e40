// The text around a claim that context.ts hands to the signals: the sentence after it, a section's opening, the
// article's body.
import type { Block } from '../article';

/**
 * Why: the sentence that starts after `from` in `text`: up to its first ".", "!" or "?" that is no decimal point
 * ("1.36 rps") and no "vs."; the next 200 characters when none ends it.
 */
export function nextSentence(text: string, from: number): string {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const start = i;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && /\d/.test(text[i + 1] ?? '')) continue;
    if (
      ch === '.' &&
      text
        .slice(Math.max(start, i - 3), i)
        .toLowerCase()
        .endsWith('vs') &&
      !/\w/.test(text[i - 3] ?? ' ')
    )
      continue;
    return text.slice(start, i + 1);
  }
  return text.slice(from, from + 200);
}

/** Why: the text of the (at most) two blocks under a heading, before the next heading. */
export function sectionStart(blocks: readonly Block[], heading: number): string {
  const out: string[] = [];
  for (let i = heading + 1; i < blocks.length && out.length < 2; i++) {
    if (blocks[i]!.kind === 'heading') break;
    out.push(blocks[i]!.text);
  }
  return out.join('\n');
}

/** Why: every block but the headings, for a claim in the article's title. */
export function bodyText(blocks: readonly Block[]): string {
  return blocks
    .filter((b) => b.kind !== 'heading')
    .map((b) => b.text)
    .join('\n');
}

// A heading that is only a figure ("## $100 billion+"), and a paragraph under it that says what it is ("That's the
// expected size of the global database market").
const FIGURE_ONLY = /^[\s$€£~≈<>]*\d[\d.,]*\s*(?:%|x|×|[kmbt]|thousand|million|billion|trillion)?\+?\s*$/i;
const SAYS_WHAT_IT_IS = /^\W*(?:that['’]s|that\s+is|this\s+is|those\s+are|these\s+are|it['’]s)\s/i;

/**
 * Why: a figure that stands alone as a heading is read with the sentence under it that says what it is, as one
 * sentence ("$100 billion+: That's the expected size of the global database market ..."); any other sentence as is.
 */
export function figureHeadingRead(blocks: readonly Block[], i: number, sentence: string): string {
  if (blocks[i]?.kind !== 'heading' || !FIGURE_ONLY.test(sentence)) return sentence;
  const under = blocks[i + 1];
  if (under?.kind !== 'paragraph' || !SAYS_WHAT_IT_IS.test(under.text)) return sentence;
  return `${sentence.trimEnd()}: ${nextSentence(under.text, 0)}`;
}
