// Citations: everything in an article that points at a source, and whether a reader can follow it.
import type { Article, Block, LinkSpan } from './article';
import type { Evidence } from './report';
import { splitSentences } from './sentences';
import { isOffPageHref, isPlaceholderText, placeholderHrefReason, scan } from './link-words';
import { anchorNumber, describeEntry, findReferences, lookupAuthorYear, type References } from './references';

/** Why: one piece of evidence at a place in a block; `followable` says a reader can click through to the source. */
export interface Citation {
  block: number;
  start: number;
  end: number;
  evidence: Evidence;
  followable: boolean;
}

interface Span {
  start: number;
  end: number;
}

// Author-year grammar: "Koomey et al., 2016", "Smith & Lee 2021", "World Health Organization, 2020", "Lee, 2020a".
const NAME = String.raw`(?:(?:van|von|de|der|den|da|di|del|la|le|du)\s+)*\p{Lu}[\p{L}\p{M}'’-]*(?:\.(?=\s\p{Lu}))?`;
const AUTHOR = String.raw`${NAME}(?:\s+${NAME}){0,4}`;
const YEAR = String.raw`(?:1[89]|20)\d{2}[a-z]?`;
const GROUP_STRONG = String.raw`${AUTHOR}(?:\s+et\s+al\.?|(?:,\s*${AUTHOR})*,?\s*(?:&|and)\s+${AUTHOR})`;
const ITEM = String.raw`(?:${GROUP_STRONG},?\s+|${AUTHOR},\s*)${YEAR}(?:,\s*(?:p|pp)\.\s*\d+(?:[–-]\d+)?)?`;
// A parenthesis holds one or more ";"-separated parts; each part that is an author-year item is a citation.
const PARENS = /\(([^()\n]{4,400})\)/g;
const ITEM_PART = new RegExp(String.raw`^(?:(?:[Ee]\.g\.|[Ss]ee(?:\s+also)?|[Cc]f\.),?\s+)?(${ITEM})$`, 'u');
// Narrative form names one author before "et al." or two around "and"/"&": "Smith et al. (2019)".
const NARRATIVE_AUTHOR_YEAR = new RegExp(
  String.raw`(${NAME}(?:\s+et\s+al\.?|\s+(?:&|and)\s+${NAME}))\s+\((${YEAR})\)`,
  'gu',
);
// Words that look like an author in "(March, 2023)" but are dates, versions or labels.
const NOT_AUTHORS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|Winter|Updated|Published|Released|Revised|Accessed|Retrieved|Est|Founded|Since|Copyright|Version|Edition|Vol|Issue|See|In|As|Of|Q[1-4]|FY|H[12])\b/;

