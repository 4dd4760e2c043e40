// Citations: everything in an article that points at a source, and whether a reader can follow it.
// This file runs the detectors over each block in a fixed order and keeps the spans each one claims, so a later
// detector does not count the same evidence twice. Numbered markers ("[1]", superscripts) and links are read
// here; the citations written into the prose (URLs, DOIs, "Source:", author-year) are in inline-citations.ts.

import type { Article, Block, LinkSpan } from './article';
import {
  accordingTo,
  arxivIds,
  bareUrls,
  dois,
  evidenceOf,
  namedAttributions,
  namedReports,
  narrativeAuthorYears,
  parenAuthorYears,
  sourceLines,
  type DetectorInput,
  type FoundCitation,
} from './inline-citations';
import { isOffPageHref, isPlaceholderText, placeholderHrefReason, scan } from './link-words';
import {
  anchorNumber,
  authorYearKey,
  describeEntry,
  findReferences,
  isCompleteEntry,
  looksLikeReference,
  noteAfter,
  type References,
} from './references';
import { headingTargets } from './anchors';
import { blockSentences } from './sentences';
import { mergeSorted, overlaps, spansIn, type Span } from './spans';

// Moved out of this file; still importable from here, where links.ts and support.ts find them.
export { trimUrl } from './inline-citations';
export { overlaps, spansIn } from './spans';

/** Why: one piece of evidence at a place in a block; `followable` says a reader can click through to the source. */
export interface Citation extends FoundCitation {
  block: number;
}

