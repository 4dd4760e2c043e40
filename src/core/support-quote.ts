// Quoted words: "Here is what the authors of [TÜLU 2](repo) had to say about DPO:" and the blockquotes under it. What
// the quotation claims ("our largest model ...") is its authors' claim, and the introduction says whose and links it.
import type { Block } from './article';
import type { Citation } from './citations';
import { blockSentences } from './sentences';

// An introduction that hands over to someone's words: "had to say", "writes", "as the paper puts it", "noted".
const HANDS_OVER =
  /\b(?:say|says|said|write|writes|wrote|put\s+it|puts\s+it|note|notes|noted|report|reports|reported|conclude|concludes|concluded|explain|explains|explained|state|states|stated|summari[sz]e|summari[sz]es|summari[sz]ed)\b[^.]*:\s*$/i;

// "From the paper:", "In their announcement:": the quote is from a work the article named (and linked) just before.
const FROM_THE_WORK =
  /^\W*(?:from|in|per|quoting)\s+(?:the|their|this|that|its)\s+(?:[\p{L}-]+\s+)?(?:paper|report|post|article|docs|documentation|announcement|study|abstract|blog(?:\s+post)?|readme|rfc|spec(?:ification)?|survey|whitepaper|press\s+release|release\s+notes|changelog|book|talk)\b[^.]*:\s*$/iu;

// A link that names someone's words: "[This tweet](url)", "[a comment on the issue](url)", "[her reply](url)".
const QUOTABLE =
  /^\W*(?:this|that|the|a|an|his|her|their|one)\s+(?:[\p{L}-]+\s+)?(?:tweet|toot|post|thread|comment|reply|answer|remark)s?\W*$/iu;

// The address of someone's post or comment: a tweet, a toot, a thread on Hacker News or Reddit, an issue comment.
const SOCIAL_POST =
  /^https?:\/\/(?:(?:www\.|mobile\.)?(?:twitter|x)\.com\/[^/]+\/status\/|bsky\.app\/profile\/[^/]+\/post\/|[^/]+\/@[^/]+\/\d|news\.ycombinator\.com\/item|(?:www\.|old\.)?reddit\.com\/r\/[^/]+\/comments\/|github\.com\/[^/]+\/[^/]+\/(?:issues|pull|discussions)\/\d+#(?:issuecomment|discussioncomment)-)/i;

// Someone said or found what is quoted: "Bartek [spotted a bug](...)", "she replied", "he pointed out".
const SAID_SOMETHING =
  /\b(?:spotted|found|noticed|wrote|replied|responded|answered|commented|pointed\s+out|noted|said|asked|tweeted|posted|reported|explained|suggested)\b/i;

// The author's own earlier words: "I wrote", "we argued", "in my previous essay".
const SELF_QUOTE =
  /\b(?:I|we)\s+(?:once\s+|previously\s+|recently\s+)?(?:wrote|said|argued|noted|explained|put\s+it)\b|\b(?:my|our)\s+(?:previous|earlier|last|older|own)\s+(?:essay|post|article|piece|talk|book|newsletter)\b|\b(?:my|our)\s+(?:thread|tweet|toot|post)\b/i;

// A paragraph that only joins two quotes of one run: "and", "and also:", "Later:", "He went on:".
const CONNECTOR =
  /^\W*(?:and|also|and\s+also|and\s+later|and\s+then|then|later|plus|as\s+well\s+as|(?:he|she|they)\s+(?:went\s+on|continued|added))\W*$/i;

/**
 * Why: the followable citations of the sentence that introduces a run of blockquotes with someone's words ("... had
 * to say about DPO:"), for every quote of the run; none when the block is no such quote.
 */
export function quotedSource(blocks: Block[], byBlock: Map<number, Citation[]>, b: number): Citation[] {
  if (blocks[b]?.kind !== 'blockquote') return [];
  let k = b - 1;
  while (k >= 0 && blocks[k]!.kind === 'blockquote') k--;
  // "He wrote: > ... and > ...": a connecting word between two quotes keeps the run going.
  while (
    blocks[k]?.kind === 'paragraph' &&
    CONNECTOR.test(blocks[k]!.text) &&
    blocks[k - 1]?.kind === 'blockquote'
  ) {
    k--;
    while (k >= 0 && blocks[k]!.kind === 'blockquote') k--;
  }
  const intro = blocks[k];
  if (!intro || intro.kind !== 'paragraph') return [];
  const sentences = blockSentences(intro);
  const last = sentences.at(-1);
  if (!last) return [];
  const introText = intro.text.slice(last.start, last.end);
  // "[In a previous essay, I wrote,](url)": the author quoting themselves is no source for what they say.
  if (SELF_QUOTE.test(introText)) return [];
  const fromWork = FROM_THE_WORK.test(introText);
  // The handing-over sentence's own links, else those of the sentence before it ("... [TÜLU 2](repo). Here is what
  // the authors of the latter had to say:").
  const cited = (from: number, to: number) =>
    (byBlock.get(k) ?? []).filter((c) => c.followable && c.start >= from && c.end <= to);
  const own = cited(last.start, last.end);
  // "[Children need to understand patterns to understand how their world is structured,](url)" and the quote under
  // it: an introduction that ends on its link, with no full stop after it, hands over to the page it links
  // ("..., among them [Kestrel 70B](url)." names a model and ends).
  if (own.some((c) => /^\s*[:,]?\s*$/.test(intro.text.slice(c.end, last.end)))) return own;
  // "[This tweet](url) by @zeuxcg sparked my interest:": the link names the words quoted under it.
  // So does a link to a post or a comment ("Bartek [spotted a bug](https://twitter.com/.../status/...) in the code:").
  if (
    /:\s*$/.test(introText) &&
    own.some(
      (c) =>
        QUOTABLE.test(intro.text.slice(c.start, c.end)) ||
        (SOCIAL_POST.test(c.evidence.href ?? '') &&
          SAID_SOMETHING.test(introText) &&
          !SELF_QUOTE.test(introText)),
    )
  )
    return own;
  if (!fromWork && !HANDS_OVER.test(introText)) return [];
  const before = sentences.at(-2);
  if (own.length > 0) return own;
  if (before) return cited(before.start, before.end);
  // "From the paper:" standing alone: the paper is the one the paragraph before it links.
  const prev = blocks[k - 1];
  if (!fromWork || prev?.kind !== 'paragraph') return own;
  return (byBlock.get(k - 1) ?? []).filter((c) => c.followable);
}