const SOURCE = /\b((?:data\s+)?sources?)\s*:\s*/gi;
const ACCORDING = /\baccording\s+to\s+/gi;
// A titled publication by a named body: "G2's Fall 2026 Grid Report", "the State of DevOps Report".
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}\d&.-]*|\d{4})`;
const NAMED_REPORT = new RegExp(
  String.raw`\b(?:in|by|from|per|to)\s+((?:the\s+)?${TITLE_WORD}(?:['’]s)?(?:\s+(?:(?:of|on|for|and|the|&)\s+)?${TITLE_WORD}){0,6}?\s+(?:Report|Study|Survey|Index|Benchmark|Grid(?:\s+Report)?|Magic\s+Quadrant|Wave|Census|Outlook|Forecast|Barometer|Scorecard|Ranking|Rankings))\b`,
  'gu',
);
const NOT_A_SOURCE =
  /^(?:plan|schedule|need|needs|taste|preference|your|whether|how|what|which|this|that|these|those)\b/i;
const DOI = /\b10\.\d{4,9}\/[^\s"<>]+/g;
const ARXIV = /\barXiv:\s?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`|]+/gi;
const BRACKET_MARKER = /\[(\^?)(\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,9})\](?![(:])/g;
const SUP_MARKER = /^\[?\^?(\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,9})\]?$/;
// A superscript right after a unit or a number is an exponent ("m<sup>2</sup>", "10<sup>6</sup>"), not a footnote.
const EXPONENT_BASE = /(?:\d|\b(?:[kcmµnd]?m|ft|in|mi|s|x|y|e|n|R))\s*$/;

/**
 * Why: support decisions and claim extraction both need every citation with its span and followability.
 * `references` is findReferences(article.blocks) when the caller already has it (the pipeline reads it once).
 */
export function findCitations(article: Article, references?: References): Citation[] {
  const blocks = Array.isArray(article?.blocks) ? article.blocks : [];
  const refs = references ?? findReferences(blocks);
  const out: Citation[] = [];
  blocks.forEach((block, b) => {
    if (!block || block.kind === 'code' || typeof block.text !== 'string') return;
    for (const c of blockCitations(block, b, refs)) out.push(c);
  });
  return out;
}

function blockCitations(block: Block, b: number, refs: References): Citation[] {
  const text = block.text;
  const links = (Array.isArray(block.links) ? block.links : [])
    .filter((l) => l && Number.isFinite(l.start) && Number.isFinite(l.end))
    .sort((x, y) => x.start - y.start);
  const code = (block.marks ?? []).filter((m) => m.kind === 'code').sort((x, y) => x.start - y.start);
  const out: Citation[] = [];
  let taken: Span[] = [];
  const free = (s: number, e: number) => !overlaps(code, s, e) && !overlaps(taken, s, e);
  // Spans claimed by earlier detectors; each detector scans left to right, so its spans merge in sorted.
  let pending: Span[] = [];
  const add = (c: Omit<Citation, 'block'>) => {
    out.push({ block: b, start: c.start, end: c.end, evidence: c.evidence, followable: c.followable });
    pending.push({ start: c.start, end: c.end });
  };
  const flush = () => {
    if (pending.length) taken = mergeSorted(taken, pending);
    pending = [];
  };
  const followableLinkIn = (s: number, e: number): LinkSpan | undefined =>
    spansIn(links, s, e).find((l) => linkIsFollowable(l));

  // Numbered markers first: they decide what an in-page "#fn1" link means.
  const markers = findMarkers(block, text, code, refs, b);
  for (const m of markers) {
    const link = spansIn(links, m.start, m.end)[0];
    if (link && isOffPageHref(link.href)) continue; // "[1](https://...)": the link itself is the evidence
    for (const n of m.numbers) add(resolveNumber(refs, n, 'footnote', m));
  }
  flush();

  // A link whose text is code ("[`Date`](https://...)") is still a link a reader can follow.
  for (const link of links) {
    const href = typeof link.href === 'string' ? link.href : '';
    if (/^(?:mailto|tel|sms):/i.test(href.trim())) continue;
    if (href.trim().startsWith('#') && href.trim() !== '#' && href.trim() !== '#!' && href.trim() !== '#0') {
      if (overlaps(markers, link.start, link.end)) continue;
      const n = anchorNumber(href.trim().slice(1), link.text ?? '');
      if (n === null) continue; // a section link ("#install"), not a citation
      add(resolveNumber(refs, n, 'anchor', link));
      continue;
    }
    // A placeholder ("#", example.com, "[insert link]") is not evidence at all: claims beside it stay unsupported.
    if (!linkIsFollowable(link)) {
      pending.push({ start: link.start, end: link.end });
      continue;
    }
    const label = (link.text ?? '').trim() || href;
    add({
      start: link.start,
      end: link.end,
      evidence: { kind: 'link', text: label, href },
      followable: true,
    });
  }
  pending.sort((x, y) => x.start - y.start);
  flush();

  // Bare URLs the adapter did not turn into links.
  for (const m of text.includes('://') ? scan(BARE_URL, text) : []) {
    const url = trimUrl(m[0]);
    const s = m.index;
    if (!free(s, s + url.length) || placeholderHrefReason(url) !== null) continue;
    add({
      start: s,
      end: s + url.length,
      evidence: { kind: 'link', text: url, href: url },
      followable: true,
    });
  }
  flush();
  for (const m of text.includes('10.') ? scan(DOI, text) : []) {
    const doi = trimUrl(m[0]);
    if (!free(m.index, m.index + doi.length)) continue;
    add({
      start: m.index,
      end: m.index + doi.length,
      evidence: { kind: 'doi', text: doi, href: `https://doi.org/${doi}` },
      followable: true,
    });
  }
  flush();
  for (const m of /arxiv/i.test(text) ? scan(ARXIV, text) : []) {
    if (!free(m.index, m.index + m[0].length)) continue;
    add({
      start: m.index,
      end: m.index + m[0].length,
      evidence: { kind: 'arxiv', text: m[0], href: `https://arxiv.org/abs/${m[1]}` },
      followable: true,
    });
  }
  flush();

  const sentences = lazySentences(text);
  for (const m of /ource/i.test(text) ? scan(SOURCE, text) : []) {
    if (/\bopen[\s-]$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    const paren = text[m.index - 1] === '(';
    const from = m.index + m[0].length;
    const close = paren ? text.slice(from, from + 300).indexOf(')') : -1;
    const to = close !== -1 ? from + close : stopAt(text, from, sentences(), 300);
    const name = text.slice(from, to).replace(/[\s.,;:]+$/, '');
    if (!name) continue;
    const start = paren ? m.index - 1 : m.index;
    const end = paren && text[to] === ')' ? to + 1 : from + name.length;
    // A "Source: <link>" is already evidence through its link; do not count it twice.
    if (!free(start, end)) continue;
    add({ start, end, evidence: { kind: 'source', text: `${cap(m[1]!)}: ${name}` }, followable: false });
  }
  flush();

  const attributed: Span[] = [];
  for (const m of /ccording/i.test(text) ? scan(ACCORDING, text) : []) {
    const from = m.index + m[0].length;
    const limit = stopAt(text, from, sentences(), 120);
    const tail = text.slice(from, limit);
    const cut = /[,;:()]|\s[-–—]\s/.exec(tail);
    const name = (cut ? tail.slice(0, cut.index) : tail).replace(/[\s.,;:]+$/, '');
    if (!name || NOT_A_SOURCE.test(name) || overlaps(code, m.index, from)) continue;
    const end = from + name.length;
    const link = followableLinkIn(from, end);
    attributed.push({ start: m.index, end });
    out.push({
      block: b,
      start: m.index,
      end,
      evidence: evidenceOf('according-to', `according to ${name}`, link?.href),
      followable: Boolean(link),
    });
  }

  // "ranked first in G2's Fall 2026 Grid Report": a named publication, cited without a link.
  for (const m of scan(NAMED_REPORT, text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (!free(start, end) || overlaps(attributed, start, end)) continue;
    add({ start, end, evidence: { kind: 'source', text: m[1]! }, followable: false });
  }
  flush();

  const addAuthorYear = (start: number, end: number, cited: string) => {
    // Overlapping a link or a source: the link is the evidence ("([Dean and Barroso, 2013](https://...))").
    if (NOT_AUTHORS.test(cited) || !free(start, end)) return;
    const href = lookupAuthorYear(refs, cited)?.href ?? undefined;
    add({
      start,
      end,
      evidence: evidenceOf('author-year', cited, href),
      followable: Boolean(href),
    });
  };
  for (const m of text.includes('(') ? scan(PARENS, text) : []) {
    const inner = m[1]!;
    if (!/\d{4}/.test(inner)) continue;
    const parts = inner.split(';');
    let at = m.index + 1;
    for (const part of parts) {
      const lead = part.length - part.trimStart().length;
      const item = ITEM_PART.exec(part.trim());
      if (item) {
        const whole = parts.length === 1;
        const s = whole ? m.index : at + lead + part.trim().indexOf(item[1]!);
        const e = whole ? m.index + m[0].length : s + item[1]!.length;
        addAuthorYear(s, e, item[1]!);
      }
      at += part.length + 1;
    }
  }
  flush();
  for (const m of text.includes('(') ? scan(NARRATIVE_AUTHOR_YEAR, text) : []) {
    addAuthorYear(m.index, m.index + m[0].length, `${m[1]} (${m[2]})`);
  }
  flush();
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Why: a link counts as evidence only when it leaves the page for a real destination. */
export function linkIsFollowable(link: LinkSpan): boolean {
  const href = typeof link.href === 'string' ? link.href : '';
  return isOffPageHref(href) && placeholderHrefReason(href) === null && !isPlaceholderText(link.text ?? '');
}

interface Marker extends Span {
  numbers: number[];
}

// "[1]", "[^3]", "[1, 2]", "[2–4]" and superscript numbers; not the "[1]" that opens a reference entry itself.
function findMarkers(block: Block, text: string, code: Span[], refs: References, b: number): Marker[] {
  const out: Marker[] = [];
  for (const m of text.includes('[') ? scan(BRACKET_MARKER, text) : []) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlaps(code, s, e) || refs.definitions.has(`${b}:${s}`)) continue;
    const numbers = expandNumbers(m[2]!);
    if (numbers.length) out.push({ start: s, end: e, numbers });
  }
  const brackets = out.slice();
  const sups = (block.marks ?? []).filter((mk) => mk && mk.kind === 'sup').sort((x, y) => x.start - y.start);
  for (const mark of sups) {
    if (mark.kind !== 'sup' || !(mark.start >= 0) || !(mark.end > mark.start)) continue;
    const raw = text.slice(mark.start, mark.end).trim();
    const m = SUP_MARKER.exec(raw);
    if (!m || overlaps(brackets, mark.start, mark.end)) continue;
    if (EXPONENT_BASE.test(text.slice(Math.max(0, mark.start - 8), mark.start))) continue;
    if (refs.definitions.has(`${b}:${mark.start}`)) continue;
    const numbers = expandNumbers(m[1]!);
    if (numbers.length) out.push({ start: mark.start, end: mark.end, numbers });
  }
  return out.sort((x, y) => x.start - y.start);
}