const BRACKET_MARKER = /\[(\^?)(\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,9})\](?![(:])/g;
const SUP_MARKER = /^\[?\^?(\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,9})\]?$/;
// A named footnote marker, "[^cf]", "[^beatgans]" (Markdown footnotes left as text).
const LABEL_MARKER = /\[\^(\p{L}[\p{L}\p{N}_.:-]{0,39})\](?![(:])/gu;
// "users worldwide*", "99.9%†": a symbol joined to the word before it, pointing at a note that opens with it.
const SYMBOL_MARKER = /(?<=[\p{L}\p{N}%+)\]’'"”])(?:\*{1,3}|†{1,2}|‡)(?=[\s.,;:!?)\]”"]|$)/gu;
// A superscript right after a unit or a number is an exponent ("m<sup>2</sup>", "10<sup>6</sup>"), not a footnote.
const EXPONENT_BASE = /(?:\d|\b(?:[kcmµnd]?m|ft|in|mi|s|x|y|e|n|R))\s*$/;

/**
 * Why: support decisions and claim extraction both need every citation with its span and followability.
 * `references` is findReferences(article.blocks) when the caller already has it (the pipeline reads it once).
 */
export function findCitations(article: Article, references?: References): Citation[] {
  const blocks = article.blocks;
  const refs = references ?? findReferences(blocks);
  const sections = headingTargets(blocks);
  const out: Citation[] = [];
  blocks.forEach((block, b) => {
    if (block.kind === 'code') return;
    for (const c of blockCitations(block, b, refs, sections)) out.push(c);
  });
  return backReferences(out);
}

function blockCitations(
  block: Block,
  b: number,
  refs: References,
  sections: (fragment: string) => string | null,
): Citation[] {
  const text = block.text;
  const links = [...block.links].sort((x, y) => x.start - y.start);
  const code = (block.marks ?? []).filter((m) => m.kind === 'code').sort((x, y) => x.start - y.start);
  const out: Citation[] = [];
  let taken: Span[] = [];
  const free = (s: number, e: number) => !overlaps(code, s, e) && !overlaps(taken, s, e);
  // Spans claimed by earlier detectors; each detector scans left to right, so its spans merge in sorted.
  let pending: Span[] = [];
  const add = (c: FoundCitation) => {
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
    for (const n of m.numbers) if (!asideNote(refs, n)) add(resolveNumber(refs, n, 'footnote', m));
    const byLabel = m.label ? resolveLabel(refs, m.label, m) : null;
    if (byLabel) add(byLabel);
    const note = m.symbol ? noteAfter(refs.bySymbol.get(m.symbol), b) : undefined;
    if (note?.href)
      add({
        start: m.start,
        end: m.end,
        evidence: evidenceOf('footnote', describeEntry(note), note.href),
        followable: true,
      });
  }
  flush();

  // A link whose text is code ("[`Date`](https://...)") is still a link a reader can follow.
  for (const link of links) {
    const href = typeof link.href === 'string' ? link.href : '';
    if (/^(?:mailto|tel|sms):/i.test(href.trim())) continue;
    if (href.trim().startsWith('#') && href.trim() !== '#' && href.trim() !== '#!' && href.trim() !== '#0') {
      if (overlaps(markers, link.start, link.end)) continue;
      const n = anchorNumber(href.trim().slice(1), link.text ?? '');
      if (n !== null) {
        add(resolveNumber(refs, n, 'anchor', link));
        continue;
      }
      // "[much faster](#results)": the article points the reader at its own data, which the reader can follow.
      const section = sections(href.trim().slice(1));
      if (section !== null)
        add({
          start: link.start,
          end: link.end,
          evidence: { kind: 'anchor', text: `the section "${section}" on this page`, href: href.trim() },
          followable: true,
        });
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

  // Then the citations written into the prose, each detector seeing only what the ones before it claimed.
  const input: DetectorInput = { text, refs, free, sentences: () => blockSentences(block) };
  for (const detect of [bareUrls, dois, arxivIds, sourceLines]) {
    for (const c of detect(input)) add(c);
    flush();
  }
  // "according to X" claims no span: a link or an author-year inside it still counts on its own.
  const attributed = accordingTo(input, (s, e) => overlaps(code, s, e), followableLinkIn);
  for (const c of attributed) {
    out.push({ block: b, start: c.start, end: c.end, evidence: c.evidence, followable: c.followable });
  }
  for (const c of namedReports(input, (s, e) => overlaps(attributed, s, e))) add(c);
  flush();
  for (const c of namedAttributions(input, followableLinkIn)) add(c);
  flush();
  for (const detect of [parenAuthorYears, narrativeAuthorYears]) {
    for (const c of detect(input)) add(c);
    flush();
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

// "[Achterberg et al. (2020)](doi)" early on, "Achterberg et al. (2020) reach ..." later: the later mention is as
// followable as the first, through the link the article already gave.
// "Vortane claims 12x higher throughput ..." under "Vortane announced the [Tessera T2](https://vortane.ai/tessera-t2)":
// the party that claims it, linked at its own site earlier on the page, is as followable as that link.
function backReferences(citations: Citation[]): Citation[] {
  const linked = new Map<string, string>();
  for (const c of citations) {
    if (c.evidence.kind !== 'link' || !c.evidence.href) continue;
    const key = authorYearKey(c.evidence.text);
    if (key && !linked.has(key)) linked.set(key, c.evidence.href);
  }
  if (!citations.some((c) => c.evidence.kind === 'link' && c.evidence.href)) return citations;
  const sites = new Map<string, string>();
  return citations.map((c) => {
    const { kind, href: own } = c.evidence;
    if (kind === 'link' && own) {
      const site = siteName(own);
      if (site && !sites.has(site)) sites.set(site, own);
    }
    if (c.followable) return c;
    let href: string | undefined;
    if (kind === 'author-year') {
      const key = authorYearKey(c.evidence.text);
      href = key ? linked.get(key) : undefined;
    } else if (kind === 'according-to') {
      const name = /^(?:according\s+to\s+)?([\p{L}\p{N}-]+)/iu.exec(c.evidence.text)?.[1];
      href = name ? sites.get(name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')) : undefined;
    }
    return href ? { ...c, evidence: { ...c.evidence, href }, followable: true } : c;
  });
}

// The name a site goes by: "vortane" for https://www.vortane.ai/tessera-t2; null for no web address, for a platform
// that hosts everyone's pages (github.com, docs.google.com) and for a product's sign-up, pricing or contact page.
function siteName(href: string): string | null {
  const m = /^https?:\/\/(?:www\.)?([^/:?#]+)([^?#]*)/i.exec(href);
  if (!m || PRODUCT_PAGE.test(m[2]!)) return null;
  const labels = m[1]!.toLowerCase().split('.');
  // ("example.co.uk": the name before a two-letter country's second-level suffix.)
  const k = labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(labels.at(-2)!) ? 3 : 2;
  const name = labels.length >= k ? labels[labels.length - k]!.replace(/[^\p{L}\p{N}]/gu, '') : '';
  return name === '' || PLATFORM.test(name) ? null : name;
}
const PLATFORM =
  /^(?:github|gitlab|bitbucket|google|medium|substack|twitter|x|linkedin|youtube|wikipedia|reddit|ycombinator|notion|dev|hashnode|npmjs|pypi|vercel|netlify|herokuapp|amazonaws|cloudfront|blogspot|wordpress)$/;
const PRODUCT_PAGE =
  /^\/?(?:[\w-]+\/)?(?:sign-?up|login|register|trial|pricing|contact|demo|get-started|start)\b/i;

/** Why: a link counts as evidence only when it leaves the page for a real destination. */
export function linkIsFollowable(link: LinkSpan): boolean {
  const href = typeof link.href === 'string' ? link.href : '';
  return isOffPageHref(href) && placeholderHrefReason(href) === null && !isPlaceholderText(link.text ?? '');
}

interface Marker extends Span {
  numbers: number[];
  /** A named footnote's label, lower-cased. */
  label?: string;
  /** A symbol marker ("*", "†") whose note the article has. */
  symbol?: string;
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
  for (const m of text.includes('[^') ? scan(LABEL_MARKER, text) : []) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlaps(code, s, e) || refs.definitions.has(`${b}:${s}`)) continue;
    out.push({ start: s, end: e, numbers: [], label: m[1]!.toLowerCase() });
  }
  for (const m of refs.bySymbol.size > 0 ? scan(SYMBOL_MARKER, text) : []) {
    const s = m.index;
    const e = s + m[0].length;
    if (refs.bySymbol.has(m[0]) && !overlaps(code, s, e))
      out.push({ start: s, end: e, numbers: [], symbol: m[0] });
  }
  const brackets = out.slice();
  const sups = (block.marks ?? []).filter((mk) => mk && mk.kind === 'sup').sort((x, y) => x.start - y.start);
  for (const mark of sups) {
    if (mark.kind !== 'sup' || !(mark.start >= 0) || !(mark.end > mark.start)) continue;
    const raw = text.slice(mark.start, mark.end).trim();
    const m = SUP_MARKER.exec(raw);
    if (!m || overlaps(brackets, mark.start, mark.end)) continue;
    if (EXPONENT_BASE.test(text.slice(Math.max(0, mark.start - 8), mark.start))) continue;
    // "τ<sup>2</sup>-Bench": a superscript inside a name, joined to letters on both sides, marks no footnote.
    if (
      /[\p{L}]$/u.test(text.slice(0, mark.start)) &&
      /^-?[\p{L}\p{N}]/u.test(text.slice(mark.end, mark.end + 2))
    )
      continue;
    if (refs.definitions.has(`${b}:${mark.start}`)) continue;
    const numbers = expandNumbers(m[1]!);
    if (numbers.length) out.push({ start: mark.start, end: mark.end, numbers });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Why: "... can be found in the Bluetooth Core Specification [^4]": a promise with no link is kept when a note marker
 * after it ("[^4]", "[3]", "[1, 2]", "[^spec]") points to an entry that links somewhere.
 */
export function linksThroughNote(text: string, refs: References): boolean {
  if (!text.includes('[')) return false;
  for (const m of scan(BRACKET_MARKER, text))
    if (expandNumbers(m[2]!).some((n) => refs.byNumber.get(n)?.href)) return true;
  for (const m of text.includes('[^') ? scan(LABEL_MARKER, text) : [])
    if (refs.byLabel.get(m[1]!.toLowerCase())?.href) return true;
  return false;
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

// A named footnote that is a note ("[^result]: The implementation used here is naive"), not a reference (no link,
// year, DOI or arXiv id), cites nothing: null.
function resolveLabel(refs: References, label: string, at: Span): FoundCitation | null {
  const entry = refs.byLabel.get(label);
  if (entry && entry.href === null && !looksLikeReference(entry.text)) return null;
  if (!entry) {
    return {
      start: at.start,
      end: at.end,
      evidence: { kind: 'footnote', text: `[^${label}] (missing: no footnote "${label}" in the article)` },
      followable: false,
    };
  }
  return {
    start: at.start,
    end: at.end,
    evidence: evidenceOf('footnote', describeEntry(entry), entry.href ?? undefined),
    followable: isCompleteEntry(entry),
  };
}

// "[^5]: I hedge with “almost” here, but I’m not aware of any counterexamples.": the author's aside, no source.
const ASIDE =
  /^\W*(?:I|I['’](?:m|ve|d)|we|we['’](?:re|ve)|note|this|that|here|though|although|of\s+course|to\s+be\s+fair)\b/i;
const asideNote = (refs: References, n: number): boolean => {
  const entry = refs.byNumber.get(n);
  return (
    entry !== undefined && entry.href === null && ASIDE.test(entry.text) && !looksLikeReference(entry.text)
  );
};

function resolveNumber(refs: References, n: number, kind: 'footnote' | 'anchor', at: Span): FoundCitation {
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
    followable: isCompleteEntry(entry),
  };
}
