// The article's own reference list: numbered entries ("[1] ...", "1. ...", an ordered list under "References")
// and footnote definitions ("[^2]: ..."), each with the URL, DOI or arXiv link a reader could follow.
import type { Block } from './article';
import { isOffPageHref, isPlaceholderText, placeholderHrefReason, scan } from './link-words';

/** Why: a marker is only as good as the entry it points to; the entry's URL decides followability. */
export interface RefEntry {
  n: number | null;
  /** A named footnote's label, lower-cased ("cf" of "[^cf]: ..."); null for numbered entries. */
  label?: string | null;
  block: number;
  start: number;
  end: number;
  text: string;
  href: string | null;
}

/** Why: markers resolve by number, author-year citations by surname and year. */
export interface References {
  byNumber: Map<number, RefEntry>;
  /** Named footnotes ("[^beatgans]: ..."), by lower-cased label. */
  byLabel: Map<string, RefEntry>;
  byAuthorYear: Map<string, RefEntry>;
  /** Notes opened by a symbol ("*based on ...", "† Measured on ..."), by that symbol, in article order. */
  bySymbol: Map<string, RefEntry[]>;
  /** `${block}:${offset}` of each marker that opens an entry (that "[1]" defines, it does not cite). */
  definitions: Set<string>;
  /** Blocks that belong to the reference list (heading included). */
  blocks: Set<number>;
}

const HEADING =
  /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:references?|sources?(?:\s+(?:and|&)\s+notes)?|notes?(?:\s+(?:and|&)\s+(?:references|sources))?|bibliography|footnotes?|end\s?notes|citations?|works\s+cited|literature(?:\s+cited)?)\s*:?\s*$/i;