function expandNumbers(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(',')) {
    const [a, z] = part.split(/[–-]/).map((s) => Number.parseInt(s.trim(), 10));
    if (a === undefined || !Number.isFinite(a) || a < 1) continue;
    const last = z !== undefined && Number.isFinite(z) && z >= a && z - a < 20 ? z : a;
    for (let n = a; n <= last; n++) if (!out.includes(n)) out.push(n);
  }
  return out;
}

function resolveNumber(
  refs: References,
  n: number,
  kind: 'footnote' | 'anchor',
  at: Span,
): Omit<Citation, 'block'> {
  const entry = refs.byNumber.get(n);
  if (!entry) {
    const why = refs.byNumber.size ? `no entry ${n} in the references` : 'the article has no reference list';
    return {
      start: at.start,
      end: at.end,
      evidence: { kind, text: `[${n}] (missing: ${why})` },
      followable: false,
    };
  }
  return {
    start: at.start,
    end: at.end,
    evidence: evidenceOf(kind, describeEntry(entry), entry.href ?? undefined),
    followable: entry.href !== null,
  };
}

// Built field by field: object spread is slow in V8 and these are made once per citation on 1 MB pages.
function evidenceOf(kind: Evidence['kind'], text: string, href: string | undefined): Evidence {
  const e: Evidence = { kind, text };
  if (href) e.href = href;
  return e;
}

