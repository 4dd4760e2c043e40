// Citations written into the prose itself, found by pattern: bare URLs, DOIs, arXiv ids, "Source: ...",
// "according to ...", named reports ("the State of DevOps Report") and author-year references ("(Koomey et al.,
// 2016)", "Smith et al. (2019)"). Each detector scans one block left to right and returns what it found;
// citations.ts runs them in order and decides which spans an earlier detector has already claimed.

import { foldScanSet, foldSet } from './fold-set';
import { placeholderHrefReason, scan } from './link-words';
import { isCompleteEntry, lookupAuthorYear, type References } from './references';
import type { Evidence } from './report';
import type { Span } from './spans';

/** Why: what a detector needs from the block it scans; `free` is false where code or an earlier citation sits. */
export interface DetectorInput {
  text: string;
  refs: References;
  /** True when [s, e) overlaps no code span and no span claimed by an earlier detector. */
  free(s: number, e: number): boolean;
  /** The block's sentences, split on first use. */
  sentences(): Span[];
}

/** Why: a citation found in a block's text, before the caller (citations.ts) stamps its block index on it. */
export interface FoundCitation {
  start: number;
  end: number;
  evidence: Evidence;
  followable: boolean;
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
// Run only where one of its report words is (fold-set.ts): most blocks name no report.
const NAMED_REPORTS = foldSet([NAMED_REPORT]);
const NOT_A_SOURCE =
  /^(?:plan|schedule|need|needs|taste|preference|your|whether|how|what|which|this|that|these|those)\b/i;
// "According to the data growth rate, we needed to scale out every six months": a measure the step follows, no one
// who says anything.
const A_MEASURE =
  /^(?:the|our|their|its)\s+(?:[\w-]+\s+){0,2}(?:rates?|trends?|curves?|formulas?|patterns?|growth|demand|load|usage|sizes?)$/i;
// "according to our internal data", "according to our performance benchmarks", "according to a recent survey":
// attributions that name nothing a reader can look up. Without a link inside them they are no citation at all (the
// claim stays unsupported).
const NAMES_NOTHING =
  /^(?:(?:our|my|the\s+company'?s)\s+(?:own\s+)?(?:internal\s+|customer\s+|usage\s+|proprietary\s+|product\s+|performance\s+)?(?:data|numbers|figures|benchmarks?|analysis|research|estimates?|metrics|telemetry|records|experience|surveys?|tests?)|(?:an?|one|some|many|several|recent)\s+(?:recent\s+|new\s+|industry\s+|independent\s+)?(?:surveys?|stud(?:y|ies)|reports?|analysis|analyses|research(?:ers)?|experts?|sources?|estimates?))\b/i;
const DOI = /\b10\.\d{4,9}\/[^\s"<>]+/g;
const ARXIV = /\barXiv:\s?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`|]+/gi;

/** Why: URLs the adapter did not turn into links are still evidence a reader can follow. */
export function bareUrls({ text, free }: DetectorInput): FoundCitation[] {
  const out: FoundCitation[] = [];
  for (const m of text.includes('://') ? scan(BARE_URL, text) : []) {
    const url = trimUrl(m[0]);
    const s = m.index;
    if (!free(s, s + url.length) || placeholderHrefReason(url) !== null) continue;
    out.push({
      start: s,
      end: s + url.length,
      evidence: { kind: 'link', text: url, href: url },
      followable: true,
    });
  }
  return out;
}

/** Why: a DOI in the text ("10.1093/...") resolves through doi.org, so it is followable without a link. */
export function dois({ text, free }: DetectorInput): FoundCitation[] {
  const out: FoundCitation[] = [];
  for (const m of text.includes('10.') ? scan(DOI, text) : []) {
    const doi = trimUrl(m[0]);
    if (!free(m.index, m.index + doi.length)) continue;
    out.push({
      start: m.index,
      end: m.index + doi.length,
      evidence: { kind: 'doi', text: doi, href: `https://doi.org/${doi}` },
      followable: true,
    });
  }
  return out;
}

/** Why: an arXiv id ("arXiv:2106.09685") resolves through arxiv.org, so it is followable without a link. */
export function arxivIds({ text, free }: DetectorInput): FoundCitation[] {
  const out: FoundCitation[] = [];
  for (const m of /arxiv/i.test(text) ? scan(ARXIV, text) : []) {
    if (!free(m.index, m.index + m[0].length)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      evidence: { kind: 'arxiv', text: m[0], href: `https://arxiv.org/abs/${m[1]}` },
      followable: true,
    });
  }
  return out;
}

/** Why: "Source: Gartner, 2024" names a source a reader cannot click; it is evidence, but not followable. */
export function sourceLines({ text, free, sentences }: DetectorInput): FoundCitation[] {
  const out: FoundCitation[] = [];
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
    out.push({ start, end, evidence: { kind: 'source', text: `${cap(m[1]!)}: ${name}` }, followable: false });
  }
  return out;
}

/**
 * Why: "according to the IEA" attributes a claim; followable when a followable link sits inside the name.
 * It may overlap claimed spans (a link inside the name is its href), so it skips only code (`inCode`), not `!free`.
 */