// A named footnote's label ("cf", "beatgans", "note-2"): a letter first, so it never reads as a number.
const LABEL = String.raw`(?<label>\p{L}[\p{L}\p{N}_.:-]{0,39})`;
// An entry's opening marker at the start of a line: "[1]", "[^1]:", "[^cf]:", "1.", "1)", "^1".
const LINE_ENTRY = new RegExp(
  String.raw`^[ \t]*(?:\[\^?(\d{1,3})\]:?|\[\^${LABEL}\]:|\^(\d{1,3})[.:]?|(\d{1,3})[.)])[ \t]+`,
  'u',
);
// "[5] ..." opening a list item.
const BRACKET_ENTRY = /^[ \t]*\[(\d{1,3})\][ \t]+/;
// A footnote definition anywhere in the article ("[^3]: ...", "[^cf]: ..." left as text by a Markdown renderer).
const FOOTNOTE_DEF = new RegExp(String.raw`^[ \t]*\[(?:\^?(\d{1,3})|\^${LABEL})\]:[ \t]+`, 'u');
// Inside a reference paragraph, further "[n]" entries may follow on the same line after a soft break.
const INLINE_ENTRY = /(?:^|\s)(\[\^?\d{1,3}\]):?\s+/g;
// Footnote definitions whose line breaks were lost ("[^1]: ... [^2]: ..."): the colon makes each one unambiguous.
const INLINE_FOOTNOTE = new RegExp(String.raw`(?:^|\s)(\[\^(?:\d{1,3}|${LABEL})\]):\s+`, 'gu');
// A note opened by a symbol: "*based on", "* Source:", "† Measured", "(*) Prices as of".
const SYMBOL_NOTE = /^\s*\(?(\*{1,3}|†{1,2}|‡)\)?\s*(?=[\p{L}(])/u;
const ENTRY_LIKE = /\b(?:1[89]|20)\d{2}\b|https?:\/\/|\b10\.\d{4,9}\/|\barXiv:/i;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`|]+/i;
const DOI_IN_TEXT = /\b10\.\d{4,9}\/[^\s"<>]+/;
const REF_ANCHOR = /(?:fn|ref|note|cite|citation|bib|source|endnote|footnote|^r|^b|^cr)[\w.:-]*?(\d{1,3})$/i;
const ARXIV_IN_TEXT = /\barXiv:\s?(\d{4}\.\d{4,5}(?:v\d+)?)/i;

/** Why: markers ("[3]", superscripts, "#ref-3" links) resolve against this list. */
export function findReferences(blocks: Block[]): References {
  const refs: References = {
    byNumber: new Map(),
    byLabel: new Map(),
    byAuthorYear: new Map(),
    bySymbol: new Map(),
    definitions: new Set(),
    blocks: new Set(),
  };
  let inList = false;
  let counter = 0;
  let sinceHeading = 0;
  blocks.forEach((block, b) => {
    const text = block.text;
    const isHeadingLike =
      block.kind === 'heading' || (block.kind === 'paragraph' && text.length <= 40 && HEADING.test(text));
    if (isHeadingLike && HEADING.test(text)) {
      inList = true;
      counter = 0;
      sinceHeading = 0;
      refs.blocks.add(b);
      return;
    }
    if (block.kind === 'heading' || block.kind === 'code' || block.kind === 'table-row') inList = false;
    if (inList) {
      sinceHeading++;
      if (block.kind === 'list-item') {
        const m = LINE_ENTRY.exec(text);
        const id = m ? entryId(m) : { n: ++counter, label: null };
        if (m) {
          if (id.n !== null) counter = id.n;
          refs.definitions.add(`${b}:${m[0].length - m[0].trimStart().length}`);
        }
        addEntry(refs, block, b, id, 0, text.length);
        return;
      }
      if (block.kind === 'paragraph' || block.kind === 'blockquote') {
        if (addLines(refs, block, b, LINE_ENTRY, true)) return;
        if (ENTRY_LIKE.test(text)) {
          addEntry(refs, block, b, NO_ID, 0, text.length); // an unnumbered (author-year) entry
          return;
        }
        if (sinceHeading === 1 && text.length < 300) return; // an intro line under the heading
        inList = false;
      }
    }
    if (block.kind === 'paragraph' && FOOTNOTE_DEF.test(text)) addLines(refs, block, b, FOOTNOTE_DEF, false);
    addSymbolNote(refs, block, b);
    // A bracket-numbered list item that reads like a reference ("- [5] SWALP: ..., ICML, 2019") is one, with or
    // without a "References" heading above it.
    if (block.kind === 'list-item') {
      const m = BRACKET_ENTRY.exec(text);
      if (m && ENTRY_LIKE.test(text)) {
        refs.definitions.add(`${b}:${m[0].length - m[0].trimStart().length}`);
        addEntry(refs, block, b, { n: Number.parseInt(m[1]!, 10), label: null }, 0, text.length);
      }
    }
  });
  if (refs.byNumber.size === 0 && refs.byLabel.size === 0) trailingNotes(blocks, refs);
  return refs;
}

// "starred[^1] ... placed 5th on the ROSS Index[^6]" and, at the very end, a list of seven items with no heading:
// the notes the markers point to, numbered by their place in the list.
const NOTE_MARKER = /\[\^(\d{1,3})\]/g;
const TRAILING_SLACK = 3;
function trailingNotes(blocks: Block[], refs: References): void {
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last]!.kind !== 'list-item' && blocks.length - 1 - last < TRAILING_SLACK) last--;
  let first = last;
  while (first > 0 && blocks[first - 1]!.kind === 'list-item') first--;
  if (last < 0 || blocks[last]!.kind !== 'list-item') return;
  let highest = 0;
  for (let b = 0; b < first; b++)
    for (const m of blocks[b]!.text.matchAll(NOTE_MARKER)) highest = Math.max(highest, Number(m[1]));
  const items = last - first + 1;
  if (highest === 0 || items < highest) return;
  let followable = 0;
  for (let b = first; b <= last; b++) if (entryHref(blocks[b]!, 0, blocks[b]!.text.length)) followable++;
  if (followable * 2 < items) return;
  for (let b = first; b <= last; b++)
    addEntry(refs, blocks[b]!, b, { n: b - first + 1, label: null }, 0, blocks[b]!.text.length);
}

// Entries that start lines of a paragraph (and, inside a reference list, "[n]" entries after soft breaks).
function addLines(refs: References, block: Block, b: number, opener: RegExp, inList: boolean): boolean {
  const text = block.text;
  const starts: { id: EntryId; at: number; body: number }[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const m = opener.exec(text.slice(lineStart, lineEnd));
    if (m) {
      const lead = m[0].length - m[0].trimStart().length;
      starts.push({
        id: entryId(m),
        at: lineStart + lead,
        body: lineStart + m[0].length,
      });
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  if (starts.length > 0) {
    const seen = new Set(starts.map((s) => s.at));
    for (const m of scan(inList ? INLINE_ENTRY : INLINE_FOOTNOTE, text)) {
      const at = m.index + m[0].indexOf('[');
      if (seen.has(at)) continue;
      const label = m.groups?.label;
      const id = label
        ? { n: null, label: label.toLowerCase() }
        : { n: Number.parseInt(m[1]!.replace(/\D/g, ''), 10), label: null };
      starts.push({ id, at, body: m.index + m[0].length });
    }
    starts.sort((x, y) => x.at - y.at);
  }
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : text.length;
    refs.definitions.add(`${b}:${s.at}`);
    addEntry(refs, block, b, s.id, s.body, end);
  });
  return starts.length > 0;
}

// What an entry is cited by: its number, or a named footnote's label.
interface EntryId {
  n: number | null;
  label: string | null;
}
const NO_ID: EntryId = { n: null, label: null };

// The number or label an entry's opening marker gives (the label group, else the first group of digits).
function entryId(m: RegExpExecArray): EntryId {
  const label = m.groups?.label;
  if (label) return { n: null, label: label.toLowerCase() };
  const digits = m.slice(1).find((g) => g !== undefined && /^\d+$/.test(g));
  return { n: digits === undefined ? null : Number.parseInt(digits, 10), label: null };
}

function addEntry(
  refs: References,
  block: Block,
  b: number,
  { n, label }: EntryId,
  start: number,
  end: number,
): void {
  const text = block.text.slice(start, end).trim();
  if (!text) return;
  const entry: RefEntry = { n, label, block: b, start, end, text, href: entryHref(block, start, end) };
  refs.blocks.add(b);
  if (n !== null && !refs.byNumber.has(n)) refs.byNumber.set(n, entry);
  if (label !== null && !refs.byLabel.has(label)) refs.byLabel.set(label, entry);
  const key = authorYearKey(text);
  if (key && !refs.byAuthorYear.has(key)) refs.byAuthorYear.set(key, entry);
}

// "*based on [the extension's weekly users](url)", "† Measured on ...": a note a symbol marker in the prose points to,
// with or without a destination ("*Internal estimate" answers its marker too, with nothing to follow). A line that
// asks the reader to follow or subscribe is no note.
function addSymbolNote(refs: References, block: Block, b: number): void {
  if (block.kind !== 'paragraph' && block.kind !== 'list-item' && block.kind !== 'blockquote') return;
  const m = SYMBOL_NOTE.exec(block.text);
  if (!m || CALL_TO_ACTION.test(block.text)) return;
  const text = block.text.trim();
  const entry = {
    n: null,
    label: null,
    block: b,
    start: 0,
    end: block.text.length,
    text,
    href: entryHref(block, 0, block.text.length),
  };
  const list = refs.bySymbol.get(m[1]!);
  if (list) list.push(entry);
  else refs.bySymbol.set(m[1]!, [entry]);
}
const CALL_TO_ACTION =
  /\b(?:follow\s+us|subscribe|sign\s+up|newsletter|share\s+(?:this|it)|tweet|join\s+(?:us|our))\b/i;

/** Why: the note a symbol marker in block `b` points to: the first note with its symbol below the marker. */
export function noteAfter(notes: readonly RefEntry[] | undefined, b: number): RefEntry | undefined {
  return notes?.find((n) => n.block > b);
}

// The first destination in an entry: a real off-page link, else a URL, DOI or arXiv id written out.
function entryHref(block: Block, start: number, end: number): string | null {
  for (const l of block.links ?? []) {
    if (l.start < start || l.start >= end || typeof l.href !== 'string') continue;
    if (isOffPageHref(l.href) && placeholderHrefReason(l.href) === null && !isPlaceholderText(l.text ?? ''))
      return l.href;
  }
  const slice = block.text.slice(start, end);
  const url = URL_IN_TEXT.exec(slice)?.[0].replace(/[.,;:!?)\]]+$/, '');
  if (url && placeholderHrefReason(url) === null) return url;
  const doi = DOI_IN_TEXT.exec(slice)?.[0].replace(/[.,;:!?)\]]+$/, '');
  if (doi) return `https://doi.org/${doi}`;
  const arxiv = ARXIV_IN_TEXT.exec(slice)?.[1];
  return arxiv ? `https://arxiv.org/abs/${arxiv}` : null;
}