// Where an attribution ends: the end of its sentence, line or table cell, and at most `max` characters on.
function stopAt(text: string, from: number, sentences: Span[], max: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  let end = Math.min(text.length, from + max, s && s.start <= from ? s.end : text.length);
  const window = text.slice(from, end);
  for (const x of [window.indexOf('\n'), window.indexOf(' | ')])
    if (x !== -1 && from + x < end) end = from + x;
  return end;
}

function lazySentences(text: string): () => Span[] {
  let cached: Span[] | null = null;
  return () => (cached ??= splitSentences(text));
}

/** Why: URLs in prose end before the sentence's punctuation and before an unbalanced closing bracket. */
export function trimUrl(url: string): string {
  let u = url.replace(/[.,;:!?'"’”]+$/, '');
  while (/[)\]]$/.test(u)) {
    const close = u.endsWith(')') ? ')' : ']';
    const open = close === ')' ? '(' : '[';
    if (u.split(open).length >= u.split(close).length) break;
    u = u.slice(0, -1).replace(/[.,;:!?'"’”]+$/, '');
  }
  return u;
}

function cap(s: string): string {
  const t = s.replace(/\s+/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1).toLowerCase();
}

// Longest span the range queries expect; longer ones (a 2,000-character link) are missed, never crash.
const MAX_SPAN = 2000;

/**
 * Why: range queries over spans sorted by start keep a 1 MB single-block page linear: binary search to the first
 * span that could reach `s`, then walk forward while spans start before `e`.
 */
export function spansIn<T extends Span>(sorted: T[], s: number, e: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  const from = s - MAX_SPAN;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < e; i++)
    if (sorted[i]!.end > s) out.push(sorted[i]!);
  return out;
}

/** Why: "is anything there?" stops at the first hit, so long sentences full of links stay cheap. */
export function overlaps(sorted: Span[], s: number, e: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  const from = s - MAX_SPAN;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]!.start < e; i++) if (sorted[i]!.end > s) return true;
  return false;
}

function mergeSorted(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
