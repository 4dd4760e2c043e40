// Links: every link in the article and every link-shaped gap (placeholders, promises with no destination).
import type { Article, Block } from './article';
import type { LinkRef, LinkStatus } from './report';
import { address, linkedBefore, wordsOf, type NamedWords } from './links-named';
import { blockSentences, type Range } from './sentences';
import { makeQuote } from './quote';
import { headingTargets } from './anchors';
import { DRAFT_LEFTOVER } from './draft-leftovers';
import {
  PLACEHOLDER_TEXT,
  PROMISE,
  isLocalUrl,
  isPlaceholderText,
  placeholderHrefReason,
  notAPromise,
  scan,
} from './link-words';
import { linkIsFollowable, linksThroughNote, overlaps, spansIn, trimUrl } from './citations';
import { foldTextExact } from './fold';
import { foldScanSet, foldSet } from './fold-set';
import { anchorNumber, findReferences, type References } from './references';

// "[(Paper)](arxiv...) [(Website)](https://lab.example.edu/project/)": a reference entry's labels, each on a real
// page ("(link)" or "[URL]" on a real address still reads as a draft that was never written).
const LABEL_OF_REAL_PAGE = /^[([]?\s*(?:website|web\s?site|homepage|home\s+page|project\s+page)\s*[)\]]?$/i;

/** Why: the pipeline numbers links; the collector only finds them. */
export type LinkDraft = Omit<LinkRef, 'id'>;