/** Why: an entry with a year, a URL, a DOI or an arXiv id reads as a reference; one without is a note. */
export function looksLikeReference(text: string): boolean {
  return ENTRY_LIKE.test(text);
}

/** Why: "koomey|2016" from "Koomey, J., Berard, S. (2016) ..." or from a citation "Koomey et al., 2016". */
export function authorYearKey(text: string): string | null {
  const head = text.slice(0, 200);
  const name =
    /(?:^|[\s("“])((?:van|von|de|der|den|da|di|del|la|le|du)\s+)?(\p{Lu}[\p{L}\p{M}'’-]{1,})/u.exec(head);
  const year = /\b((?:1[89]|20)\d{2}[a-z]?)\b/.exec(head);
  if (!name || !year) return null;
  return `${(name[1] ?? '') + name[2]!}|${year[1]}`.toLowerCase();
}

/** Why: "(Koomey et al., 2016)" is followable when the article's bibliography links that paper. */
export function lookupAuthorYear(refs: References, cited: string): RefEntry | null {
  const key = authorYearKey(cited);
  return key ? (refs.byAuthorYear.get(key) ?? null) : null;
}

// The marker that opens an entry's text ("[1]", "[^3]:", "[^cf]:", "2.", "^4:"), left off what a reader is shown.
const ENTRY_MARKER = new RegExp(String.raw`^\s*(?:\[(?:\^?\d{1,3}|\^${LABEL})\]:?|\^?\d{1,3}[.):])\s+`, 'u');

/**
 * Why: a numbered citation that resolves to a full entry (authors, title, venue and year) can be followed without a
 * URL: a reader looks the work up. A bare "[3] Smith" or an entry with no year cannot.
 */
export function isCompleteEntry(entry: RefEntry): boolean {
  if (entry.href !== null) return true;
  const body = entry.text.replace(ENTRY_MARKER, '');
  return /\b(?:1[89]|20)\d{2}\b/.test(body) && body.split(/\s+/).length >= 6 && /[.,]\s+\p{Lu}/u.test(body);
}

/** Why: evidence text a reader recognises: the marker and the start of its entry. */
export function describeEntry(entry: RefEntry): string {
  let body = entry.text.replace(ENTRY_MARKER, '').replace(/\s+/g, ' ');
  if (entry.href && body.includes(entry.href)) body = body.replace(entry.href, '').replace(/\s+$/, '');
  const short = body.length > 120 ? `${body.slice(0, 117)}...` : body;
  const label = entry.n !== null ? `[${entry.n}] ` : entry.label ? `[^${entry.label}] ` : '';
  if (entry.href) return `${label}${short} -> ${entry.href}`;
  return isCompleteEntry(entry) ? `${label}${short}` : `${label}${short} (entry without URL)`;
}

/** Why: an in-page link cites entry n when its text is "[n]"/"n" or its id reads like "#fn3", "#ref-3", "#cite_note-3". */
export function anchorNumber(fragment: string, text: string): number | null {
  const byText = /^\[?\^?(\d{1,3})\]?$/.exec(text.trim());
  const m = byText ?? REF_ANCHOR.exec(fragment);
  return m ? Number.parseInt(m[1]!, 10) : null;
}
