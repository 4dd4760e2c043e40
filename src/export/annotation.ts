// W3C Web Annotation export (JSON-LD): one "assessing" annotation per claim, so annotation tools can
// import the verdicts and re-anchor them on the page. Model: https://www.w3.org/TR/annotation-model/

import type { Claim, Report } from '../core/report';
import { KIND_LABEL, SUPPORT_MEANING, claimVerdict, labelOf, sourceLine, workLine } from './labels';
import { escapeJsonInvisibles } from './escape';
import { type ReportView, viewOf } from './view';

/** Why: a [start, end) range in the document's own text, where a TextPositionSelector points. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Why: options of the annotation export; both are optional. */
export interface AnnotationOptions {
  /** The target IRI (the page URL); defaults to report.source.url, then a file: URI of report.source.file. */
  source?: string;
  /**
   * Where each claim (by id) sits in the document's own text, as a Web Annotation client counts it (for HTML, the
   * text of the page's body in document order): only the reader of the document can know (the CLI's HTML path).
   * A claim with a position also gets a TextPositionSelector; without one, only the TextQuoteSelector, since a
   * claim's quote.start/end index ClaimLens's block, not the document, and would send a client to the wrong place.
   */
  positions?: ReadonlyMap<string, TextSpan>;
}

/** Why: ClaimLens's separator between blocks in `pageText`; kept with it for src/export/index.ts's re-exports. */
export const PAGE_TEXT_SEPARATOR = '\n\n';

/**
 * Why: offsets of each block in `pageText`, ClaimLens's own joined text. That is no document's text, so the
 * export no longer takes them; tests use them to build positions for a page made of exactly these blocks.
 */
export function blockOffsets(blockTexts: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const text of blockTexts) {
    out.push(at);
    at += text.length + PAGE_TEXT_SEPARATOR.length;
  }
  return out;
}

/** Why: the blocks joined by PAGE_TEXT_SEPARATOR (see blockOffsets). */
export function pageText(blockTexts: readonly string[]): string {
  return blockTexts.join(PAGE_TEXT_SEPARATOR);
}

// A target must be an IRI; a local file becomes a file: URI, an unknown source a URN.
function sourceIri(view: Pick<ReportView, 'url' | 'file'>, override?: string): string {
  if (override) return override;
  if (view.url) return view.url;
  if (view.file) {
    const path = view.file.replace(/\\/g, '/');
    if (path.startsWith('/')) return `file://${encodeURI(path)}`;
    if (/^[A-Za-z]:\//.test(path)) return `file:///${encodeURI(path)}`;
    // A relative path stays a relative reference, resolved against wherever the annotations are kept.
    return encodeURI(path);
  }
  return 'urn:claimlens:source:unknown';
}

// A URN's specific part may hold ":" (RFC 8141), so the timestamp stays readable; the rest is %-encoded.
function urnPart(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A/g, ':');
}

function verdict(claim: Claim, findings: string[]): string {
  const evidence = claim.evidence.map((e) => (e.href ? `${e.text} (${e.href})` : e.text)).join('; ');
  const parts = [
    `${claimVerdict(claim)}: ${labelOf(SUPPORT_MEANING, claim.support)}`,
    `Claim: "${claim.text}" (${labelOf(KIND_LABEL, claim.kind).toLowerCase()}).`,
  ];
  if (evidence) parts.push(`Evidence: ${evidence}.`);
  for (const line of claim.evidence.map(workLine)) if (line) parts.push(`Cited work: ${line}`);
  const said = sourceLine(claim);
  if (said) parts.push(`Linked source: ${said}`);
  if (findings.length > 0) parts.push(`Findings: ${findings.join(' ')}`);
  return parts.join('\n');
}

function annotation(view: ReportView, claim: Claim, base: string, target: string, at?: TextSpan) {
  const q = claim.quote;
  const selectors: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: q.exact || claim.text, prefix: q.prefix, suffix: q.suffix },
  ];
  if (at && Number.isInteger(at.start) && Number.isInteger(at.end) && at.end > at.start && at.start >= 0) {
    selectors.push({ type: 'TextPositionSelector', start: at.start, end: at.end });
  }
  const findings = (view.byRef.get(claim.id) ?? []).map((f) => `[${f.severity}] ${f.message}`);
  return {
    id: `${base}:claim:${urnPart(claim.id)}`,
    type: 'Annotation',
    motivation: 'assessing',
    ...(view.checkedAt ? { created: view.checkedAt } : {}),
    generator: { type: 'Software', name: `ClaimLens${view.version ? ` ${view.version}` : ''}` },
    body: [
      {
        type: 'TextualBody',
        purpose: 'assessing',
        format: 'text/plain',
        value: verdict(claim, findings),
      },
      { type: 'TextualBody', purpose: 'tagging', value: claim.support },
    ],
    target: { source: target, selector: selectors },
  };
}

/**
 * Why: the annotation export. An AnnotationCollection with its one page embedded; ids are URNs made from
 * the report's checkedAt and the claim id, so the same report always yields the same ids.
 */
export function toAnnotations(report: Report, opts: AnnotationOptions = {}): string {
  const view = viewOf(report);
  const base = `urn:claimlens:${urnPart(view.checkedAt || 'undated')}`;
  const target = sourceIri(view, opts.source);
  const items = view.claims.map((c) => annotation(view, c, base, target, opts.positions?.get(c.id)));
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: base,
    type: 'AnnotationCollection',
    label: `ClaimLens report: ${view.title || 'Untitled page'}`,
    total: items.length,
    first: { id: `${base}:page:1`, type: 'AnnotationPage', partOf: base, startIndex: 0, items },
  };
  // "<" and ">" as \u escapes: the same JSON, but safe to embed in <script type="application/ld+json">.
  return `${escapeJsonInvisibles(JSON.stringify(collection, null, 2)).replace(/[<>]/g, (c) => (c === '<' ? '\\u003c' : '\\u003e'))}\n`;
}