// A picture's file ("/images/Files per Repository.png"): shown, not a source a reader follows.
const PICTURE_PATH = /\.(?:png|jpe?g|gif|svg|webp|avif)$/i;
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`|]+/gi;
// Parenthetical notes about a real link nearby, not a missing one.
const NOTE_ABOUT_A_LINK =
  /\b(?:affiliate|sponsored|paid|partner|external|permanent|perma|short|shortened|tracking|canonical|archived?|broken|dead|direct)\s+(?:link|url)s?\b/i;
const CLAUSE_END = /[,;:!?]|\s[-–—]\s/;
// "tools to interactively explore the code base", "lets the agent read the docs": someone else's action, described,
// not a place the reader is sent; so is what visitors did ("During these spikes, people would visit my site").
const ACTION_OF_OTHERS =
  /\b(?:tools?|scripts?|commands?|jobs?|tasks?|playbooks?|workflows?|pipelines?|abilit(?:y|ies)|agents?|models?|LLMs?|functions?|APIs?|able|(?:allow|let|enable|help|teach)(?:s|ed|ing)?\s+(?:the\s+|an?\s+|it\s+|them\s+)?[\w-]+|who\s+(?:want|wants|wish|wishes|need|needs|plan|plans)|(?:people|users|visitors|customers|folks|someone)\s+(?:would|did|used|had|tried)|(?:they|he|she)\s+[\w-]+ed\s+[^.;]{1,40},)\s+(?:to\s+)?(?:\w+ly\s+)?$/i;
// "first we go to the official website", "I read the docs": the author's own steps, told, not a promise.
const OWN_STEP = /\b(?:we|I)\s+(?:(?:first|then|also|just|now|quickly)\s+)?$/i;
// "join our community", "contact us": a call to action the next sentence often carries out ("Head over to our
// [community page](...)").
const CALL_TO_ACTION = /^(?:join|contact|e-?mail|talk|speak|book|schedule|request)\b/i;
/** Why: the reason a draft leftover carries; the placeholder check words its finding from it. */
export const DRAFT_REASON = 'draft text left in the published article';

/**
 * Why: readers and checks need each link with a status: real links stay `unchecked` until an online check,
 * placeholders ("(link)", href "#", example.com) and promises with no link ("see our documentation") are findings.
 */
export function collectLinks(article: Article, references?: References, upto = Infinity): LinkDraft[] {
  const links = linkCollector(article, references);
  links.advance(upto);
  return links.drafts();
}

/** Why: collectLinks block by block, as the analysis steps through a page (see linkCollector). */
export interface LinkCollector {
  /** Reads the blocks up to `to` (in order; blocks already read are not read again). */
  advance(to: number): void;
  /** The links of the blocks read so far: collectLinks(article, references, to) for the last `to`. */
  drafts(): LinkDraft[];
}

/**
 * Why: the analysis reads a page's links as it reads its claims, a step at a time, not all at the end. On a long page
 * the patterns that find links then run first near the start of the analysis: V8 compiles a pattern without
 * optimising it once the process holds much compiled code (TooMuchRegExpCode in its regexp.cc), and compiled after
 * the rest of a 1 MB page's analysis, the promise pattern ran fifteen times slower (250 ms of a 1.2 s analysis).
 */
export function linkCollector(article: Article, references?: References): LinkCollector {
  const blocks = article.blocks;
  const out: LinkDraft[] = [];
  // The reference list, read once, on first need (most articles never need it).
  let refs: References | null = references ?? null;
  const refsOf = (): References => (refs ??= findReferences(blocks));
  const targets = inPageTargets(blocks, refsOf);
  // The words the article's earlier links are called by (each followable link's text and the words right before
  // it), and the words of their addresses' paths.
  const named: NamedWords = { text: new Set(), address: new Set() };
  let done = 0;
  return {
    advance(to) {
      const end = Math.min(to, blocks.length);
      for (; done < end; done++) {
        const block = blocks[done]!;
        if (block.kind === 'code') continue;
        // Its own links count too, before a promise ("I have added the code to [a sample GitHub repository](url). ...
        // clone the repo"), with their host ("take [it for a spin](https://github.com/...)! It is available on GitHub").
        const own = block.links.filter(linkIsFollowable).map((l) => ({
          end: l.end,
          text: new Set(wordsOf(block.text.slice(Math.max(0, l.start - 30), l.end))),
          address: new Set(wordsOf(address(l.href, true))),
        }));
        for (const l of blockLinks(block, done, targets, refsOf)) {
          if (
            l.status === 'missing' &&
            (linkedBefore(l.text, named, own, l.quote.start) || linkedBelow(block, l, blocks[done + 1]))
          )
            continue;
          if (l.status === 'placeholder' && block.kind === 'list-item' && thisPage(l, article.title))
            continue;
          out.push(l);
        }
        for (const l of block.links) {
          if (!linkIsFollowable(l)) continue;
          for (const w of wordsOf(block.text.slice(Math.max(0, l.start - 30), l.end))) named.text.add(w);
          for (const w of wordsOf(address(l.href, false))) named.address.add(w);
        }
      }
    },
    drafts: () => out.slice(),
  };
}

// "[Apache TVM](tvm.apache.org)": a site's address with no scheme, which a page resolves as one of its own paths. (Not
// a file: "install.sh", "Dockerfile.dev", "logo.ai" and "Quill.app" end in no domain of these.)
const SCHEMELESS_SITE =
  /^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|edu|gov|info|xyz|tech|cloud)(?:[/?#]|$)/i;
// A Markdown link left as text: "[label](address)", bounded on both sides.
const MALFORMED_LINK = /\[([^[\]\n]{1,200})\]\(([^()\n]{1,300})\)/g;

// "Part III", "Chapter 2": the place of a post in its series.
const SERIES_PART = /\b(?:part|chapter|episode|lesson|day|week)\s+([ivxlc]+|\d+)\b/i;

/**
 * Why: a series' table of contents links every part but the one being read, which it marks with href "#":
 * "Part III - The Neural Architecture" in the post titled "DeltaNet Explained (Part III)" is this page, not a draft.
 */
function thisPage(link: LinkDraft, title: string): boolean {
  if (link.href !== '#' || title === '') return false;
  const part = SERIES_PART.exec(link.text.toLowerCase())?.[0];
  return part !== undefined && SERIES_PART.exec(title)?.[0]?.toLowerCase() === part;
}

/**
 * Why: "All the configurations can be found in the SigNoz Logs benchmark repo." closing its paragraph, over a
 * paragraph that is the link ("[Logs Benchmark Repo](https://github.com/...)", a bare URL): the promise is kept
 * right below it. So is one ending in a colon over a paragraph that holds a link.
 */
function linkedBelow(block: Block, promise: LinkDraft, next: Block | undefined): boolean {
  if (!next || (next.kind !== 'paragraph' && next.kind !== 'list-item')) return false;
  const rest = block.text.slice(promise.quote.end);
  const followable = next.links.filter(linkIsFollowable);
  if (followable.length === 0) return false;
  // "Please join our community ... There are many ways to participate. If you're interested in scalability, you'll
  // be interested in:" over a list of the community's links: an invitation whose paragraph leads into them.
  if (CALL_TO_ACTION.test(promise.text) && /:\s*$/.test(rest)) return true;
  if (/[.!?]["”)]?\s+\S/.test(rest)) return false; // more sentences follow the promise in its block
  if (/:\s*$/.test(rest)) return true;
  const linked = followable.reduce((n, l) => n + (l.end - l.start), 0);
  return linked * 2 >= next.text.trim().length;
}

interface Span {
  start: number;
  end: number;
}

// Resolves a same-page anchor offline; null when it cannot tell.
type AnchorTargets = (href: string, text: string) => string | null;

// The promises of a link, filtered by their words (fold-set.ts): most blocks hold none of them.
const PROMISES = foldSet([PROMISE]);

function blockLinks(block: Block, b: number, targets: AnchorTargets, refs: () => References): LinkDraft[] {
  const text = block.text;
  const promises = foldScanSet(PROMISES, text, foldTextExact(text))[0]!;
  const mayDraft =
    /TODO|FIXME|XXX|TBD|TK|[Ll]orem|[<[{]|[Pp]laceholder|\(\s*(?:[Tt]odo|[Tt]bd|[Ff]ixme)/.test(text);
  const mayPlaceholder = /[[(<{]/.test(text);
  // Nothing link-shaped in the block: no link, URL, placeholder, draft note or promise.
  if (
    block.links.length === 0 &&
    promises.length === 0 &&
    !mayDraft &&
    !mayPlaceholder &&
    !text.includes('://')
  )
    return [];
  const code = (block.marks ?? []).filter((m) => m.kind === 'code').sort((x, y) => x.start - y.start);
  const links = [...block.links].sort((x, y) => x.start - y.start);
  const inCode = (s: number, e: number) => overlaps(code, s, e);
  const inLink = (s: number, e: number) => overlaps(links, s, e);
  let sentences: Range[] | null = null;
  const sentenceOf = (at: number): Range =>
    sentenceFor((sentences ??= blockSentences(block)), at, text.length);
  const found: { start: number; end: number; draft: LinkDraft }[] = [];
  // Drafts are built field by field (object spread is slow in V8; a 1 MB page has tens of thousands).
  const push = (
    start: number,
    end: number,
    label: string,
    href: string | null,
    status: LinkStatus,
    reason?: string,
  ) => {
    const s = sentenceOf(start);
    const context = contextOf(text, s, start, end);
    const quote = makeQuote(text, start, end);
    const draft: LinkDraft = reason
      ? { text: label, href, status, reason, context, block: b, quote }
      : { text: label, href, status, context, block: b, quote };
    found.push({ start, end, draft });
  };

  // A link is a link even when its text is code ("[`Date`](https://developer.mozilla.org/...)").
  for (const link of links) {
    const href = typeof link.href === 'string' ? link.href : '';
    const label = (link.text ?? '').trim() || text.slice(link.start, link.end).trim() || href;
    // An address shown as itself in a command or an instruction ("$ curl -X POST http://localhost:8080/...", linkified
    // when a post lost its code fences; "open http://localhost:4321") is the reader's own machine; a page's own
    // "the docs are served at localhost:3000/docs" link is a leftover.
    if (
      isLocalUrl(href) &&
      sameAddress(label, href) &&
      COMMAND_BEFORE.test(text.slice(Math.max(0, link.start - 80), link.start))
    )
      continue;
    const reason =
      placeholderHrefReason(href) ??
      (isPlaceholderText(label) && !LABEL_OF_REAL_PAGE.test(label)
        ? `the anchor text "${label}" is a placeholder, not a description`
        : null);
    const target = reason ? null : targets(href, label);
    if (reason) push(link.start, link.end, label, href, 'placeholder', reason);
    else if (target) push(link.start, link.end, label, href, 'ok', target);
    else if (SCHEMELESS_SITE.test(href))
      push(
        link.start,
        link.end,
        label,
        href,
        'broken',
        `written wrong: "${href}" has no https://, so it opens as a page of this site`,
      );
    else push(link.start, link.end, label, href, 'unchecked');
  }

  const urls: Span[] = [];
  for (const m of text.includes('://') ? scan(BARE_URL, text) : []) {
    const url = trimUrl(m[0]);
    const end = m.index + url.length;
    if (inLink(m.index, end) || inCode(m.index, end)) continue;
    urls.push({ start: m.index, end });
    // "open http://localhost:4321" is an instruction to the reader, not a link the author forgot to fill in.
    if (isLocalUrl(url)) continue;
    const reason = placeholderHrefReason(url);
    if (reason) push(m.index, end, url, url, 'placeholder', reason);
    else push(m.index, end, url, url, 'unchecked');
  }

  // "[https://arxiv.org/abs/2205.05198](Reducing Activation Recomputation ...)": a link whose Markdown shows as text
  // (its label and address swapped, or blanks in the address), so the reader gets no working link where it stands.
  for (const m of text.includes('](') ? scan(MALFORMED_LINK, text) : []) {
    const start = m.index;
    const end = start + m[0].length;
    const swapped = /^https?:\/\//i.test(m[1]!) && !/^(?:https?:\/\/|\/|#)/i.test(m[2]!);
    if (inCode(start, end) || !(swapped || /\s/.test(m[2]!.trim()))) continue;
    // A picture's file with blanks in its name ("/images/Files per Repository.png") is no source a reader follows,
    // and Jekyll's kramdown draws it anyway.
    if (!swapped && PICTURE_PATH.test(m[2]!.trim()) && !/^[a-z][\w+.-]*:/i.test(m[2]!.trim())) continue;
    const why = swapped ? 'its label and address are swapped' : 'its address has blanks';
    push(start, end, m[0], null, 'broken', `written wrong, it shows as text: ${why}`);
  }

  const placeholders: Span[] = [];
  for (const m of mayPlaceholder ? scan(PLACEHOLDER_TEXT, text) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (inLink(start, end) || inCode(start, end) || NOTE_ABOUT_A_LINK.test(m[0])) continue;
    if (
      /^\(ur[li]s?\)$/i.test(m[0]) &&
      /(?:locators?|identifiers?)\s*$/i.test(text.slice(Math.max(0, start - 14), start))
    )
      continue; // "Uniform Resource Locator (URL)" defines an acronym
    placeholders.push({ start, end });
    push(start, end, m[0], null, 'placeholder', `"${m[0]}" stands where a link should be`);
  }

  // Draft leftovers ("TODO: ...", "Results TK.", "<NEED MORE INFO>"): a placeholder for content, not for a link.
  for (const m of mayDraft ? scan(DRAFT_LEFTOVER, text) : []) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (inLink(start, end) || inCode(start, end) || overlaps(placeholders, start, end)) continue;
    placeholders.push({ start, end });
    push(start, end, text.slice(start, end), null, 'placeholder', DRAFT_REASON);
  }

  // A <summary> ("Click here to see how") opens the <details> under it: it promises nothing it does not show.
  for (const m of block.toggle ? [] : promises) {
    const start = m.index;
    const end = start + m[0].length;
    if (inLink(start, end) || inCode(start, end)) continue;
    const s = sentenceOf(start);
    if (text[s.end - 1] === '?') continue; // "Where can I read the full report?" asks, it does not promise
    const lead = text.slice(Math.max(s.start, start - 60), start);
    if (ACTION_OF_OTHERS.test(lead) || OWN_STEP.test(lead) || notAPromise(m, lead)) continue;
    // Inside a quotation ("the quest for “browsing documentation in a more natural way,” as Alexandre puts it"):
    // someone's words, not the page's promise.
    if (openQuote(text.slice(s.start, start))) continue;
    if (overlaps(links, s.start, s.end) || overlaps(urls, s.start, s.end)) continue;
    // "... can be found in the Bluetooth Core Specification [^4]": the footnote it points to links the spec.
    if (text.includes('[', end) && linksThroughNote(text.slice(end, s.end), refs())) continue;
    if (CALL_TO_ACTION.test(m[0])) {
      const list = (sentences ??= blockSentences(block));
      const next = list[list.indexOf(s) + 1];
      if (next && (overlaps(links, next.start, next.end) || overlaps(urls, next.start, next.end))) continue;
    }
    // "... in the [Weaviate Examples GitHub repo](url). We encourage you to follow along by cloning the repository!":
    // "the" object the sentence before linked (its link text names it).
    if (/\bthe\s/i.test(m[0]) && s.start > 0) {
      const list = (sentences ??= blockSentences(block));
      const prev = list[list.indexOf(s) - 1];
      const object = (/(\w{4})\w*\W*$/.exec(m[0])?.[1] ?? '').toLowerCase();
      const named = (l: Range) => text.slice(l.start, l.end).toLowerCase().includes(object);
      if (prev && object && spansIn(links, prev.start, prev.end).some(named)) continue;
    }
    // "Explore our repository (link)": the placeholder is the finding; do not report the promise twice.
    const tail = text.slice(end, Math.min(s.end, end + 200));
    const clauseEnd = end + (CLAUSE_END.exec(tail)?.index ?? tail.length);
    if (
      spansIn(placeholders, Math.max(s.start, start - 4), clauseEnd + 1).some(
        (p) =>
          (p.start >= start && p.start <= clauseEnd) ||
          (p.start >= s.start && p.end <= start && start - p.end <= 3),
      )
    )
      continue;
    push(start, end, m[0], null, 'missing', `"${m[0]}" promises a destination but its sentence has no link`);
  }

  return found.sort((x, y) => x.start - y.start || x.end - y.end).map((f) => f.draft);
}