export function accordingTo(
  { text, sentences }: DetectorInput,
  inCode: (s: number, e: number) => boolean,
  followableLinkIn: (s: number, e: number) => { href: string } | undefined,
): FoundCitation[] {
  const out: FoundCitation[] = [];
  for (const m of /ccording/i.test(text) ? scan(ACCORDING, text) : []) {
    const from = m.index + m[0].length;
    const limit = stopAt(text, from, sentences(), 120);
    const tail = text.slice(from, limit);
    const cut = /[,;:()]|\s[-–—]\s/.exec(tail);
    const name = (cut ? tail.slice(0, cut.index) : tail).replace(/[\s.,;:]+$/, '');
    if (!name || NOT_A_SOURCE.test(name) || A_MEASURE.test(name) || inCode(m.index, from)) continue;
    // "according to `celery.events`": what a program's API reports, no source to look up.
    const lead = /^the\s+/i.exec(name)?.[0].length ?? 0;
    if (inCode(from + lead, from + lead + 1)) continue;
    const end = from + name.length;
    const link = followableLinkIn(from, end);
    if (!link && NAMES_NOTHING.test(name)) continue;
    out.push({
      start: m.index,
      end,
      evidence: evidenceOf('according-to', `according to ${name}`, link?.href),
      followable: Boolean(link),
    });
  }
  return out;
}

// "Gartner predicts that ...", "IDC estimated that ...": a named source that says the claim, without a link.
const NAMED_SAYS = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,3})(?:'s \p{L}+)? ` +
    String.raw`(?:predicts|predicted|estimates|estimated|forecasts|forecast|projects|projected|reports|reported|` +
    String.raw`found|finds|says|said|notes|noted|concluded|concludes)\s+that\b`,
  'gu',
);
// "Nvidia claims 30x higher than A100s", "Megatron-DS reports between 137 and 163 TFLOP/s": a named party's own
// claim, quoted with its figure right after the verb.
const NAMED_CLAIMS = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){0,3}) (?:claims|claimed|reports|reported)\s+` +
    String.raw`(?=(?:(?:up\s+to|over|about|nearly|almost|around|roughly|between)\s+)?[~≈$€£]?\d)`,
  'gu',
);
// Who is not a source a reader could look up: the writer, pronouns, and the unnamed crowd of weasel words.
const NOT_A_NAMED_SOURCE =
  /^(?:the|this|that|these|those|our|we|it|its|their|they|he|she|i|you|one|a|an|many|most|some|research|researchers|studies|study|experts?|analysts?|scientists|data|evidence|industry|customers|users|teams?|engineers|everyone|nobody|internal|recent|benchmarks?|tests?|measurements?|results?|numbers|figures|reports?|surveys?|companies|people|developers|organi[sz]ations|vendors?|early|initial|independent)\b/i;

/** Why: "Gartner predicts that 75% ..." names its source; without a link the reader still cannot check it. */
export function namedAttributions(
  { text, free }: DetectorInput,
  followableLinkIn: (s: number, e: number) => { href: string } | undefined,
): FoundCitation[] {
  const out: FoundCitation[] = [];
  const that = / that\b/.test(text);
  const claims = / (?:claim|report)(?:s|ed)\s/.test(text);
  if (!that && !claims) return out;
  const found = [...(that ? scan(NAMED_SAYS, text) : []), ...(claims ? scan(NAMED_CLAIMS, text) : [])].sort(
    (a, b) => a.index - b.index,
  );
  for (const m of found) {
    const name = m[1]!;
    if (NOT_A_NAMED_SOURCE.test(name)) continue;
    const start = m.index;
    const end = m.index + m[0].trimEnd().length - (m[0].endsWith(' that') ? ' that'.length : 0);
    if (!free(start, end)) continue;
    const link = followableLinkIn(start, end);
    out.push({
      start,
      end,
      evidence: evidenceOf('according-to', text.slice(start, end), link?.href),
      followable: Boolean(link),
    });
  }
  return out;
}

/**
 * Why: "ranked first in G2's Fall 2026 Grid Report": a named publication, cited without a link. `attributed`
 * (sorted by start) holds the "according to" spans, which already cite what they name.
 */
export function namedReports(
  { text, free }: DetectorInput,
  attributed: (s: number, e: number) => boolean,
): FoundCitation[] {
  const out: FoundCitation[] = [];
  for (const m of foldScanSet(NAMED_REPORTS, text, null)[0]!) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (!free(start, end) || attributed(start, end)) continue;
    out.push({ start, end, evidence: { kind: 'source', text: m[1]! }, followable: false });
  }
  return out;
}

/** Why: "(Koomey et al., 2016)" and "(Lee, 2020; see Smith & Jones 2021)": each author-year part is a citation. */
export function parenAuthorYears(input: DetectorInput): FoundCitation[] {
  const { text } = input;
  const out: FoundCitation[] = [];
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
        authorYear(input, s, e, item[1]!, out);
      }
      at += part.length + 1;
    }
  }
  return out;
}

/** Why: "Smith et al. (2019)" names its authors in the sentence and only the year in brackets. */
export function narrativeAuthorYears(input: DetectorInput): FoundCitation[] {
  const { text } = input;
  const out: FoundCitation[] = [];
  for (const m of text.includes('(') ? scan(NARRATIVE_AUTHOR_YEAR, text) : []) {
    authorYear(input, m.index, m.index + m[0].length, `${m[1]} (${m[2]})`, out);
  }
  return out;
}

// One author-year citation, followable when the reference list gives the work a link.
function authorYear(
  { free, refs }: DetectorInput,
  start: number,
  end: number,
  cited: string,
  out: FoundCitation[],
) {
  // Overlapping a link or a source: the link is the evidence ("([Dean and Barroso, 2013](https://...))").
  if (NOT_AUTHORS.test(cited) || !free(start, end)) return;
  const entry = lookupAuthorYear(refs, cited);
  out.push({
    start,
    end,
    evidence: evidenceOf('author-year', cited, entry?.href ?? undefined),
    followable: entry !== null && isCompleteEntry(entry),
  });
}

/** Why: built field by field: object spread is slow in V8 and these are made once per citation on 1 MB pages. */
export function evidenceOf(kind: Evidence['kind'], text: string, href: string | undefined): Evidence {
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