// Whether a quotation opened before the end of `head` is still open there (curly quotes, or an odd count of straight
// double quotes).
function openQuote(head: string): boolean {
  const opened = head.lastIndexOf('“');
  if (opened !== -1 && head.indexOf('”', opened) === -1) return true;
  return (head.match(/"/g)?.length ?? 0) % 2 === 1;
}

// Same-page anchors we can resolve offline: a heading's slug ("#methodology") or a reference entry ("#ref-2").
function inPageTargets(blocks: Block[], refsOf: () => References): AnchorTargets {
  let headings: ((fragment: string) => string | null) | null = null;
  return (href, text) => {
    const h = href.trim();
    if (!h.startsWith('#') || h.length < 2) return null;
    const frag = h.slice(1);
    headings ??= headingTargets(blocks);
    const heading = headings(frag);
    if (heading !== null) return `same-page anchor to the heading "${heading}"`;
    const n = anchorNumber(frag, text);
    if (n === null) return null;
    return refsOf().byNumber.has(n) ? `same-page anchor to reference entry ${n}` : null;
  };
}

// Its sentence, or a window around the finding when the "sentence" is a run-on block (hostile or broken pages).
function contextOf(text: string, s: Range, start: number, end: number): string {
  if (s.end - s.start <= 600) return text.slice(s.start, s.end);
  const from = Math.max(s.start, start - 240);
  const to = Math.min(s.end, end + 240);
  return `${from > s.start ? '…' : ''}${text.slice(from, to).trim()}${to < s.end ? '…' : ''}`;
}

// The sentence holding `at` (binary search: the sentences of a 1 MB block are many).
function sentenceFor(sentences: Range[], at: number, len: number): Range {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return sentences[Math.min(lo, sentences.length - 1)] ?? { start: 0, end: len };
}

const COMMAND_BEFORE =
  /(?:(?:^|\n|\s)(?:\$\s|(?:curl|wget|http|https|xh)\s)[^\n]*|\b(?:open|visit|browse\s+to|navigate\s+to|go\s+to|point\s+your\s+browser\s+(?:at|to))\s+)$/i;

// "http://localhost:8080/x" shown for "http://localhost:8080/x" or "localhost:8080/x/".
function sameAddress(label: string, href: string): boolean {
  const bare = (u: string) =>
    u
      .trim()
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/\/+$/, '');
  return bare(label) === bare(href);
}
